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

/** Builds messy ledger workbooks the way clerks make them, as real .xlsx, .xls and .ods files. */
public final class SheetMaker {
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private String sheetName = "党员名册";
    private boolean hiddenFirstSheet;
    /** The current sheet's hidden column and row (0-based, as added), -1 for none. */
    private int hiddenColumn = -1;
    private int hiddenRow = -1;
    /** The sheets before the current one (a workbook of several sheets, .xlsx and .xls): name, rows, merges. */
    private final List<Object[]> earlier = new ArrayList<>();

    /** A valid ID number from its first 17 digits. */
    public static String id(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    /** Names the current sheet; once it has rows, starts another sheet after it named {@code name}. */
    public SheetMaker sheet(String name) {
        if (!rows.isEmpty()) {
            earlier.add(new Object[] {sheetName, new ArrayList<>(rows), new ArrayList<>(merges)});
            rows.clear();
            merges.clear();
        }
        this.sheetName = name;
        return this;
    }

    /** Hides column {@code column} and the last row added of the current sheet, as Excel's 隐藏 does. */
    public SheetMaker hideLastRowAnd(int column) {
        hiddenColumn = column;
        hiddenRow = rows.size() - 1;
        return this;
    }

    /** Puts a hidden sheet with rubbish before the real one. */
    public SheetMaker hiddenSheetFirst() {
        this.hiddenFirstSheet = true;
        return this;
    }

    /**
     * Appends a row: String → text cell, LocalDate → date cell, LocalDateTime → date cell with a time,
     * Number → number cell, FormulaError → an error cell (#REF!), null → no cell.
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

    /** The workbook as the file's extension says: .xlsx, .xls or .ods. */
    public Path save(Path file) throws Exception {
        String name = file.getFileName().toString();
        return name.endsWith(".xls") ? xls(file) : name.endsWith(".ods") ? ods(file) : xlsx(file);
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

    /**
     * The same sheet as an OpenDocument spreadsheet, written as LibreOffice Calc writes one: automatic styles first
     * (the hidden sheet's {@code table:display="false"}), every row's empty rest one repeated cell, a merged range a
     * spanning cell with covered cells after it, a date its {@code office:date-value}, a text of several lines one
     * paragraph a line.
     */
    public Path ods(Path file) throws Exception {
        if (!earlier.isEmpty()) {
            throw new UnsupportedOperationException("several sheets: .xlsx and .xls only");
        }
        StringBuilder body = new StringBuilder();
        if (hiddenFirstSheet) {
            body.append("<table:table table:name=\"旧表\" table:style-name=\"ta2\"><table:table-row>")
                    .append(odsCell("姓名")).append(odsCell("身份证号")).append("</table:table-row><table:table-row>")
                    .append(odsCell("不该读到")).append("</table:table-row></table:table>");
        }
        body.append("<table:table table:name=\"").append(xml(sheetName)).append("\" table:style-name=\"ta1\">");
        if (hiddenColumn < 0) {
            body.append("<table:table-column table:number-columns-repeated=\"16384\"/>");
        } else {
            body.append(hiddenColumn == 0 ? "" : "<table:table-column table:number-columns-repeated=\"" + hiddenColumn + "\"/>")
                    .append("<table:table-column table:visibility=\"collapse\"/>")
                    .append("<table:table-column table:number-columns-repeated=\"").append(16383 - hiddenColumn).append("\"/>");
        }
        for (int r = 0; r < rows.size(); r++) {
            body.append(r == hiddenRow ? "<table:table-row table:visibility=\"collapse\">" : "<table:table-row>");
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                int[] merge = mergeAt(r, c);
                if (merge != null && (merge[0] != r || merge[2] != c)) {
                    body.append("<table:covered-table-cell/>");
                    continue;
                }
                String spans = merge == null ? "" : " table:number-columns-spanned=\"" + (merge[3] - merge[2] + 1)
                        + "\" table:number-rows-spanned=\"" + (merge[1] - merge[0] + 1) + "\"";
                body.append(odsCell(values.get(c)).replaceFirst("<table:table-cell", "<table:table-cell" + spans));
            }
            body.append("<table:table-cell table:number-columns-repeated=\"").append(16384 - values.size())
                    .append("\"/></table:table-row>");
        }
        body.append("<table:table-row table:number-rows-repeated=\"").append(1_048_576 - rows.size())
                .append("\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>");
        return odsPackage(file, "application/vnd.oasis.opendocument.spreadsheet", body.toString(), false);
    }

    /** The merge covering row {@code r}, column {@code c} (0-based, as added); null when none does. */
    private int[] mergeAt(int r, int c) {
        for (int[] m : merges) {
            if (r >= m[0] && r <= m[1] && c >= m[2] && c <= m[3]) {
                return m;
            }
        }
        return null;
    }

    private static String odsCell(Object v) {
        if (v == null) {
            return "<table:table-cell/>";
        } else if (v instanceof java.time.LocalDateTime t) {
            return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + t + "\"><text:p>" + t + "</text:p></table:table-cell>";
        } else if (v instanceof LocalDate d) {
            return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + d + "\"><text:p>"
                    + d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日</text:p></table:table-cell>";
        } else if (v instanceof Number n) {
            String value = new java.math.BigDecimal(n.toString()).toPlainString();
            return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\"><text:p>" + value + "</text:p></table:table-cell>";
        } else if (v instanceof org.apache.poi.ss.usermodel.FormulaError e) {
            // as LibreOffice saves a failed formula: an empty string value, the error shown
            return "<table:table-cell table:formula=\"of:=" + xml(e.getString()) + "\" office:value-type=\"string\" "
                    + "office:string-value=\"\" calcext:value-type=\"error\"><text:p>" + xml(e.getString()) + "</text:p></table:table-cell>";
        }
        StringBuilder cell = new StringBuilder("<table:table-cell office:value-type=\"string\">");
        for (String line : v.toString().split("\n", -1)) {
            cell.append("<text:p>").append(xml(line)).append("</text:p>");
        }
        return cell.append("</table:table-cell>").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Writes an OpenDocument package: its first entry {@code mimetype} (stored unpacked, as ODF asks) naming
     * {@code mediaType}, a content.xml whose spreadsheet holds {@code body} (after styles ta1, shown, and ta2, hidden)
     * and a manifest, which lists content.xml as encrypted when {@code encrypted} (as when a password was set).
     */
    public static Path odsPackage(Path file, String mediaType, String body, boolean encrypted) throws Exception {
        try (OutputStream os = Files.newOutputStream(file); java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(os)) {
            byte[] type = mediaType.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                    + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" office:version=\"1.3\">"
                    + "<office:automatic-styles>"
                    + "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
                    + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
                    + "</office:automatic-styles><office:body><office:spreadsheet>"
                    + "<table:content-validations><table:content-validation table:name=\"val1\"><table:help-message>"
                    + "<text:p>请从下拉列表中选择</text:p></table:help-message></table:content-validation></table:content-validations>"
                    + body + "</office:spreadsheet></office:body></office:document-content>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                    + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                    + (encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>" : "")
                    + "</manifest:file-entry></manifest:manifest>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d h:mm"));
        for (Object[] e : earlier) {
            @SuppressWarnings("unchecked")
            List<List<Object>> r = (List<List<Object>>) e[1];
            @SuppressWarnings("unchecked")
            List<int[]> m = (List<int[]>) e[2];
            fill(wb.createSheet((String) e[0]), r, m, date, dateTime);
        }
        Sheet current = wb.createSheet(sheetName);
        fill(current, rows, merges, date, dateTime);
        if (hiddenColumn >= 0) {
            current.setColumnHidden(hiddenColumn, true);
            current.getRow(hiddenRow).setZeroHeight(true);
        }
        if (hiddenFirstSheet) {
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(1);
        }
    }

    private static void fill(Sheet sheet, List<List<Object>> rows, List<int[]> merges, CellStyle date, CellStyle dateTime) {
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
                } else if (v instanceof org.apache.poi.ss.usermodel.FormulaError e) {
                    cell.setCellErrorValue(e.getCode()); // what a broken formula leaves: #REF!, #VALUE! …
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
