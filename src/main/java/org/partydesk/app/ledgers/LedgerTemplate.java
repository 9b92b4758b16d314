package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.partydesk.app.InputRejectedException;
import org.partydesk.logic.ledgers.MeetingLedger;
import org.partydesk.logic.ledgers.MemberLedger;
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
        try {
            switch (kind) {
                case MEMBERS -> LedgerWriter.create(out, MemberLedger.SHEET_NAME, MemberLedger.TITLE,
                        MemberLedger.COLUMNS.columns()).close();
                case MEETINGS -> LedgerWriter.create(out, MeetingLedger.SHEET_NAME, MeetingLedger.TITLE,
                        MeetingLedger.COLUMNS.columns(), MeetingLedger.NOTES).close();
                default -> throw new InputRejectedException(kind.label() + "：" + LedgerKind.NOT_YET_AVAILABLE);
            }
        } catch (LedgerFileException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
    }
}
