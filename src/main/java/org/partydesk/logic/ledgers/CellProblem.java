package org.partydesk.logic.ledgers;

import org.partydesk.logic.ledgers.LedgerMessage.Severity;

/** A problem of one cell of a ledger row (the column {@code key}) or of the whole row (null key). */
public record CellProblem(String key, Severity severity, String reason) {
    public static CellProblem error(String key, String reason) {
        return new CellProblem(key, Severity.ERROR, reason);
    }

    public static CellProblem warning(String key, String reason) {
        return new CellProblem(key, Severity.WARNING, reason);
    }
}
