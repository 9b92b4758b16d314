package org.partydesk.office.ledgers;

import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.ledgers.MemberLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workbook is opened once for the whole read of its sheets: when the file is replaced on disk while its first
 * sheet is being read, the later sheets (their rows and their merged cells) still come from the workbook that was
 * opened, not from the new file. (A file that is open can be replaced only where an open file does not pin its
 * name, as on Linux and macOS.)
 */
class OneOpeningTest {
    @TempDir
    Path dir;

    /** A roster kept one sheet per branch, with a 填表说明 sheet first and the branch merged down on the second sheet. */
    private static Workbook roster(Supplier<Workbook> kind, String prefix) {
        Workbook wb = kind.get();
        wb.createSheet("填表说明").createRow(0).createCell(0).setCellValue("每个党支部一个工作表");
        for (int s = 1; s <= 2; s++) {
            Sheet sheet = wb.createSheet("第" + s + "党支部");
            sheet.createRow(0).createCell(0).setCellValue(prefix + "党员名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("身份证号");
            header.createCell(2).setCellValue("所在党支部");
            for (int r = 0; r < 3; r++) {
                var row = sheet.createRow(2 + r);
                row.createCell(0).setCellValue(prefix + "党员" + s + "-" + r);
                row.createCell(1).setCellValue("11010119900101" + s + r + "00");
                if (s == 1 || r == 0) {
                    row.createCell(2).setCellValue(prefix + "第" + s + "党支部");
                }
            }
            if (s == 2) {
                sheet.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));
            }
        }
        return wb;
    }

    private static void save(Workbook wb, Path file) throws Exception {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theLaterSheetsComeFromTheWorkbookOpenedForTheFirst(String type) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Supplier<Workbook> kind = type.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
        Path file = dir.resolve("名册." + type);
        save(roster(kind, ""), file);
        Path other = dir.resolve("另一份." + type);
        save(roster(kind, "新"), other);

        List<String> read = new ArrayList<>();
        LedgerReader.Workbook book = LedgerReader.readAll(file, null, MemberLedger.COLUMNS, (h, r) -> {
            if (read.isEmpty()) {
                try {
                    Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            read.add(h.sheet() + "：" + r.cells().get(MemberLedger.NAME).text() + "，" + r.cells().get(MemberLedger.BRANCH).text());
        });

        assertThat(Files.exists(other)).isFalse(); // the file was replaced while the first sheet was read
        assertThat(book.sheets()).extracting(s -> s.header().sheet()).containsExactly("第1党支部", "第2党支部");
        assertThat(read).containsExactly(
                "第1党支部：党员1-0，第1党支部", "第1党支部：党员1-1，第1党支部", "第1党支部：党员1-2，第1党支部",
                "第2党支部：党员2-0，第2党支部", "第2党支部：党员2-1，第2党支部", "第2党支部：党员2-2，第2党支部");
    }
}
