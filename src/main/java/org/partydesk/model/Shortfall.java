package org.partydesk.model;

/**
 * A slot of a requirement that was not met: {@code slot} is "2025-04", "2025-Q3" or "2025".
 * {@code unitName} names the 党小组 that fell short for a cell requirement (several joined by "、"),
 * else it is null.
 */
public record Shortfall(MeetingType type, String slot, int required, int held, String unitName) {
}
