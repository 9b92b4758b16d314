package org.partydesk.app.ledgers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.Commendation;
import org.partydesk.model.Commendation.Recipient;
import org.partydesk.model.DuesBase;
import org.partydesk.model.Member;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.DuesRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers as the 机关党委 clerk of a city bureau (市生态环境局) types them, into an empty database (probe J): a roster
 * with 基本信息 / 党员信息 group headers over 全日制学历 and 在职学历, the branch written once in a merged cell at the left
 * and blank rows between branches; a commendations ledger headed 时间 and 获得者, naming a member with his unit in
 * brackets (黄晓东（执法支队）); a branch's dues a column a month headed 缴费基数; a roster and a meetings ledger without a
 * branch column, each branch's name in a row of its own above its rows (一、机关第一党支部（3人）); dues kept a sheet a
 * month, the month only in the sheet's name and title; a 责任清单 whose 完成时限 says 及时, 按上级要求, 适时, 第三季度.
 */
class CityBureauHandTypedFilesTest extends EmptyDatabaseTest {
    private ImportPreview importFile(LedgerKind kind, Path file) {
        return LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
    }

    private Map<String, Member> members() {
        return new MemberRepository(ws.database()).all().stream().collect(Collectors.toMap(Member::name, m -> m));
    }

    /**
     * The roster: title, the two header rows (序号, 所在党支部 and 备注 merged down; 基本信息 over 姓名 … 在职学历, 党员信息
     * over 入党时间 and 党内职务), the branch once in a cell merged down its members' rows, a blank row between branches.
     */
    private Path roster(String file) throws Exception {
        return new SheetMaker().sheet("党员花名册")
                .row("市生态环境局机关党委党员花名册（截至2025年12月31日）").mergeLast(0, 9)
                .row("序号", "所在党支部", "基本信息", null, null, null, null, "党员信息", null, "备注")
                .row(null, null, "姓名", "性别", "出生年月", "全日制学历", "在职学历", "入党时间", "党内职务", null)
                .merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 1, 2, 6).merge(1, 1, 7, 8).merge(1, 2, 9, 9)
                .row(1, "机关第一党支部", "陈志刚", "男", "1972.03", "大学", "研究生", "1995.06", "书记", null)
                .row(2, null, "刘晓燕", "女", "1985年11月", "硕士研究生", null, "2007年6月", "组织委员", null)
                .row(3, null, "王磊", "男", "1990.10", "本科", "硕士", "2012.05", null, null)
                .merge(3, 5, 1, 1)
                .row()
                .row(4, "离退休干部党支部", "钱德福", "男", "1950.02", "中专", "大专", "1972.03", "书记", null)
                .row(5, null, "许秀英", "女", "1955.08", "高中", "无", "1978.07", null, "长期居住外地")
                .merge(7, 8, 1, 1)
                .save(dir.resolve(file));
    }

    @Test
    void theHigherOfFullTimeAndInServiceEducationIsTheMembersEducationInEveryFormat() throws Exception {
        for (String file : List.of("花名册.xlsx", "花名册.xls", "花名册.ods")) {
            ImportPreview p = importFile(LedgerKind.MEMBERS, roster(file));
            assertThat(p.errors()).as(file).isEmpty();
            // the two columns are read, no longer dropped as unknown headers
            assertThat(p.warnings()).extracting(ImportMessage::reason).as(file).noneMatch(r -> r.contains("不认识的列名"));
            Map<String, Member> m = members();
            assertThat(m).as(file).hasSize(5);
            assertThat(m.get("陈志刚").education()).as(file).isEqualTo("研究生");     // 大学 full-time, 研究生 in service
            assertThat(m.get("刘晓燕").education()).as(file).isEqualTo("硕士研究生"); // in service blank
            assertThat(m.get("王磊").education()).as(file).isEqualTo("硕士研究生");   // 本科, 硕士: both as the table writes them
            assertThat(m.get("钱德福").education()).as(file).isEqualTo("大专");
            assertThat(m.get("许秀英").education()).as(file).isEqualTo("高中");       // 无 is blank
        }
    }

    @Test
    void aWrittenEducationColumnStillWinsOverTheTwoColumns() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "所在党支部", "学历", "全日制学历", "在职学历")
                .row("冯雪", "监测站党支部", "大学本科", "大学本科", "硕士研究生")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(importFile(LedgerKind.MEMBERS, file).errors()).isEmpty();
        assertThat(members().get("冯雪").education()).isEqualTo("大学本科");
    }

    @Test
    void aCommendationsLedgerHeadedTimeAndWinnerNamesAMemberWithHisUnitInBrackets() throws Exception {
        importFile(LedgerKind.MEMBERS, new SheetMaker()
                .row("姓名", "所在党支部", "入党时间")
                .row("黄晓东", "执法支队党支部", "2011.12")
                .row("冯雪", "监测站党支部", "2014.04")
                .xlsx(dir.resolve("花名册.xlsx")));
        Path file = new SheetMaker().sheet("2025年")
                .row("市生态环境局2025年度评先创优情况登记表").mergeLast(0, 6)
                .row("序号", "荣誉名称", "级别", "授予单位", "时间", "获得者", "备注")
                .row(1, "优秀共产党员", "局级", "局机关党委", "2025年6月", "黄晓东（执法支队）、冯雪", null)
                .row(2, "先进基层党组织", "市级", "市直机关工委", "2025.6.28", "监测站党支部", null)
                .xlsx(dir.resolve("评先创优.xlsx"));
        ImportPreview p = importFile(LedgerKind.COMMENDATIONS, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "评先创优.xlsx，工作表“2025年”，第3行，F列（获得者）：“黄晓东（执法支队）”：括号中的“执法支队”不是库中党员黄晓东"
                        + "所在的党组织（执法支队党支部），库中只有这一名黄晓东，按他记录；不是同一人的，请改正后再导入");
        Map<String, Member> m = members();
        Map<String, Commendation> byTitle = new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all())
                .stream().collect(Collectors.toMap(Commendation::title, c -> c));
        assertThat(byTitle.get("优秀共产党员").awardedOn()).hasToString("2025-06-01");
        assertThat(byTitle.get("优秀共产党员").recipients()).extracting(Recipient::kind, Recipient::memberId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RecipientKind.MEMBER, m.get("黄晓东").id()),
                org.assertj.core.groups.Tuple.tuple(RecipientKind.MEMBER, m.get("冯雪").id()));
        assertThat(byTitle.get("先进基层党组织").recipients()).extracting(Recipient::kind).containsExactly(RecipientKind.BRANCH);
        // the same file again changes nothing
        assertThat(importFile(LedgerKind.COMMENDATIONS, file).counts()).startsWith("新增 0 项，更新 0 项");
    }

    @Test
    void aDuesSheetsContributionBaseColumnSetsTheBase() throws Exception {
        importFile(LedgerKind.MEMBERS, new SheetMaker()
                .row("姓名", "所在党支部", "入党时间")
                .row("陈志刚", "机关第一党支部", "1995.06")
                .xlsx(dir.resolve("花名册.xlsx")));
        Path file = new SheetMaker().sheet("机关一支部")
                .row("机关第一党支部2025年党费收缴登记表").mergeLast(0, 6)
                .row("序号", "姓名", "缴费基数", "月缴纳额", "1月", "2月", "3月")
                .row(1, "陈志刚", 9800, 147, 147, 147, 147)
                .xlsx(dir.resolve("党费.xlsx"));
        ImportPreview p = importFile(LedgerKind.DUES, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).noneMatch(r -> r.contains("不认识的列名"));
        List<DuesBase> bases = new DuesRepository(ws.database()).basesOf(members().get("陈志刚").id());
        assertThat(bases).extracting(DuesBase::year, b -> b.amount().compareTo(new BigDecimal("9800")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, 0));
    }

    /** A roster without 所在党支部: each branch's name in a merged row of its own above its members, a 合计 row under all. */
    private Path rosterUnderHeadings(String file) throws Exception {
        return new SheetMaker().sheet("花名册")
                .row("市生态环境局党员花名册").mergeLast(0, 5)
                .row("统计时间：2025年12月31日").mergeLast(0, 5)
                .row("序号", "姓名", "性别", "出生年月", "学历", "入党时间")
                .row("一、机关第一党支部（2人）").mergeLast(0, 5)
                .row(1, "陈志刚", "男", "1972.03", "研究生", "1995.06")
                .row(2, "刘晓燕", "女", "1985.11", "硕士研究生", "2007.06")
                .row("二、监测站党支部（共1名党员）").mergeLast(0, 5)
                .row(3, "郑海洋", "男", "1975.12", "大学本科", "1998.11")
                .row("（三）离退休干部党支部：1人").mergeLast(0, 5)
                .row(4, "钱德福", "男", "1950.02", "大专", "1972.03")
                .row("合计：4人").mergeLast(0, 5)
                .save(dir.resolve(file));
    }

    @Test
    void aBranchNamedInARowAboveItsMembersIsTheirBranchInEveryFormat() throws Exception {
        for (String file : List.of("花名册.xlsx", "花名册.xls", "花名册.ods")) {
            ImportPreview p = importFile(LedgerKind.MEMBERS, rosterUnderHeadings(file));
            assertThat(p.errors()).as(file).isEmpty();
            assertThat(p.warnings()).extracting(ImportMessage::text).as(file).contains(file + "，工作表“花名册”，第4行："
                    + "第4行、第7行、第9行是党支部的标题（“一、机关第一党支部（2人）”），其下各行按该党支部导入");
            Map<Integer, String> branchOf = new MemberRepository(ws.database()).branchNamesOfAll(java.time.LocalDate.of(2025, 12, 31));
            Map<String, String> byName = members().values().stream()
                    .collect(Collectors.toMap(Member::name, m -> branchOf.get(m.id())));
            assertThat(byName).as(file).containsOnly(Map.entry("陈志刚", "机关第一党支部"), Map.entry("刘晓燕", "机关第一党支部"),
                    Map.entry("郑海洋", "监测站党支部"), Map.entry("钱德福", "离退休干部党支部"));
            // the same file again changes nothing
            assertThat(importFile(LedgerKind.MEMBERS, rosterUnderHeadings(file)).counts()).as(file).startsWith("新增 0 人，更新 0 人");
        }
    }

    @Test
    void meetingsUnderTheirBranchsHeadingGoToThatBranch() throws Exception {
        importFile(LedgerKind.MEMBERS, rosterUnderHeadings("花名册.xlsx"));
        Path file = new SheetMaker().sheet("2025年")
                .row("市生态环境局各党支部2025年三会一课登记表").mergeLast(0, 4)
                .row("时间", "会议类型", "会议主题", "主持人", "请假人员")
                .row("（一）机关第一党支部").mergeLast(0, 4)
                .row("2025年3月20日", "党员大会", "学习全国两会精神", "陈志刚", "刘晓燕（出差）")
                .row("（二）监测站党支部").mergeLast(0, 4)
                .row("2025年3月6日", "党员大会", "学习纪律处分条例", "郑海洋", null)
                .xlsx(dir.resolve("三会一课.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEETINGS, file);
        assertThat(p.errors()).isEmpty();
        Map<Integer, String> units = new org.partydesk.store.OrgRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(org.partydesk.model.OrgUnit::id, org.partydesk.model.OrgUnit::name));
        assertThat(units.get(byTheme().get("学习全国两会精神").orgUnitId())).isEqualTo("机关第一党支部");
        assertThat(byTheme().get("学习全国两会精神").attendance()).hasSize(2);
        assertThat(units.get(byTheme().get("学习纪律处分条例").orgUnitId())).isEqualTo("监测站党支部");
    }

    @Test
    void duesKeptASheetAMonthAreThatMonthsDuesPaidOrNot() throws Exception {
        importFile(LedgerKind.MEMBERS, new SheetMaker()
                .row("姓名", "所在党支部", "入党时间")
                .row("陈志刚", "机关第一党支部", "1995.06")
                .row("赵敏", "机关第一党支部", "2015.12")
                .xlsx(dir.resolve("花名册.xlsx")));
        SheetMaker book = new SheetMaker();
        for (int m = 1; m <= 2; m++) {
            book.sheet(m + "月")
                    .row("机关第一党支部2025年" + m + "月党费收缴明细表").mergeLast(0, 5)
                    .row("序号", "姓名", "缴费基数", "应缴党费", "实缴党费", "缴费日期")
                    // January's dues of 陈志刚 paid on 3 February: January's, paid late
                    .row(1, "陈志刚", 9800, 147, 147, java.time.LocalDate.of(2025, m + 1, 3))
                    // 赵敏 paid nothing in February: no date, and still February's row
                    .row(2, "赵敏", 5400, 81, m == 1 ? 81 : null, m == 1 ? java.time.LocalDate.of(2025, 1, 10) : null)
                    .row("合计", null, null, 228, null, null);
        }
        Path file = book.xlsx(dir.resolve("党费.xlsx"));
        ImportPreview p = importFile(LedgerKind.DUES, file);
        assertThat(p.errors()).isEmpty();
        Map<String, Member> m = members();
        Map<String, String> paid = new DuesRepository(ws.database())
                .payments(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 12)).stream()
                .collect(Collectors.toMap(d -> (d.memberId() == m.get("陈志刚").id() ? "陈志刚 " : "赵敏 ") + d.month(),
                        d -> d.paid().stripTrailingZeros().toPlainString() + (d.paidOn() == null ? "" : " " + d.paidOn())));
        assertThat(paid).containsOnly(
                Map.entry("陈志刚 2025-01", "147 2025-02-03"), Map.entry("陈志刚 2025-02", "147 2025-03-03"),
                Map.entry("赵敏 2025-01", "81 2025-01-10"), Map.entry("赵敏 2025-02", "0"));
        assertThat(importFile(LedgerKind.DUES, file).counts()).startsWith("新增 0 条，更新 0 条");
    }

    @Test
    void aTitleAboutAllTheBranchesNamesNoBranch() throws Exception {
        Path file = new SheetMaker().sheet("2025年")
                .row("市生态环境局各党支部2025年三会一课登记表").mergeLast(0, 3)
                .row("时间", "会议类型", "会议主题", "主持人")
                .row("2025年3月6日", "党员大会", "学习纪律处分条例", "郑海洋")
                .xlsx(dir.resolve("三会一课.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEETINGS, file);
        // refused for want of the branch, not read into a new branch “市生态环境局各党支部”
        assertThat(p.errors()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("缺少必填的列“所在党支部”"));
        assertThat(new org.partydesk.store.OrgRepository(ws.database()).all())
                .extracting(org.partydesk.model.OrgUnit::name).doesNotContain("市生态环境局各党支部");
        assertThat(byTheme()).isEmpty();
    }

    @Test
    void deadlinesThatNameNoDayAreKeptUpAllYearAsLongStandingOnesAre() throws Exception {
        Path file = new SheetMaker().sheet("机关党委")
                .row("市生态环境局机关党委2025年度全面从严治党责任清单").mergeLast(0, 4)
                .row("序号", "责任内容", "责任主体", "责任人", "完成时限")
                .row("一、", "基层组织建设", null, null, null)
                .row("1", "开展党员教育培训", "机关党委", "刘晓燕", "按上级要求")
                .row("2", "组织主题党日活动", "机关党委", "刘晓燕", "适时")
                .row("3", "及时报送党建信息", "机关党委", "陈志刚", "及时")
                .row("4", "开展七一表彰", "机关党委", "陈志刚", "7月1日前")
                .row("5", "开展作风专项检查", "机关党委", "陈志刚", "第三季度")
                .row("6", "做好党费收缴", "机关党委", "刘晓燕", "每季度")
                .xlsx(dir.resolve("责任清单.xlsx"));
        ImportPreview p = importFile(LedgerKind.RESPONSIBILITIES, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "责任清单.xlsx，工作表“机关党委”，第4行，E列（完成时限）：“按上级要求”没有具体日期，按每年记，年底为时间节点",
                "责任清单.xlsx，工作表“机关党委”，第6行，E列（完成时限）：“及时”没有具体日期，按每年记，年底为时间节点");
        org.partydesk.store.ResponsibilityRepository repo = new org.partydesk.store.ResponsibilityRepository(ws.database());
        Map<String, org.partydesk.model.Cadence> cadences = repo.items(repo.allLists().get(0).id()).stream()
                .filter(i -> i.level() == 2)
                .collect(Collectors.toMap(org.partydesk.model.ResponsibilityItem::text, org.partydesk.model.ResponsibilityItem::cadence));
        assertThat(cadences).containsOnly(Map.entry("开展党员教育培训", org.partydesk.model.Cadence.YEARLY),
                Map.entry("组织主题党日活动", org.partydesk.model.Cadence.YEARLY), Map.entry("及时报送党建信息", org.partydesk.model.Cadence.YEARLY),
                Map.entry("开展七一表彰", org.partydesk.model.Cadence.ONCE),
                // one quarter is once, at its end; 每季度 stays four nodes
                Map.entry("开展作风专项检查", org.partydesk.model.Cadence.ONCE), Map.entry("做好党费收缴", org.partydesk.model.Cadence.QUARTERLY));
        Map<String, Integer> itemIds = repo.items(repo.allLists().get(0).id()).stream()
                .collect(Collectors.toMap(org.partydesk.model.ResponsibilityItem::text, org.partydesk.model.ResponsibilityItem::id));
        assertThat(repo.deadlinesOfItem(itemIds.get("开展作风专项检查")))
                .extracting(d -> d.dueOn().toString()).containsExactly("2025-09-30");
        assertThat(repo.deadlinesOfItem(itemIds.get("做好党费收缴"))).hasSize(4);
    }
}
