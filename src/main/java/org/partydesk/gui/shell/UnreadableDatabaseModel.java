package org.partydesk.gui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.partydesk.app.BackupService;
import org.partydesk.gui.common.I18n;

/**
 * The start screen of a database that cannot be opened at all (a damaged file, or one that is no database): why, the
 * backups beside it to restore one of, and the restore itself ({@link BackupService#restoreOverUnreadable}: the backup
 * is checked first, the unreadable file is kept beside the restored one). The window reopens the database afterwards.
 */
public final class UnreadableDatabaseModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Path databaseFile;
    private final String reason;
    private final I18n i18n;
    private final Clock clock;
    /** The key of {@link #message}: a file that cannot be opened, or one that opened but is damaged inside. */
    private final String messageKey;

    public UnreadableDatabaseModel(Path databaseFile, String reason, I18n i18n, Clock clock) {
        this(databaseFile, reason, i18n, clock, "unreadable.message");
    }

    private UnreadableDatabaseModel(Path databaseFile, String reason, I18n i18n, Clock clock, String messageKey) {
        this.databaseFile = databaseFile;
        this.reason = reason;
        this.i18n = i18n;
        this.clock = clock;
        this.messageKey = messageKey;
    }

    /**
     * The screen of a database that opened but was found damaged inside when a restore tried to keep a copy of it
     * first (SQLite cannot copy it): the restore goes on as over a file that cannot be opened.
     */
    public static UnreadableDatabaseModel damagedInside(Path databaseFile, I18n i18n, Clock clock) {
        return new UnreadableDatabaseModel(databaseFile, "", i18n, clock, "unreadable.damagedInside");
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** What happened and what the clerk can do. */
    public String message() {
        return i18n.format(messageKey, databaseFile.toAbsolutePath(), reason);
    }

    /** The backups beside the database, newest first (a folder listing: call it off the FX thread). */
    public List<BackupService.Entry> backups() {
        return BackupService.besideDatabase(databaseFile);
    }

    /** A backup as the list shows it: when it was made, its size and its file name. */
    public String describe(BackupService.Entry e) {
        return (e.madeAt() == null ? "" : WHEN.format(e.madeAt()) + "  ") + e.sizeText() + "  " + e.file().getFileName();
    }

    /** Restores {@code backup} over the unreadable database, as background work. */
    public BackgroundTask<BackupService.Restored> restore(Path backup) {
        return BackgroundTask.of(p -> BackupService.restoreOverUnreadable(databaseFile, backup, null, clock))
                .titled(i18n.text("unreadable.restoring"));
    }

    /** What a done restore says: where the unreadable file was kept. */
    public String restored(BackupService.Restored r) {
        return i18n.format(messageKey.equals("unreadable.damagedInside") ? "unreadable.restoredDamaged" : "unreadable.restored",
                r.previousCopy() == null ? "" : r.previousCopy().getFileName());
    }
}
