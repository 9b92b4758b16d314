package org.partydesk.office.ledgers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of an .xlsx sheet are parsed on a thread of their own (decision 0025): they come in order with their
 * values, across many handovers, and a reader that stops early leaves no parsing thread behind.
 */
class ParsedAheadTest {
    @TempDir
    Path dir;

    private Path sheet(int rows) throws Exception {
        Path file = dir.resolve("名册.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("党员名册");
            for (int r = 0; r < rows; r++) {
                if (r % 7 == 3) {
                    continue; // a row Excel does not store at all
                }
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(2).setCellValue("党员" + r);
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    private static boolean parsingAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("partydesk-sheet-rows") && t.isAlive());
    }

    @Test
    void everyRowComesInOrderWithItsCells() throws Exception {
        int rows = XlsxSheetSource.ROWS_PER_HANDOVER * (XlsxSheetSource.HANDOVERS_AHEAD + 3) + 5;
        try (WorkbookSource book = WorkbookSource.open(sheet(rows)); SheetSource source = book.sheet(null)) {
            Iterator<SheetSource.RawRow> it = source.rows();
            for (int r = 0; r < rows; r++) {
                if (r % 7 == 3) {
                    continue;
                }
                assertThat(it.hasNext()).isTrue();
                SheetSource.RawRow raw = it.next();
                assertThat(raw.number()).isEqualTo(r + 1);
                assertThat(raw.cell(0).text()).isEqualTo(String.valueOf(r));
                assertThat(raw.cell(1).isBlank()).isTrue();
                assertThat(raw.cell(2).text()).isEqualTo("党员" + r);
            }
            assertThat(it.hasNext()).isFalse();
        }
        assertThat(parsingAlive()).isFalse();
    }

    @Test
    void aReaderThatStopsEarlyLeavesNoParsingBehind() throws Exception {
        try (WorkbookSource book = WorkbookSource.open(sheet(20_000)); SheetSource source = book.sheet(null)) {
            Iterator<SheetSource.RawRow> it = source.rows();
            assertThat(it.next().number()).isEqualTo(1); // e.g. the header was not among the first rows
        }
        assertThat(parsingAlive()).isFalse();
    }
}
