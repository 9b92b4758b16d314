package org.partydesk.office.ledgers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.LedgerColumn.Kind;
import org.partydesk.model.OutputFiles;

/**
 * Writes a ledger as .xlsx with POI SXSSF (only a window of rows is kept in memory): a title row merged
 * over the columns, a frozen header row, column widths, dropdowns for columns with fixed choices, text
 * format (@) for ID numbers and other text columns, dates as real Excel dates, and a 填表说明 sheet that
 * explains every column. The file appears only when {@link #close()} succeeds.
 */
public final class LedgerWriter implements AutoCloseable {
    /** Rows below the last written one that still get the dropdowns, for rows the clerk adds. */
    static final int VALIDATION_MARGIN = 2000;
    public static final String NOTES_SHEET = "填表说明";
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    private final Path out;
    private final List<LedgerColumn> columns;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final List<String> generalNotes;
    private int nextRow = HEADER_ROW + 1;
    private boolean closed;

    private LedgerWriter(Path out, String sheetName, String title, List<LedgerColumn> columns, List<String> generalNotes) {
        this.out = out;
        this.generalNotes = List.copyOf(generalNotes);
        this.columns = List.copyOf(columns);
        this.workbook = new SXSSFWorkbook(200);
        org.partydesk.office.Authorship.sign(workbook.getXSSFWorkbook());
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        this.textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateStyle.setAlignment(HorizontalAlignment.LEFT);
        this.dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        dateTimeStyle.setAlignment(HorizontalAlignment.LEFT);
        writeTitleAndHeader(title);
    }

    /**
     * Starts a ledger file whose 填表说明 sheet opens with {@code generalNotes} (one line each) before
     * the table of columns.
     */
    public static LedgerWriter create(Path out, String sheetName, String title, List<LedgerColumn> columns,
                                      List<String> generalNotes) {
        return new LedgerWriter(out, sheetName, title, columns, generalNotes);
    }

    /**
     * How the ledger prints: A4 landscape, all its columns on the width of a page (a 25-column roster used to print
     * three columns a page over dozens of pages), title and header on every page, centred, "第 N 页，共 M 页" below.
     */
    private void printSetup() {
        var ps = sheet.getPrintSetup();
        ps.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private void writeTitleAndHeader(String title) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(titleFont);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        SXSSFRow titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(titleStyle);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns.size() - 1));
        }

        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(headerFont);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setBorderTop(BorderStyle.THIN);
        headerStyle.setBorderLeft(BorderStyle.THIN);
        headerStyle.setBorderRight(BorderStyle.THIN);
        printSetup();
        SXSSFRow header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < columns.size(); i++) {
            LedgerColumn c = columns.get(i);
            SXSSFCell cell = header.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, c.width() * 2 + 2) * 256 / 2);
            if (c.kind() == Kind.DATE) {
                sheet.setDefaultColumnStyle(i, dateStyle);
            } else if (c.kind() != Kind.IGNORED) {
                sheet.setDefaultColumnStyle(i, textStyle);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /**
     * Appends a row: one value per column (String, LocalDate, Number or null). ID numbers and every
     * text go in as text cells, dates as date cells.
     */
    public void row(List<?> values) {
        SXSSFRow row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (v instanceof java.time.LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
                cell.setCellStyle(textStyle);
            }
        }
    }

    /**
     * Adds the dropdowns and the notes sheet and writes the file: to a temporary file beside it, renamed
     * to {@code out} only when complete. Until this is called nothing is written, so an export that fails
     * or is cancelled half way leaves {@code out} as it was (no truncated ledger under its name).
     */
    public void finish() {
        if (closed) {
            throw new IllegalStateException("already closed");
        }
        closed = true;
        Path tmp = null;
        try {
            addDropdowns();
            writeNotes();
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            OutputFiles.removeStaleParts(out); // what a killed export of this file left
            tmp = OutputFiles.createPart(out);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                workbook.write(os);
            }
            OutputFiles.useUmaskMode(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LedgerFileException(out.getFileName() + "：无法写入（" + e.getMessage() + "）", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException ignored) {
                // the file is written or the first error is already on its way
            }
        }
    }

    /** Frees the temporary files; writes nothing unless {@link #finish()} was called. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing was written; the temporary files are gone with dispose
        }
    }

    private void addDropdowns() {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int last = Math.max(nextRow, HEADER_ROW + 1) + VALIDATION_MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            LedgerColumn c = columns.get(i);
            if (c.choices().isEmpty()) {
                continue;
            }
            DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(c.choices().toArray(String[]::new)),
                    new CellRangeAddressList(HEADER_ROW + 1, last, i, i));
            v.setShowErrorBox(true);
            if (c.kind() == Kind.CHOICES) {
                v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            }
            v.setSuppressDropDownArrow(true);
            v.createErrorBox("输入有误", c.header() + "只能是：" + String.join("、", c.choices()));
            v.setShowPromptBox(true);
            v.createPromptBox(c.header(), "请从下拉列表中选择");
            sheet.addValidationData(v);
        }
    }

    private void writeNotes() {
        SXSSFSheet notes = workbook.createSheet(NOTES_SHEET);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        notes.setColumnWidth(0, 16 * 256);
        notes.setColumnWidth(1, 70 * 256);
        notes.setColumnWidth(2, 30 * 256);
        int r = 0;
        for (String line : generalNotes) {
            notes.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        SXSSFRow h = notes.createRow(r++);
        String[] heads = {"列名", "填写说明", "可选值"};
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(headerStyle);
        }
        for (LedgerColumn c : columns) {
            SXSSFRow row = notes.createRow(r++);
            row.createCell(0).setCellValue(c.header());
            String note = c.note();
            if (!c.aliases().isEmpty()) {
                note += "（也可写作：" + String.join("、", c.aliases()) + "）";
            }
            row.createCell(1).setCellValue(note);
            row.getCell(1).setCellStyle(wrap);
            row.createCell(2).setCellValue(String.join("、", c.choices()));
        }
    }
}
