package org.partydesk.app.reports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;
import org.partydesk.office.reports.StatisticsWorkbookWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A bureau of three branches, one of which (离退休党支部) held no meeting all year (and 机关第二党支部 only 主题党日, none of
 * the 三会一课), imported into an empty database:
 * the quiet branch is a line of every meeting table with noughts, the summary does not say the fewest was the
 * smallest number held elsewhere, most branches red is not "少数", and its quarterly report does not say nobody was
 * absent from meetings that were never held.
 */
class QuietBranchReportTest {
    static final int YEAR = 2025;
    static final String QUIET = "离退休党支部";

    @TempDir
    Path dir;
    Workspace ws;
    Reports reports;

    @BeforeEach
    void importLedgers() throws Exception {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张一", id("42010219700101111"), "机关第一党支部", "2000-07-01")
                .row("张二", id("42010219700101122"), "机关第一党支部", "2001-07-01")
                .row("李一", id("42010219700101133"), "机关第二党支部", "2002-07-01")
                .row("李二", id("42010219700101144"), "机关第二党支部", "2003-07-01")
                .row("王一", id("42010219500101155"), QUIET, "1975-07-01")
                .row("王二", id("42010219500101166"), QUIET, "1976-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        SheetMaker meetings = new SheetMaker()
                .row("2025年三会一课台账").mergeLast(0, 4)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "缺席人员");
        for (int month = 1; month <= 12; month++) {
            meetings.row("机关第一党支部", "主题党日", month + "月主题党日", "2025-" + month + "-10", month == 3 ? "张二" : null);
            meetings.row("机关第一党支部", "支部委员会", month + "月支委会", "2025-" + month + "-12", null);
        }
        meetings.row("机关第二党支部", "主题党日", "一月主题党日", "2025-01-15", null);
        meetings.row("机关第二党支部", "主题党日", "二月主题党日", "2025-02-15", null);
        Path ledger = meetings.xlsx(dir.resolve("三会一课台账.xlsx"));
        ImportPreview r = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
        assertThat(r.errors()).isEmpty();
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, ledger, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        reports = new Reports(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theQuietBranchIsInTheStatisticsWithNoughts() throws Exception {
        YearStats stats = reports.stats(YEAR);
        assertThat(stats.meetingsByBranch()).containsOnlyKeys("机关第一党支部", "机关第二党支部", QUIET);
        assertThat(stats.meetingsByBranch().get(QUIET)).isEmpty();
        assertThat(stats.meetingsByBranch().get("机关第一党支部")).containsEntry(MeetingType.THEMED_PARTY_DAY, 12);

        Path xlsx = dir.resolve("统计表.xlsx");
        reports.writeWorkbook(YEAR, xlsx, Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("党务台账");
            Row meetings = row(wb.getSheet(StatisticsWorkbookWriter.MEETINGS), QUIET);
            assertThat(meetings).as("the quiet branch on the meetings sheet").isNotNull();
            assertThat(meetings.getCell(meetings.getLastCellNum() - 1).getNumericCellValue()).isZero();
            Row attendance = row(wb.getSheet(StatisticsWorkbookWriter.ATTENDANCE), QUIET);
            assertThat(attendance).as("the quiet branch on the attendance sheet").isNotNull();
            assertThat(attendance.getCell(1).getNumericCellValue()).isZero();
        }
    }

    @Test
    void whatNobodyRecordedIsUnrecordedOnTheWorkbookNotNought() throws Exception {
        // no 民主评议 results, no committee terms and no tags in this bureau: none of them is a count of 0
        Path xlsx = dir.resolve("统计表-未登记.xlsx");
        reports.writeWorkbook(YEAR, xlsx, Progress.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String result : List.of("优秀", "合格", "基本合格", "不合格", StatisticsWorkbookWriter.TOTAL)) {
                assertThat(row(wb.getSheet(StatisticsWorkbookWriter.APPRAISAL), result).getCell(1).getStringCellValue())
                        .as("民主评议 %s", result).isEqualTo("未登记");
            }
            var terms = wb.getSheet(StatisticsWorkbookWriter.TERMS);
            assertThat(row(terms, "应换届").getCell(1).getStringCellValue()).isEqualTo("未登记");
            assertThat(row(terms, "逾期未换届").getCell(1).getStringCellValue()).isEqualTo("未登记");
            assertThat(row(terms, "未登记委员会任期（选举日期和任期）")).isNotNull();
            var tags = wb.getSheet(StatisticsWorkbookWriter.TAGS);
            assertThat(row(tags, StatisticsWorkbookWriter.TOTAL).getCell(1).getStringCellValue()).isEqualTo("未登记");
        }
    }

    @Test
    void aQuarterStillRunningIsLabelledUpToWhen() {
        assertThat(Reports.quarterLabel(2026, 4, java.time.LocalDate.of(2026, 12, 7))).isEqualTo("第四季度\n（截至12月7日）");
        assertThat(Reports.quarterLabel(2026, 3, java.time.LocalDate.of(2026, 12, 7))).isEqualTo("第三季度");
        assertThat(Reports.quarterLabel(2025, 4, java.time.LocalDate.of(2026, 1, 5))).isEqualTo("第四季度");
    }

    @Test
    void theSummarySaysABranchHeldNoneAndMostRedIsNotAFew() throws Exception {
        Path docx = dir.resolve("年度总结.docx");
        reports.writeAnnual(YEAR, docx, null, Progress.NONE);
        String text = text(docx);
        assertThat(text).contains("但仍有2个支部全年没有召开", "全年召开支部委员会12次。").doesNotContain("少的也有");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getProperties().getCoreProperties().getCreator()).as("the author office PCs show").isEqualTo("党务台账");
        }
        assertThat(text).as("two of three branches are red").doesNotContain("少数党组织");
        assertThat(text).as("14 themed days in three branches are not one a month each")
                .contains("各党支部结合工作实际开展主题党日，全年共组织14次").doesNotContain("坚持每月固定开展主题党日");
        assertThat(text).as("every branch is flagged: not some of them").contains("各党组织的组织生活").doesNotContain("一些党组织");
    }

    @Test
    void aQuarterWithoutMeetingsDoesNotSayNobodyWasAbsent() throws Exception {
        Path quiet = dir.resolve("离退休.docx");
        reports.writeQuarterly(QUIET, YEAR, 3, quiet, Progress.NONE);
        assertThat(text(quiet)).contains("本季度未召开会议，没有出勤记录。").doesNotContain("无人缺席");
        Path second = dir.resolve("二支部.docx");
        reports.writeQuarterly("机关第二党支部", YEAR, 2, second, Progress.NONE);
        assertThat(text(second)).doesNotContain("本季度第").doesNotContain("本季度4月");
        Path first = dir.resolve("一支部.docx");
        reports.writeQuarterly("机关第一党支部", YEAR, 1, first, Progress.NONE);
        assertThat(text(first)).contains("张二缺席").doesNotContain("无人缺席");
        Path shortName = dir.resolve("简称.docx");
        reports.writeQuarterly("第二党支部", YEAR, 2, shortName, Progress.NONE);
        assertThat(text(shortName)).as("written shorter, as the ledgers accept it").contains("机关第二党支部");
        Path fewer = dir.resolve("少写.docx");
        reports.writeQuarterly("退休支部", YEAR, 3, fewer, Progress.NONE);
        assertThat(text(fewer)).as("the one branch holding 退休支部's characters in order").contains("离退休党支部");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.writeQuarterly("第九党支部", YEAR, 2,
                        dir.resolve("无.docx"), Progress.NONE))
                .hasMessageContaining("没有名为“第九党支部”的党支部；库中的党支部有：机关第一党支部、机关第二党支部、离退休党支部");
    }

    private static Row row(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        return null;
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }
}
