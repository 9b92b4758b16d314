package org.partydesk.app;

import java.nio.file.Path;
import java.util.Optional;

import org.partydesk.store.DataPaths;
import org.partydesk.store.Database;
import org.partydesk.store.DatabaseInUseException;
import org.partydesk.store.NotADatabaseException;
import org.partydesk.store.ReadOnlyDatabaseException;
import org.partydesk.store.SettingsRepository;

/**
 * An open database and the operator who works on it: what every use case of the app layer needs.
 * Screens and commands open one and hand it to the use cases.
 */
public final class Workspace implements AutoCloseable {
    public static final String OPERATOR_SETTING = "operator";
    /** The bureau's name as shown in the window title (e.g. the sample writes its bureau's name here). */
    public static final String BUREAU_NAME_SETTING = "bureau_name";
    /** The language of the window: {@code en} for English, anything else or nothing for Chinese. */
    public static final String LANGUAGE_SETTING = "language";
    /** The window's font size in points (12–20), applied to the whole window. */
    public static final String FONT_SIZE_SETTING = "font_size";

    private final Database database;
    private volatile String operator;

    private Workspace(Database database, String operator) {
        this.database = database;
        this.operator = operator;
    }

    /**
     * Opens {@code dbFile} (the per-user default when null), migrating it to the newest schema.
     * The operator is {@code operator} when given, else the saved setting, else the system user.
     */
    /** The database file {@link #open} opens for {@code dbFile}: the default one when null. */
    public static Path databaseFile(Path dbFile) {
        return dbFile != null ? dbFile : DataPaths.forCurrentUser().defaultDatabase();
    }

    public static Workspace open(Path dbFile, String operator) {
        Path file = databaseFile(dbFile);
        Database db;
        try {
            db = Database.open(file);
        } catch (NotADatabaseException | ReadOnlyDatabaseException e) {
            throw new InputRejectedException(e.getMessage(), e);
        } catch (DatabaseInUseException e) {
            throw new DatabaseBusyException(e.getMessage(), e);
        }
        String who = operator;
        if (who == null || who.isBlank()) {
            who = new SettingsRepository(db).get(OPERATOR_SETTING)
                    .orElse(System.getProperty("user.name", "clerk"));
        }
        Workspace ws = new Workspace(db, who.strip());
        new BackupService(ws).cleanUp(); // what a killed backup or restore left behind
        if (ws.setting(BackupService.BUREAU_ID_SETTING).isEmpty()) {
            ws.putSetting(BackupService.BUREAU_ID_SETTING, java.util.UUID.randomUUID().toString());
        }
        return ws;
    }

    /**
     * Opens {@code dbFile} (the default when null), which must exist, for work that only reads it (the commands check,
     * stats, report, export, verify, backup …): as {@link #open} does where this process may write, else read-only
     * ({@link Database#openReadOnly}): nothing is created beside it, nothing is migrated or cleaned up, and any write is
     * refused with the reason.
     */
    public static Workspace openForReading(Path dbFile, String operator) {
        Path file = databaseFile(dbFile);
        if (!Database.readOnlyLocation(file)) {
            return open(dbFile, operator);
        }
        Database db;
        try {
            db = Database.openReadOnly(file, java.time.Clock.systemDefaultZone());
        } catch (NotADatabaseException | ReadOnlyDatabaseException e) {
            throw new InputRejectedException(e.getMessage(), e);
        } catch (DatabaseInUseException e) {
            throw new DatabaseBusyException(e.getMessage(), e);
        }
        try {
            String who = operator;
            if (who == null || who.isBlank()) {
                who = new SettingsRepository(db).get(OPERATOR_SETTING).orElse(System.getProperty("user.name", "clerk"));
            }
            return new Workspace(db, who.strip());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Whether {@code e} (from work on a database) is SQLite saying the database file is damaged (a page it cannot read). */
    public static boolean damaged(Throwable e) {
        return Database.damaged(e);
    }

    /**
     * A Chinese sentence for a failure of SQLite somewhere in {@code e}'s causes (a full disk, a locked file, …), for a
     * message that would otherwise quote the statement and SQLite's English; empty when SQLite is not the cause.
     */
    public static Optional<String> databaseFailure(Throwable e) {
        return org.partydesk.store.Causes.find(e, t -> t instanceof java.sql.SQLException
                || t instanceof org.jooq.exception.DataAccessException).map(org.partydesk.store.SqliteMessages::chinese);
    }

    /** Whether the database was opened read-only ({@link #openForReading} where it may not be written). */
    public boolean readOnly() {
        return database.readOnly();
    }

    /**
     * Starts making the database layer ready (jOOQ's classes) on a thread of its own, for a command that is about to
     * read its arguments and then open a database; opening waits for it.
     */
    public static void preload() {
        org.partydesk.store.Preload.start();
    }

    /** Waits for {@link #preload()} to finish, so that it never outlives the command that started it. */
    public static void awaitPreload() {
        org.partydesk.store.Preload.await();
    }

    /** A workspace over a database that is already open (tests, and callers with their own clock). */
    public static Workspace of(Database database, String operator) {
        return new Workspace(database, operator);
    }

    public Database database() {
        return database;
    }

    public String operator() {
        return operator;
    }

    public Path databaseFile() {
        return database.file();
    }

    public Optional<String> setting(String key) {
        return new SettingsRepository(database).get(key);
    }

    /** Saves a setting (null or blank removes it) in one audited transaction. */
    public void putSetting(String key, String value) {
        new SettingsRepository(database).put(operator, key, value == null || value.isBlank() ? null : value.strip());
    }

    /**
     * Changes who is working: saved as the {@code operator} setting (audited under the previous
     * operator) and used for every later write.
     */
    public void changeOperator(String name) {
        String who = name == null ? "" : name.strip();
        if (who.isEmpty()) {
            throw new InputRejectedException("操作人姓名不能为空");
        }
        putSetting(OPERATOR_SETTING, who);
        this.operator = who;
    }

    @Override
    public void close() {
        database.close();
    }

    /** Whether the database is still open (work queued before another database was opened finds it closed). */
    public boolean isOpen() {
        return !database.isClosed();
    }
}
