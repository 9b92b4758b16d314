package org.partydesk.app.ledgers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partydesk.logic.IdNumbers;

/** Builds messy ledger workbooks the way clerks make them, as real .xlsx and .xls files. */
public final class SheetMaker {
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private String sheetName = "党员名册";
    private boolean hiddenFirstSheet;

    /** A valid ID number from its first 17 digits. */
    public static String id(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    public SheetMaker sheet(String name) {
        this.sheetName = name;
        return this;
    }

    /** Puts a hidden sheet with rubbish before the real one. */
    public SheetMaker hiddenSheetFirst() {
        this.hiddenFirstSheet = true;
        return this;
    }

    /**
     * Appends a row: String → text cell, LocalDate → date cell, LocalDateTime → date cell with a time,
     * Number → number cell, null → no cell.
     */
    public SheetMaker row(Object... values) {
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    /** Merges columns {@code firstCol..lastCol} of the last row added. */
    public SheetMaker mergeLast(int firstCol, int lastCol) {
        merges.add(new int[] {rows.size() - 1, rows.size() - 1, firstCol, lastCol});
        return this;
    }

    /** Merges rows {@code firstRow..lastRow} (0-based, as added) and columns {@code firstCol..lastCol}. */
    public SheetMaker merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new int[] {firstRow, lastRow, firstCol, lastCol});
        return this;
    }

    public Path xlsx(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            save(wb, file);
        }
        return file;
    }

    public Path xls(Path file) throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fill(wb);
            save(wb, file);
        }
        return file;
    }

    private void fill(Workbook wb) {
        if (hiddenFirstSheet) {
            wb.createSheet("旧表").createRow(0).createCell(0).setCellValue("姓名");
            wb.getSheet("旧表").getRow(0).createCell(1).setCellValue("身份证号");
            wb.getSheet("旧表").createRow(1).createCell(0).setCellValue("不该读到");
            wb.setSheetHidden(0, true);
        }
        Sheet sheet = wb.createSheet(sheetName);
        if (hiddenFirstSheet) {
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(1);
        }
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof java.time.LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        for (int[] m : merges) {
            sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
        }
    }

    private static void save(Workbook wb, Path file) throws Exception {
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
    }

    /** Encrypts an .xlsx with a password, as Excel's 用密码进行加密 does. */
    public static Path encrypt(Path plainXlsx, Path out, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (var in = Files.newInputStream(plainXlsx); OutputStream os = enc.getDataStream(fs)) {
                OPCPackage opc = OPCPackage.open(in);
                opc.save(os);
                opc.revert();
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
        return out;
    }

    /**
     * A header and one member, then {@code blankRows} rows that hold nothing but formatting (what a
     * clerk gets by formatting a whole column), written with SXSSF.
     */
    public static Path blankFormattedRows(Path out, boolean withHeader, int blankRows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("党员名册");
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("@"));
            int r = 0;
            if (withHeader) {
                Row h = sheet.createRow(r++);
                h.createCell(0).setCellValue("姓名");
                h.createCell(1).setCellValue("身份证号");
                h.createCell(2).setCellValue("所在党支部");
                Row d = sheet.createRow(r++);
                d.createCell(0).setCellValue("张三");
                d.createCell(1).setCellValue(id("11010519491231002"));
                d.createCell(2).setCellValue("第一党支部");
            }
            for (int i = 0; i < blankRows; i++) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellStyle(style);
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        }
        return out;
    }
}
