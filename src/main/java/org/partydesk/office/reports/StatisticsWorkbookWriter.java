package org.partydesk.office.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partydesk.logic.Terms;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;

/**
 * The statistics workbook (统计表): one sheet per area with the same figures as {@code stats}, per branch
 * and in total. Every total is a formula (SUM over the rows above, rates as a quotient) whose value is
 * also computed and stored, so any reader sees it without recalculating.
 */
public final class StatisticsWorkbookWriter {
    public static final String MEMBERS = "党员";
    public static final String MEETINGS = "三会一课";
    public static final String ATTENDANCE = "出勤";
    public static final String TAGS = "主题活动";
    public static final String RESPONSIBILITIES = "责任清单";
    public static final String COMMENDATIONS = "评先创优";
    public static final String TOTAL = "合计";

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle totalNumber;
    private final CellStyle percent;

    private StatisticsWorkbookWriter() {
        Font font = wb.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) 11);
        Font bold = wb.createFont();
        bold.setFontName("宋体");
        bold.setFontHeightInPoints((short) 11);
        bold.setBold(true);
        header = style(bold, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(font, HorizontalAlignment.LEFT);
        number = style(font, HorizontalAlignment.RIGHT);
        totalNumber = style(bold, HorizontalAlignment.RIGHT);
        percent = style(font, HorizontalAlignment.RIGHT);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    }

    private CellStyle style(Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    public static void write(YearStats stats, OutputStream out) throws IOException {
        StatisticsWorkbookWriter w = new StatisticsWorkbookWriter();
        try (XSSFWorkbook book = w.wb) {
            w.members(stats);
            w.meetings(stats);
            w.attendance(stats);
            w.tags(stats);
            w.responsibilities(stats);
            w.commendations(stats);
            for (Sheet sh : book) {
                printSetup(sh);
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            book.write(out);
        }
    }

    private void members(YearStats s) {
        Sheet sh = sheet(MEMBERS, s, 28, 12);
        headerRow(sh, 1, "党支部", "党员人数");
        int r = 2;
        for (Map.Entry<String, Integer> e : s.members().byBranch().entrySet()) {
            Row row = sh.createRow(r++);
            text(row, 0, e.getKey());
            number(row, 1, e.getValue());
        }
        sumRow(sh, r++, 2, 1, 1);
        r++;
        headerRow(sh, r++, "全局党员", "人数");
        int first = r;
        Row full = sh.createRow(r++);
        text(full, 0, Terms.label(org.partydesk.model.MemberStatus.FULL));
        number(full, 1, s.members().full());
        Row prob = sh.createRow(r++);
        text(prob, 0, Terms.label(org.partydesk.model.MemberStatus.PROBATIONARY));
        number(prob, 1, s.members().probationary());
        Row total = sh.createRow(r);
        text(total, 0, "党员总数");
        formula(total, 1, "SUM(" + ref(first, 1) + ":" + ref(r - 1, 1) + ")");
    }

    private void meetings(YearStats s) {
        Set<MeetingType> used = EnumSet.noneOf(MeetingType.class);
        used.addAll(s.meetings().keySet());
        List<MeetingType> types = new ArrayList<>(used);
        int cols = types.size();
        Sheet sh = sheet(MEETINGS, s, 28, 12);
        List<String> head = new ArrayList<>(List.of("党组织"));
        types.forEach(t -> head.add(Terms.label(t)));
        head.add(TOTAL);
        headerRow(sh, 1, head.toArray(String[]::new));
        int r = 2;
        for (Map.Entry<String, Map<MeetingType, Integer>> e : s.meetingsByBranch().entrySet()) {
            Row row = sh.createRow(r);
            text(row, 0, e.getKey());
            for (int c = 0; c < cols; c++) {
                number(row, c + 1, e.getValue().getOrDefault(types.get(c), 0));
            }
            if (cols > 0) {
                formula(row, cols + 1, "SUM(" + ref(r, 1) + ":" + ref(r, cols) + ")");
            }
            r++;
        }
        sumRow(sh, r, 2, 1, cols + (cols > 0 ? 1 : 0));
        for (int c = 1; c <= cols + 1; c++) {
            sh.setColumnWidth(c, 12 * 256);
        }
    }

    private void attendance(YearStats s) {
        Sheet sh = sheet(ATTENDANCE, s, 14, 14);
        headerRow(sh, 1, "应到（人次）", "实到（人次）", "请假（人次）", "缺席（人次）", "参会率");
        Row row = sh.createRow(2);
        number(row, 0, s.attendance().expected());
        number(row, 1, s.attendance().present());
        number(row, 2, s.attendance().onLeave());
        number(row, 3, s.attendance().absent());
        formula(row, 4, "IF(" + ref(2, 0) + "=0,0," + ref(2, 1) + "/" + ref(2, 0) + ")").setCellStyle(percent);
        for (int c = 1; c <= 4; c++) {
            sh.setColumnWidth(c, 14 * 256);
        }
    }

    private void tags(YearStats s) {
        Sheet sh = sheet(TAGS, s, 30, 12);
        headerRow(sh, 1, "活动名称（标签）", "次数");
        int r = 2;
        for (Map.Entry<String, Integer> e : s.tags().entrySet()) {
            Row row = sh.createRow(r++);
            text(row, 0, e.getKey());
            number(row, 1, e.getValue());
        }
        sumRow(sh, r, 2, 1, 1);
    }

    private void responsibilities(YearStats s) {
        Sheet sh = sheet(RESPONSIBILITIES, s, 30, 16);
        headerRow(sh, 1, "责任清单", "责任主体", "条目", "到期", "已完成", "逾期");
        int r = 2;
        for (ListStats l : s.responsibilities()) {
            Row row = sh.createRow(r++);
            text(row, 0, l.listName());
            text(row, 1, l.ownerName());
            number(row, 2, l.completion().items());
            number(row, 3, l.completion().dueItems());
            number(row, 4, l.completion().doneItems());
            number(row, 5, l.completion().overdueItems());
        }
        sumRow(sh, r, 2, 2, 5);
        for (int c = 2; c <= 5; c++) {
            sh.setColumnWidth(c, 10 * 256);
        }
    }

    private void commendations(YearStats s) {
        Sheet sh = sheet(COMMENDATIONS, s, 24, 16);
        headerRow(sh, 1, "荣誉名称", "人（个）次");
        int r = 2;
        for (Map.Entry<String, Integer> e : s.commendations().byTitle().entrySet()) {
            Row row = sh.createRow(r++);
            text(row, 0, e.getKey());
            number(row, 1, e.getValue());
        }
        sumRow(sh, r++, 2, 1, 1);
        r++;
        headerRow(sh, r++, "级别", "人（个）次");
        int first = r;
        for (CommendationLevel level : CommendationLevel.values()) {
            Row row = sh.createRow(r++);
            text(row, 0, Terms.label(level));
            number(row, 1, s.commendations().byLevel().getOrDefault(level, 0));
        }
        sumRow(sh, r, first, 1, 1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** Columns from which a sheet prints landscape. */
    static final int LANDSCAPE_FROM_COLUMNS = 5;

    /**
     * How a sheet prints: A4, as wide as one page (as many pages down as it needs), the title and header rows
     * repeated on every page, landscape when it has {@value #LANDSCAPE_FROM_COLUMNS} columns or more, centred, and
     * "第 N 页，共 M 页" in the footer.
     */
    static void printSetup(Sheet sh) {
        int columns = 0;
        for (Row row : sh) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        var ps = sh.getPrintSetup();
        ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(columns >= LANDSCAPE_FROM_COLUMNS);
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setHorizontallyCenter(true);
        sh.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:2"));
        sh.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private Sheet sheet(String name, YearStats s, int firstWidth, int secondWidth) {
        Sheet sh = wb.createSheet(name);
        Row title = sh.createRow(0);
        title.createCell(0).setCellValue(s.year() + "年" + name + "统计（截至" + s.asOf() + "）");
        sh.setColumnWidth(0, firstWidth * 256);
        sh.setColumnWidth(1, secondWidth * 256);
        sh.createFreezePane(0, 2);
        return sh;
    }

    private void headerRow(Sheet sh, int r, String... names) {
        Row row = sh.createRow(r);
        for (int c = 0; c < names.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(header);
        }
    }

    /** A 合计 row at {@code r}: SUM of rows {@code first}..r-1 in columns {@code fromCol}..{@code toCol}. */
    private void sumRow(Sheet sh, int r, int first, int fromCol, int toCol) {
        Row row = sh.createRow(r);
        var label = row.createCell(0);
        label.setCellValue(TOTAL);
        label.setCellStyle(header);
        for (int c = 1; c < fromCol; c++) {
            row.createCell(c).setCellStyle(text);
        }
        for (int c = fromCol; c <= toCol; c++) {
            if (r > first) {
                formula(row, c, "SUM(" + ref(first, c) + ":" + ref(r - 1, c) + ")").setCellStyle(totalNumber);
            } else {
                number(row, c, 0).setCellStyle(totalNumber);
            }
        }
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    private void text(Row row, int c, String value) {
        var cell = row.createCell(c);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(text);
    }

    private org.apache.poi.ss.usermodel.Cell number(Row row, int c, int value) {
        var cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(number);
        return cell;
    }

    private org.apache.poi.ss.usermodel.Cell formula(Row row, int c, String f) {
        var cell = row.createCell(c);
        cell.setCellFormula(f);
        cell.setCellStyle(totalNumber);
        return cell;
    }
}
