package org.partydesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One attendance row with its meeting and unit, as the attendance flags read it. */
public record AttendanceRecord(int meetingId, int orgUnitId, String unitName, LocalDateTime heldAt, String theme,
                               int memberId, String memberName, AttendanceStatus status, LocalDate makeUpOn) {
}
