package org.partydesk.app.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One stored evidence file (佐证材料) as a screen lists it. */
public record EvidenceItem(int id, String originalName, String title, String caption, String photographer,
                           LocalDate takenOn, long sizeBytes, LocalDateTime addedAt, String notes) {
}
