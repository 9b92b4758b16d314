package org.partydesk.logic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partydesk.model.AbsenceRun;
import org.partydesk.model.AttendanceRecord;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;
import org.partydesk.model.RoleHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.model.AttendanceStatus.ON_LEAVE;

class AttendanceFlagsTest {
    static final CompliancePeriod YEAR = new CompliancePeriod(2025, null);

    static AttendanceRecord row(int member, String name, int month, AttendanceStatus status, LocalDate makeUp) {
        return new AttendanceRecord(month, 1, "第一党支部", LocalDateTime.of(2025, month, 10, 9, 0), "主题党日",
                member, name, status, makeUp);
    }

    @Test
    void absentFromEveryExpectedMeetingForSixConsecutiveMonthsIsFlagged() {
        List<AbsenceRun> runs = List.of(
                new AbsenceRun(1, "陈缺席", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 7, 1), 3),
                new AbsenceRun(2, "林五月", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30), 5),
                new AbsenceRun(3, "何去年", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 1), 8),
                new AbsenceRun(4, "罗跨年", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 2, 1), 2));
        List<Flag> flags = AttendanceFlags.evaluate(runs, List.of(), List.of(), Set.of(), YEAR);
        assertThat(flags).extracting(Flag::kind).containsOnly(FlagKind.LONG_ABSENCE);
        assertThat(flags).extracting(Flag::message).containsExactly(
                "陈缺席自2025年2月至2025年7月应到的3次会议均缺席，已连续六个月未参加组织生活",
                "罗跨年自2024年9月至2025年2月应到的2次会议均缺席，已连续六个月未参加组织生活");
    }

    @Test
    void leaveWithoutMakeUpIsFlaggedPerMeeting() {
        List<AttendanceRecord> rows = List.of(row(3, "黄请假", 3, ON_LEAVE, null),
                row(4, "刘补课", 3, ON_LEAVE, LocalDate.of(2025, 3, 25)));
        assertThat(AttendanceFlags.evaluate(List.of(), rows, List.of(), Set.of(), YEAR)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LEAVE_WITHOUT_MAKE_UP);
            assertThat(f.message()).isEqualTo("黄请假请假未补课：第一党支部 2025-03-10「主题党日」");
        });
    }

    @Test
    void aSecretaryWhoGaveNoPartyLessonInTheYearIsWarned() {
        List<RoleHolder> roles = List.of(
                new RoleHolder(1, "第一党支部", 7, "王书记", CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null),
                new RoleHolder(1, "第一党支部", 8, "李委员", CommitteeRole.PUBLICITY_MEMBER, LocalDate.of(2020, 1, 1), null),
                new RoleHolder(2, "第二党支部", 9, "张书记", CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null));
        List<Flag> flags = AttendanceFlags.evaluate(List.of(), List.of(), roles, Set.of(8, 9), YEAR);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.SECRETARY_NO_LESSON);
            assertThat(f.message()).isEqualTo("第一党支部书记王书记2025年未讲党课（书记带头讲党课）");
        });
    }
}
