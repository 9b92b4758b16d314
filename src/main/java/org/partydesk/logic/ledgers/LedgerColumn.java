package org.partydesk.logic.ledgers;

import java.util.List;

/**
 * One column of a ledger: a stable {@code key}, the header written in templates and exports, the other
 * headers clerks use for it, what kind of value it holds, the fixed choices (a dropdown) if any, the
 * explanation for the 填表说明 sheet, and a width in characters.
 */
public record LedgerColumn(String key, String header, List<String> aliases, Kind kind, List<String> choices,
                           String note, int width) {
    /** What a column holds. */
    public enum Kind {
        /** Free text. */
        TEXT,
        /** A date (an Excel date or text in one of the forms of {@link LedgerDates}). */
        DATE,
        /** A number that Excel must keep as text: an ID number. */
        TEXT_ONLY,
        /** One of {@link LedgerColumn#choices()}. */
        CHOICE,
        /**
         * One or more of {@link LedgerColumn#choices()} in one cell, separated by 、 or a comma: the
         * dropdown offers each choice and only warns about other text.
         */
        CHOICES,
        /** Read past (序号). */
        IGNORED
    }

    public LedgerColumn {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }
}
