package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;

import org.partydesk.app.InputRejectedException;
import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.logic.ledgers.DuesLedger;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.logic.ledgers.RecruitmentLedger;
import org.partydesk.logic.ledgers.ResponsibilityLedger;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerWriter;

/**
 * An empty ledger to fill in: title, frozen header, dropdowns for the fixed choices, text format for ID
 * numbers and a 填表说明 sheet explaining every column.
 */
public final class LedgerTemplate {
    private LedgerTemplate() {
    }

    /** Writes the empty ledger of {@code kind} to {@code out}; only kinds that are {@link LedgerKind#available()}. */
    public static void write(LedgerKind kind, Path out) {
        switch (kind) {
            case MEMBERS -> empty(out, MemberLedger.SHEET_NAME, MemberLedger.TITLE, MemberLedger.COLUMNS, MemberLedger.GUIDE);
            case MEETINGS -> {
                try (LedgerWriter writer = LedgerWriter.create(out, MeetingLedger.SHEET_NAME, MeetingLedger.TITLE,
                        MeetingLedger.COLUMNS.columns(), MeetingLedger.GUIDE)) {
                    writer.finish();
                } catch (LedgerFileException e) {
                    throw new InputRejectedException(e.getMessage(), e);
                }
            }
            case COMMENDATIONS -> empty(out, CommendationLedger.SHEET_NAME, CommendationLedger.SHEET_TITLE,
                    CommendationLedger.COLUMNS, CommendationLedger.GUIDE);
            case RESPONSIBILITIES -> empty(out, ResponsibilityLedger.SHEET_NAME, ResponsibilityLedger.SHEET_TITLE,
                    ResponsibilityLedger.COLUMNS, ResponsibilityLedger.GUIDE);
            case RECRUITMENT -> empty(out, RecruitmentLedger.SHEET_NAME, RecruitmentLedger.SHEET_TITLE,
                    RecruitmentLedger.COLUMNS, RecruitmentLedger.GUIDE);
            case DUES -> empty(out, DuesLedger.SHEET_NAME, DuesLedger.SHEET_TITLE, DuesLedger.COLUMNS, DuesLedger.GUIDE);
        }
    }

    private static void empty(Path out, String sheetName, String title, HeaderAliases columns, List<String> guide) {
        LedgerExport.writing(out, sheetName, title, columns.columns(), guide, writer -> 0);
    }
}
