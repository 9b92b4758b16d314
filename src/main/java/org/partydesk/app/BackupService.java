package org.partydesk.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.partydesk.store.Backups;
import org.partydesk.store.NotADatabaseException;

/**
 * {@code backup} and {@code restore}: consistent copies of the database and its evidence while in use,
 * the last N kept, and a restore that checks the file first and keeps a copy of the current database.
 */
public final class BackupService {
    public static final String FOLDER_SETTING = "backup_folder";
    public static final String KEEP_SETTING = "backup_keep";
    public static final int DEFAULT_KEEP = 30;
    /** The date (ISO) of the last automatic backup: at most one a day while the window is open. */
    public static final String LAST_AUTOMATIC_SETTING = "backup_last_automatic";

    private final Workspace ws;

    public BackupService(Workspace ws) {
        this.ws = ws;
    }

    /** The backup folder: the setting, else {@code backups/} beside the database file. */
    public Path folder() {
        return ws.setting(FOLDER_SETTING).filter(s -> !s.isBlank()).map(Paths::get)
                .orElse(ws.databaseFile().toAbsolutePath().resolveSibling("backups"));
    }

    public int keep() {
        return ws.setting(KEEP_SETTING).map(String::strip).filter(s -> s.matches("\\d{1,4}"))
                .map(Integer::parseInt).filter(n -> n > 0).orElse(DEFAULT_KEEP);
    }

    /** Result of a backup: the file written and the old backups removed to keep the last N. */
    public record Done(Path file, List<Path> pruned) {
    }

    /**
     * Backs up to {@code out}, or (when null) to a dated file in the backup folder, then keeps only
     * the newest N there. When {@code progress} is cancelled, no backup file is left behind.
     */
    public Done backup(Path out, Progress progress) {
        LocalDateTime now = LocalDateTime.now(ws.database().clock());
        if (out == null) {
            Path folder = folder();
            Path file = Backups.backup(ws.database(), folder.resolve(Backups.fileName(now)), step(progress));
            cleanUp();
            return new Done(file, Backups.prune(folder, keep()));
        }
        OutputPaths.checkBackupTarget(ws, out);
        return new Done(Backups.backup(ws.database(), out, step(progress)), List.of());
    }

    /**
     * Removes the temporary files an interrupted (killed) backup or restore of this database left in the
     * backup folder and beside the database. Called when a workspace opens and after each backup.
     */
    public List<Path> cleanUp() {
        return Backups.cleanUp(ws.databaseFile(), folder());
    }

    /** Whether today's automatic backup is still to be made (none recorded today by the database's clock). */
    public boolean automaticDue() {
        LocalDate today = LocalDate.now(ws.database().clock());
        return ws.setting(LAST_AUTOMATIC_SETTING).map(s -> !s.strip().equals(today.toString())).orElse(true);
    }

    /** An automatic backup (on closing, or the daily one): into the backup folder, recorded as today's. */
    public Done automatic(Progress progress) {
        Done done = backup(null, progress);
        ws.putSetting(LAST_AUTOMATIC_SETTING, LocalDate.now(ws.database().clock()).toString());
        return done;
    }

    /** The daily automatic backup when it is due, else nothing. */
    public java.util.Optional<Done> daily(Progress progress) {
        return automaticDue() ? java.util.Optional.of(automatic(progress)) : java.util.Optional.empty();
    }

    /** A backup file in the backup folder, newest first in {@link #list()}. */
    public record Entry(Path file, LocalDateTime madeAt, long bytes) {
    }

    /** The backups in the backup folder (the files this program names), newest first. */
    public List<Entry> list() {
        return Backups.list(folder()).stream()
                .map(f -> new Entry(f, Backups.madeAt(f), sizeOf(f)))
                .toList();
    }

    private static long sizeOf(Path f) {
        try {
            return java.nio.file.Files.size(f);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** Reports each file written; a cancel stops the backup, whose unfinished file is deleted. */
    private static java.util.function.LongConsumer step(Progress progress) {
        return n -> {
            progress.checkCancelled();
            progress.update(n, -1, "正在备份");
        };
    }

    /** Result of a restore: the copy of the database as it was before, and the restored schema version. */
    public record Restored(Path previousCopy, String schemaVersion, int evidenceFiles) {
    }

    /** Checks {@code file}, keeps a copy of the current database, then replaces it with the backup. */
    public Restored restore(Path file) {
        Backups.Checked checked;
        try {
            checked = Backups.check(file, ws.databaseFile());
        } catch (NotADatabaseException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
        Path copy = Backups.restore(ws.database(), file, checked, LocalDateTime.now(ws.database().clock()));
        // the restored file may be an older schema: bring it to the newest, as opening would
        ws.database().migrateInPlace();
        ws.database().write(ws.operator(), tx -> {
            tx.audit("database", null, "RESTORE", null,
                    "{\"from\":\"" + file.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"")
                            + "\",\"schemaVersion\":\"" + checked.schemaVersion() + "\"}");
            return null;
        });
        return new Restored(copy, checked.schemaVersion(), checked.evidenceFiles());
    }
}
