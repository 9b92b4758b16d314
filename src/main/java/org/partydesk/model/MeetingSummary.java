package org.partydesk.model;

import java.time.LocalDateTime;
import java.util.Set;

/** A line of the meeting list: the meeting's key facts and its attendance counts. */
public record MeetingSummary(int id, int orgUnitId, LocalDateTime heldAt, String theme, Set<MeetingType> types,
                             Set<String> tags, AttendanceCounts counts) {
}
