package org.partydesk.model;

/**
 * 应到 / 实到 / 请假 / 缺席 of one meeting, computed from its attendance rows, or, for a meeting without
 * rows, from the figures its ledger gave ({@code recorded}: shown as 按台账人数, decision 0012).
 */
public record AttendanceCounts(int expected, int present, int onLeave, int absent, boolean recorded) {
    public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0);

    /** Counts of an attendance sheet. */
    public AttendanceCounts(int expected, int present, int onLeave, int absent) {
        this(expected, present, onLeave, absent, false);
    }
}
