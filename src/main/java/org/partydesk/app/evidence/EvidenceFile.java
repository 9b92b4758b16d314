package org.partydesk.app.evidence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.partydesk.model.EvidenceRecordType;

/**
 * A stored 佐证材料 file as a screen shows it: what the clerk said about it, where its copy lies in the
 * evidence folder, and the kinds of record it is linked to.
 */
public record EvidenceFile(int id, String originalName, String mediaType, long sizeBytes, String title,
                           String caption, String photographer, LocalDate takenOn, LocalDateTime addedAt,
                           Path file, Set<EvidenceRecordType> linkedTo, String notes) {
    public EvidenceFile {
        linkedTo = Set.copyOf(linkedTo);
    }

    /** Whether the file is a picture that can be shown as a thumbnail. */
    public boolean image() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
