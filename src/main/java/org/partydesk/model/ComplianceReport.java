package org.partydesk.model;

import java.util.List;

/** The result of a 红黄旗 check: one entry per branch (and leading group) in org tree order, and the warnings. */
public record ComplianceReport(int year, Integer quarter, List<BranchCompliance> branches, List<Flag> flags) {
    public ComplianceReport {
        branches = List.copyOf(branches);
        flags = List.copyOf(flags);
    }
}
