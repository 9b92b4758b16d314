package org.partydesk.model;

/** 应到 / 实到 / 请假 / 缺席 of one meeting, always computed from its attendance rows. */
public record AttendanceCounts(int expected, int present, int onLeave, int absent) {
    public static final AttendanceCounts NONE = new AttendanceCounts(0, 0, 0, 0);
}
