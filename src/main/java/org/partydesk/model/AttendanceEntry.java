package org.partydesk.model;

import java.time.LocalDate;

/**
 * One row of a meeting's attendance sheet: a member expected at the meeting and whether he was there
 * (出席 / 请假 / 缺席). {@code leaveReason} and {@code makeUpOn} (补课) apply to {@code ON_LEAVE}.
 */
public record AttendanceEntry(int memberId, String name, AttendanceStatus status, String leaveReason,
                              LocalDate makeUpOn) {
    /** An entry for a member who was present. */
    public static AttendanceEntry present(int memberId, String name) {
        return new AttendanceEntry(memberId, name, AttendanceStatus.PRESENT, null, null);
    }

    /** This entry with another status; the leave reason and make-up date are kept only for leave. */
    public AttendanceEntry withStatus(AttendanceStatus newStatus, String reason, LocalDate makeUp) {
        return newStatus == AttendanceStatus.ON_LEAVE
                ? new AttendanceEntry(memberId, name, newStatus, reason, makeUp)
                : new AttendanceEntry(memberId, name, newStatus, null, null);
    }
}
