package org.partydesk.app.ledgers;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * An .xlsx written part by part (no POI, so it takes a second): a roster header, one member, then blank
 * rows that carry only a cell format down to row {@code rows}, as when a clerk formats whole columns.
 */
public final class MillionRows {
    private MillionRows() {
    }

    public static Path write(Path out, int rows) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_SPEED);
            parts(zip, null);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">" + text("A1", "姓名") + text("B1", "身份证号") + text("C1", "所在党支部") + "</row>");
            w.write("<row r=\"2\">" + text("A2", "周七") + text("B2", id("11010519491231002")) + text("C2", "第一党支部") + "</row>");
            for (int r = 3; r <= rows; r++) {
                w.write("<row r=\"");
                w.write(Integer.toString(r));
                w.write("\"><c r=\"A");
                w.write(Integer.toString(r));
                w.write("\" s=\"1\"/><c r=\"B");
                w.write(Integer.toString(r));
                w.write("\" s=\"1\"/></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return out;
    }

    /** The parts of a one-sheet workbook but the sheet itself (and the shared strings, when {@code sharedStrings}). */
    private static void parts(ZipOutputStream zip, String sharedStrings) throws Exception {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + (sharedStrings != null ? "<Override PartName=\"/xl/" + sharedStrings + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"党员名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + (sharedStrings != null ? "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"" + sharedStrings + "\"/>" : "")
                    + "</Relationships>");
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf/><xf numFmtId=\"49\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    }

    /**
     * A small file (deflate packs a run of one letter a thousandfold) holding a roster with one member whose
     * 所在党支部 is a shared string of {@code chars} letters: {@code inSharedStrings} false puts the text inline
     * in the cell instead.
     */
    public static Path hugeText(Path out, long chars, boolean inSharedStrings) throws Exception {
        return hugeText(out, chars, inSharedStrings ? "sharedStrings.xml" : null);
    }

    /** {@link #hugeText(Path, long, boolean)} with the shared strings (when not null) in a part of that name under xl/. */
    public static Path hugeText(Path out, long chars, String sharedStringsPart) throws Exception {
        boolean inSharedStrings = sharedStringsPart != null;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            parts(zip, sharedStringsPart);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\">" + text("A1", "姓名") + text("B1", "身份证号") + text("C1", "所在党支部") + "</row>");
            w.write("<row r=\"2\">" + text("A2", "周七") + text("B2", id("11010519491231002")));
            if (inSharedStrings) {
                w.write("<c r=\"C2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            } else {
                w.write("<c r=\"C2\" t=\"inlineStr\"><is><t>");
                letters(w, chars);
                w.write("</t></is></c></row></sheetData></worksheet>");
            }
            w.flush();
            zip.closeEntry();
            if (inSharedStrings) {
                zip.putNextEntry(new ZipEntry("xl/" + sharedStringsPart));
                w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>");
                letters(w, chars);
                w.write("</t></si></sst>");
                w.flush();
                zip.closeEntry();
            }
        }
        return out;
    }

    private static void letters(BufferedWriter w, long chars) throws Exception {
        char[] block = new char[1 << 16];
        java.util.Arrays.fill(block, 'a');
        for (long left = chars; left > 0; left -= block.length) {
            w.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
