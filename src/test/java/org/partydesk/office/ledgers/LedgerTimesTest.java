package org.partydesk.office.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.logic.ledgers.LedgerCell;
import org.partydesk.logic.ledgers.MeetingLedger;

import static org.assertj.core.api.Assertions.assertThat;

/** Times of day survive writing and reading a ledger (.xlsx and .xls); several-choice columns only warn. */
class LedgerTimesTest {
    @TempDir
    Path dir;

    static List<LedgerCell> heldAt(Path file) {
        List<LedgerCell> out = new ArrayList<>();
        LedgerReader.read(file, null, MeetingLedger.COLUMNS, (h, r) -> out.add(r.cells().get(MeetingLedger.HELD_AT)));
        return out;
    }

    @Test
    void aWrittenDateTimeIsReadBackWithItsTimeAndADateWithout() {
        Path out = dir.resolve("会议.xlsx");
        try (LedgerWriter w = LedgerWriter.create(out, MeetingLedger.SHEET_NAME, MeetingLedger.TITLE,
                MeetingLedger.COLUMNS.columns(), MeetingLedger.GUIDE)) {
            List<Object> row = new ArrayList<>();
            MeetingLedger.COLUMNS.columns().forEach(c -> row.add(null));
            int at = MeetingLedger.COLUMNS.columns().indexOf(MeetingLedger.COLUMNS.column(MeetingLedger.HELD_AT));
            int theme = MeetingLedger.COLUMNS.columns().indexOf(MeetingLedger.COLUMNS.column(MeetingLedger.THEME));
            row.set(theme, "甲");
            row.set(at, LocalDateTime.of(2025, 3, 8, 14, 30));
            w.row(row);
            row.set(at, LocalDate.of(2025, 3, 9));
            w.row(row);
            w.finish();
        }
        assertThat(heldAt(out)).containsExactly(new LedgerCell("2025-03-08T14:30", LocalDate.of(2025, 3, 8), false),
                LedgerCell.date(LocalDate.of(2025, 3, 9)));
    }

    @Test
    void xlsDateTimesKeepTheirTime() throws Exception {
        Path xls = new SheetMaker().sheet("三会一课").row("会议主题", "会议时间")
                .row("甲", LocalDateTime.of(2025, 3, 8, 9, 30)).row("乙", LocalDate.of(2025, 3, 9)).xls(dir.resolve("会议.xls"));
        assertThat(heldAt(xls)).extracting(LedgerCell::text).containsExactly("2025-03-08T09:30", "2025-03-09");
    }

    @Test
    void theTypeDropdownWarnsInsteadOfRefusingACombination() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        try (LedgerWriter w = LedgerWriter.create(out, MeetingLedger.SHEET_NAME, MeetingLedger.TITLE,
                MeetingLedger.COLUMNS.columns(), MeetingLedger.GUIDE)) {
            w.finish();
        }
        try (var wb = WorkbookFactory.create(out.toFile())) {
            XSSFSheet sheet = (XSSFSheet) wb.getSheetAt(0);
            assertThat(sheet.getDataValidations()).hasSize(1);
            assertThat(sheet.getDataValidations().get(0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
        }
    }
}
