package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.logic.ledgers.MeetingLedger.RosterMember;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;
import org.partydesk.model.PersonRef;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of one meetings-ledger row, without files or a database. */
class MeetingLedgerTest {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);

    static Map<String, LedgerCell> row(String heldAt, String types) {
        Map<String, LedgerCell> row = new HashMap<>();
        row.put(MeetingLedger.BRANCH, LedgerCell.text("第一党支部"));
        row.put(MeetingLedger.TYPES, LedgerCell.text(types));
        row.put(MeetingLedger.THEME, LedgerCell.text("主题"));
        row.put(MeetingLedger.HELD_AT, LedgerCell.text(heldAt));
        return row;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-03-08|2025-03-08T00:00",
            "2025/3/8 9:05|2025-03-08T09:05",
            "2025.03.08 14:30:00|2025-03-08T14:30",
            "2025年3月8日|2025-03-08T00:00",
            "2025年3月8日下午2:30|2025-03-08T14:30",
            "2025年3月8日上午9时|2025-03-08T09:00",
            "2025年3月8日 15点30分|2025-03-08T15:30",
            "20250308|2025-03-08T00:00",
            "２０２５．０３．０８|2025-03-08T00:00",
            "2025-03-08T08:00|2025-03-08T08:00"})
    void everyDateAndTimeForm(String text, String expected) {
        MeetingLedger.RowResult r = MeetingLedger.validate(row(text, "党课"), TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entry().heldAt()).isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void monthOnlyIsAWarningAndBadDatesAndFutureMeetingsAreErrors() {
        assertThat(MeetingLedger.validate(row("2025.07", "党课"), TODAY).problems())
                .containsExactly(new CellProblem(MeetingLedger.HELD_AT, LedgerMessage.Severity.WARNING, "只填写了年月，按当月1日记录"));
        assertThat(MeetingLedger.validate(row("2025-02-30", "党课"), TODAY).problems()).extracting(CellProblem::reason)
                .containsExactly("日期“2025-02-30”不存在（2025年2月没有30日）");
        assertThat(MeetingLedger.validate(row("2025-03-08 25:00", "党课"), TODAY).problems()).extracting(CellProblem::reason)
                .containsExactly("会议时间“2025-03-08 25:00”中的时刻不存在");
        assertThat(MeetingLedger.validate(row("2026-01-02", "党课"), TODAY).problems()).extracting(CellProblem::reason)
                .containsExactly("会议时间晚于今天（台账只记已召开的会议）");
        // a date cell keeps its time of day in its text
        Map<String, LedgerCell> cell = row("", "党课");
        cell.put(MeetingLedger.HELD_AT, LedgerCell.dateTime(LocalDateTime.of(2025, 3, 8, 9, 29, 59, 999_000_000)));
        assertThat(MeetingLedger.validate(cell, TODAY).entry().heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 8, 9, 30));
    }

    @Test
    void typesByNameOrShortNameSeveralInOneCell() {
        assertThat(MeetingLedger.validate(row("2025-03-08", "支委会"), TODAY).entry().types())
                .containsExactly(MeetingType.BRANCH_COMMITTEE);
        assertThat(MeetingLedger.validate(row("2025-03-08", "主题党日、党课"), TODAY).entry().types())
                .containsExactlyInAnyOrder(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON);
        assertThat(MeetingLedger.validate(row("2025-03-08", "党员大会,民主评议党员"), TODAY).entry().types())
                .containsExactlyInAnyOrder(MeetingType.BRANCH_ASSEMBLY, MeetingType.MEMBER_APPRAISAL);
        assertThat(MeetingLedger.validate(row("2025-03-08", "主题党日 ， 党课"), TODAY).entry().types()).hasSize(2);
        assertThat(MeetingLedger.typesText(java.util.Set.of(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON)))
                .isEqualTo("党课、主题党日");
    }

    @Test
    void namesWithReasonsInBracketsEvenWithASeparatorInside() {
        assertThat(MeetingLedger.names(LedgerCell.text("张三（出差）、李四（病假）")))
                .containsExactly(new NamedNote("张三", "出差"), new NamedNote("李四", "病假"));
        assertThat(MeetingLedger.names(LedgerCell.text("王五(公差、培训)，赵六; 钱七")))
                .containsExactly(new NamedNote("王五", "公差、培训"), new NamedNote("赵六", null), new NamedNote("钱七", null));
        assertThat(MeetingLedger.names(LedgerCell.text("张三 李四　王五"))).extracting(NamedNote::name)
                .containsExactly("张三", "李四", "王五");
        assertThat(MeetingLedger.names(LedgerCell.text("张三\n李 四"))).extracting(NamedNote::name)
                .containsExactly("张三", "李四");
        assertThat(MeetingLedger.names(LedgerCell.text("张 三、李四"))).extracting(NamedNote::name).containsExactly("张三", "李四");
        assertThat(MeetingLedger.names(LedgerCell.text("王 伟（参加培训）"))).as("a two-character name padded, alone in the cell")
                .containsExactly(new NamedNote("王伟", "参加培训"));
        assertThat(MeetingLedger.names(LedgerCell.text("王　伟 张三 李  四"))).extracting(NamedNote::name)
                .containsExactly("王伟", "张三", "李四");
        assertThat(MeetingLedger.namesText(List.of(new NamedNote("张三", "出差"), new NamedNote("李四", null))))
                .isEqualTo("张三（出差）、李四");
    }

    @Test
    void aNameBothOnLeaveAndAbsentOrTwiceIsAnErrorAndCountsMustBeNumbers() {
        Map<String, LedgerCell> r = row("2025-03-08", "党课");
        r.put(MeetingLedger.ON_LEAVE, LedgerCell.text("张三（出差）、李四、李四"));
        r.put(MeetingLedger.ABSENT, LedgerCell.text("张三"));
        r.put(MeetingLedger.EXPECTED, LedgerCell.text("十二"));
        r.put(MeetingLedger.PRESENT, LedgerCell.text("12人"));
        MeetingLedger.RowResult result = MeetingLedger.validate(r, TODAY);
        assertThat(result.entry()).isNull();
        assertThat(result.problems()).extracting(CellProblem::reason).containsExactlyInAnyOrder(
                "应到人数“十二”应为整数", "“张三”同时写在请假人员和缺席人员中", "“李四”写了两次");
    }

    @Test
    void attendanceMarksEveryExpectedMemberAndLinksRoleHoldersByUniqueName() {
        Map<String, LedgerCell> r = row("2025-03-08", "党员大会");
        r.put(MeetingLedger.ON_LEAVE, LedgerCell.text("李四（出差）"));
        r.put(MeetingLedger.ABSENT, LedgerCell.text("王五"));
        r.put(MeetingLedger.HOST, LedgerCell.text("张三"));
        r.put(MeetingLedger.LECTURER, LedgerCell.text("外请专家"));
        r.put(MeetingLedger.EXPECTED, LedgerCell.number("3"));
        r.put(MeetingLedger.PRESENT, LedgerCell.number("2"));
        MeetingEntry e = MeetingLedger.validate(r, TODAY).entry();
        List<RosterMember> members = List.of(new RosterMember(1, "张三"), new RosterMember(2, "李四"), new RosterMember(3, "王五"));
        MeetingLedger.Attendance a = MeetingLedger.attendance(e, "第一党支部", members, members);
        assertThat(a.problems()).isEmpty();
        assertThat(a.sheet()).containsExactly(AttendanceEntry.present(1, "张三"),
                new AttendanceEntry(2, "李四", AttendanceStatus.ON_LEAVE, "出差", null),
                new AttendanceEntry(3, "王五", AttendanceStatus.ABSENT, null, null));
        assertThat(a.host()).isEqualTo(new PersonRef(1, "张三"));
        assertThat(a.lecturer()).isEqualTo(new PersonRef(null, "外请专家"));
        assertThat(MeetingLedger.checkCounts(e, a.sheet())).extracting(CellProblem::reason)
                .containsExactly("实到人数写的是2人，按名单应为1人（应到3人，请假1人，缺席1人）");
    }

    @Test
    void aNameTwiceInTheBranchIsAmbiguous() {
        Map<String, LedgerCell> r = row("2025-03-08", "党员大会");
        r.put(MeetingLedger.ABSENT, LedgerCell.text("张三"));
        MeetingEntry e = MeetingLedger.validate(r, TODAY).entry();
        List<RosterMember> members = List.of(new RosterMember(1, "张三"), new RosterMember(2, "张三"));
        assertThat(MeetingLedger.attendance(e, "第一党支部", members, members).problems()).extracting(CellProblem::reason)
                .containsExactly("“第一党支部”有2名党员叫“张三”，无法确定是哪一位；请在会议中逐人登记");
    }
}
