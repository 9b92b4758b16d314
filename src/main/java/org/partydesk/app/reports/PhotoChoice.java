package org.partydesk.app.reports;

import java.nio.file.Path;
import java.time.LocalDate;

/** A photo of the evidence store that can go into the annual summary: its id, file and caption line. */
public record PhotoChoice(int evidenceId, Path file, LocalDate takenOn, String caption, boolean ofCommendation) {
}
