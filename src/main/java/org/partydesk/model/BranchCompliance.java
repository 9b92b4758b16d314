package org.partydesk.model;

import java.util.List;
import java.util.Map;

/**
 * The 红黄旗 result of one branch (or of the leading group) for a period: its rating, how many meetings
 * of each type it held in the period (its cells' meetings included), and the slots it fell short in.
 */
public record BranchCompliance(int orgUnitId, String branch, Rating rating, Map<MeetingType, Integer> held,
                               List<Shortfall> shortfalls) {
    public BranchCompliance {
        held = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(held));
        shortfalls = List.copyOf(shortfalls);
    }
}
