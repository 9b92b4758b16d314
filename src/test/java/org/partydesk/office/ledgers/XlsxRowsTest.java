package org.partydesk.office.ledgers;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.ledgers.LedgerCell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link XlsxRows} reads every sheet of every .xlsx of the tests and of the sample bureau as fastexcel-reader's rows
 * read through the conversion {@code XlsxSheetSource} had before (decision 0042), and workbooks written as Excel and
 * POI's streaming writer write them, with rich text, dates in several formats, formulas, errors and
 * booleans; and parts written by hand the way other programs write them.
 */
class XlsxRowsTest {
    @TempDir
    Path dir;

    @Test
    void everyWorkbookOfTheTestsAndTheSampleReadsAsFastexcelReadIt() throws Exception {
        List<Path> files;
        try (Stream<Path> tests = Files.walk(Path.of("src/test/resources")); Stream<Path> sample = Files.walk(Path.of("sample-data"))) {
            files = Stream.concat(tests, sample).filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertSameRows(file);
        }
    }

    @Test
    void workbooksWrittenByExcelsWaysReadAsFastexcelReadThem() throws Exception {
        assertSameRows(poiWorkbook());
        assertSameRows(streamedWorkbook());
    }

    @Test
    void rowsAndCellsWithoutReferencesPrefixedNamesPhoneticGuidesAndInlineTextAsAValue() throws Exception {
        Path file = withSheet("""
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <x:sheetData>
                <x:row><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>党支部</x:t></x:is></x:c></x:row>
                <x:row><x:c t="inlineStr"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>三</x:t></x:r><x:rPh sb="0" eb="1"><x:t>チョウ</x:t></x:rPh></x:is></x:c>
                <x:c><x:v>12</x:v></x:c><x:c r="E2" t="str"><x:f>A1&amp;"x"</x:f><x:v>姓名x</x:v></x:c></x:row>
                <x:row r="5"><x:c r="B5" t="d"><x:v>2025-03-08T09:30:00</x:v></x:c><x:c t="d"><x:v>2025-07-01</x:v></x:c>
                <x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="n"><x:v>-0.50</x:v></x:c><x:c t="s"/>
                <x:c t="inlineStr"><x:v>写成值的内联文字</x:v></x:c></x:row>
                <x:row/>
                </x:sheetData>
                </x:worksheet>
                """);
        List<SheetSource.RawRow> rows = rows(file, null);
        assertThat(rows).extracting(SheetSource.RawRow::number).containsExactly(1, 2, 5, 6);
        assertThat(rows.get(0).cells()).containsExactly(LedgerCell.text("姓名"), LedgerCell.text("党支部"));
        // the phonetic guide Excel does not show is left out; a cell without r follows the one before it
        assertThat(rows.get(1).cells()).containsExactly(LedgerCell.text("张三"), LedgerCell.number("12"), null, null,
                LedgerCell.text("姓名x"));
        assertThat(rows.get(2).cells()).containsExactly(null, LedgerCell.dateTime(LocalDateTime.of(2025, 3, 8, 9, 30)),
                LedgerCell.date(LocalDate.of(2025, 7, 1)), LedgerCell.text("#N/A"), LedgerCell.text("FALSE"),
                LedgerCell.number("-0.5"), LedgerCell.EMPTY, LedgerCell.text("写成值的内联文字"));
        assertThat(rows.get(3).cells()).isEmpty();
    }

    @Test
    void aDamagedPartIsReportedWhereTheReadingReachesIt() throws Exception {
        Path noNumber = withSheet("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>一二</v></c></row></sheetData></worksheet>
                """);
        try (WorkbookSource book = WorkbookSource.open(noNumber); SheetSource source = book.sheet(null)) {
            Iterator<SheetSource.RawRow> it = source.rows();
            assertThatThrownBy(() -> it.forEachRemaining(r -> { })).isInstanceOf(LedgerFileException.class)
                    .hasMessageContaining("文件已损坏或不完整");
        }
        Path cut = withSheet("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>
                """);
        try (WorkbookSource book = WorkbookSource.open(cut); SheetSource source = book.sheet(null)) {
            assertThatThrownBy(() -> source.rows().next()).isInstanceOf(LedgerFileException.class)
                    .hasMessageContaining("文件已损坏或不完整");
        }
        Path beyond = withSheet("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1048577"><c><v>1</v></c></row></sheetData></worksheet>
                """);
        try (WorkbookSource book = WorkbookSource.open(beyond); SheetSource source = book.sheet(null)) {
            assertThatThrownBy(() -> source.rows().next()).isInstanceOf(LedgerFileException.class)
                    .hasMessageContaining("文件已损坏或不完整");
        }
    }

    @Test
    void columnsAndNumbersAsExcelWritesThem() {
        assertThat(XlsxRows.column("A1", 9)).isZero();
        assertThat(XlsxRows.column("Z9", 9)).isEqualTo(25);
        assertThat(XlsxRows.column("AA10", 9)).isEqualTo(26);
        assertThat(XlsxRows.column("XFD1048576", 9)).isEqualTo(16_383);
        assertThat(XlsxRows.column("12", 9)).isEqualTo(9);
        assertThatThrownBy(() -> XlsxRows.column("ZZZZ1", 0)).isInstanceOf(IllegalStateException.class);
        for (String raw : List.of("0", "7", "-7", "13800138000", "110101198001010011", "007", "-0", "1.50", "1E+20",
                "4.0000000000000001E-3", "0.1", "123456789012345", "1234567890123456")) {
            assertThat(XlsxRows.plainNumber(raw)).as(raw).isEqualTo(SheetSource.numberText(new BigDecimal(raw)));
        }
    }

    /** The rows of every sheet of {@code file}, as {@link XlsxRows} reads them and as fastexcel did. */
    private static void assertSameRows(Path file) throws Exception {
        List<String> names;
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            names = wb.getSheets().map(Sheet::getName).toList();
        }
        for (String name : names) {
            assertThat(rows(file, name)).as(file + " " + name).containsExactlyElementsOf(fastexcelRows(file, name));
        }
    }

    private static List<SheetSource.RawRow> rows(Path file, String sheet) {
        List<SheetSource.RawRow> out = new ArrayList<>();
        try (WorkbookSource book = WorkbookSource.open(file); SheetSource source = book.sheet(sheet)) {
            source.rows().forEachRemaining(out::add);
        }
        return out;
    }

    /** The rows as fastexcel-reader gave them and {@code XlsxSheetSource} converted them before decision 0042. */
    private static List<SheetSource.RawRow> fastexcelRows(Path file, String sheet) throws Exception {
        List<SheetSource.RawRow> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             Stream<Row> rows = wb.findSheet(sheet).orElseThrow().openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                List<LedgerCell> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? null : convert(row.getCell(i), wb.isDate1904()));
                }
                out.add(new SheetSource.RawRow(row.getRowNum(), cells));
            }
        }
        return out;
    }

    private static LedgerCell convert(Cell cell, boolean date1904) {
        switch (cell.getType()) {
            case NUMBER:
                return number(cell, cell.asNumber(), date1904);
            case STRING:
                return LedgerCell.text(cell.asString());
            case FORMULA: {
                String raw = cell.getRawValue();
                if (raw == null) {
                    return LedgerCell.EMPTY;
                }
                try {
                    return number(cell, new BigDecimal(raw), date1904);
                } catch (NumberFormatException e) {
                    return LedgerCell.text(raw);
                }
            }
            case BOOLEAN:
                return LedgerCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
            case ERROR:
                return LedgerCell.text(cell.getRawValue());
            default:
                return LedgerCell.EMPTY;
        }
    }

    private static LedgerCell number(Cell cell, BigDecimal value, boolean date1904) {
        Integer formatId = cell.getDataFormatId();
        if (formatId != null && DateUtil.isADateFormat(formatId, cell.getDataFormatString())
                && DateUtil.isValidExcelDate(value.doubleValue())) {
            return LedgerCell.dateTime(DateUtil.getLocalDateTime(value.doubleValue(), date1904));
        }
        return LedgerCell.number(SheetSource.numberText(value));
    }

    /** A workbook as Excel writes one (shared strings, styles): rich text, dates in three formats, formulas, errors. */
    private Path poiWorkbook() throws Exception {
        Path file = dir.resolve("excel.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("党员名册");
            XSSFSheet hidden = wb.createSheet("代码表");
            wb.setSheetHidden(1, true);
            hidden.createRow(0).createCell(0).setCellValue("汉族");
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14);
            CellStyle chinese = wb.createCellStyle();
            chinese.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle dotted = wb.createCellStyle();
            dotted.setDataFormat(wb.createDataFormat().getFormat("yyyy.mm.dd hh:mm"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            XSSFRow title = s.createRow(0);
            XSSFRichTextString rich = new XSSFRichTextString("机关第一党支部 党员名册");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 7, bold);
            title.createCell(0).setCellValue(rich);
            XSSFRow header = s.createRow(2);
            String[] names = {"姓名", "出生日期", "入党日期", "转入时间", "党费", "是否", "公式", "错误", "文本公式"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 3; r < 40; r++) {
                XSSFRow row = s.createRow(r + (r > 20 ? 3 : 0));
                row.createCell(0).setCellValue(" 党员 " + r + "\t");
                var born = row.createCell(1);
                born.setCellValue(LocalDate.of(1960 + r, 1 + r % 12, 1 + r % 28));
                born.setCellStyle(builtIn);
                var joined = row.createCell(2);
                joined.setCellValue(LocalDate.of(1990 + r % 30, 7, 1));
                joined.setCellStyle(chinese);
                var moved = row.createCell(3);
                moved.setCellValue(LocalDateTime.of(2020, 3, 8, r % 24, 30));
                moved.setCellStyle(dotted);
                var dues = row.createCell(4);
                dues.setCellValue(r * 10.5 + 0.1);
                dues.setCellStyle(money);
                row.createCell(5).setCellValue(r % 2 == 0);
                if (r % 5 != 0) {
                    row.createCell(6).setCellFormula("E" + (row.getRowNum() + 1) + "*2");
                    row.createCell(7).setCellErrorValue(FormulaError.NA);
                    row.createCell(8).setCellFormula("A" + (row.getRowNum() + 1) + "&\"号\"");
                }
                row.createCell(12).setCellValue(1e20 + r);
                row.createCell(13).setCellStyle(builtIn); // a blank cell with a style
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A workbook as POI's streaming writer writes one: inline strings. */
    private Path streamedWorkbook() throws Exception {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(50)) {
            var s = wb.createSheet("花名册");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            for (int r = 0; r < 300; r++) {
                var row = s.createRow(r * 2);
                row.createCell(0).setCellValue("党员" + r);
                row.createCell(3).setCellValue(13800138000L + r);
                var d = row.createCell(4);
                d.setCellValue(LocalDate.of(2000, 1, 1).plusDays(r));
                d.setCellStyle(date);
                row.createCell(5).setCellValue("");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    /** A copy of a one-sheet workbook whose sheet part is {@code xml}. */
    private Path withSheet(String xml) throws Exception {
        Path base = dir.resolve("base.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("占位");
            try (OutputStream out = Files.newOutputStream(base)) {
                wb.write(out);
            }
        }
        Path file = dir.resolve("hand-" + Math.abs(xml.hashCode()) + ".xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(base.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
