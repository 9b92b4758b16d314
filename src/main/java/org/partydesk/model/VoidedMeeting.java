package org.partydesk.model;

import java.time.LocalDateTime;

/**
 * A meeting deleted (作废) and not restored, as its DELETE audit row holds it: its id, unit, time and theme,
 * the reason given, whether its evidence links were kept, who deleted it and when.
 */
public record VoidedMeeting(int meetingId, int orgUnitId, LocalDateTime heldAt, String theme, String reason,
                            boolean evidenceKept, String operator, LocalDateTime voidedAt) {
}
