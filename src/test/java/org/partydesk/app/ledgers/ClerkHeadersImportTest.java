package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.Member;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.DepartmentRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Header names and values clerks use that the ledgers did not know, into an empty database: a roster with 入党年月,
 * 党员身份 (正式 / 预备), 所在科室 and a 党内职务 written "组织委员兼纪检委员"; 群众 in a 人员类别 column; a meetings
 * ledger with 主持, 记录, 应参会人数, 实参会人数 and 缺席人员及原因, whose absentees were taken as present before, and a
 * theme whose full-width colon was stored half-width.
 */
class ClerkHeadersImportTest extends EmptyDatabaseTest {
    private static final String ZHANG = id("42010219800101123");
    private static final String LI = id("42010219850202234");
    private static final String LIU = id("42010219990303345");

    private Path roster() throws Exception {
        return new SheetMaker()
                .row("机关第一党支部党员花名册（截至2025年12月31日）").mergeLast(0, 6)
                .row("序号", "姓 名", "身份证号码", "所在科室", "入党年月", "党员身份", "党内职务")
                .row(1, "张三", ZHANG, "办公室", "2005.07", "正式", "书记")
                .row(2, "李四", LI, "法规科", "2010年6月", "正式", "组织委员兼纪检委员")
                .row(3, "刘洋", LIU, "法规科", "2025.04", "预备", "无")
                .row("注：所在党支部均为机关第一党支部。")
                .xlsx(dir.resolve("一支部花名册.xlsx"));
    }

    @Test
    void branchCommitteePostsInTheOnlyJobColumnAreCommitteePosts() throws Exception {
        Path file = new SheetMaker()
                .row("机关党委党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号码", "所在党支部", "职务")
                .row(1, "张三", ZHANG, "机关第一党支部", "书记")
                .row(2, "李四", LI, "机关第一党支部", "组织委员")
                .row(3, "刘洋", LIU, "机关第一党支部", "科员")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("“书记”是支部委员会职务，记为党内职务");
        Map<String, Member> byName = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
        CommitteeRoleRepository roles = new CommitteeRoleRepository(ws.database());
        assertThat(roles.ofMember(byName.get("张三").id())).extracting(CommitteeAssignment::role).containsExactly(CommitteeRole.SECRETARY);
        assertThat(roles.ofMember(byName.get("李四").id())).extracting(CommitteeAssignment::role)
                .containsExactly(CommitteeRole.ORGANIZATION_MEMBER);
        assertThat(byName.get("张三").jobTitle()).isNull();
        assertThat(byName.get("刘洋").jobTitle()).isEqualTo("科员");
    }

    @Test
    void aMemberWhoJoinedWithinTheRostersYearWithoutStatusOrFullDateIsProbationary() throws Exception {
        Path file = new SheetMaker()
                .row("机关党委党员花名册（截至2025年12月31日）").mergeLast(0, 5)
                .row("序号", "姓名", "身份证号码", "所在党支部", "入党时间", "转正时间")
                .row(1, "朱婷", ZHANG, "机关第一党支部", "2025.05.20", null)
                .row(2, "李四", LI, "机关第一党支部", "2024.03.01", null)
                .row(3, "刘洋", LIU, "机关第一党支部", "2025.01.10", "2026.01.10")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("没有写党员类别和转正日期，到名册日期（2025-12-31）入党不满一年：新党员按预备党员记录");
        Map<String, Member> byName = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
        assertThat(byName.get("朱婷").status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(byName.get("李四").status()).as("a year and more: 转正 not written").isEqualTo(MemberStatus.FULL);
    }

    @Test
    void joiningMonthStandingDepartmentAndTwoPostsInOneCellAreStored() throws Exception {
        Path file = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 7)
                .row("序号", "姓 名", "身份证号码", "所在党支部", "所在科室", "入党年月", "党员身份", "党内职务")
                .row(1, "张三", ZHANG, "机关第一党支部", "办公室", "2005.07", "正式", "书记")
                .row(2, "李四", LI, "机关第一党支部", "法规科", "2010年6月", "正式", "组织委员兼纪检委员")
                .row(3, "刘洋", LIU, "机关第一党支部", "法规科", "2025.04", "预备", "党员")
                .row(4, "陈红", id("42010219900404456"), "机关第一党支部", "办公室", "2015.07", "正式", "支委")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).noneMatch(t -> t.contains("不认识的列名"));

        Map<String, Member> byName = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
        assertThat(byName.get("张三").joinedOn()).isEqualTo(LocalDate.of(2005, 7, 1));
        assertThat(byName.get("李四").joinedOn()).isEqualTo(LocalDate.of(2010, 6, 1));
        Member liu = byName.get("刘洋");
        assertThat(liu.joinedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(liu.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(byName.get("张三").status()).isEqualTo(MemberStatus.FULL);
        Map<Integer, String> departments = new DepartmentRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name()));
        assertThat(departments.get(byName.get("张三").departmentId())).isEqualTo("办公室");
        assertThat(departments.get(liu.departmentId())).isEqualTo("法规科");
        assertThat(new CommitteeRoleRepository(ws.database()).ofMember(byName.get("李四").id()))
                .extracting(CommitteeAssignment::role)
                .containsExactlyInAnyOrder(CommitteeRole.ORGANIZATION_MEMBER, CommitteeRole.DISCIPLINE_MEMBER);
        assertThat(new CommitteeRoleRepository(ws.database()).ofMember(liu.id())).as("党员: no post").isEmpty();
        assertThat(new CommitteeRoleRepository(ws.database()).ofMember(byName.get("陈红").id()))
                .extracting(CommitteeAssignment::role).containsExactly(CommitteeRole.COMMITTEE_MEMBER);
    }

    @Test
    void aBirthMonthTypedAsTheNumber1948Point1IsSettledByTheIdNumber() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "出生年月")
                .row("王老", id("42010219481001123"), "离退休党支部", 1948.1)
                .row("李老", id("42010219490115123"), "离退休党支部", 1949.1)
                .xlsx(dir.resolve("离退休.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        Map<String, Member> byName = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
        assertThat(byName.get("王老").birthDate()).isEqualTo(LocalDate.of(1948, 10, 1));
        assertThat(byName.get("李老").birthDate()).isEqualTo(LocalDate.of(1949, 1, 15));
    }

    @Test
    void aRowWhosePersonCategoryIsTheMassesIsAnErrorNotAFullMember() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "人员类别")
                .row("张三", ZHANG, "机关第一党支部", "正式党员")
                .row("陈静", LI, "机关第一党支部", "群众")
                .xlsx(dir.resolve("名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "名册.xlsx，工作表“党员名册”，第3行，D列（人员类别）：人员类别为“群众”，不是中共党员；花名册只收党员，该行不导入");
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();
    }

    @Test
    void absenteesWithReasonsHostRecorderAndCountsOfAnotherSpellingAreRead() throws Exception {
        ImportPreview r = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster(), true, Progress.NONE);
        assertThat(r.errors()).isEmpty();
        Path file = new SheetMaker()
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 8)
                .row("会议时间", "会议类型", "会议主题", "主持", "记录", "应参会人数", "实参会人数", "请假人员及原因", "缺席人员及原因")
                .row("2025.5.12", "支部党员大会", "专题学习：全会精神（第一次）", "张三", "李四", 3, 1, "刘洋（出差）", "李四（未说明原因）")
                .xlsx(dir.resolve("机关第一党支部.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).noneMatch(t -> t.contains("不认识的列名"));

        MeetingRepository meetings = new MeetingRepository(ws.database());
        Meeting m = meetings.load(meetings.list(MeetingFilter.ALL).get(0).id()).orElseThrow();
        assertThat(m.theme()).as("free text keeps its full-width punctuation").isEqualTo("专题学习：全会精神（第一次）");
        assertThat(m.host().name()).isEqualTo("张三");
        assertThat(m.recorder().name()).isEqualTo("李四");
        assertThat(m.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status).containsExactlyInAnyOrder(
                Tuple.tuple("张三", AttendanceStatus.PRESENT),
                Tuple.tuple("李四", AttendanceStatus.ABSENT),
                Tuple.tuple("刘洋", AttendanceStatus.ON_LEAVE));
    }

    @Test
    void aListOfWhoCameMakesTheUnlistedAbsentAndAGuestOnItIsNoError() throws Exception {
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster(), true, Progress.NONE).errors()).isEmpty();
        Path file = new SheetMaker()
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "参会人员", "请假人员")
                .row("机关第一党支部", "2025-06-20", "支部党员大会", "讨论发展对象", "张三、王五（积极分子）", "刘洋（出差）")
                .xlsx(dir.resolve("党员大会.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "党员大会.xlsx，工作表“党员名册”，第2行，E列（参会人员）：参会人员“王五”不是这次会议的应到党员（按“机关第一党支部”2025-06-20的组织关系），记为列席人员，不计入出勤",
                "党员大会.xlsx，工作表“党员名册”，第2行，E列（参会人员）：李四是应到人员，没有写在参会人员中，也没有请假，记为缺席");
        MeetingRepository meetings = new MeetingRepository(ws.database());
        Meeting m = meetings.load(meetings.list(MeetingFilter.ALL).get(0).id()).orElseThrow();
        assertThat(m.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status).containsExactlyInAnyOrder(
                Tuple.tuple("张三", AttendanceStatus.PRESENT),
                Tuple.tuple("李四", AttendanceStatus.ABSENT),
                Tuple.tuple("刘洋", AttendanceStatus.ON_LEAVE));
        // the guest sat in (列席), with what was written of him; a second import changes nothing
        assertThat(m.nonVotingAttendees()).extracting(n -> n.name(), n -> n.note()).containsExactly(Tuple.tuple("王五", "积极分子"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, false, Progress.NONE).summary())
                .startsWith("新增 0 ").contains("更新 0 ");
    }

}
