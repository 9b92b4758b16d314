package org.partydesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One line of a member's attendance history: a meeting he was expected at (its unit, time, theme and
 * types) and his status there, with the leave reason and the make-up date (补课) for 请假.
 */
public record MemberAttendance(int meetingId, LocalDateTime heldAt, String unitName, String theme,
                               Set<MeetingType> types, AttendanceStatus status, String leaveReason, LocalDate makeUpOn) {
    public MemberAttendance {
        types = Set.copyOf(types);
    }
}
