package org.partydesk.app.reports;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesFixture;
import org.partydesk.logic.reports.ChineseText;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.office.reports.StatisticsWorkbookWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 党费 in the three reports, on a real SQLite file from empty (the dues fixture's roster, today 2026-12-01): bases set
 * in 2025 (张伟 4500 元 在职, 李四 5000 元 离退休, 王五 学生, 赵六 8000 元 在职) and 陈新's in 2026; 2025 paid in full but
 * 赵六's last two months, 2026 paid by 张伟 through November, 李四 through October, 王五 through August, 陈新 from March
 * (admitted) through November, 赵六 nothing. So 赵六 is 13 months behind, 王五 3, 李四 1;
 * 第二党支部's register reaches August 2026 (王五's last payment), 第一党支部's November. The workbook's 党费 sheet, the
 * quarterly report's 党费 section and the annual summary's sentence are read back against {@link Dues#year} (what
 * {@code stats --json} "dues" prints).
 */
class DuesReportsTest {
    @TempDir
    static Path dir;
    static DuesFixture f;
    static Dues dues;
    static Reports reports;

    @BeforeAll
    static void payments() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        reports = new Reports(f.ws);
        int zhang = f.member("张伟");
        int li = f.member("李四");
        int wang = f.member("王五");
        int zhao = f.member("赵六");
        int chen = f.member("陈新");
        dues.setBase(zhang, 2025, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
        dues.setBase(li, 2025, DuesBaseKind.PENSION, new BigDecimal("5000"), null, null);
        dues.setBase(wang, 2025, DuesBaseKind.STUDENT, null, null, null);
        dues.setBase(zhao, 2025, DuesBaseKind.SALARY, new BigDecimal("8000"), null, null);
        dues.setBase(chen, 2026, DuesBaseKind.SALARY, new BigDecimal("3000"), null, null);
        Map<Integer, YearMonth> paidThrough = new LinkedHashMap<>();
        paidThrough.put(zhang, YearMonth.of(2026, 11));
        paidThrough.put(li, YearMonth.of(2026, 10));
        paidThrough.put(wang, YearMonth.of(2026, 8));
        paidThrough.put(zhao, YearMonth.of(2025, 10));
        paidThrough.put(chen, YearMonth.of(2026, 11));
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
            Map<Integer, BigDecimal> paid = new LinkedHashMap<>();
            for (var e : paidThrough.entrySet()) {
                if (!m.isAfter(e.getValue())) {
                    dues.due(e.getKey(), m).ifPresent(d -> paid.put(e.getKey(), d));
                }
            }
            dues.payAll(m, paid, m.atDay(10), "组织委员");
        }
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theWorkbooksDuesSheetHasEachBranchAndATotalEqualToStats() throws Exception {
        Path xlsx = dir.resolve("统计表.xlsx");
        reports.writeWorkbook(2026, xlsx, Progress.NONE);
        Dues.YearFigures year = dues.year(2026);
        // 第一党支部 990.00 due (张伟 45×12, 李四 25×12, 陈新 15×10), 第二党支部 1442.40 (王五 0.20×12, 赵六 120×12)
        assertThat(year.due()).isEqualByComparingTo("2432.40");
        assertThat(year.paid()).isEqualByComparingTo("881.60");
        assertThat(year.behind6()).isEqualTo(1);
        try (var in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(StatisticsWorkbookWriter.DUES);
            assertThat(sh).isNotNull();
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).startsWith("2026年党费统计");
            List<String> head = new ArrayList<>();
            sh.getRow(1).forEach(c -> head.add(c.getStringCellValue()));
            assertThat(head).containsExactly("党支部", "应缴（元）", "实缴（元）", "收缴率", "连续6个月未交（人）");
            Row first = row(sh, "第一党支部");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(990.00);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(880.00);
            assertThat(first.getCell(3).getNumericCellValue()).isCloseTo(880.0 / 990.0, Offset.offset(1e-9));
            assertThat(first.getCell(4).getNumericCellValue()).isZero();
            Row second = row(sh, "第二党支部");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(1442.40);
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(1.60);
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(1.0);

            Row total = sh.getRow(sh.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo(StatisticsWorkbookWriter.TOTAL);
            for (int c = 1; c <= 4; c++) {
                assertThat(total.getCell(c).getCellType()).isEqualTo(CellType.FORMULA);
            }
            assertThat(total.getCell(1).getNumericCellValue()).isCloseTo(year.due().doubleValue(), Offset.offset(0.001));
            assertThat(total.getCell(2).getNumericCellValue()).isCloseTo(year.paid().doubleValue(), Offset.offset(0.001));
            assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(year.rate().doubleValue(), Offset.offset(0.0001));
            assertThat((int) total.getCell(4).getNumericCellValue()).isEqualTo(year.behind6());
            assertThat(total.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            // printed like the other sheets: A4 landscape (five columns), one page wide, title and header on every page
            assertThat(sh.getPrintSetup().getLandscape()).isTrue();
            assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sh.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sh.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
            assertThat(sh.getFooter().getCenter()).contains("&P");
        }
    }

    @Test
    void aYearWithoutDuesHasADuesSheetWithANilTotal() throws Exception {
        Path xlsx = dir.resolve("统计表2024.xlsx");
        reports.writeWorkbook(2024, xlsx, Progress.NONE);
        try (var in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet(StatisticsWorkbookWriter.DUES);
            assertThat(sh.getLastRowNum()).isEqualTo(2);
            Row total = sh.getRow(2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo(StatisticsWorkbookWriter.TOTAL);
            assertThat(total.getCell(1).getNumericCellValue()).isZero();
            assertThat(total.getCell(3).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theQuarterlyReportGivesTheBranchsDuesAndNamesWhoIsThreeMonthsBehind() throws Exception {
        // 第二党支部's register stops at August (王五's last month): its fourth quarter is not entered at all, so neither a
        // rate of 0% nor anyone behind
        String q4 = quarterly("第二党支部", 2026, 4);
        assertThat(q4).contains("六、党费收缴情况", "七、存在问题和下季度打算", "本季度尚未登记党费收缴情况（党费登记截至8月）。",
                        "10—11月的党费收缴情况尚未登记")
                .doesNotContain("收缴率", "未交党费的有", "名党员连续3个月以上未交党费");
        // its third quarter up to August: 王五 0.20 and 赵六 120.00 a month, 王五 paid; 赵六 behind since November 2025
        String q3Second = quarterly("第二党支部", 2026, 3);
        assertThat(q3Second).contains("本季度党费登记至8月，9月尚未登记；7—8月2名党员应缴党费240.40元，实缴0.40元，收缴率0.2%。"
                        + "截至8月连续3个月以上未交党费的有赵六（10个月，自2025年11月起，欠交1200.00元）。",
                "1名党员连续3个月以上未交党费");

        String q3 = quarterly("第一党支部", 2026, 3);
        assertThat(q3).contains("本季度（7—9月）3名党员应缴党费255.00元，实缴255.00元，收缴率100.0%。没有连续3个月以上未交党费的党员。")
                .doesNotContain("未交党费的有");
        // the quarter running (today 1 December): October and November, registered through November; December not owed yet
        String q4First = quarterly("第一党支部", 2026, 4);
        assertThat(q4First).contains("本季度截至11月（10—11月），3名党员应缴党费170.00元，实缴145.00元，收缴率85.3%。"
                + "截至11月没有连续3个月以上未交党费的党员。");

        // before the first base the branch keeps no dues: no section, the last heading keeps its number
        String before = quarterly("第二党支部", 2024, 4);
        assertThat(before).doesNotContain("党费").contains("六、存在问题和下季度打算");
    }

    @Test
    void theAnnualSummarySaysTheRateAgainstTheYearBeforeAndTheMembersBehindOnlyAmongTheShortcomings() throws Exception {
        Path docx = dir.resolve("年度党建工作总结.docx");
        reports.writeAnnual(2026, docx, null, Progress.NONE);
        Dues.YearFigures now = dues.year(2026);
        Dues.YearFigures was = dues.year(2025);
        // 2025: 2282.40 due, 2042.40 paid (89.5%); 2026 so far 36.2%: 53.2 points down
        assertThat(was.due()).isEqualByComparingTo("2282.40");
        assertThat(was.paid()).isEqualByComparingTo("2042.40");
        try (XWPFDocument doc = ReportsSampleTest.open(docx)) {
            String all = ReportsSampleTest.text(doc);
            // on 12月1日 December has not ended: the summary counts January to November, as it says
            Dues.EndedMonths ended = dues.endedMonths(2026);
            assertThat(ended.through()).isEqualTo(java.time.YearMonth.of(2026, 11));
            assertThat(all).contains("截至11月，应收党费" + ended.total().due().toPlainString() + "元，实收"
                    + ended.total().paid().toPlainString() + "元，收缴率" + ChineseText.percent(ended.total().rate().doubleValue()))
                    .doesNotContain("意识普遍较强");
            Map<String, List<XWPFParagraph>> sections = ReportsSampleTest.sections(doc);
            List<String> headings = new ArrayList<>(sections.keySet());
            int problemsAt = headings.indexOf(headings.stream().filter(h -> h.contains("不足")).findFirst().orElseThrow());
            StringBuilder praise = new StringBuilder();
            StringBuilder problems = new StringBuilder();
            for (int i = 0; i < headings.size(); i++) {
                StringBuilder to = i == problemsAt ? problems : i < problemsAt ? praise : new StringBuilder();
                sections.get(headings.get(i)).forEach(p -> to.append(p.getText()));
            }
            assertThat(problems.toString()).contains("有" + now.behind6() + "名党员已连续6个月以上没有交纳党费");
            assertThat(praise.toString()).contains("收缴率" + ChineseText.percent(ended.total().rate().doubleValue()))
                    .doesNotContain("连续6个月");
            assertThat(SourceArticles.copiedRuns(all.replaceAll("\\s", ""))).as("runs copied from a source article").isEmpty();
        }
    }

    private static String quarterly(String branch, int year, int quarter) throws Exception {
        Path docx = dir.resolve(branch + year + "-" + quarter + ".docx");
        reports.writeQuarterly(branch, year, quarter, docx, Progress.NONE);
        try (XWPFDocument doc = ReportsSampleTest.open(docx)) {
            return ReportsSampleTest.text(doc);
        }
    }

    private static Row row(Sheet sh, String first) {
        for (Row r : sh) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row “" + first + "” on sheet " + sh.getSheetName());
    }
}
