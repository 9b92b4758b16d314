package org.partydesk.office.ledgers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.model.OutputFiles;

/**
 * Writes a copy of a ledger sheet with a result column (导入结果) after the last header column, holding the
 * messages of each row that had any, so the clerk can correct the file where the problems are.
 */
public final class AnnotatedCopy {
    public static final String RESULT_HEADER = "导入结果";

    /** The most characters an Excel cell holds. */
    static final int MAX_CELL_TEXT = 32_767;

    private AnnotatedCopy() {
    }

    /** Text cut to what a cell holds, ending in … when cut (a message may quote a huge cell). */
    static String fit(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…";
    }

    /**
     * Copies the sheet {@code sheetName} of {@code source} (values, not formatting) to {@code out} as
     * .xlsx, writing {@link #RESULT_HEADER} into the header row at {@code resultColumn} and each row's
     * message (by row number as Excel shows it) beside it.
     */
    public static void write(Path source, String sheetName, int headerRow, int resultColumn,
                             Map<Integer, String> messagesByRow, Path out) {
        write(source, java.util.List.of(new SheetNotes(sheetName, headerRow, resultColumn, messagesByRow)), out);
    }

    /** The messages of one sheet: its header row, the column for them and each row's text. */
    public record SheetNotes(String sheetName, int headerRow, int resultColumn, Map<Integer, String> messagesByRow) {
    }

    /** {@link #write(Path, String, int, int, Map, Path)} of several sheets into one copy, in the order given. */
    public static void write(Path source, java.util.List<SheetNotes> sheets, Path out) {
        Path tmp = null;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            org.partydesk.office.Authorship.sign(wb.getXSSFWorkbook());
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            CellStyle result = wb.createCellStyle();
            result.setFont(red);
            try (WorkbookSource book = WorkbookSource.open(source)) {
                for (SheetNotes notes : sheets) {
                    try (SheetSource src = book.sheet(notes.sheetName())) {
                        copy(src, wb.createSheet(src.sheetName()), notes, text, date, dateTime, result);
                    }
                }
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".partydesk-", ".xlsx.tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            wb.dispose();
            OutputFiles.useUmaskMode(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LedgerFileException(out.getFileName() + "：无法写入（" + e.getMessage() + "）", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static void copy(SheetSource src, SXSSFSheet sheet, SheetNotes notes, CellStyle text, CellStyle date,
                             CellStyle dateTime, CellStyle result) {
        sheet.setColumnWidth(notes.resultColumn(), 60 * 256);
        Iterator<SheetSource.RawRow> rows = src.rows();
        int lastUsed = 0;
        while (rows.hasNext()) {
            SheetSource.RawRow raw = rows.next();
            if (raw.number() - lastUsed > LedgerReader.MAX_BLANK_RUN) {
                break;
            }
            if (raw.isBlank() && !notes.messagesByRow().containsKey(raw.number())) {
                continue;
            }
            lastUsed = raw.number();
            SXSSFRow row = sheet.createRow(raw.number() - 1);
            for (int i = 0; i < raw.cells().size(); i++) {
                LedgerCell c = raw.cell(i);
                if (c.isBlank()) {
                    continue;
                }
                SXSSFCell cell = row.createCell(i);
                if (c.date() != null && c.text().contains("T")) {
                    cell.setCellValue(java.time.LocalDateTime.parse(c.text()));
                    cell.setCellStyle(dateTime);
                } else if (c.date() != null) {
                    cell.setCellValue(c.date());
                    cell.setCellStyle(date);
                } else if (c.number()) {
                    cell.setCellValue(Double.parseDouble(c.text()));
                } else {
                    cell.setCellValue(fit(c.text()));
                    cell.setCellStyle(text);
                }
            }
            String message = raw.number() == notes.headerRow() ? RESULT_HEADER : notes.messagesByRow().get(raw.number());
            if (message != null) {
                SXSSFCell cell = row.createCell(notes.resultColumn());
                cell.setCellValue(fit(message));
                cell.setCellStyle(result);
            }
        }
    }
}
