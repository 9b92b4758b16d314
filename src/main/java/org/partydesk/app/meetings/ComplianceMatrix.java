package org.partydesk.app.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Flag;

/**
 * 红黄旗 of a year as a matrix: branches (and the leading group) down, months or quarters across, and the
 * whole year last; with the year's attendance warnings (none when made by {@link ComplianceCheck#ratings}). A cell is
 * null where the unit did not exist in that period.
 *
 * @param periods the columns (12 months or 4 quarters)
 * @param today   the database clock's date: a column that has not started yet has nothing to rate
 */
public record ComplianceMatrix(int year, List<CompliancePeriod> periods, List<Row> rows, List<Flag> flags,
                               LocalDate today) {
    public ComplianceMatrix {
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
        flags = List.copyOf(flags);
    }

    /** One unit: its result in each column (null where it did not exist) and for the whole year. */
    public record Row(int orgUnitId, String name, List<BranchCompliance> cells, BranchCompliance year) {
        public Row {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /**
     * Whether the column's period has begun but is not over by {@link #today}: nothing in it counts as missing
     * yet, so a green there only means "so far" (进行中), not a rating.
     */
    public boolean ongoing(int column) {
        return started(column) && !periods.get(column).end().isBefore(today);
    }

    /**
     * Whether the year has begun and is not over by {@link #today}: its slots not over yet that lack meetings are
     * pending ({@link org.partydesk.model.BranchCompliance#pending()}), not short, as in a running {@code check}.
     */
    public boolean running() {
        return !java.time.LocalDate.of(year, 1, 1).isAfter(today) && !java.time.LocalDate.of(year, 12, 31).isBefore(today);
    }

    /** Whether the column's period has begun by {@link #today}. */
    public boolean started(int column) {
        return !periods.get(column).start().isAfter(today);
    }
}
