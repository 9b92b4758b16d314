package org.partydesk.model;

import java.time.LocalDate;

/**
 * The period a compliance check covers: a whole year, one quarter (1–4) of it, or one month (1–12) of it
 * (the compliance matrix's monthly columns). At most one of {@code quarter} and {@code month} is set.
 */
public record CompliancePeriod(int year, Integer quarter, Integer month) {
    public CompliancePeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1-12: " + month);
        }
        if (quarter != null && month != null) {
            throw new IllegalArgumentException("a period is a year, a quarter or a month, not both");
        }
    }

    /** The year, or one quarter of it when {@code quarter} is not null. */
    public CompliancePeriod(int year, Integer quarter) {
        this(year, quarter, null);
    }

    public static CompliancePeriod ofMonth(int year, int month) {
        return new CompliancePeriod(year, null, month);
    }

    /** First day of the period. */
    public LocalDate start() {
        if (month != null) {
            return LocalDate.of(year, month, 1);
        }
        return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Last day of the period. */
    public LocalDate end() {
        if (month != null) {
            return start().plusMonths(1).minusDays(1);
        }
        return quarter == null ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
    }
}
