package org.partydesk.office.ledgers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.logic.ledgers.LedgerCell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * OpenDocument spreadsheets (.ods) as LibreOffice and WPS write them, read cell by cell: the content.xml here
 * ({@link SheetMaker#odsPackage}) is written the way LibreOffice Calc writes it (styles first, every row's empty rest as one repeated cell, the sheet's
 * empty rest as one repeated row, merged cells as a spanning cell followed by covered ones), with what clerks put in
 * cells: comments, several paragraphs, runs of spaces, dates with and without a time, a time alone, ID numbers typed
 * as numbers, a hidden sheet. The whole import of .ods files LibreOffice itself wrote is in
 * {@code app.ledgers.SheetLayoutsTest} and {@code MeetingTitleYearTest}.
 */
class OdsSheetSourceTest {
    @TempDir
    Path dir;

    /** An .ods whose first entry names {@code mediaType}, its spreadsheet holding {@code body}. */
    private Path ods(String name, String mediaType, String body, boolean encrypted) throws Exception {
        return SheetMaker.odsPackage(dir.resolve(name), mediaType, body, encrypted);
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static final String EMPTY_REST = "<table:table-cell table:number-columns-repeated=\"16378\"/>";

    /** A roster as a clerk keeps it in LibreOffice: a hidden sheet first, then the roster with its notes. */
    private static final String ROSTER = "<table:table table:name=\"旧名单\" table:style-name=\"ta2\"><table:table-column/>"
            + "<table:table-row>" + cell("不要导入") + "</table:table-row></table:table>"
            + "<table:table table:name=\"党员名册\" table:style-name=\"ta1\">"
            + "<table:table-column table:number-columns-repeated=\"16384\"/>"
            // a title across the six columns
            + "<table:table-row><table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"6\" "
            + "table:number-rows-spanned=\"1\"><text:p>机关党员花名册</text:p></table:table-cell>"
            + "<table:covered-table-cell table:number-columns-repeated=\"5\"/>" + EMPTY_REST + "</table:table-row>"
            // an empty row LibreOffice writes as one repeated row
            + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "<table:table-header-rows><table:table-row>" + cell("所在党支部") + cell("姓名") + cell("身份证号") + cell("入党日期")
            + cell("会议时间") + cell("备注") + EMPTY_REST + "</table:table-row></table:table-header-rows>"
            // the branch merged down two rows; an ID number typed as a number; a comment on the name
            + "<table:table-row><table:table-cell office:value-type=\"string\" table:number-rows-spanned=\"2\">"
            + "<text:p>第一党支部</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>张三</dc:creator>"
            + "<text:p>核对过</text:p></office:annotation><text:p>张<text:s text:c=\"2\"/>三</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"420102198503171000\"><text:p>4.20102198503171E+017</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2008-07-01\"><text:p>2008年7月1日</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-05-08T14:30:00\"><text:p>2025-05-08 14:30</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"string\"><text:p>第一行</text:p><text:p>第二<text:span>行</text:span><text:tab/>完</text:p>"
            + "<text:list><text:list-item><text:p>第三行</text:p></text:list-item></text:list>"
            + "<draw:frame><draw:text-box><text:p>图中文字</text:p></draw:text-box></draw:frame></table:table-cell>"
            + EMPTY_REST + "</table:table-row>"
            // under the merge: a covered cell that LibreOffice kept the old text of; a time alone; a truth value; a percentage
            + "<table:table-row><table:covered-table-cell office:value-type=\"string\"><text:p>旧值</text:p></table:covered-table-cell>"
            + cell("李四") + "<table:table-cell/>"
            + "<table:table-cell office:value-type=\"time\" office:time-value=\"PT09H30M00S\"><text:p>09:30</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50%</text:p></table:table-cell>"
            + EMPTY_REST + "</table:table-row>"
            // the same row twice (filled down), a formula's error, then the sheet's empty rest
            + "<table:table-row table:number-rows-repeated=\"2\">" + cell("第二党支部") + cell("王五")
            + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"string\"><text:p>#DIV/0!</text:p></table:table-cell>"
            + EMPTY_REST + "</table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048567\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "</table:table>";

    private static List<SheetSource.RawRow> rows(SheetSource sheet) {
        List<SheetSource.RawRow> out = new ArrayList<>();
        sheet.rows().forEachRemaining(out::add);
        return out;
    }

    @Test
    void aRosterSavedByLibreOfficeReadsCellByCellAsItsXlsxWould() throws Exception {
        Path file = ods("花名册.ods", OdsSheetSource.MEDIA_TYPE, ROSTER, false);
        try (WorkbookSource book = WorkbookSource.open(file)) {
            assertThat(book.visibleSheets()).containsExactly("党员名册");
            try (SheetSource sheet = book.sheet(null)) {
                assertThat(sheet.sheetName()).isEqualTo("党员名册");
                assertThat(sheet.merges()).containsExactly(new SheetSource.Merge(1, 1, 0, 5), new SheetSource.Merge(5, 6, 0, 0));
                List<SheetSource.RawRow> rows = rows(sheet);
                assertThat(rows).extracting(SheetSource.RawRow::number).containsExactly(1, 4, 5, 6, 7, 8);
                assertThat(rows.get(0).cells()).containsExactly(LedgerCell.text("机关党员花名册"));
                assertThat(rows.get(1).cells()).extracting(LedgerCell::text)
                        .containsExactly("所在党支部", "姓名", "身份证号", "入党日期", "会议时间", "备注");

                SheetSource.RawRow first = rows.get(2);
                assertThat(first.cell(0)).isEqualTo(LedgerCell.text("第一党支部"));
                assertThat(first.cell(1)).isEqualTo(LedgerCell.text("张  三")); // the comment is not the name
                assertThat(first.cell(2)).isEqualTo(LedgerCell.number("420102198503171000"));
                assertThat(first.cell(3)).isEqualTo(LedgerCell.date(LocalDate.of(2008, 7, 1)));
                assertThat(first.cell(4)).isEqualTo(LedgerCell.dateTime(java.time.LocalDateTime.of(2025, 5, 8, 14, 30)));
                assertThat(first.cell(5)).isEqualTo(LedgerCell.text("第一行\n第二行\t完\n第三行")); // not the picture's text

                SheetSource.RawRow second = rows.get(3);
                assertThat(second.cell(0)).isEqualTo(LedgerCell.EMPTY); // under the merge, as the sheet shows it
                assertThat(second.cell(1)).isEqualTo(LedgerCell.text("李四"));
                assertThat(second.cell(2)).isEqualTo(LedgerCell.EMPTY);
                // as an .xlsx gives a time alone: Excel's day 0 at that time
                assertThat(second.cell(3)).isEqualTo(LedgerCell.dateTime(java.time.LocalDateTime.of(1899, 12, 31, 9, 30)));
                assertThat(second.cell(4)).isEqualTo(LedgerCell.text("TRUE"));
                assertThat(second.cell(5)).isEqualTo(LedgerCell.number("0.5"));

                assertThat(rows.get(4).cells()).isEqualTo(rows.get(5).cells());
                assertThat(rows.get(4).cells()).extracting(LedgerCell::text).containsExactly("第二党支部", "王五", "#DIV/0!");
            }
            try (SheetSource hidden = book.sheet("旧名单")) {
                assertThat(rows(hidden)).singleElement().extracting(r -> r.cell(0).text()).isEqualTo("不要导入");
            }
            assertThatThrownBy(() -> book.sheet("第三党支部")).isInstanceOf(LedgerFileException.class)
                    .hasMessage("花名册.ods：没有名为“第三党支部”的工作表（有：旧名单、党员名册）");
        }
    }

    @Test
    void aPasswordOnTheFileIsSaidSoAndHowToSaveItWithout() throws Exception {
        Path file = ods("加密.ods", OdsSheetSource.MEDIA_TYPE, ROSTER, true);
        assertThatThrownBy(() -> WorkbookSource.open(file)).isInstanceOf(LedgerFileException.class)
                .hasMessageStartingWith("加密.ods：文件设置了打开密码，无法读取；请在 LibreOffice 或 WPS 中打开");
    }

    @Test
    void aTextDocumentOrADamagedSheetIsNamedForWhatItIs() throws Exception {
        Path odt = ods("说明.ods", "application/vnd.oasis.opendocument.text", "", false);
        assertThatThrownBy(() -> WorkbookSource.open(odt)).isInstanceOf(LedgerFileException.class)
                .hasMessage("说明.ods：是 OpenDocument 文档（application/vnd.oasis.opendocument.text），不是表格；"
                        + "请选择台账所在的表格文件（.xlsx、.xls、.ods 或 .csv）");

        Path cut = ods("半截.ods", OdsSheetSource.MEDIA_TYPE, ROSTER.substring(0, ROSTER.indexOf("李四")), false);
        assertThatThrownBy(() -> WorkbookSource.open(cut)).isInstanceOf(LedgerFileException.class)
                .hasMessageStartingWith("半截.ods：文件已损坏或不完整");
    }

    @Test
    void aWordFileGivenAsALedgerIsNamedForWhatItIs() throws Exception {
        Path docx = dir.resolve("总结.xlsx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream os = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("年度总结");
            doc.write(os);
        }
        assertThatThrownBy(() -> WorkbookSource.open(docx)).isInstanceOf(LedgerFileException.class)
                .hasMessage("总结.xlsx：是 Word 或 PowerPoint 文件，不是 Excel 表格；请选择台账所在的表格文件（.xlsx、.xls、.ods 或 .csv）");
    }

    @Test
    void aWpsFileIsReadWhenItHoldsAnExcelWorkbookAndOtherwiseSaidHowToSaveItAsOne() throws Exception {
        // WPS's own format: an OLE2 file without an Excel workbook inside, or something else altogether
        Path ole = dir.resolve("花名册.et");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); OutputStream os = Files.newOutputStream(ole)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WpsContent");
            fs.writeFilesystem(os);
        }
        Path other = Files.write(dir.resolve("台账.et"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        for (Path et : java.util.List.of(ole, other)) {
            assertThatThrownBy(() -> WorkbookSource.open(et)).isInstanceOf(LedgerFileException.class)
                    .hasMessageStartingWith(et.getFileName() + "：是 WPS 表格自己的格式（.et），无法直接读取")
                    .hasMessageContaining("另存为", "Excel 工作簿（*.xlsx）");
        }
        // an .et that WPS saved as an Excel 97 workbook is read as the .xls it is
        Path xls = dir.resolve("党员.et");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream os = Files.newOutputStream(xls)) {
            wb.createSheet("名册").createRow(0).createCell(0).setCellValue("姓名");
            wb.write(os);
        }
        try (WorkbookSource book = WorkbookSource.open(xls)) {
            assertThat(book.visibleSheets()).containsExactly("名册");
        }
    }

    @Test
    void theMediaTypeIsReadFromTheFirstEntryOnly() {
        byte[] xlsxHead = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        assertThat(WorkbookSource.openDocumentType(xlsxHead)).isNull();
        assertThat(WorkbookSource.openDocumentType(new byte[0])).isNull();
    }
}
