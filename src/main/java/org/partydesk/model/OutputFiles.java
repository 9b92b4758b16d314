package org.partydesk.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The mode of a file the program writes for the clerk (reports, ledger exports, backups, inspection
 * packages). Such a file is written to a private temporary file ({@code Files.createTempFile}: mode 0600)
 * and renamed into place when complete; before the rename it gets the mode any new file of this user gets
 * (0666 less the umask, e.g. 0644), so colleagues can open a report saved to a shared folder as they can
 * open anything else this user saves there. Used by store, office and app alike, hence here.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Gives {@code finishedTemp} the mode a file newly created in its folder gets under the umask. Does nothing
     * where the file system has no POSIX permissions (Windows).
     */
    public static void useUmaskMode(Path finishedTemp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(finishedTemp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(newFileMode(finishedTemp.toAbsolutePath().getParent()));
    }

    /**
     * The permissions a new file in {@code folder} gets: Java cannot read the umask, so a file is created there
     * without a mode (the system applies the umask and the folder's default ACL), read and removed.
     */
    public static Set<PosixFilePermission> newFileMode(Path folder) throws IOException {
        Path probe = Files.createTempFile(folder, ".partydesk-mode-", ".tmp");
        try {
            Files.delete(probe);
            Files.createFile(probe);
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }
}
