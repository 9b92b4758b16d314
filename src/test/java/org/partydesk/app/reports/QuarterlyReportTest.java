package org.partydesk.app.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Shortfall;
import org.partydesk.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A retirees' branch imported from a clerk's workbooks into an empty database: its 组织生活会 held in January, no
 * 民主评议党员 all year, nothing from July on, one member absent from every meeting of the first half-year, a secretary
 * who never lectured, leave with reasons, a 主题党日 that was also the 党课, a list of its own with items due in June.
 * Its quarterly reports say what was held of the yearly meetings and what is still owed, the check's long absence and
 * missing 党课, leave reasons beside the make-up state, a meeting of two types as one item, missed months as ranges in
 * Arabic numerals, and name the list once above its items.
 */
class QuarterlyReportTest {
    static final String BRANCH = "老干部党支部";

    @TempDir
    Path dir;

    private Workspace open(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试");
    }

    private void importLedgers(Workspace ws) throws Exception {
        Path roster = new SheetMaker()
                .row("花名册").mergeLast(0, 4)
                .row("姓名", "身份证号", "所在党支部", "入党日期", "党内职务")
                .row("钱明远", id("42010219500301111"), BRANCH, "1975-07-01", "书记")
                .row("孙立平", id("42010219520402122"), BRANCH, "1978-07-01", "组织委员")
                .row("李春华", id("42010219540503133"), BRANCH, "1980-07-01", null)
                .row("周建新", id("42010219560604144"), BRANCH, "1982-07-01", null)
                .row("吴秀兰", id("42010219580705155"), BRANCH, "1984-07-01", null)
                .row("郑国庆", id("42010219600806166"), BRANCH, "1986-07-01", null)
                .xlsx(dir.resolve("花名册.xlsx"));
        SheetMaker m = new SheetMaker()
                .row("2025年老干部党支部组织生活登记").mergeLast(0, 6)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "讲课人", "请假人员", "缺席人员");
        m.row(BRANCH, "组织生活会", "年度组织生活会", "2025-01-23", null, null, "郑国庆");
        for (int month = 1; month <= 6; month++) {
            m.row(BRANCH, "支部委员会", month + "月支委会", "2025-" + month + "-08", null, null, null);
            if (month == 5) {
                m.row(BRANCH, "主题党日、党课", "五月学习日", "2025-05-20", "孙立平", null, "郑国庆");
            } else {
                m.row(BRANCH, "主题党日", month + "月学习日", "2025-" + month + "-20", null,
                        month == 4 ? "李春华（出差）、周建新（公休假，4月25日已补课）" : null, "郑国庆");
            }
        }
        m.row(BRANCH, "党课", "春季党课", "2025-02-26", "孙立平", null, "郑国庆");
        m.row(BRANCH, "支部党员大会", "一季度党员大会", "2025-03-28", null, null, "郑国庆");
        m.row(BRANCH, "支部党员大会", "半年党员大会", "2025-06-26", null, null, "郑国庆");
        Path meetings = m.xlsx(dir.resolve("组织生活.xlsx"));
        Path list = new SheetMaker()
                .row("2025年度老干部党支部党建工作责任清单").mergeLast(0, 5)
                .row("序号", "责任类别", "责任内容", "责任主体", "责任人", "时间节点")
                .row(1, "组织建设", "走访慰问生活困难的老党员", BRANCH, "孙立平", "2025年6月30日")
                .row(2, "思想建设", "组织老党员集中学习", BRANCH, "钱明远", "每季度")
                .xlsx(dir.resolve("责任清单.xlsx"));
        for (var file : List.of(roster, meetings, list)) {
            LedgerKind kind = file == roster ? LedgerKind.MEMBERS : file == meetings ? LedgerKind.MEETINGS : LedgerKind.RESPONSIBILITIES;
            ImportPreview p = LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
            assertThat(p.errors()).as("errors importing %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void duringTheYearTheReportSaysWhatWasHeldOwedAndFoundByTheCheck() throws Exception {
        try (Workspace ws = open(LocalDate.of(2025, 11, 15))) {
            importLedgers(ws);
            Reports reports = new Reports(ws);
            Path q2 = dir.resolve("q2.docx");
            reports.writeQuarterly(BRANCH, 2025, 2, q2, Progress.NONE);
            try (XWPFDocument doc = ReportsSampleTest.open(q2)) {
                String all = ReportsSampleTest.text(doc);
                List<XWPFTable> tables = doc.getTables();
                // 1. a yearly rule: what the year held up to the quarter's end, never 0次 beside 达标
                XWPFTable required = tables.get(1);
                assertThat(row(required, "组织生活会")).containsExactly("组织生活会", "全年1次", "本年1次（1月23日）", "达标");
                assertThat(row(required, "民主评议党员")).containsExactly("民主评议党员", "全年1次", "本年0次", "尚未召开");
                for (XWPFTableRow r : required.getRows()) {
                    assertThat(r.getCell(2).getText().matches("(本年|全年)?0次") && r.getCell(3).getText().equals("达标"))
                            .as("row %s", r.getCell(0).getText()).isFalse();
                }
                // 3. leave with its reason and the make-up state; 5. a meeting of two types as one
                XWPFTable meetings = tables.get(2);
                assertThat(meetings.getText()).contains("李春华（出差，未补课）", "周建新（公休假，4月25日补课）", "主题党日暨党课");
                assertThat(all).contains("5月20日主题党日暨党课").doesNotContain("党课、主题党日", "主题党日、党课")
                        .doesNotContainPattern("\\d 月|月 \\d|\\d 日");
                // 6. the list named once, above a table of its items
                XWPFParagraph caption = doc.getParagraphs().stream().filter(p -> p.getText().endsWith("本季度到期事项："))
                        .findFirst().orElseThrow();
                assertThat(caption.getText()).matches("《.*老干部党支部党建工作责任清单》本季度到期事项：");
                XWPFTable items = tables.get(3);
                assertThat(items.getRow(0).getCell(0).getText()).isEqualTo("事项");
                assertThat(items.getText()).contains("走访慰问生活困难的老党员", "6月30日").doesNotContain("责任清单");
                // 2. the check's long absence and missing 党课, from the check's own findings
                Flag absence = new ComplianceCheck(ws).run(2025, 2).flags().stream()
                        .filter(f -> f.kind() == FlagKind.LONG_ABSENCE).findFirst().orElseThrow();
                Matcher n = Pattern.compile("应到的(\\d+)次").matcher(absence.message());
                assertThat(n.find()).isTrue();
                String problems = paragraph(doc, "存在问题。");
                assertThat(problems).contains("党员郑国庆自1月至6月应参加的" + n.group(1) + "次会议均缺席，已连续六个月未参加组织生活",
                        "支部书记钱明远同志今年以来还没有讲过党课");
                // 4. the yearly meeting still owed is planned
                String plans = paragraph(doc, "下季度打算。");
                assertThat(plans).contains("年底前召开民主评议党员", "支部书记年内至少讲一次党课", "同郑国庆同志谈心谈话");
            }

            Path q3 = dir.resolve("q3.docx");
            reports.writeQuarterly(BRANCH, 2025, 3, q3, Progress.NONE);
            try (XWPFDocument doc = ReportsSampleTest.open(q3)) {
                String all = ReportsSampleTest.text(doc);
                // 4. the missed months grouped by type, as ranges in Arabic numerals, in the table and the problems
                XWPFTable required = doc.getTables().get(1);
                assertThat(row(required, "支部委员会").get(3)).isEqualTo("未达标（7—9月）");
                assertThat(row(required, "党课").get(3)).isEqualTo("未达标（第三季度）");
                assertThat(paragraph(doc, "存在问题。"))
                        .startsWith("存在问题。7—9月未召开支部委员会和主题党日，第三季度未召开支部党员大会和党课；")
                        .doesNotContain("应开1次、实开0次");
                assertThat(all).doesNotContain("七月", "八月", "九月");
                // the long absence ended in June: not a finding of the third quarter, as the check says
                assertThat(new ComplianceCheck(ws).run(2025, 3).flags()).noneMatch(f -> f.kind() == FlagKind.LONG_ABSENCE);
                assertThat(all).doesNotContain("连续六个月");
            }
        }
    }

    @Test
    void afterTheYearTheFourthQuarterSaysTheYearlyMeetingNeverHeldAndTheSecretarysYearWithoutALesson() throws Exception {
        try (Workspace ws = open(LocalDate.of(2025, 11, 15))) {
            importLedgers(ws);
        }
        try (Workspace ws = open(LocalDate.of(2026, 1, 20))) {
            assertThat(new ComplianceCheck(ws).run(2025, 4).branches().get(0).shortfalls()).extracting(Shortfall::type, Shortfall::slot)
                    .contains(org.assertj.core.groups.Tuple.tuple(MeetingType.MEMBER_APPRAISAL, "2025"));
            assertThat(new ComplianceCheck(ws).run(2025, 4).flags()).extracting(Flag::message)
                    .contains(BRANCH + "书记钱明远2025年未讲党课（书记带头讲党课）");
            Path q4 = dir.resolve("q4.docx");
            new Reports(ws).writeQuarterly(BRANCH, 2025, 4, q4, Progress.NONE);
            try (XWPFDocument doc = ReportsSampleTest.open(q4)) {
                XWPFTable required = doc.getTables().get(1);
                assertThat(row(required, "组织生活会")).containsExactly("组织生活会", "全年1次", "全年1次（1月23日）", "达标");
                assertThat(row(required, "民主评议党员")).containsExactly("民主评议党员", "全年1次", "全年0次", "未达标（全年）");
                assertThat(paragraph(doc, "存在问题。")).contains(
                        "10—12月未召开支部委员会和主题党日，第四季度未召开支部党员大会和党课，全年未召开民主评议党员",
                        "支部书记钱明远同志2025年没有讲党课");
                assertThat(paragraph(doc, "下季度打算。")).contains("抓紧补开2025年度民主评议党员", "新的一年支部书记带头讲党课")
                        .doesNotContain("年底前");
            }
        }
    }

    /** The cells of the row of {@code table} whose first cell is {@code first}. */
    static List<String> row(XWPFTable table, String first) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst()
                .map(r -> r.getTableCells().stream().map(c -> c.getText()).toList())
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + table.getText()));
    }

    /** The paragraph that starts with {@code topic}. */
    static String paragraph(XWPFDocument doc, String topic) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith(topic)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + topic));
    }
}
