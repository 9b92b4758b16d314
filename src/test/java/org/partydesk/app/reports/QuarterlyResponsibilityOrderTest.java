package org.partydesk.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.partydesk.store.Database;

/**
 * The quarterly report's table of a list's items due in the quarter: the overdue first, then those not yet due, then
 * those done, each by deadline and then in the list's order; 存在问题 names the overdue in that order. A list imported
 * from a workbook into an empty database, the report written on 15 May 2025 for the second quarter.
 */
class QuarterlyResponsibilityOrderTest {
    private static final String BRANCH = "机关第一党支部";

    @TempDir
    Path dir;

    @Test
    void overdueItemsComeFirstThenByDeadlineThenInTheListsOrder() throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2025, 5, 15).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("t.db"), clock), "测试")) {
            Path roster = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部", "入党日期", "党内职务")
                    .row("王建国", id("42010219700301111"), BRANCH, "1995-07-01", "书记")
                    .row("刘芳", id("42010219800402122"), BRANCH, "2005-07-01", null)
                    .xlsx(dir.resolve("花名册.xlsx"));
            Path list = new SheetMaker()
                    .row("2025年度机关第一党支部党建工作责任清单").mergeLast(0, 6)
                    .row("序号", "类别", "工作任务", "责任主体", "责任人", "时间节点", "完成情况")
                    .row(1, "组织建设", "6月底前完成支部换届", BRANCH, "王建国", "2025年6月30日", null)
                    .row(2, "组织建设", "报送一季度党建总结", BRANCH, "刘芳", "2025年4月30日", "已完成")
                    .row(3, "思想建设", "组织五四青年节主题学习", BRANCH, "刘芳", "2025年5月10日", null)
                    .row(4, "思想建设", "开展党风廉政警示教育", BRANCH, "王建国", "2025年4月20日", null)
                    .row(5, "组织建设", "更新党员信息库", BRANCH, "刘芳", "2025年4月20日", null)
                    .row(6, "作风建设", "整改上季度检查问题", BRANCH, "王建国", "2025年5月31日", null)
                    .row(7, "组织建设", "交流学习心得", BRANCH, "刘芳", "2025年4月10日", "已完成")
                    .xlsx(dir.resolve("责任清单.xlsx"));
            for (Path file : List.of(roster, list)) {
                ImportPreview p = LedgerImporter.importFile(file == roster ? LedgerKind.MEMBERS : LedgerKind.RESPONSIBILITIES, ws, file,
                        true, Progress.NONE);
                assertThat(p.errors()).as("errors importing %s", file.getFileName()).isEmpty();
            }
            Path docx = dir.resolve("q2.docx");
            new Reports(ws).writeQuarterly(BRANCH, 2025, 2, docx, Progress.NONE);
            try (XWPFDocument doc = ReportsSampleTest.open(docx)) {
                XWPFTable items = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("事项"))
                        .findFirst().orElseThrow();
                List<String> rows = new ArrayList<>();
                for (XWPFTableRow r : items.getRows().subList(1, items.getRows().size())) {
                    rows.add(r.getCell(0).getText() + "|" + r.getCell(1).getText() + "|" + r.getCell(2).getText());
                }
                assertThat(rows).containsExactly(
                        // overdue, by deadline; 4月20日 twice in the list's order (its tree: 组织建设 before 思想建设)
                        "更新党员信息库|4月20日|逾期未完成",
                        "开展党风廉政警示教育|4月20日|逾期未完成",
                        "组织五四青年节主题学习|5月10日|逾期未完成",
                        // not yet due, by deadline
                        "整改上季度检查问题|5月31日|未到期",
                        "6月底前完成支部换届|6月30日|未到期",
                        // done, by deadline
                        "交流学习心得|4月10日|已完成",
                        "报送一季度党建总结|4月30日|已完成");
                assertThat(QuarterlyReportTest.paragraph(doc, "存在问题。"))
                        .contains("责任清单有3项逾期未完成（更新党员信息库；开展党风廉政警示教育；组织五四青年节主题学习）");
            }
        }
    }
}
