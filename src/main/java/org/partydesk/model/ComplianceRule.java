package org.partydesk.model;

/**
 * A 红黄旗 requirement the clerk can change: a unit of {@code unitKind} (BRANCH, CELL or
 * LEADING_GROUP) must hold {@code required} meetings of {@code meetingType} in every {@code period}.
 */
public record ComplianceRule(Integer id, MeetingType meetingType, OrgKind unitKind, PeriodKind period, int required,
                             boolean active) {
}
