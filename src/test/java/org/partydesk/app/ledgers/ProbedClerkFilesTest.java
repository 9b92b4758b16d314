package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.RecipientKind;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Layouts two outside probes typed as clerks do, each into an empty database after its roster: a responsibility list with
 * its categories as heading rows across the table (一、政治建设), one numbered 1、 with （1） under it, one numbered 1 … 7
 * with 责任类别 merged beside, a title without the list's kind, a 班子成员's list whose owner is in its title, 完成情况 with a
 * date before 已完成; commendations titled “2025年月度作风标兵评选台账”, two names a space apart, a 备注 per row, a
 * 党组织名称 column and 区级; a meetings ledger with 请假 | 缺席 numbers beside 请假人员 | 缺席人员, 日期 and 时间 apart,
 * 党员大会暨党课 and 支部委员会（扩大）, on a sheet named 第一支部.
 */
class ProbedClerkFilesTest extends EmptyDatabaseTest {
    @BeforeEach
    void roster() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号码", "所在党支部", "入党时间")
                .row(1, "张三", id("42010219800101123"), "机关第一党支部", "2005-07-01")
                .row(2, "李四", id("42010219850202234"), "机关第一党支部", "2010-07-01")
                .row(3, "王芳", id("42010219900303345"), "机关第一党支部", "2012-07-01")
                .row(4, "郑华", id("42010219910404456"), "机关第二党支部", "2013-07-01")
                .row(5, "黄磊", id("42010219920505567"), "机关第二党支部", "2014-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
    }

    private Map<String, ItemProgress> items() {
        return ResponsibilityTitledSheetsTest.items(new Responsibilities(ws).tree(2025, LocalDate.of(2026, 1, 10)));
    }

    private ImportPreview imported(LedgerKind kind, Path file) {
        ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
        assertThat(p.errors()).as(file.getFileName().toString()).isEmpty();
        return p;
    }

    @Test
    void headingRowsAcrossTheTableAreCategories() throws Exception {
        imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("清单")
                .row("2025年度局党组落实全面从严治党主体责任清单").mergeLast(0, 5)
                .row("序号", "工作任务", "责任领导", "责任部门", "完成时限", "完成情况")
                .row("一、政治建设").mergeLast(0, 5)
                .row(1, "召开理论学习中心组学习", "张三", "办公室", "每季度", "已完成")
                .row(2, "开展专题研讨", "张三", "办公室", "6月底前", "2025年3月15日已完成")
                .row("二、组织建设").mergeLast(0, 5)
                .row(1, "规范组织生活", "李四", "机关党委", "3月底前", "已按期完成，1月20日召开部署会")
                .xlsx(dir.resolve("横排类别.xlsx")));
        Map<String, ItemProgress> items = items();
        assertThat(items.get("政治建设").children()).extracting(c -> c.item().text())
                .containsExactly("召开理论学习中心组学习", "开展专题研讨");
        assertThat(items.get("组织建设").children()).extracting(c -> c.item().text()).containsExactly("规范组织生活");
        assertThat(items.get("开展专题研讨").status()).isEqualTo(ItemStatus.DONE);
        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        int listId = repo.allLists().get(0).id();
        assertThat(repo.records(listId)).filteredOn(r -> r.itemId() == items.get("开展专题研讨").item().id())
                .extracting(r -> r.recordedOn()).containsExactly(LocalDate.of(2025, 3, 15));
        assertThat(repo.records(listId)).filteredOn(r -> r.itemId() == items.get("规范组织生活").item().id())
                .extracting(r -> r.recordedOn()).containsExactly(LocalDate.of(2025, 1, 20));
    }

    @Test
    void numbersWithBracketedNumbersUnderThemAndAFlatListWithItsCategoryBeside() throws Exception {
        imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("支部")
                .row("机关第一党支部2025年党建工作责任清单").mergeLast(0, 2)
                .row("序号", "工作内容", "完成时限")
                .row("1、", "加强理论学习", null)
                .row("（1）", "每月集中学习一次", "每月")
                .row("（2）", "撰写心得体会", "年底前")
                .row("2、", "严格组织生活", null)
                .row("（1）", "按期召开支委会", "每月")
                .xlsx(dir.resolve("括号序号.xlsx")));
        Map<String, ItemProgress> items = items();
        assertThat(items.get("加强理论学习").children()).extracting(c -> c.item().text())
                .containsExactly("每月集中学习一次", "撰写心得体会");
        assertThat(items.get("严格组织生活").children()).extracting(c -> c.item().text()).containsExactly("按期召开支委会");

        imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("党组")
                .row("2025年度局党组全面从严治党责任清单").mergeLast(0, 3)
                .row("序号", "责任类别", "工作任务", "完成时限")
                .row(1, "政治建设", "学习贯彻党的创新理论", "每季度")
                .row(2, "政治建设", "落实意识形态工作责任制", "每半年")
                .row(3, "作风建设", "整治形式主义官僚主义", "年底前")
                .merge(2, 3, 1, 1)
                .xlsx(dir.resolve("类别在旁.xlsx")));
        Map<String, ItemProgress> again = items();
        assertThat(again.get("政治建设").children()).extracting(c -> c.item().text())
                .containsExactly("学习贯彻党的创新理论", "落实意识形态工作责任制");
        assertThat(again.get("作风建设").children()).extracting(c -> c.item().text()).containsExactly("整治形式主义官僚主义");
    }

    @Test
    void aListWithoutYearOrTitleIsToldTheTitleWouldDo() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, new SheetMaker().sheet("Sheet1")
                .row("序号", "工作任务", "完成时限")
                .row(1, "落实意识形态工作责任制", "年底前")
                .xlsx(dir.resolve("无标题.xlsx")), false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("缺少必填的列“年度”")
                && r.endsWith("；一张表一份清单的，也可以只写在表格上方的标题里，如“2025年度局党组落实全面从严治党主体责任清单”"));
    }

    @Test
    void aResponsiblePersonOfTwoMembersNamesIsSaid() throws Exception {
        imported(LedgerKind.MEMBERS, new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张伟", id("42010219930606678"), "机关第一党支部", "2015-07-01")
                .row("张伟", id("42010219940707789"), "机关第二党支部", "2016-07-01")
                .xlsx(dir.resolve("同名.xlsx")));
        ImportPreview p = imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("清单")
                .row("2025年度局党组主体责任清单").mergeLast(0, 3)
                .row("序号", "工作任务", "责任人", "完成时限")
                .row(1, "落实意识形态工作责任制", "张伟、李四", "年底前")
                .xlsx(dir.resolve("同名责任人.xlsx")));
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("责任人“张伟”有2名同名党员，没有关联到党员（责任人照写的记下）");
    }

    @Test
    void aTenthItemTypedAsANumberIsNamedAsTheLikelyCause() throws Exception {
        SheetMaker list = new SheetMaker().sheet("清单")
                .row("2025年度局党组主体责任清单").mergeLast(0, 2)
                .row("序号", "工作任务", "完成时限")
                .row("1", "政治建设", null);
        for (int i = 1; i <= 10; i++) {
            list.row(Double.parseDouble("1." + i), "任务" + i, "年底前");
        }
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, list.xlsx(dir.resolve("序号数字.xlsx")),
                false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("序号“1.1”与第4行重复")
                && r.contains("如果这里原本写的是 1.10，是 Excel 把它当成数字存成了 1.1"));
    }

    @Test
    void aTitleWithoutTheKindGivesYearAndNameAndALeadersListIsHis() throws Exception {
        imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("Sheet1")
                .row("2025年度示例市生态环境局机关党建工作责任清单").mergeLast(0, 3)
                .row("序号", "清单类型", "工作任务", "完成时限")
                .row(1, "机关党委", "召开党建工作会议", "3月底前")
                .xlsx(dir.resolve("无类型.xlsx")));
        imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("李四")
                .row("2025年度副局长李四“一岗双责”责任清单").mergeLast(0, 2)
                .row("序号", "工作任务", "完成时限")
                .row(1, "督促分管处室落实党风廉政建设", "每季度")
                .xlsx(dir.resolve("一岗双责.xlsx")));
        ImportPreview unknown = imported(LedgerKind.RESPONSIBILITIES, new SheetMaker().sheet("赵六")
                .row("2025年度副局长赵六“一岗双责”责任清单").mergeLast(0, 2)
                .row("序号", "工作任务", "完成时限")
                .row(1, "抓好分管领域意识形态工作", "每半年")
                .xlsx(dir.resolve("不在册.xlsx")));
        assertThat(unknown.warnings()).extracting(ImportMessage::reason)
                .contains("标题中的“赵六”不在库中的党员里，这份清单不归到个人；需要时加一列“清单所属”写明");
        Map<String, ResponsibilityList> lists = new ResponsibilityRepository(ws.database()).allLists().stream()
                .collect(Collectors.toMap(ResponsibilityList::name, l -> l));
        assertThat(lists.get("副局长赵六“一岗双责”责任清单").ownerMemberId()).isNull();
        assertThat(lists.get("示例市生态环境局机关党建工作责任清单").year()).isEqualTo(2025);
        ResponsibilityList leader = lists.get("副局长李四“一岗双责”责任清单");
        assertThat(leader.ownerKind()).isEqualTo(ListOwnerKind.LEADERSHIP_MEMBER);
        assertThat(leader.ownerMemberId()).isEqualTo(new MemberRepository(ws.database()).all().stream()
                .filter(m -> m.name().equals("李四")).findFirst().orElseThrow().id());
    }

    @Test
    void commendationsAsProbesTypedThem() throws Exception {
        ImportPreview monthly = imported(LedgerKind.COMMENDATIONS, new SheetMaker().sheet("作风标兵")
                .row("2025年月度作风标兵评选台账").mergeLast(0, 3)
                .row("序号", "月份", "姓名", "所在党支部")
                .row(1, "1月", "张三", "机关第一党支部")
                .row(2, "2月", "王芳", "机关第一党支部")
                .xlsx(dir.resolve("作风标兵.xlsx")));
        assertThat(monthly.warnings()).extracting(ImportMessage::reason)
                .contains("没有写级别，按荣誉名称“月度作风标兵”的默认级别（局级）记录；不是这一级的请加一列“级别”");
        ImportPreview general = imported(LedgerKind.COMMENDATIONS, new SheetMaker().sheet("评先创优")
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间", "文号", "备注")
                .row("优秀共产党员", "局级", "郑华 黄磊", "个人", "2025-06-28", "示环党〔2025〕3号", "两人同批")
                .row("优秀共产党员", "局级", "李四", "个人", "2025-06-28", "示环党〔2025〕3号", "补报")
                .row("先进个人", "区级", "张三", "个人", "2025-09-10", null, null)
                .xlsx(dir.resolve("评先创优.xlsx")));
        assertThat(general.warnings()).extracting(ImportMessage::reason)
                .contains("“区级”按局级记录（级别分 国家级、省级、市级、局级 四级，区县级的表彰记在局级）");
        ImportPreview branches = imported(LedgerKind.COMMENDATIONS, new SheetMaker().sheet("先进基层党组织")
                .row("2025年度先进基层党组织名单").mergeLast(0, 2)
                .row("序号", "党组织名称", "书记", "级别")
                .row(1, "机关第一党支部", "张三", "局级")
                .xlsx(dir.resolve("先进基层党组织.xlsx")));
        assertThat(branches.warnings()).extracting(ImportMessage::reason).noneMatch(r -> r.contains("外部集体"));
        Map<String, List<Commendation>> byTitle = new CommendationRepository(ws.database())
                .find(CommendationRepository.Filter.all()).stream().collect(Collectors.groupingBy(Commendation::title));
        assertThat(byTitle).containsKeys("月度作风标兵", "优秀共产党员", "先进个人", "先进基层党组织");
        Commendation party = byTitle.get("优秀共产党员").get(0);
        assertThat(party.recipients()).hasSize(3).allMatch(r -> r.kind() == RecipientKind.MEMBER);
        assertThat(party.notes()).isEqualTo("两人同批；补报");
        assertThat(byTitle.get("先进个人").get(0).level()).isEqualTo(CommendationLevel.BUREAU);
        assertThat(byTitle.get("先进基层党组织").get(0).recipients()).extracting(Commendation.Recipient::kind)
                .containsExactly(RecipientKind.BRANCH);
    }

    /**
     * Commendations without an 对象类型 column: a person's name not on the roster (欧阳小明 for 欧阳晓明, a non-member
     * 刘洋) or any recipient of an honour given to persons is an error with a hint, not an external collective; a name
     * typed with • or . for the middle dot is the member's; an office not in the database is still a collective.
     */
    @Test
    void aPersonsNameNotOnTheRosterIsAnErrorNotACollective() throws Exception {
        Path more = new SheetMaker()
                .row("姓名", "身份证号码", "所在党支部", "入党时间")
                .row("阿依古丽·买买提", id("65010219920304042"), "机关第一党支部", "2016-07-01")
                .row("欧阳晓明", id("33010219930909051"), "机关第一党支部", "2018-07-01")
                .xlsx(dir.resolve("花名册2.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, more, true, Progress.NONE).errors()).isEmpty();
        Path file = new SheetMaker().sheet("评先创优")
                .row("市生态环境局2025年度评先创优台账").mergeLast(0, 6)
                .row("序号", "荣誉名称", "级别", "获奖对象", "授予单位", "授予时间", "文号")
                .row(1, "优秀共产党员", "局级", "阿依古丽•买买提", "局机关党委", "2025.7.1", "局党〔2025〕20号")
                .row(2, "优秀共产党员", "局级", "欧阳小明", "局机关党委", "2025.7.1", "局党〔2025〕20号")
                .row(3, "优秀共产党员", "局级", "刘洋", "局机关党委", "2025.7.1", "局党〔2025〕20号")
                .row(4, "优秀共产党员", "局级", "张三", "局机关党委", "2025.7.1", "局党〔2025〕20号")
                .row(5, "优秀共产党员", "局级", "市监测站第三分站", "局机关党委", "2025.7.1", "局党〔2025〕20号")
                .row(6, "青年文明号", "局级", "王大伟", "局机关党委", "2025.7.1", "局党〔2025〕21号")
                .row(7, "青年文明号", "局级", "法规处", "局机关党委", "2025.7.1", "局党〔2025〕21号")
                .xlsx(dir.resolve("评先创优.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, true, Progress.NONE);
        String hint = "如确是集体，请加一列“对象类型”填写 集体";
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "评先创优.xlsx，工作表“评先创优”，第4行，D列（获奖对象）：库中没有党员“欧阳小明”（看起来是个人的姓名，不记为外部集体）；"
                        + "请核对姓名，是不是“欧阳晓明”？" + hint,
                "评先创优.xlsx，工作表“评先创优”，第5行，D列（获奖对象）：库中没有党员“刘洋”（看起来是个人的姓名，不记为外部集体）；"
                        + "请核对姓名，个人获奖对象须是已导入花名册的党员。" + hint,
                "评先创优.xlsx，工作表“评先创优”，第7行，D列（获奖对象）：库中没有党员“市监测站第三分站”（“优秀共产党员”是授予个人的荣誉，"
                        + "不记为外部集体）；请核对姓名，个人获奖对象须是已导入花名册的党员。" + hint,
                "评先创优.xlsx，工作表“评先创优”，第8行，D列（获奖对象）：库中没有党员“王大伟”（看起来是个人的姓名，不记为外部集体）；"
                        + "请核对姓名，个人获奖对象须是已导入花名册的党员。" + hint);
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .noneMatch(r -> r.contains("阿依古丽"))
                .contains("库中没有名为“法规处”的党员、党组织或处室，记为外部集体");
    }

    @Test
    void aCommitteeMeetingOfABranchWithoutCommitteeMembersSaysSo() throws Exception {
        ImportPreview p = imported(LedgerKind.MEETINGS, new SheetMaker().sheet("支委会")
                .row("所在党支部", "会议时间", "会议类型", "会议主题")
                .row("机关第二党支部", "2025-03-05", "支部委员会", "研究三月工作")
                .xlsx(dir.resolve("支委会.xlsx")));
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("会议当天“机关第二党支部”没有登记支部委员，"
                + "这次支委会（及该支部其他这样的支委会）不逐人记录出勤；请先登记支部委员（组织页面，或花名册的“党内职务”一列），再导入一次");
    }

    @Test
    void makeUpsWrittenInTheLeaveNoteOrInAColumnOfTheirOwnAreRecorded() throws Exception {
        ImportPreview p = imported(LedgerKind.MEETINGS, new SheetMaker().sheet("三会一课")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 5)
                .row("会议时间", "会议类型", "会议主题", "请假人员", "缺席人员", "补课情况")
                .row("2025-04-25", "党课", "四月党课", "李四（出差，5月20日已补课）", null, null)
                .row("2025-06-26", "党课", "六月党课", "李四（病假）、王芳（出差）", null, "王芳已于7月2日补课")
                .row("2025-09-25", "党课", "九月党课", "王芳（培训）", null, "已补课")
                .row("2025-11-20", "党课", "十一月党课", "李四（出差，需补课）", null, null)
                .xlsx(dir.resolve("补课.xlsx")));
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("王芳写了已补课，没有写补课日期，按会议当天（2025-09-25）记录");
        MeetingRepository repo = new MeetingRepository(ws.database());
        Map<String, Meeting> byTheme = repo.list(MeetingFilter.ALL).stream().map(s -> repo.load(s.id()).orElseThrow())
                .collect(Collectors.toMap(Meeting::theme, m -> m));
        assertThat(byTheme.get("四月党课").attendance()).filteredOn(a -> a.name().equals("李四"))
                .extracting(AttendanceEntry::leaveReason, AttendanceEntry::makeUpOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("出差", LocalDate.of(2025, 5, 20)));
        assertThat(byTheme.get("六月党课").attendance()).filteredOn(a -> a.status() == AttendanceStatus.ON_LEAVE)
                .extracting(AttendanceEntry::name, AttendanceEntry::makeUpOn)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("李四", null),
                        org.assertj.core.groups.Tuple.tuple("王芳", LocalDate.of(2025, 7, 2)));
        assertThat(byTheme.get("九月党课").attendance()).filteredOn(a -> a.name().equals("王芳"))
                .extracting(AttendanceEntry::makeUpOn).containsExactly(LocalDate.of(2025, 9, 25));
        assertThat(byTheme.get("十一月党课").attendance()).filteredOn(a -> a.name().equals("李四"))
                .extracting(AttendanceEntry::leaveReason, AttendanceEntry::makeUpOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("出差，需补课", null));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, dir.resolve("补课.xlsx"), false, Progress.NONE).summary())
                .startsWith("新增 0 ");
    }

    @Test
    void aMakeUpDatedBeforeItsMeetingIsAnError() throws Exception {
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "请假人员")
                .row("机关第一党支部", "2025-04-25", "党课", "四月党课", "李四（出差，2025年3月1日已补课）")
                .xlsx(dir.resolve("补课早于会议.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::reason)
                .containsExactly("李四的补课日期（2025-03-01）早于会议日期（2025-04-25），补课应在会议之后，请核对");
        assertThat(byTheme()).isEmpty();
    }

    @Test
    void anExportedLedgerKeepsTheMakeUpsAndRebuildsThemInAnEmptyDatabase() throws Exception {
        imported(LedgerKind.MEETINGS, new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "请假人员", "缺席人员")
                .row("机关第一党支部", "2025-04-25", "党课", "四月党课", "李四（出差，5月20日已补课）", null)
                .row("机关第一党支部", "2025-06-26", "党课", "六月党课", "李四（病假）、王芳（7月2日已补课）", null)
                .row("机关第一党支部", "2025-12-26", "党课", "十二月党课", "王芳（出差，2026年1月6日已补课）", "张三（无故）")
                .xlsx(dir.resolve("补课.xlsx")));
        Path roster = dir.resolve("导出花名册.xlsx");
        Path meetings = dir.resolve("导出台账.xlsx");
        LedgerExport.members(ws, roster, new LedgerExport.Options(null, null, true), Progress.NONE);
        // the branch as clerks shorten it: 第一党支部 for the stored 机关第一党支部
        assertThat(LedgerExport.export(LedgerKind.MEETINGS, ws, meetings, new LedgerExport.Options(2025, "第一党支部", false),
                Progress.NONE)).isEqualTo(3);
        try (var in = java.nio.file.Files.newInputStream(meetings);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            String text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(text).contains("李四（出差，5月20日已补课）", "李四（病假）、王芳（7月2日已补课）",
                    "王芳（出差，2026年1月6日已补课）", "张三（无故）");
        }
        try (Workspace other = Workspace.open(dir.resolve("空库.db"), "测试")) {
            assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, other, roster, true, Progress.NONE).errors()).isEmpty();
            assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, other, meetings, true, Progress.NONE).errors()).isEmpty();
            Map<String, Meeting> rebuilt = byTheme(other);
            Map<String, Meeting> original = byTheme();
            for (String theme : List.of("四月党课", "六月党课", "十二月党课")) {
                assertThat(rebuilt.get(theme).attendance())
                        .extracting(AttendanceEntry::name, AttendanceEntry::status, AttendanceEntry::leaveReason,
                                AttendanceEntry::makeUpOn)
                        .as(theme).containsExactlyInAnyOrderElementsOf(original.get(theme).attendance().stream()
                                .map(a -> org.assertj.core.groups.Tuple.tuple(a.name(), a.status(), a.leaveReason(),
                                        a.makeUpOn())).toList());
            }
            assertThat(rebuilt.get("十二月党课").attendance()).filteredOn(a -> a.name().equals("王芳"))
                    .extracting(AttendanceEntry::makeUpOn).containsExactly(LocalDate.of(2026, 1, 6));
        }
    }

    @Test
    void aCopyWithoutTheNamesLeavesTheStoredLeavesReasonsAndMakeUpsAlone() throws Exception {
        imported(LedgerKind.MEETINGS, new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "应到人数", "实到人数", "请假人员", "缺席人员")
                .row("机关第一党支部", "2025-04-25", "党课", "四月党课", 3, 1, "李四（出差，5月20日已补课）", "王芳")
                .row("机关第一党支部", "2025-05-23", "党课", "五月党课", 3, 3, null, null)
                .xlsx(dir.resolve("原表.xlsx")));
        Map<String, Meeting> before = byTheme();
        // the same ledger passed round with the names left out, and its numbers typed differently
        ImportPreview p = imported(LedgerKind.MEETINGS, new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议时间", "会议类型", "会议主题", "应到人数", "实到人数", "请假人数", "缺席人数", "请假人员", "缺席人员")
                .row("机关第一党支部", "2025-04-25", "党课", "四月党课", 3, 1, 0, 2, null, null)
                .row("机关第一党支部", "2025-05-23", "党课", "五月党课", 3, 2, 0, 1, null, null)
                .xlsx(dir.resolve("无姓名.xlsx")));
        assertThat(byTheme().get("四月党课")).isEqualTo(before.get("四月党课"));
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("请假人数写的是0人，按名单应为1人",
                "这一行没有写请假、缺席人员的姓名，库中这次会议逐人登记的出勤（请假、缺席人员及原因、补课）保留未改；要更改，请在台账中写明姓名");
        // a meeting stored with everyone present has no names to lose: the row's numbers are its news
        assertThat(byTheme().get("五月党课").attendance()).isEmpty();
        assertThat(byTheme().get("五月党课").recorded()).isNotNull();
    }

    @Test
    void leaveNumbersBesideLeaveNamesDateAndTimeApartAndJoinedTypes() throws Exception {
        ImportPreview p = imported(LedgerKind.MEETINGS, new SheetMaker().sheet("第一支部")
                .row("第一支部“三会一课”记录（2025年）").mergeLast(0, 10)
                .row("日期", "时间", "会议类型", "会议主题", "应到", "实到", "请假", "缺席", "请假人员", "缺席人员")
                .row("2025.4.25", "14:30", "党员大会暨党课", "二季度党员大会暨党课", 3, 1, 1, 1, "李四（出差）", "王芳")
                .row("2025.5.8", "9:00", "支部委员会（扩大）", "研究五月工作", null, null, null, null, null, null)
                .row("2025.6.5", "9:00", "主题党日", "六月主题党日", 3, 2, 0, 0, null, null)
                .xlsx(dir.resolve("第一支部.xlsx")));
        assertThat(p.warnings()).extracting(ImportMessage::reason).noneMatch(r -> r.contains("重复，该列不导入"));
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("应到3人，而实到2人、请假0人、缺席0人合计2人，请核对");
        MeetingRepository repo = new MeetingRepository(ws.database());
        Map<String, Meeting> byTheme = repo.list(MeetingFilter.ALL).stream().map(s -> repo.load(s.id()).orElseThrow())
                .collect(Collectors.toMap(Meeting::theme, m -> m));
        Meeting assembly = byTheme.get("二季度党员大会暨党课");
        assertThat(assembly.heldAt()).isEqualTo(java.time.LocalDateTime.of(2025, 4, 25, 14, 30));
        assertThat(assembly.types()).containsExactlyInAnyOrder(MeetingType.BRANCH_ASSEMBLY, MeetingType.PARTY_LESSON);
        assertThat(assembly.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status, AttendanceEntry::leaveReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("张三", AttendanceStatus.PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple("李四", AttendanceStatus.ON_LEAVE, "出差"),
                        org.assertj.core.groups.Tuple.tuple("王芳", AttendanceStatus.ABSENT, null));
        assertThat(byTheme.get("研究五月工作").types()).containsExactly(MeetingType.BRANCH_COMMITTEE);
        assertThat(byTheme.get("研究五月工作").heldAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
    }
}
