package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.logic.ledgers.RecruitmentLedger;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.office.ledgers.LedgerWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each ledger's template (and export, written the same way) prints on the width of an A4 landscape page with its title and
 * header on every page; each opens its 填表说明 with that ledger's own lines: the commendations, responsibility, dues and
 * recruitment templates used to tell clerks "每行一名党员" and to mind an ID number column they do not have.
 */
class TemplateGuidesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LedgerKind.class)
    void theGuideIsTheLedgersOwn(LedgerKind kind) throws Exception {
        Path t = dir.resolve(kind.name() + ".xlsx");
        LedgerTemplate.write(kind, t);
        List<String> lines = new ArrayList<>();
        try (var wb = WorkbookFactory.create(t.toFile())) {
            assertThat(((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb).getProperties().getCoreProperties().getCreator())
                    .isEqualTo("党务台账");
            // the table prints on the width of an A4 page, landscape, its title and header on every page
            Sheet table = wb.getSheetAt(0);
            assertThat(table.getPrintSetup().getLandscape()).isTrue();
            assertThat(table.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(table.getFitToPage()).isTrue();
            assertThat(table.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(table.getPrintSetup().getFitHeight()).isZero();
            assertThat(table.getRepeatingRows()).hasToString(new org.apache.poi.ss.util.CellRangeAddress(0, 1, -1, -1).toString());
            Sheet notes = wb.getSheet(LedgerWriter.NOTES_SHEET);
            for (Row r : notes) {
                if (r.getCell(0) != null) {
                    lines.add(r.getCell(0).toString());
                }
            }
        }
        List<String> guide = switch (kind) {
            case MEMBERS -> MemberLedger.GUIDE;
            case MEETINGS -> MeetingLedger.GUIDE;
            case COMMENDATIONS -> CommendationLedger.GUIDE;
            case RESPONSIBILITIES -> ResponsibilityLedger.GUIDE;
            case RECRUITMENT -> RecruitmentLedger.GUIDE;
            case DUES -> DuesLedger.GUIDE;
        };
        assertThat(lines).containsSubsequence(guide);
        if (kind != LedgerKind.MEMBERS) {
            assertThat(lines).as(kind + " has no member per row").noneMatch(l -> l.contains("每行一名党员"));
        }
        if (kind != LedgerKind.MEMBERS && kind != LedgerKind.RECRUITMENT) {
            assertThat(String.join("\n", lines)).as(kind + " has no ID number column").doesNotContain("身份证号列");
        }
    }
}
