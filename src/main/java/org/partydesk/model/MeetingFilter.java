package org.partydesk.model;

import java.time.LocalDate;

/**
 * Which meetings to list; every null criterion matches all. {@code from} and {@code to} are inclusive
 * days of {@code heldAt}.
 */
public record MeetingFilter(Integer orgUnitId, MeetingType type, LocalDate from, LocalDate to, String tag) {
    public static final MeetingFilter ALL = new MeetingFilter(null, null, null, null, null);
}
