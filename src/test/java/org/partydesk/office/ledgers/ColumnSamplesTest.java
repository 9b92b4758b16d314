package org.partydesk.office.ledgers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.ledgers.MemberLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples shown beside each column (the column mapping, {@code import --verbose}): the first three different
 * values under it, cleaned, in the order of the rows, however often the first one repeats before the second or third
 * comes, typed with spaces or in full width; a column that has shown nothing new in 5,000 rows is looked at no more.
 */
class ColumnSamplesTest {
    @TempDir
    Path dir;

    @Test
    void theFirstThreeDifferentValuesOfEachColumnWhereverTheyCome() throws Exception {
        Path file = dir.resolve("名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("党员名册");
            String[] head = {"姓名", "民族", "学历", "备用列"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 1; r <= 500; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("党员" + r);
                // the same nation typed 80 ways (spaces before, a full-width space after) for 400 rows, more ways than
                // the reader remembers, then a second and a third one, then the first again
                row.createCell(1).setCellValue(r <= 400 ? " ".repeat(r % 80) + "汉族" + (r % 2 == 0 ? "　" : "")
                        : r == 401 ? "回族" : r == 450 ? "壮族" : "汉族");
                // one value throughout, a second only in the last row; a fourth different value is not a sample
                row.createCell(2).setCellValue(r == 500 ? "硕士研究生" : r == 499 ? "大学本科" : r == 498 ? "大专" : "大学本科");
                if (r == 300) {
                    row.createCell(3).setCellValue("ＡＢＣ");
                }
            }
            wb.write(out);
        }
        LedgerReader.Result result = LedgerReader.read(file, null, MemberLedger.COLUMNS, (header, row) -> { });
        Map<String, java.util.List<String>> samples = result.columns().stream()
                .collect(Collectors.toMap(LedgerReader.Column::header, LedgerReader.Column::samples));
        assertThat(samples.get("姓名")).containsExactly("党员1", "党员2", "党员3");
        assertThat(samples.get("民族")).containsExactly("汉族", "回族", "壮族");
        assertThat(samples.get("学历")).containsExactly("大学本科", "大专", "硕士研究生");
        assertThat(samples.get("备用列")).containsExactly("ABC");
    }

    /** A large roster's 性别 is not looked up in every row: a value after 5,000 rows with nothing new is not a sample. */
    @Test
    void aColumnWithNothingNewIn5000RowsIsLookedAtNoMore() throws Exception {
        Path file = dir.resolve("大名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("党员名册");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("性别");
            h.createCell(2).setCellValue("民族");
            for (int r = 1; r <= 6_000; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue("党员" + r);
                row.createCell(1).setCellValue(r == 4_000 ? "女" : r == 5_990 ? "未知" : "男");
                row.createCell(2).setCellValue(r == 5_990 ? "回族" : "汉族");
            }
            wb.write(out);
        }
        LedgerReader.Result result = LedgerReader.read(file, null, MemberLedger.COLUMNS, (header, row) -> { });
        Map<String, java.util.List<String>> samples = result.columns().stream()
                .collect(Collectors.toMap(LedgerReader.Column::header, LedgerReader.Column::samples));
        assertThat(samples.get("性别")).containsExactly("男", "女", "未知"); // 1,990 rows after 女
        assertThat(samples.get("民族")).containsExactly("汉族"); // 5,989 rows of 汉族 first
    }
}
