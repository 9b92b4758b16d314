package org.partydesk.model;

/** How many meetings of {@code type} an org unit held in one calendar month (computed in SQL). */
public record HeldCount(int orgUnitId, MeetingType type, int year, int month, int count) {
}
