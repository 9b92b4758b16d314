package org.partydesk.model;

import java.util.List;
import java.util.Map;

/**
 * The 红黄旗 result of one branch (or of the leading group) for a period: its rating, how many meetings
 * of each type it held in the period (its cells' meetings included), the slots it fell short in, and, while the
 * period runs, the slots not over yet that still lack meetings ({@code pending}: not counted in the rating; their
 * {@code held} is what was held so far).
 */
public record BranchCompliance(int orgUnitId, String branch, Rating rating, Map<MeetingType, Integer> held,
                               List<Shortfall> shortfalls, List<Shortfall> pending) {
    public BranchCompliance {
        held = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(held));
        shortfalls = List.copyOf(shortfalls);
        pending = List.copyOf(pending);
    }

    /** A result with nothing pending (a period that has ended). */
    public BranchCompliance(int orgUnitId, String branch, Rating rating, Map<MeetingType, Integer> held,
                            List<Shortfall> shortfalls) {
        this(orgUnitId, branch, rating, held, shortfalls, List.of());
    }
}
