package org.partydesk.model;

import java.util.List;

/**
 * The result of a 红黄旗 check made on {@code asOf}: one entry per branch (and leading group) in org tree order, and the
 * warnings.
 */
public record ComplianceReport(int year, Integer quarter, List<BranchCompliance> branches, List<Flag> flags,
                               java.time.LocalDate asOf) {
    public ComplianceReport {
        branches = List.copyOf(branches);
        flags = List.copyOf(flags);
    }

    /** Whether the period checked had not ended on {@link #asOf}: its slots not over yet are pending, not short. */
    public boolean running() {
        return !asOf.isAfter(new CompliancePeriod(year, quarter).end());
    }
}
