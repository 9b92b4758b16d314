package org.partydesk.model;

import java.time.LocalDate;

/**
 * One meeting of a type in a year's summary: who held it, when, its theme and (for a 党课) its lecturer,
 * {@code lecturer} being the member's name or the name written down; null when none was recorded.
 */
public record MeetingLine(int id, int orgUnitId, LocalDate heldOn, String theme, Integer lecturerMemberId,
                          String lecturer) {
}
