package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.YearStats;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.CommitteeRoleRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A roster describes membership at its date (decision 0011): a bureau that starts in December with its
 * roster titled 截至2025年12月31日, imported months later, then imports the year's meetings ledger; a later
 * roster moves a member and leaves one out; 党内职务 fills the branch committee.
 */
class RosterDateTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");
    static final String WANG = id("11010519491231002");
    static final String ZHAO = id("32010219780615001");
    static final String QIAN = id("42010219920505301");

    @TempDir
    Path dir;

    /** A database whose "today" is {@code day}, 9 o'clock. */
    Workspace at(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试");
    }

    /** The roster as a clerk sends it: merged title with its date, a header, five members, a notes row, a footer. */
    Path decemberRoster() throws Exception {
        return new SheetMaker()
                .row("某某局机关党委党员花名册（截至2025年12月31日）").mergeLast(0, 7)
                .row("序号", "姓名", "性别", "身份证号", "所在党支部", "党内职务", "入党时间", "联系电话")
                .row(1, "张三", "男", ZHANG, "机关第一党支部", "书记", "2010-07-01", "13800138000")
                .row(2, "李四", "女", LI, "机关第一党支部", "组织委员、青年委员", "2015.07.01", null)
                .row(3, "王五", "男", WANG, "机关第一党支部", "无", "1975年7月1日", null)
                .row(4, "赵六", "男", ZHAO, "机关第一党支部", null, "2001-07-01", null)
                .row(5, "钱七", "女", QIAN, "机关第一党支部", "", null, null)
                .row("注：党内职务填写本支部委员会中的职务。")
                .row("填报人：孙八", null, null, null, "填报日期：2026年1月5日")
                .xlsx(dir.resolve("花名册.xlsx"));
    }

    /** The branch's 2025 meetings ledger, names on leave and absent, 应到/实到 written by hand. */
    Path meetings2025() throws Exception {
        return new SheetMaker().sheet("三会一课")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 7)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "应到人数", "实到人数", "请假人员", "缺席人员")
                .row("机关第一党支部", "支部党员大会", "一季度党员大会", "2025-03-28", 5, 3, "李四（出差）", "王五")
                .row("机关第一党支部", "支委会", "研究发展党员工作", "2025年6月10日", 2, 1, "李四（病假）", null)
                .row("机关第一党支部", "党课", "书记讲党课", LocalDateTime.of(2025, 6, 25, 14, 30), 5, 5, null, null)
                .row("注：请假人员请在括号内写明原因。")
                .xlsx(dir.resolve("三会一课.xlsx"));
    }

    @Test
    void aNewMembersRecordNamesHisCellHisPostsAndTheLeadingGroup() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 3, 10))) {
            Path file = new SheetMaker()
                    .row("党员花名册（截至2025年12月31日）")
                    .row("姓名", "身份证号", "所在党支部", "所在党小组", "入党日期", "党内职务")
                    .row("张三", ZHANG, "机关第一党支部", "第1党小组", "2010-07-01", "书记、党组成员")
                    .row("钱七", QIAN, "机关第一党支部", null, "2012-07-01", null)
                    .xlsx(dir.resolve("党小组.xlsx"));
            assertThat(LedgerImport.members(ws, file).preview().records()).extracting(ImportRecord::changes).containsExactly(
                    "组织关系自2010-07-01起（第1党小组），任书记，党组成员", "组织关系自2012-07-01起");
        }
    }

    @Test
    void aDecemberRosterImportedInMarchThenTheYearsMeetingsImportAndAreCounted() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 3, 10))) {
            LedgerImport roster = LedgerImport.members(ws, decemberRoster());
            LedgerImport.Preview p = roster.preview();
            assertThat(p.errors()).isEmpty();
            assertThat(p.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(p.summary()).startsWith("名册日期 2025-12-31（取自表中“某某局机关党委党员花名册（截至2025年12月31日）”）")
                    .contains("组织关系自“转入本支部日期”起算，未填时自入党日期起算", "新增 5 人");
            assertThat(p.records()).extracting(ImportRecord::line).contains(
                    "第3行 新增 张三 420102********1235 机关第一党支部：组织关系自2010-07-01起，任书记".replace("1235", ZHANG.substring(14)),
                    "第7行 新增 钱七 420102********" + QIAN.substring(14) + " 机关第一党支部：组织关系自2000-01-01起");
            roster.apply(Progress.NONE);

            Map<String, Member> byName = members(ws);
            MemberRepository repo = new MemberRepository(ws.database());
            assertThat(repo.memberships(byName.get("张三").id())).singleElement()
                    .satisfies(m -> assertThat(m.startOn()).isEqualTo(LocalDate.of(2010, 7, 1)));
            assertThat(repo.memberships(byName.get("钱七").id()).get(0).startOn()).isEqualTo(LedgerImport.RECORDS_START);
            assertThat(posts(ws)).containsExactlyInAnyOrder(
                    "张三 SECRETARY 2010-07-01", "李四 ORGANIZATION_MEMBER 2015-07-01", "李四 COMMITTEE_MEMBER 2015-07-01");

            MeetingLedgerImport im = MeetingLedgerImport.open(ws, meetings2025(), Progress.NONE);
            assertThat(im.preview().errors()).isEmpty();
            assertThat(im.preview().warnings()).isEmpty();
            assertThat(im.preview().records()).extracting(ImportRecord::line).containsExactly(
                    "第3行 新增 机关第一党支部 2025-03-28 支部党员大会 一季度党员大会",
                    "第4行 新增 机关第一党支部 2025-06-10 支部委员会 研究发展党员工作",
                    "第5行 新增 机关第一党支部 2025-06-25 14:30 党课 书记讲党课");
            im.apply(Progress.NONE);

            MeetingRepository meetings = new MeetingRepository(ws.database());
            Meeting committee = meetings.list(MeetingFilter.ALL).stream()
                    .filter(m -> m.types().equals(Set.of(MeetingType.BRANCH_COMMITTEE))).map(MeetingSummary::id)
                    .map(id -> meetings.load(id).orElseThrow()).findFirst().orElseThrow();
            assertThat(committee.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status)
                    .containsExactlyInAnyOrder(tuple("张三", AttendanceStatus.PRESENT),
                            tuple("李四", AttendanceStatus.ON_LEAVE));

            YearStats stats = new Reports(ws).stats(2025);
            assertThat(stats.members().total()).isEqualTo(5);
            assertThat(stats.members().byBranch()).containsEntry("机关第一党支部", 5);
            assertThat(stats.meetingsOf(MeetingType.BRANCH_ASSEMBLY)).isEqualTo(1);
            assertThat(stats.attendance()).isEqualTo(new YearStats.Attendance(12, 9, 2, 1));
        }
    }

    @Test
    void aLaterRosterMovesAMemberOnItsDateEndsPostsAndListsTheOneMissing() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 8, 1))) {
            LedgerImport.members(ws, decemberRoster()).apply(Progress.NONE);
            Path june = new SheetMaker()
                    .row("机关党委党员花名册").mergeLast(0, 4)
                    .row("统计时间：2026年6月30日").mergeLast(0, 4)
                    .row("姓名", "身份证号", "所在党支部", "支部职务", "入党日期")
                    .row("张三", ZHANG, "机关第二党支部", "无", "2010-07-01")
                    .row("李四", LI, "机关第一党支部", "书记", "2015-07-01")
                    .row("赵六", ZHAO, "机关第一党支部", "", "2001-07-01")
                    .row("钱七", QIAN, "机关第一党支部", null, null)
                    .xlsx(dir.resolve("六月花名册.xlsx"));
            LedgerImport im = LedgerImport.members(ws, june);
            LedgerImport.Preview p = im.preview();
            assertThat(p.errors()).isEmpty();
            assertThat(p.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(p.missing()).isEqualTo(1);
            assertThat(p.summary()).contains("名册中不再出现 1 人");
            assertThat(p.warnings()).extracting(ImportMessage::reason).contains(
                    "“王五”（机关第一党支部，身份证号 110105********" + WANG.substring(14) + "）名册中不再出现；导入不会删除党员，"
                            + "如已转出、去世等，请在党员页面办理",
                    "组织关系由“机关第一党支部”转到“机关第二党支部”（2026-06-30起）");
            assertThat(p.records()).extracting(ImportRecord::line).contains(
                    "第4行 更新 张三 420102********" + ZHANG.substring(14) + " 机关第二党支部：组织关系由“机关第一党支部”转到“机关第二党支部”"
                            + "（2026-06-30起）；不再任机关第一党支部书记（2026-06-29止）",
                    "第5行 更新 李四 420102********" + LI.substring(14) + " 机关第一党支部：不再任机关第一党支部组织委员（2026-06-29止）；"
                            + "不再任机关第一党支部委员（2026-06-29止）；任书记（2026-01-01起）",
                    "第6行 未变 赵六 320102********" + ZHAO.substring(14) + " 机关第一党支部");
            im.apply(Progress.NONE);

            Map<String, Member> byName = members(ws);
            MemberRepository repo = new MemberRepository(ws.database());
            List<MemberRepository.MembershipRow> zhang = repo.memberships(byName.get("张三").id());
            assertThat(zhang).extracting(MemberRepository.MembershipRow::unitName, MemberRepository.MembershipRow::startOn,
                    MemberRepository.MembershipRow::endOn).containsExactly(
                    tuple("机关第二党支部", LocalDate.of(2026, 6, 30), null),
                    tuple("机关第一党支部", LocalDate.of(2010, 7, 1), LocalDate.of(2026, 6, 29)));
            assertThat(repo.branchName(byName.get("王五").id(), LocalDate.of(2026, 8, 1))).contains("机关第一党支部");
            assertThat(posts(ws)).containsExactlyInAnyOrder(
                    "张三 SECRETARY 2010-07-01~2026-06-29", "李四 ORGANIZATION_MEMBER 2015-07-01~2026-06-29",
                    "李四 COMMITTEE_MEMBER 2015-07-01~2026-06-29", "李四 SECRETARY 2026-01-01");

            LedgerImport again = LedgerImport.members(ws, june);
            assertThat(again.preview().counts()).isEqualTo("新增 0 人，更新 0 人");
            assertThat(again.preview().unchanged()).isEqualTo(4);

            // the December roster imported again changes nothing: on its date they were as it says
            LedgerImport older = LedgerImport.members(ws, decemberRoster());
            assertThat(older.preview().errors()).isEmpty();
            assertThat(older.preview().counts()).isEqualTo("新增 0 人，更新 0 人");
        }
    }

    @Test
    void anExplicitDateWinsOverTheTitleAndNoDateMeansTodayWithAWarning() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 3, 10))) {
            LedgerImport given = LedgerImport.members(ws, decemberRoster(), LocalDate.of(2025, 6, 30));
            assertThat(given.preview().asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(given.preview().asOfSource()).startsWith("按指定的名册日期");

            Path plain = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部")
                    .row("张三", ZHANG, "机关第一党支部")
                    .xlsx(dir.resolve("无日期.xlsx"));
            LedgerImport.Preview p = LedgerImport.members(ws, plain).preview();
            assertThat(p.asOf()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(p.warnings()).extracting(ImportMessage::reason).anySatisfy(r -> assertThat(r)
                    .startsWith("表头上下未找到名册日期").contains("--as-of 2026-12-31"));
        }
    }

    @Test
    void rosterDatesAndPostsAreReadAsClerksWriteThem() {
        assertThat(MemberLedger.rosterDate(List.of("党员花名册（截止2025年12月31日）"))).map(MemberLedger.RosterDate::date)
                .contains(LocalDate.of(2025, 12, 31));
        assertThat(MemberLedger.rosterDate(List.of("填报单位：机关党委", "填报日期：2025.12.31"))).map(MemberLedger.RosterDate::date)
                .contains(LocalDate.of(2025, 12, 31));
        assertThat(MemberLedger.rosterDate(List.of("统计时间：２０２５年１１月"))).map(MemberLedger.RosterDate::date)
                .contains(LocalDate.of(2025, 11, 30));
        assertThat(MemberLedger.rosterDate(List.of("2025年度党员花名册"))).map(MemberLedger.RosterDate::date)
                .contains(LocalDate.of(2025, 12, 31));
        assertThat(MemberLedger.rosterDate(List.of("填报日期：2026-01-05", "党员名册（截至2025年12月31日）")))
                .map(MemberLedger.RosterDate::date).contains(LocalDate.of(2025, 12, 31));
        assertThat(MemberLedger.rosterDate(List.of("党员花名册", "填报单位：机关党委"))).isEmpty();

        Map<String, LedgerCell> row = Map.of(MemberLedger.NAME, LedgerCell.text("张三"),
                MemberLedger.ID_NUMBER, LedgerCell.text(ZHANG), MemberLedger.BRANCH, LedgerCell.text("第一党支部"),
                MemberLedger.PARTY_POST, LedgerCell.text("支部副书记、纪检委员，青年委员、党小组长"));
        var checked = MemberLedger.validate(row, LocalDate.of(2026, 1, 1));
        assertThat(checked.entry().posts()).containsExactlyInAnyOrder(CommitteeRole.DEPUTY_SECRETARY,
                CommitteeRole.DISCIPLINE_MEMBER, CommitteeRole.COMMITTEE_MEMBER);
        assertThat(checked.problems()).singleElement().satisfies(pr -> assertThat(pr.reason()).startsWith("“党小组长”不是支部委员会职务"));
    }

    static Map<String, Member> members(Workspace ws) {
        return new MemberRepository(ws.database()).all().stream().collect(Collectors.toMap(Member::name, Function.identity()));
    }

    /** Every committee post as "姓名 ROLE start[~end]". */
    static List<String> posts(Workspace ws) {
        Map<Integer, String> names = new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::id, Member::name));
        return new CommitteeRoleRepository(ws.database()).all().stream()
                .sorted(Comparator.comparing(CommitteeAssignment::id))
                .map(p -> names.get(p.memberId()) + " " + p.role() + " " + p.startOn() + (p.endOn() == null ? "" : "~" + p.endOn()))
                .toList();
    }

    @Test
    void earlierRowsGiveAMoversHistoryAndCellsAndTheLeadingGroupAreKept() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 3, 10))) {
            Path file = new SheetMaker()
                    .row("党员花名册（截至2025年12月31日）").mergeLast(0, 5)
                    .row("姓名", "身份证号", "所在党支部", "所在党小组", "转入本支部日期", "党内职务")
                    .row("张三", ZHANG, "机关第一党支部", "第1党小组", "2010-07-01", "无")
                    .row("李四", LI, "机关第二党支部", null, "2012-03-01", "党组成员、书记")
                    .row("张三", ZHANG, "机关第二党支部", null, "2025-07-04", "无")
                    .xlsx(dir.resolve("有转接.xlsx"));
            LedgerImport im = LedgerImport.members(ws, file);
            assertThat(im.preview().errors()).isEmpty();
            assertThat(im.preview().counts()).isEqualTo("新增 2 人，更新 0 人");
            assertThat(im.preview().records()).extracting(ImportRecord::line).contains(
                    "第3行 新增 张三 420102********" + ZHANG.substring(14) + " 机关第一党支部：较早的组织关系，自2010-07-01至2025-07-03");
            im.apply(Progress.NONE);

            Map<String, Member> byName = members(ws);
            MemberRepository repo = new MemberRepository(ws.database());
            assertThat(repo.memberships(byName.get("张三").id())).extracting(MemberRepository.MembershipRow::unitName,
                    MemberRepository.MembershipRow::startOn, MemberRepository.MembershipRow::endOn).containsExactlyInAnyOrder(
                    tuple("机关第二党支部", LocalDate.of(2025, 7, 4), null),
                    tuple("机关第一党支部", LocalDate.of(2010, 7, 1), LocalDate.of(2025, 7, 3)),
                    tuple("第1党小组", LocalDate.of(2010, 7, 1), LocalDate.of(2025, 7, 3)));
            assertThat(repo.memberships(byName.get("李四").id())).extracting(MemberRepository.MembershipRow::unitName)
                    .containsExactlyInAnyOrder("机关第二党支部", "局党组");
            assertThat(posts(ws)).containsExactly("李四 SECRETARY 2012-03-01");

            // a later roster puts 李四 in a 党小组: he joins it on the roster's date
            Path later = new SheetMaker()
                    .row("截至2026年2月28日")
                    .row("姓名", "身份证号", "所在党支部", "党小组")
                    .row("李四", LI, "机关第二党支部", "第2党小组")
                    .xlsx(dir.resolve("二月.xlsx"));
            LedgerImport again = LedgerImport.members(ws, later);
            assertThat(again.preview().records()).extracting(ImportRecord::changes)
                    .containsExactly("党小组改为“第2党小组”（2026-02-28起）");
            again.apply(Progress.NONE);
            assertThat(repo.memberships(byName.get("李四").id())).extracting(MemberRepository.MembershipRow::unitName)
                    .contains("第2党小组");
        }
    }

    @Test
    void aRosterImportedBeforeThisRuleIsRepairedByImportingItAgain() throws Exception {
        try (Workspace ws = at(LocalDate.of(2026, 3, 10))) {
            // what the old import did: every membership from the day of the import
            ws.database().write("测试", tx -> {
                int organ = OrgRepository.add(tx, new OrgUnit(null, null,
                        OrgKind.ORGAN_COMMITTEE, "机关党委", null, false, null, null, 0));
                int branch = OrgRepository.add(tx, new OrgUnit(null, organ,
                        OrgKind.BRANCH, "机关第一党支部", null, false, null, null, 1));
                List<Integer> ids = MemberRepository.addAll(tx, List.of(new Member(null, "张三", null, null, null, ZHANG, null,
                        MemberStatus.FULL, MemberCategory.ACTIVE, null,
                        LocalDate.of(2010, 7, 1), null, null, null, false, false, false, null)), List.of(branch),
                        LocalDate.of(2026, 3, 1));
                return ids.get(0);
            });
            Path file = new SheetMaker()
                    .row("党员花名册（截至2025年12月31日）")
                    .row("姓名", "身份证号", "所在党支部", "入党日期", "党内职务")
                    .row("张三", ZHANG, "机关第一党支部", "2010-07-01", "书记")
                    .xlsx(dir.resolve("再导入.xlsx"));
            LedgerImport im = LedgerImport.members(ws, file);
            assertThat(im.preview().records()).extracting(ImportRecord::changes)
                    .containsExactly("出生日期 （空）→1985-03-17；组织关系改为自2010-07-01起；任书记（2010-07-01起）");
            im.apply(Progress.NONE);
            Member zhang = members(ws).get("张三");
            assertThat(new MemberRepository(ws.database()).memberships(zhang.id())).singleElement()
                    .satisfies(m -> assertThat(m.startOn()).isEqualTo(LocalDate.of(2010, 7, 1)));
            assertThat(posts(ws)).containsExactly("张三 SECRETARY 2010-07-01");
        }
    }
}
