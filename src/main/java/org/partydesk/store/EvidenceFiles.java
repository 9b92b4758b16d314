package org.partydesk.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an evidence file lives in a database's evidence folder: named by its SHA-256 (lowercase hex)
 * and extension, in a subfolder named by the first two characters, e.g. {@code ab/abcdef….png}.
 */
public final class EvidenceFiles {
    private EvidenceFiles() {
    }

    /** The file for content {@code sha256} with extension {@code ext} (without the dot; may be empty). */
    public static Path pathFor(Path folder, String sha256, String ext) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        if (hash.length() < 2) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        String name = ext == null || ext.isEmpty() ? hash : hash + "." + ext.toLowerCase(Locale.ROOT);
        return folder.resolve(hash.substring(0, 2)).resolve(name);
    }
}
