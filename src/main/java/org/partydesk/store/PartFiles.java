package org.partydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file put in place whole or not at all: written to a part file beside it, then moved over it in one step, the part
 * file removed whatever happened. Nothing reads a half-written file, and a run killed while writing leaves only a part
 * file (named with the prefix given, for whoever cleans them up).
 */
final class PartFiles {
    /** Writes the part file; throws to leave {@code target} as it was. */
    @FunctionalInterface
    interface Writer {
        void write(Path part) throws IOException;
    }

    private PartFiles() {
    }

    /** Writes {@code target} through {@code writer}, in a part file named {@code prefix…suffix} in its folder. */
    static void write(Path target, String prefix, String suffix, Writer writer) throws IOException {
        Path part = Files.createTempFile(target.toAbsolutePath().getParent(), prefix, suffix);
        try {
            writer.write(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
