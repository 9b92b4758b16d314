package org.partydesk.model;

import java.time.LocalDateTime;

/** A meeting counted by the figures its ledger gave (按台账人数), as the attendance check reads it. */
public record RecordedMeeting(int meetingId, int orgUnitId, String unitName, LocalDateTime heldAt, String theme,
                              AttendanceCounts counts) {
}
