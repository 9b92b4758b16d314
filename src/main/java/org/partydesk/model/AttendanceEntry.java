package org.partydesk.model;

import java.time.LocalDate;

/**
 * One row of a meeting's attendance sheet: a member expected at the meeting and whether he was there
 * (出席 / 请假 / 缺席). {@code leaveReason} is the reason for leave, or for an absence when one was written
 * (缺席人员及原因: 彭永福（长期居住外地）); {@code makeUpOn} (补课) applies to {@code ON_LEAVE}.
 */
public record AttendanceEntry(int memberId, String name, AttendanceStatus status, String leaveReason,
                              LocalDate makeUpOn) {
    /** An entry for a member who was present. */
    public static AttendanceEntry present(int memberId, String name) {
        return new AttendanceEntry(memberId, name, AttendanceStatus.PRESENT, null, null);
    }

    /** This entry with another status; the reason is kept for leave and absence, the make-up date only for leave. */
    public AttendanceEntry withStatus(AttendanceStatus newStatus, String reason, LocalDate makeUp) {
        return newStatus == AttendanceStatus.ON_LEAVE ? new AttendanceEntry(memberId, name, newStatus, reason, makeUp)
                : newStatus == AttendanceStatus.ABSENT ? new AttendanceEntry(memberId, name, newStatus, reason, null)
                : new AttendanceEntry(memberId, name, newStatus, null, null);
    }
}
