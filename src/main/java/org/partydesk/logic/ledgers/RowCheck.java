package org.partydesk.logic.ledgers;

import java.util.List;

import org.partydesk.logic.ledgers.LedgerMessage.Severity;

/** One ledger row validated: the entry it holds (null when there is an error) and what was wrong with it. */
public record RowCheck<E>(E entry, List<CellProblem> problems) {
    public RowCheck {
        problems = List.copyOf(problems);
    }

    /** The row's entry unless a problem is an error. */
    public static <E> RowCheck<E> of(E entry, List<CellProblem> problems) {
        return new RowCheck<>(anError(problems) ? null : entry, problems);
    }

    public boolean hasError() {
        return anError(problems);
    }

    /** Whether one of {@code problems} is an error: a loop, not a stream, as every row of a ledger asks (issue 21). */
    private static boolean anError(List<CellProblem> problems) {
        for (CellProblem p : problems) {
            if (p.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
