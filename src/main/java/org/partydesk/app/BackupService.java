package org.partydesk.app;

import java.nio.file.Path;
import java.nio.file.Paths;
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
            return new Done(file, Backups.prune(folder, keep()));
        }
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".zip")) {
            throw new InputRejectedException("备份文件名应以 .zip 结尾：" + out);
        }
        return new Done(Backups.backup(ws.database(), out, step(progress)), List.of());
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
            checked = Backups.check(file, ws.databaseFile().toAbsolutePath().getParent());
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
