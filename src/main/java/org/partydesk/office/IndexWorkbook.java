package org.partydesk.office;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A plain index workbook: a title row, a frozen bold header with an auto filter, and text rows.
 * Used for {@code 目录.xlsx} of the inspection package; streaming, so long indexes need little memory.
 */
public final class IndexWorkbook {
    private IndexWorkbook() {
    }

    public static void write(OutputStream out, String sheetName, String title, List<String> headers,
                             List<List<String>> rows, int[] widthsInChars) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Authorship.sign(wb.getXSSFWorkbook());
            Sheet sheet = wb.createSheet(sheetName);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("黑体");
            CellStyle titleStyle = wb.createCellStyle();
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);

            Font headFont = wb.createFont();
            headFont.setBold(true);
            CellStyle headStyle = wb.createCellStyle();
            headStyle.setFont(headFont);
            headStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headStyle.setBorderBottom(BorderStyle.THIN);
            headStyle.setAlignment(HorizontalAlignment.CENTER);

            CellStyle textStyle = wb.createCellStyle();
            textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));
            textStyle.setWrapText(true);

            Row t = sheet.createRow(0);
            t.setHeightInPoints(28);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));

            Row h = sheet.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
                h.getCell(i).setCellStyle(headStyle);
                sheet.setColumnWidth(i, Math.min(255, widthsInChars[i]) * 256);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                    row.getCell(i).setCellStyle(textStyle);
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, headers.size() - 1));
            wb.write(out);
            wb.dispose();
        }
    }
}
