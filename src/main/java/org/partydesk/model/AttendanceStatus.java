package org.partydesk.model;

/** 出席 / 请假 / 缺席. */
public enum AttendanceStatus {
    PRESENT,ON_LEAVE,ABSENT;
}
