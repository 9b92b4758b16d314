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
        boolean error = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new RowCheck<>(error ? null : entry, problems);
    }

    public boolean hasError() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
