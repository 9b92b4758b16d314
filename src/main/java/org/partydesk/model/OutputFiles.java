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

    /** What marks a part file of {@link #createPart}: {@code .<target's name>.partydesk-<digits>.part}. */
    private static final String PART_MARK = ".partydesk-";
    private static final String PART_SUFFIX = ".part";
    /** Room left in a file name (255 bytes on most file systems) for the mark, the random digits and the suffix. */
    private static final int NAME_BYTES = 180;

    /**
     * A new, empty part file beside {@code target}, for writing it whole before it is moved into place:
     * {@code .年度党建工作总结.docx.partydesk-4372189.part}. Its name says what it was to become and that it is not
     * finished, so a run killed while writing never leaves a file under a name that looks final, and the next write of
     * the same target knows it as its own ({@link #removeStaleParts}).
     */
    public static Path createPart(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        return Files.createTempFile(dir, partPrefix(target), PART_SUFFIX);
    }

    /**
     * Removes the part files an earlier write of {@code target} left when it was killed: only regular files named
     * exactly as {@link #createPart} names them for this target, nothing else in the folder. Called before a new write
     * of the same target (the program holds the database's lock then, so no other write of it is under way). What
     * cannot be removed is left; returns what was removed.
     */
    public static java.util.List<Path> removeStaleParts(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        java.util.List<Path> removed = new java.util.ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return removed;
        }
        java.util.regex.Pattern mine = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(partPrefix(target)) + "\\d+" + java.util.regex.Pattern.quote(PART_SUFFIX));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> mine.matcher(p.getFileName().toString()).matches()).toList()) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        } catch (IOException e) {
            // tried again at the next write of the target; a part file never carries the target's name
        }
        return removed;
    }

    /** {@code .<name>.partydesk-}, the name cut (by whole characters) where it is too long to leave room for the rest. */
    static String partPrefix(Path target) {
        String name = String.valueOf(target.getFileName());
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > NAME_BYTES) {
            name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
        }
        return "." + name + PART_MARK;
    }
}
