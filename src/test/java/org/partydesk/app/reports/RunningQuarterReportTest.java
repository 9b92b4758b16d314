package org.partydesk.app.reports;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A bureau's office imports its roster, meetings, responsibility list and dues into an empty database; today is
 * 2026-12-07, the fourth quarter still running. 机关第一党支部 (two 党小组) has held its 支委会 every month and its 党员大会, but
 * no 党课 yet, December's 主题党日 and the second 党小组's December meeting are still to come, its 组织生活会 was in February
 * and no 民主评议党员 yet; its dues are registered through October (孙浩然 has paid nothing since July). The retirees'
 * branch registered dues for January to June only. The list's item for 各党支部, due on 30 September, was never done.
 */
class RunningQuarterReportTest {
    static final String B1 = "机关第一党支部";
    static final String RETIRED = "离退休干部党支部";
    static final String SHARED_ITEM = "完成党支部标准化规范化建设达标验收";

    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void importLedgers() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2026, 12, 7).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试");
        Path roster = new SheetMaker()
                .row("临江市教育局党员花名册").mergeLast(0, 5)
                .row("姓名", "身份证号", "所在党支部", "所在党小组", "入党日期", "党内职务")
                .row("王建国", id("42010219720314111"), B1, "第一党小组", "1996-07-01", "书记")
                .row("李红梅", id("42010219800802122"), B1, "第一党小组", "2003-06-20", "组织委员")
                .row("陈志强", id("42010219790430133"), B1, "第一党小组", "2001-07-01", null)
                .row("张伟", id("42010219851123144"), B1, "第二党小组", "2008-05-04", "宣传委员")
                .row("吴海涛", id("42010219830905155"), B1, "第二党小组", "2006-11-20", null)
                .row("孙浩然", id("42010219941212166"), B1, "第二党小组", "2018-06-01", null)
                .row("吴国庆", id("42010219500101177"), RETIRED, null, "1972-07-01", "书记")
                .row("朱玉珍", id("42010219520202188"), RETIRED, null, "1975-07-01", null)
                .row("钱德厚", id("42010219540303199"), RETIRED, null, "1978-07-01", null)
                .xlsx(dir.resolve("花名册.xlsx"));
        SheetMaker m = new SheetMaker()
                .row("机关第一党支部2026年三会一课台账").mergeLast(0, 4)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "讲课人")
                .row(B1, "组织生活会", "2025年度组织生活会", "2026-02-10", null);
        for (int month = 10; month <= 12; month++) {
            m.row(B1, "支部委员会", month + "月支委会", "2026-" + month + "-0" + (month == 12 ? 3 : 5), null);
            m.row(B1, "党小组会", "第一党小组" + month + "月学习", "2026-" + month + "-" + (month == 12 ? "04" : "12"), null);
            if (month < 12) {
                m.row(B1, "党小组会", "第二党小组" + month + "月学习", "2026-" + month + "-13", null);
                m.row(B1, "主题党日", month + "月主题党日", "2026-" + month + "-2" + (month - 6), null);
            }
        }
        m.row(B1, "支部党员大会", "第四季度党员大会", "2026-10-20", null);
        Path meetings = m.xlsx(dir.resolve("三会一课台账.xlsx"));
        Path list = new SheetMaker()
                .row("临江市教育局机关党委2026年度全面从严治党责任清单").mergeLast(0, 6)
                .row("序号", "类别", "工作任务", "责任主体", "责任人", "时间节点", "完成情况")
                .row(1, "组织建设", "制定2026年机关党建工作要点", "机关党委", "李红梅", "2026年8月31日", "已完成")
                .row(2, "组织建设", SHARED_ITEM, "各党支部", "各支部书记", "2026年9月30日", null)
                .xlsx(dir.resolve("责任清单.xlsx"));
        for (Path file : List.of(roster, meetings, list)) {
            LedgerKind kind = file == roster ? LedgerKind.MEMBERS : file == meetings ? LedgerKind.MEETINGS : LedgerKind.RESPONSIBILITIES;
            importFile(kind, file);
        }
        importFile(LedgerKind.DUES, dues("党费1-10月.xlsx", 1, 10));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void importFile(LedgerKind kind, Path file) {
        ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
        assertThat(p.errors()).as("errors importing %s", file.getFileName()).isEmpty();
    }

    /**
     * The dues register of months {@code first} to {@code last} of 2026: 机关第一党支部 50.00 元 a month each, 孙浩然 none
     * from July; the retirees 20.00 元 a month up to June.
     */
    private Path dues(String name, int first, int last) throws Exception {
        SheetMaker s = new SheetMaker()
                .row("2026年党费收缴登记表").mergeLast(0, 9)
                .row("序号", "姓名", "所在党支部", "交纳月份", "基数类型", "党费基数（元）", "应缴金额（元）", "实缴金额（元）", "交纳日期", "收缴人");
        int n = 0;
        for (int month = first; month <= last; month++) {
            for (String who : List.of("王建国", "李红梅", "陈志强", "张伟", "吴海涛", "孙浩然")) {
                if (!(who.equals("孙浩然") && month >= 7)) {
                    s.row(++n, who, B1, "2026年" + month + "月", "税后工资", 5000, 50, 50, "2026-" + month + "-10", "李红梅");
                }
            }
            for (String who : month <= 6 ? List.of("吴国庆", "朱玉珍", "钱德厚") : List.<String>of()) {
                s.row(++n, who, RETIRED, "2026年" + month + "月", "离退休费", 4000, 20, 20, "2026-" + month + "-10", "朱玉珍");
            }
        }
        return s.xlsx(dir.resolve(name));
    }

    private XWPFDocument report(String branch, int quarter) throws Exception {
        Path out = dir.resolve(branch + quarter + ".docx");
        new Reports(ws).writeQuarterly(branch, 2026, quarter, out, Progress.NONE);
        return ReportsSampleTest.open(out);
    }

    @Test
    void duesAreCountedOnlyOverEndedAndRegisteredMonths() throws Exception {
        try (XWPFDocument doc = report(B1, 3)) {
            // a quarter registered in full: its rate, and who is behind at its end
            assertThat(ReportsSampleTest.text(doc)).contains("本季度（7—9月）6名党员应缴党费900.00元，实缴750.00元，收缴率83.3%。"
                    + "连续3个月以上未交党费的有孙浩然（3个月，自2026年7月起，欠交150.00元）。");
        }
        try (XWPFDocument doc = report(B1, 4)) {
            // registered through October: November (ended) is not entered, December (not over) is not owed yet
            assertThat(ReportsSampleTest.text(doc)).contains("本季度党费登记至10月，11月尚未登记；10月6名党员应缴党费300.00元，实缴250.00元，"
                    + "收缴率83.3%。截至10月连续3个月以上未交党费的有孙浩然（4个月，自2026年7月起，欠交200.00元）。")
                    .doesNotContain("10—12月", "10月至12月", "5个月");
            assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。")).contains("11月的党费收缴情况尚未登记");
            assertThat(QuarterlyReportTest.paragraph(doc, "下季度打算。")).contains("及时登记11月的党费收缴情况");
        }
        importFile(LedgerKind.DUES, dues("党费11月.xlsx", 11, 11));
        try (XWPFDocument doc = report(B1, 4)) {
            assertThat(ReportsSampleTest.text(doc)).contains("本季度截至11月（10—11月），6名党员应缴党费600.00元，实缴500.00元，收缴率83.3%。"
                    + "截至11月连续3个月以上未交党费的有孙浩然（5个月，自2026年7月起，欠交250.00元）。");
            assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。")).doesNotContain("尚未登记");
        }
        for (int quarter : new int[] {3, 4}) {
            try (XWPFDocument doc = report(RETIRED, quarter)) {
                // the register stops at June: nothing of the quarter is entered, so no rate and nobody named behind
                String all = ReportsSampleTest.text(doc);
                assertThat(all).as("quarter %d", quarter).contains("六、党费收缴情况", "本季度尚未登记党费收缴情况（党费登记截至6月）。")
                        .doesNotContain("收缴率", "欠交", "未交党费的有");
                assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。")).doesNotContain("未交党费")
                        .contains(quarter == 3 ? "7—9月的党费收缴情况尚未登记" : "10—11月的党费收缴情况尚未登记");
            }
        }
    }

    @Test
    void anItemForEveryBranchIsInEachBranchsReportAsOneSharedItem() throws Exception {
        for (String branch : List.of(B1, RETIRED)) {
            try (XWPFDocument doc = report(branch, 3)) {
                String all = ReportsSampleTest.text(doc);
                assertThat(all).as(branch).doesNotContain("没有到期的责任清单事项", "制定2026年机关党建工作要点");
                XWPFTable items = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("事项"))
                        .findFirst().orElseThrow();
                assertThat(QuarterlyReportTest.row(items, SHARED_ITEM + "（各党支部共同承担）"))
                        .containsExactly(SHARED_ITEM + "（各党支部共同承担）", "9月30日", "逾期未完成");
                assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。"))
                        .contains("各党支部共同承担的责任清单事项有1项逾期未完成（" + SHARED_ITEM + "）");
            }
        }
    }

    @Test
    void aMonthlyItemOverdueInEachMonthIsOneItemInTheProblems() throws Exception {
        // a second list whose item for every branch is due each month and was never done (probe I: it was named three
        // times and counted as 3项)
        importFile(LedgerKind.RESPONSIBILITIES, new SheetMaker()
                .row("临江市教育局机关党委2026年度党费工作责任清单").mergeLast(0, 5)
                .row("序号", "工作任务", "责任主体", "责任人", "时间节点", "完成情况")
                .row(1, "规范党费收缴，按月足额交纳", "各党支部", "各支部组织委员", "每月", null)
                .xlsx(dir.resolve("党费责任清单.xlsx")));
        try (XWPFDocument doc = report(B1, 3)) {
            assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。")).contains("各党支部共同承担的责任清单事项有2项逾期未完成（"
                    + SHARED_ITEM + "；规范党费收缴，按月足额交纳（3个时间节点））");
        }
    }

    @Test
    void aRunningQuarterSaysWhatIsMetAndWhatIsStillOwedBeforeItEnds() throws Exception {
        try (XWPFDocument doc = report(B1, 4)) {
            XWPFTable required = doc.getTables().get(1);
            assertThat(QuarterlyReportTest.row(required, "支部委员会")).endsWith("3次", "达标");
            assertThat(QuarterlyReportTest.row(required, "支部党员大会")).endsWith("1次", "达标");
            assertThat(QuarterlyReportTest.row(required, "党小组会")).endsWith("5次", "尚差1次");
            assertThat(QuarterlyReportTest.row(required, "主题党日")).endsWith("2次", "尚差1次");
            assertThat(QuarterlyReportTest.row(required, "党课")).endsWith("0次", "尚未召开");
            // the year is not over: what it has held so far, 本年
            assertThat(QuarterlyReportTest.row(required, "组织生活会")).containsExactly("组织生活会", "全年1次", "本年1次（2月10日）", "达标");
            assertThat(QuarterlyReportTest.row(required, "民主评议党员")).endsWith("本年0次", "尚未召开");
            for (XWPFTableRow r : required.getRows()) {
                assertThat(r.getCell(3).getText()).isNotEqualTo("进行中");
            }
            assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。")).contains("截至12月7日，本季度尚未召开党课");
            String plans = QuarterlyReportTest.paragraph(doc, "下季度打算。");
            assertThat(plans).contains("12月底前召开第二党小组党小组会、主题党日和民主评议党员，讲好一次党课",
                    "2027年第一季度每月按时召开支部委员会、党小组会和主题党日，召开支部党员大会，讲好一次党课")
                    .doesNotContain("下一年度");
        }
    }

    @Test
    void theMeetingsTableKeepsItsTypesOnOneLineAndNoRowAloneOnAPage() throws Exception {
        try (XWPFDocument doc = report(B1, 4)) {
            XWPFTable meetings = doc.getTables().get(2);
            assertThat(meetings.getRow(0).getCell(1).getText()).isEqualTo("类型");
            assertThat(meetings.getText()).contains("第一党小组党小组会");
            // 9 characters of 五号 (3.7 mm each) and the cell's margins: at least 37 mm of the column grid
            BigInteger typeColumn = (BigInteger) meetings.getCTTbl().getTblGrid().getGridColArray(1).getW();
            assertThat(typeColumn.longValue()).isGreaterThanOrEqualTo(Math.round(37 * 1440 / 25.4));
            int last = meetings.getNumberOfRows() - 1;
            assertThat(meetings.getRow(0).isRepeatHeader()).isTrue();
            for (int r = 0; r <= last; r++) {
                XWPFTableRow row = meetings.getRow(r);
                assertThat(row.isCantSplitRow()).as("row %d", r).isTrue();
                boolean kept = row.getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext();
                // the header with the first two rows, the last row with the one before it; the rest may break
                assertThat(kept).as("row %d kept with the next", r).isEqualTo(r <= 1 || r == last - 1);
            }
        }
    }
}
