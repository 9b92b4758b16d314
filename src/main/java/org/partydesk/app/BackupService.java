package org.partydesk.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.partydesk.store.Backups;
import org.partydesk.store.Database;
import org.partydesk.store.DatabaseChecks;
import org.partydesk.store.NotADatabaseException;
import org.partydesk.store.RestoreChecks;
import org.partydesk.store.UnsoundDatabaseException;

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
    /**
     * The identity of the bureau a database belongs to (a random id given once, when a workspace first opens
     * it); every backup carries it, so a backup of another bureau is not restored by mistake.
     */
    public static final String BUREAU_ID_SETTING = "bureau_id";

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
        try {
            if (out == null) {
                Path folder = folder();
                Path file = Backups.backup(ws.database(), folder.resolve(Backups.fileName(now)), step(progress));
                cleanUp();
                return new Done(file, Backups.prune(folder, keep()));
            }
            OutputPaths.checkBackupTarget(ws, out);
            return new Done(Backups.backup(ws.database(), out, step(progress)), List.of());
        } catch (UnsoundDatabaseException e) {
            // a backup a restore would refuse: none written, none pruned; the database is the input at fault
            throw new InputRejectedException(e.getMessage(), e);
        }
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
        /** The size as a list shows it: 512 KB, 1.4 MB; "" when unknown. */
        public String sizeText() {
            if (bytes < 0) {
                return "";
            }
            return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
    }

    /** The backups in the backup folder (the files this program names), newest first. */
    public List<Entry> list() {
        return entries(folder());
    }

    /**
     * The backups in {@code backups/} beside {@code dbFile}, newest first: where a database that cannot be opened keeps
     * them unless its settings (which cannot be read then) named another folder.
     */
    public static List<Entry> besideDatabase(Path dbFile) {
        return entries(dbFile.toAbsolutePath().resolveSibling("backups"));
    }

    private static List<Entry> entries(Path folder) {
        return Backups.list(folder).stream().map(f -> new Entry(f, Backups.madeAt(f), sizeOf(f))).toList();
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

    /** {@link #restore(Path, boolean)} of a backup of this bureau (another bureau's is refused). */
    public Restored restore(Path file) {
        return restore(file, false);
    }

    /** Whether a restore failed because the open database is damaged inside, so it could not be copied first. */
    public static boolean damagedInside(Throwable e) {
        return org.partydesk.store.Causes.of(e, org.partydesk.store.DamagedDatabaseException.class).isPresent();
    }

    /** Why a database could not be opened at all, when {@code e} (from opening it) says it is no database; else empty. */
    public static java.util.Optional<String> unreadable(RuntimeException e) {
        return org.partydesk.store.Causes.of(e, NotADatabaseException.class).map(NotADatabaseException::reason);
    }

    /**
     * Restores {@code file} over the database {@code dbFile} that cannot be opened at all (a damaged file, or one that
     * is no database): the backup is checked as {@link #restore} checks it, except that there is no bureau to compare
     * it with; the restore is audited in the restored database, and the unreadable file is kept beside it.
     */
    public static Restored restoreOverUnreadable(Path dbFile, Path file, String operator, java.time.Clock clock) {
        String who = operator == null || operator.isBlank() ? System.getProperty("user.name", "clerk") : operator;
        return restore(file, dbFile, null, who, clock, ",\"over\":\"unreadable\"",
                checked -> Backups.restoreOverUnreadable(dbFile, file, checked, LocalDateTime.now(clock)));
    }

    /**
     * Checks {@code file} and everything in it on a temporary copy — it is migrated to this program's schema
     * and must keep its foreign keys, its audit trail whole and protected, its evidence files matching their
     * hashes, and (unless {@code otherBureau}, which the clerk confirmed) belong to this bureau — then records
     * the restore in the audit trail of the copy, keeps a copy of the current database, and replaces it. Any
     * refusal ({@link InputRejectedException}) replaces nothing.
     */
    public Restored restore(Path file, boolean otherBureau) {
        java.time.Clock clock = ws.database().clock();
        return restore(file, ws.databaseFile(), otherBureau ? null : this, ws.operator(), clock, "",
                checked -> Backups.restore(ws.database(), file, checked, LocalDateTime.now(clock)));
    }

    /**
     * The steps of every restore: {@code file} checked on a temporary copy of it beside {@code dbFile}, migrated and
     * checked again, of this bureau when {@code sameBureau} is given, the restore audited in the copy (with
     * {@code auditMore} added to the audit's JSON), and then put in place by {@code replace}, which returns where the
     * database before it was kept.
     */
    private static Restored restore(Path file, Path dbFile, BackupService sameBureau, String operator, java.time.Clock clock,
                                    String auditMore, java.util.function.Function<Backups.Checked, Path> replace) {
        Backups.Checked checked;
        try {
            checked = Backups.check(file, dbFile);
        } catch (NotADatabaseException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
        Path copy = checked.extractedDatabase();
        try {
            RestoreChecks.migrate(copy, file);
            List<String> problems = problems(copy);
            if (!problems.isEmpty()) {
                throw new InputRejectedException(file + " 不能用于恢复，当前数据库未做任何改变：\n" + String.join("\n", problems));
            }
            if (sameBureau != null) {
                sameBureau.checkSameBureau(file, copy);
            }
            try (Database restored = Database.open(copy, clock)) {
                restored.write(operator, tx -> {
                    tx.audit("database", null, "RESTORE", null,
                            "{\"from\":\"" + file.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"")
                                    + "\",\"schemaVersion\":\"" + checked.schemaVersion() + "\"" + auditMore + "}");
                    return null;
                });
            }
            Path previous = replace.apply(checked);
            return new Restored(previous, checked.schemaVersion(), checked.evidenceFiles());
        } catch (NotADatabaseException e) {
            throw new InputRejectedException(e.getMessage(), e);
        } finally {
            Backups.discard(checked);
        }
    }

    /** What {@link DatabaseChecks} finds in the extracted copy, as lines of a refusal. */
    private static List<String> problems(Path copy) {
        try {
            return DatabaseChecks.texts(DatabaseChecks.of(copy));
        } catch (java.sql.SQLException e) {
            return List.of("无法检查备份中的数据库：" + e.getMessage());
        }
    }

    /** A backup of another bureau, refused unless the clerk confirms (the window asks, the command line takes --other-bureau). */
    public static final class OtherBureauException extends InputRejectedException {
        public OtherBureauException(String message) {
            super(message);
        }
    }

    private void checkSameBureau(Path file, Path copy) {
        if (!new org.partydesk.app.org.Roster(ws).hasOrganisation()) {
            return; // nothing here yet to lose
        }
        String ours = ws.setting(BUREAU_ID_SETTING).orElse(null);
        String theirs = RestoreChecks.setting(copy, BUREAU_ID_SETTING).orElse(null);
        String ourName = ws.setting(Workspace.BUREAU_NAME_SETTING).orElse(null);
        String theirName = RestoreChecks.setting(copy, Workspace.BUREAU_NAME_SETTING).orElse(null);
        boolean differentId = ours != null && theirs != null && !ours.equals(theirs);
        boolean differentName = ourName != null && theirName != null && !ourName.equals(theirName);
        if (differentId && (differentName || ourName == null || theirName == null)) {
            throw new OtherBureauException(file + " 是另一个单位（" + (theirName == null ? "名称未知" : theirName) + "）的备份，"
                    + "恢复会用它替换本单位（" + (ourName == null ? "当前数据库" : ourName) + "）的全部数据；当前数据库未做任何改变。"
                    + "确需恢复时，命令行请加 --other-bureau，窗口中请在提示时确认");
        }
    }
}
