package org.partydesk.office.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partydesk.logic.Terms;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.ListStats;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.Rating;
import org.partydesk.model.StatisticsDetails;
import org.partydesk.model.Transfer;
import org.partydesk.model.TransferDirection;
import org.partydesk.model.YearStats;

/**
 * The statistics workbook (统计表): one sheet per area with the same figures as {@code stats}, per branch
 * and in total. Every total is a formula (SUM over the rows above, rates as a quotient) whose value is
 * also computed and stored, so any reader sees it without recalculating: the writer adds the cells up as
 * Excel's SUM does (top to bottom, left to right) rather than parsing and evaluating its own formulas.
 * Written with POI's streaming workbook (SXSSF; the rows of a few hundred branches kept until the end, as the
 * totals read them), whose cells are plain objects written out as XML, not an XML tree per cell.
 */
public final class StatisticsWorkbookWriter {
    public static final String MEMBERS = "党员";
    public static final String MEETINGS = "三会一课";
    public static final String ATTENDANCE = "出勤";
    public static final String TAGS = "主题活动";
    public static final String RESPONSIBILITIES = "责任清单";
    public static final String COMMENDATIONS = "评先创优";
    public static final String TOTAL = "合计";
    public static final String RATINGS = "红黄旗";
    public static final String RECRUITMENT = "发展党员";
    public static final String TRANSFERS = "组织关系转接";
    public static final String APPRAISAL = "民主评议";
    public static final String TERMS = "换届";
    public static final String DUES = "党费";
    /** The header of the column of meetings counted once (a meeting of several types is one meeting). */
    public static final String MEETINGS_HELD = "会议次数（一次会议只计一次）";
    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度", "全年"};

    /**
     * Every row kept in memory (no window: the totals and the print setup read the rows above). Text is written in its
     * cell (inline strings, as the ledgers' exports are), not through a shared-strings table: POI builds an XML object
     * for each shared string, a third of the workbook's writing time on the large sample.
     */
    private final SXSSFWorkbook wb = new SXSSFWorkbook(org.partydesk.office.Authorship.sign(new XSSFWorkbook()), -1, false, false);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle totalNumber;
    private final CellStyle percent;
    private final CellStyle money;
    private final CellStyle totalMoney;

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
        money = style(font, HorizontalAlignment.RIGHT);
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        totalMoney = style(bold, HorizontalAlignment.RIGHT);
        totalMoney.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
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
        write(stats, null, out);
    }

    /**
     * The workbook of {@code stats}; with {@code details} (the same year) also the meetings counted once, attendance
     * and 红黄旗 per branch, and a sheet each for 发展党员, 组织关系转接, 民主评议, 换届 and 党费.
     */
    public static void write(YearStats stats, StatisticsDetails details, OutputStream out) throws IOException {
        StatisticsWorkbookWriter w = new StatisticsWorkbookWriter();
        try (SXSSFWorkbook book = w.wb) {
            w.members(stats);
            w.meetings(stats, details);
            w.attendance(stats, details);
            w.tags(stats);
            w.responsibilities(stats);
            w.commendations(stats);
            if (details != null) {
                w.ratings(stats, details);
                w.recruitment(stats, details);
                w.transfers(stats, details);
                w.appraisal(stats, details);
                w.terms(stats, details);
                w.dues(stats, details);
            }
            for (Sheet sh : book) {
                printSetup(sh);
            }
            book.write(out);
        } finally {
            w.wb.dispose();
        }
    }

    /**
     * Loads what the first workbook needs (POI's spreadsheet classes and schema, the styles, the streaming writer and
     * its temporary file, the zip) by writing a one-sheet workbook of the same kinds of cells, thrown away, so that a
     * caller can have it done on another thread while it reads the figures. Never fails: a problem met here is met
     * again, and said, by the workbook itself.
     */
    public static void prepare() {
        try {
            StatisticsWorkbookWriter w = new StatisticsWorkbookWriter();
            try (SXSSFWorkbook book = w.wb) {
                Sheet sh = book.createSheet(MEMBERS);
                sh.setColumnWidth(0, 28 * 256);
                sh.createFreezePane(0, 2);
                w.headerRow(sh, 1, "党支部", "党员人数");
                Row row = sh.createRow(2);
                w.text(row, 0, "党支部");
                w.number(row, 1, 1);
                w.sumRow(sh, 3, 2, 1, 1);
                w.printSetup(sh);
                book.write(OutputStream.nullOutputStream());
            } finally {
                w.wb.dispose();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // nothing: see above
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
        formula(total, 1, "SUM(" + ref(first, 1) + ":" + ref(r - 1, 1) + ")", sumDown(sh, first, r - 1, 1));
    }

    private void meetings(YearStats s, StatisticsDetails d) {
        Set<MeetingType> used = EnumSet.noneOf(MeetingType.class);
        used.addAll(s.meetings().keySet());
        List<MeetingType> types = new ArrayList<>(used);
        int cols = types.size();
        Sheet sh = sheet(MEETINGS, s, 28, 12);
        List<String> head = new ArrayList<>(List.of("党组织"));
        types.forEach(t -> head.add(Terms.label(t)));
        head.add(TOTAL);
        if (d != null) {
            head.add(MEETINGS_HELD);
        }
        headerRow(sh, 1, head.toArray(String[]::new));
        int r = 2;
        for (Map.Entry<String, Map<MeetingType, Integer>> e : s.meetingsByBranch().entrySet()) {
            Row row = sh.createRow(r);
            text(row, 0, e.getKey());
            for (int c = 0; c < cols; c++) {
                number(row, c + 1, e.getValue().getOrDefault(types.get(c), 0));
            }
            if (cols > 0) {
                double across = 0;
                for (int c = 1; c <= cols; c++) {
                    across += value(sh, r, c);
                }
                formula(row, cols + 1, "SUM(" + ref(r, 1) + ":" + ref(r, cols) + ")", across);
            }
            if (d != null) {
                number(row, cols + 2, d.meetingsHeldByBranch().getOrDefault(e.getKey(), 0));
            }
            r++;
        }
        sumRow(sh, r, 2, 1, cols + (cols > 0 ? 1 : 0) + (d != null ? 1 : 0));
        for (int c = 1; c <= cols + 1; c++) {
            sh.setColumnWidth(c, 12 * 256);
        }
        if (d != null) {
            sh.setColumnWidth(cols + 2, 30 * 256); // 会议次数（一次会议只计一次）, whole
        }
    }

    private void attendance(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(ATTENDANCE, s, 14, 14);
        // the bureau's line, labelled as the branches' lines below it are
        headerRow(sh, 1, "范围", "应到（人次）", "实到（人次）", "请假（人次）", "缺席（人次）", "参会率");
        Row row = sh.createRow(2);
        text(row, 0, "全局");
        number(row, 1, s.attendance().expected());
        number(row, 2, s.attendance().present());
        number(row, 3, s.attendance().onLeave());
        number(row, 4, s.attendance().absent());
        rate(row, 5, 2);
        for (int c = 1; c <= 5; c++) {
            sh.setColumnWidth(c, 14 * 256);
        }
        if (d == null) {
            return;
        }
        // per branch: the same figures, adding up to the line above
        int r = 4;
        headerRow(sh, r++, "党组织", "应到（人次）", "实到（人次）", "请假（人次）", "缺席（人次）", "参会率");
        int first = r;
        for (Map.Entry<String, YearStats.Attendance> e : d.attendanceByBranch().entrySet()) {
            Row b = sh.createRow(r);
            text(b, 0, e.getKey());
            number(b, 1, e.getValue().expected());
            number(b, 2, e.getValue().present());
            number(b, 3, e.getValue().onLeave());
            number(b, 4, e.getValue().absent());
            rate(b, 5, r);
            r++;
        }
        sumRow(sh, r, first, 1, 4);
        rate(sh.getRow(r), 5, r);
        sh.setColumnWidth(0, 28 * 256);
    }

    /** 实到 / 应到 (实缴 / 应缴) of the row (columns B and C) as a percentage formula. */
    private void rate(Row row, int c, int r) {
        formula(row, c, "IF(" + ref(r, 1) + "=0,0," + ref(r, 2) + "/" + ref(r, 1) + ")",
                quotient(value(row.getSheet(), r, 2), value(row.getSheet(), r, 1))).setCellStyle(percent);
    }

    /** {@code IF(divisor=0,0,dividend/divisor)}. */
    private static double quotient(double dividend, double divisor) {
        return divisor == 0 ? 0 : dividend / divisor;
    }

    private void ratings(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(RATINGS, s, 28, 10);
        List<String> head = new ArrayList<>(List.of("党组织"));
        head.addAll(List.of(QUARTERS));
        headerRow(sh, 1, head.toArray(String[]::new));
        int r = 2;
        for (Map.Entry<String, List<Rating>> e : d.ratingsByBranch().entrySet()) {
            Row row = sh.createRow(r++);
            text(row, 0, e.getKey());
            for (int c = 0; c < QUARTERS.length; c++) {
                Rating rating = c < e.getValue().size() ? e.getValue().get(c) : null;
                text(row, c + 1, rating == null ? "" : Terms.label(rating));
            }
        }
        r++;
        headerRow(sh, r++, "评定", "全年（个）");
        int first = r;
        for (Rating rating : Rating.values()) {
            Row row = sh.createRow(r++);
            text(row, 0, Terms.label(rating));
            number(row, 1, (int) d.ratingsByBranch().values().stream().filter(v -> v.size() == QUARTERS.length
                    && v.get(QUARTERS.length - 1) == rating).count());
        }
        sumRow(sh, r, first, 1, 1);
        for (int c = 1; c <= QUARTERS.length; c++) {
            sh.setColumnWidth(c, 10 * 256);
        }
    }

    private void recruitment(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(RECRUITMENT, s, 24, 12);
        boolean before = d.lifeBefore() != null;
        headerRow(sh, 1, before ? new String[] {"项目", s.year() + "年", (s.year() - 1) + "年"} : new String[] {"项目", s.year() + "年"});
        MemberLifeStats.Recruitment now = d.life().recruitment();
        MemberLifeStats.Recruitment was = before ? d.lifeBefore().recruitment() : null;
        String[] labels = {"递交入党申请（人）", "确定入党积极分子（人）", "确定发展对象（人）", "接收预备党员（人）", "预备党员转正（人）"};
        int[] a = {now.applicants(), now.activists(), now.candidates(), now.admitted(), now.confirmed()};
        int[] b = was == null ? null : new int[] {was.applicants(), was.activists(), was.candidates(), was.admitted(), was.confirmed()};
        for (int i = 0; i < labels.length; i++) {
            Row row = sh.createRow(2 + i);
            text(row, 0, labels[i]);
            number(row, 1, a[i]);
            if (b != null) {
                number(row, 2, b[i]);
            }
        }
        sh.setColumnWidth(2, 12 * 256);
    }

    private void transfers(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(TRANSFERS, s, 12, 10);
        headerRow(sh, 1, "姓名", "转接", "日期", "转出或转往党组织", "介绍信编号", "党费缴至", "回执");
        int r = 2;
        for (Transfer t : d.transfers()) {
            Row row = sh.createRow(r++);
            text(row, 0, t.memberName());
            text(row, 1, t.direction() == TransferDirection.IN ? "转入" : "转出");
            text(row, 2, t.onDate().toString());
            text(row, 3, t.otherOrg());
            text(row, 4, t.letterNo());
            text(row, 5, t.duesPaidTo());
            text(row, 6, t.direction() == TransferDirection.IN ? "" : t.receiptOn() == null ? "未收到" : t.receiptOn().toString());
        }
        r++;
        headerRow(sh, r++, "转接", "人数");
        Row in = sh.createRow(r++);
        text(in, 0, "转入");
        number(in, 1, d.life().transfersIn());
        Row out = sh.createRow(r);
        text(out, 0, "转出");
        number(out, 1, d.life().transfersOut());
        int[] widths = {12, 10, 12, 28, 24, 10, 12};
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void appraisal(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(APPRAISAL, s, 16, 12);
        boolean before = d.lifeBefore() != null;
        headerRow(sh, 1, before ? new String[] {"评议结果", s.year() + "年（人）", (s.year() - 1) + "年（人）"}
                : new String[] {"评议结果", s.year() + "年（人）"});
        int r = 2;
        // a year without any result recorded says so: its zeros would read as nobody appraised
        boolean now = recorded(d.life());
        boolean was = before && recorded(d.lifeBefore());
        for (AppraisalResult result : AppraisalResult.values()) {
            Row row = sh.createRow(r++);
            text(row, 0, Terms.label(result));
            appraised(row, 1, now, d.life().appraisal().get(result));
            if (before) {
                appraised(row, 2, was, d.lifeBefore().appraisal().get(result));
            }
        }
        sumRow(sh, r, 2, 1, before ? 2 : 1);
        Row total = sh.getRow(r);
        if (!now) {
            text(total, 1, UNRECORDED);
        }
        if (before && !was) {
            text(total, 2, UNRECORDED);
        }
        sh.setColumnWidth(2, 12 * 256);
    }

    /** What a cell says when nothing of its kind was recorded: no 0 that would read as none. */
    public static final String UNRECORDED = "未登记";

    private static boolean recorded(MemberLifeStats life) {
        return life.appraisal().values().stream().anyMatch(n -> n > 0);
    }

    private void appraised(Row row, int c, boolean recorded, int n) {
        if (recorded) {
            number(row, c, n);
        } else {
            text(row, c, UNRECORDED);
        }
    }

    private void terms(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(TERMS, s, 28, 14);
        headerRow(sh, 1, "党组织", "本届选举日期", "任期（年）", "届满日期", "状态");
        int r = 2;
        for (StatisticsDetails.Term t : d.terms()) {
            Row row = sh.createRow(r++);
            text(row, 0, t.unit());
            text(row, 1, t.electedOn().toString());
            number(row, 2, t.termYears());
            text(row, 3, t.endsOn().minusDays(1).toString());
            text(row, 4, switch (t.state()) {
                case OVERDUE -> "逾期未换届";
                case DUE -> "应换届";
                case IN_TERM -> "任期内";
            });
        }
        if (d.terms().isEmpty()) {
            text(sh.createRow(r++), 0, "未登记委员会任期（选举日期和任期）");
        }
        r++;
        headerRow(sh, r++, "换届", "个");
        // without a term recorded nobody knows what is due: not 0
        Row due = sh.createRow(r++);
        text(due, 0, "应换届");
        Row overdue = sh.createRow(r);
        text(overdue, 0, "逾期未换届");
        if (d.terms().isEmpty()) {
            text(due, 1, UNRECORDED);
            text(overdue, 1, UNRECORDED);
        } else {
            number(due, 1, d.life().termsDue());
            number(overdue, 1, d.life().termsOverdue());
        }
        for (int c = 2; c <= 4; c++) {
            sh.setColumnWidth(c, 12 * 256);
        }
    }

    /**
     * 党费 per branch: 应缴, 实缴 (元), 收缴率 and the members six months behind, the 合计 row as formulas equal to
     * {@code stats --json} "dues".
     */
    private void dues(YearStats s, StatisticsDetails d) {
        Sheet sh = sheet(DUES, s, 28, 14);
        headerRow(sh, 1, "党支部", "应缴（元）", "实缴（元）", "收缴率", "连续6个月未交（人）");
        int r = 2;
        for (DuesFigures b : d.duesByBranch()) {
            Row row = sh.createRow(r);
            text(row, 0, b.unit());
            money(row, 1, b.due());
            money(row, 2, b.paid());
            rate(row, 3, r);
            number(row, 4, b.behind6());
            r++;
        }
        sumRow(sh, r, 2, 1, 4);
        Row total = sh.getRow(r);
        for (int c = 1; c <= 2; c++) {
            total.getCell(c).setCellStyle(totalMoney);
        }
        rate(total, 3, r);
        for (int c = 1; c <= 4; c++) {
            sh.setColumnWidth(c, (c == 4 ? 20 : 14) * 256);
        }
    }

    private void money(Row row, int c, java.math.BigDecimal value) {
        var cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
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
        if (s.tags().isEmpty()) {
            // no meeting tagged: the total is not a count of none
            text(sh.getRow(r), 1, UNRECORDED);
            text(sh.createRow(r + 1), 0, "会议未登记主题活动标签");
        }
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
        title.createCell(0).setCellValue(s.year() + "年" + name + "统计（截至" + org.partydesk.logic.reports.ChineseText.fullDate(s.asOf()) + "）");
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
                formula(row, c, "SUM(" + ref(first, c) + ":" + ref(r - 1, c) + ")", sumDown(sh, first, r - 1, c))
                        .setCellStyle(totalNumber);
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

    /** A formula cell with {@code value}, what it computes, stored as its result. */
    private org.apache.poi.ss.usermodel.Cell formula(Row row, int c, String f, double value) {
        var cell = row.createCell(c);
        cell.setCellFormula(f);
        cell.setCellValue(value);
        cell.setCellStyle(totalNumber);
        return cell;
    }

    /** SUM of column {@code c} over rows {@code first} to {@code last}, added top to bottom. */
    private static double sumDown(Sheet sh, int first, int last, int c) {
        double sum = 0;
        for (int r = first; r <= last; r++) {
            sum += value(sh, r, c);
        }
        return sum;
    }

    /** A cell's number as a formula reads it: a number, or a formula's result; text and blanks count 0 (as SUM skips them). */
    private static double value(Sheet sh, int r, int c) {
        Row row = sh.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return 0;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
    }
}
