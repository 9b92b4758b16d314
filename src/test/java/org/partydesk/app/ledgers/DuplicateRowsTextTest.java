package org.partydesk.app.ledgers;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of possible duplicates names the first rows and how many there are, not 87,200 row numbers in a line; rows
 * of several sheets name their sheets (an outside probe saw 51 rows of three sheets merged into “28行”).
 */
class DuplicateRowsTextTest {
    private static MeetingLedgerImport.Preview withDuplicateRows(int n) {
        List<ImportMessage> duplicates = IntStream.rangeClosed(3, n + 2)
                .mapToObj(r -> new ImportMessage(true, "三会一课", r, "C", "会议主题", "可能重复", "第" + r + "行：可能重复")).toList();
        return new MeetingLedgerImport.Preview(0, 0, 0, List.of(), List.of(), duplicates, duplicates, 0, List.of(), 0);
    }

    @Test
    void aFewRowsAreAllNamedManyAreCounted() {
        assertThat(withDuplicateRows(3).duplicateRows()).isEqualTo("第3行、第4行、第5行");
        String many = withDuplicateRows(87_200).duplicateRows();
        assertThat(many).startsWith("第3行、第4行").endsWith("第22行等87200行");
        assertThat(many.length()).isLessThan(200);
    }

    @Test
    void rowsOfSeveralSheetsNameTheirSheetAndAreCountedApart() {
        List<ImportMessage> duplicates = List.of(
                new ImportMessage(true, "第一党支部", 3, "C", "会议主题", "可能重复", "x"),
                new ImportMessage(true, "第二党支部", 3, "C", "会议主题", "可能重复", "x"),
                new ImportMessage(true, "第二党支部", 4, "C", "会议主题", "可能重复", "x"));
        MeetingLedgerImport.Preview p = new MeetingLedgerImport.Preview(0, 0, 0, List.of(), List.of(), duplicates, duplicates, 0,
                List.of(), 0);
        assertThat(p.duplicateRows()).isEqualTo("工作表“第一党支部”第3行、工作表“第二党支部”第3行、工作表“第二党支部”第4行");
    }
}
