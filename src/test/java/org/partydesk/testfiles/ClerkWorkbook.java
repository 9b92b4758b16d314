package org.partydesk.testfiles;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook described the way a clerk lays it out — a bold title merged across, a 填报单位/日期 line, a boxed
 * header and data, notes under the data, columns of odd widths — and written as .xlsx or .xls with POI. Used
 * only by {@link ClerkWorkbooks} to make the committed test files.
 */
final class ClerkWorkbook {
    private enum Look { TITLE, PLAIN, HEADER, DATA, NOTE }

    private record Line(Look look, List<Object> values) {
    }

    /** One sheet: its rows as added (0-based indexes), merges and column widths in characters. */
    static final class Page {
        private final String name;
        private final List<Line> lines = new ArrayList<>();
        private final List<int[]> merges = new ArrayList<>();
        private int[] widths = new int[0];
        private boolean hidden;

        private Page(String name) {
            this.name = name;
        }

        /** A title in the first cell, merged across {@code columns} columns, bold and centred. */
        Page title(String text, int columns) {
            lines.add(new Line(Look.TITLE, List.of(text)));
            if (columns > 1) {
                merge(lines.size() - 1, lines.size() - 1, 0, columns - 1);
            }
            return this;
        }

        /** A row without borders: a 填报单位/日期 line, a 填表人 footer. */
        Page line(Object... values) {
            lines.add(new Line(Look.PLAIN, Arrays.asList(values)));
            return this;
        }

        Page header(Object... names) {
            lines.add(new Line(Look.HEADER, Arrays.asList(names)));
            return this;
        }

        /** A boxed data row: String → text, Number → number, LocalDate → date cell, null → an empty boxed cell. */
        Page row(Object... values) {
            lines.add(new Line(Look.DATA, Arrays.asList(values)));
            return this;
        }

        /** A note under the data, merged across {@code columns} columns and wrapped. */
        Page note(String text, int columns) {
            lines.add(new Line(Look.NOTE, List.of(text)));
            if (columns > 1) {
                merge(lines.size() - 1, lines.size() - 1, 0, columns - 1);
            }
            return this;
        }

        /** The 0-based index the next row gets. */
        int next() {
            return lines.size();
        }

        Page merge(int firstRow, int lastRow, int firstCol, int lastCol) {
            merges.add(new int[] {firstRow, lastRow, firstCol, lastCol});
            return this;
        }

        Page widths(int... characters) {
            this.widths = characters;
            return this;
        }

        Page hidden() {
            this.hidden = true;
            return this;
        }
    }

    private final List<Page> pages = new ArrayList<>();

    Page sheet(String name) {
        Page p = new Page(name);
        pages.add(p);
        return p;
    }

    void xlsx(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            save(wb, file);
        }
    }

    void xls(Path file) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            save(wb, file);
        }
    }

    private void fill(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        big.setFontName("方正小标宋简体");
        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        CellStyle plain = wb.createCellStyle();
        CellStyle header = boxed(wb);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        CellStyle data = boxed(wb);
        data.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle date = boxed(wb);
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle dateTime = boxed(wb);
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
        CellStyle note = wb.createCellStyle();
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        for (Page page : pages) {
            Sheet sheet = wb.createSheet(page.name);
            for (int c = 0; c < page.widths.length; c++) {
                sheet.setColumnWidth(c, page.widths[c] * 256 + 128);
            }
            for (int r = 0; r < page.lines.size(); r++) {
                Line line = page.lines.get(r);
                Row row = sheet.createRow(r);
                if (line.look() == Look.TITLE) {
                    row.setHeightInPoints(30);
                }
                CellStyle style = switch (line.look()) {
                    case TITLE -> title;
                    case PLAIN -> plain;
                    case HEADER -> header;
                    case DATA -> data;
                    case NOTE -> note;
                };
                for (int c = 0; c < line.values().size(); c++) {
                    Object v = line.values().get(c);
                    boolean boxedLook = line.look() == Look.HEADER || line.look() == Look.DATA;
                    if (v == null && !boxedLook) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(style);
                    if (v instanceof LocalDateTime t) {
                        cell.setCellValue(t);
                        cell.setCellStyle(dateTime);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            for (int[] m : page.merges) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
            }
            if (page.hidden) {
                wb.setSheetHidden(wb.getSheetIndex(sheet), true);
            }
        }
    }

    private static CellStyle boxed(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void save(Workbook wb, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
    }
}
