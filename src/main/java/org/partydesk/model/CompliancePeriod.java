package org.partydesk.model;

import java.time.LocalDate;

/** The period a compliance check covers: a whole year, or one quarter (1–4) of it. */
public record CompliancePeriod(int year, Integer quarter) {
    public CompliancePeriod {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
    }

    /** First day of the period. */
    public LocalDate start() {
        return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Last day of the period. */
    public LocalDate end() {
        return quarter == null ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
    }
}
