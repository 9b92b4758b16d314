package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One PartyDesk database: a SQLite file with foreign keys on and a WAL journal, migrated by Flyway
 * to the newest schema when opened. Reads use {@link #read()}; every write goes through
 * {@link #write(String, Work)}: one transaction that also writes its audit rows.
 */
public final class Database implements AutoCloseable {
    /** Kept in a field: java.util.logging holds loggers weakly, and a collected one forgets its level. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static final java.util.logging.Logger JOOQ_LOG = java.util.logging.Logger.getLogger("org.jooq");
    /** jOOQ's check of the SQLite version on the first query, which only warns: the driver is the one the build chose. */
    private static final java.util.logging.Logger JOOQ_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport");

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Flyway reports every open at INFO; only problems are worth a clerk's console.
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        JOOQ_LOG.setLevel(java.util.logging.Level.WARNING);
        JOOQ_VERSION_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    /** The single writer's lock; null for a database opened read-only ({@link #openReadOnly}). */
    private final DatabaseLock lock;
    /** For a database opened read-only: the channel holding SQLite's shared lock on the file, else null. */
    private final java.nio.channels.FileChannel readLock;
    private final Connection connection;
    private final DSLContext dsl;
    private final Clock clock;
    private boolean closed;
    /** Guards the memos, their generation and the count of writes under way; never held while reading or writing. */
    private final Object memoLock = new Object();
    /** Moves on when a write starts and when it ends, and when the contents are replaced (a restore, a migration). */
    private long generation;
    private int writing;
    /** The values kept in this generation: emptied whenever it moves on, and while a write is under way. */
    private final Map<String, Object> memos = new HashMap<>();

    private Database(Path file, Clock clock, DatabaseLock lock) throws SQLException {
        this(file, clock, lock, null, writerConnection(file));
    }

    private Database(Path file, Clock clock, DatabaseLock lock, java.nio.channels.FileChannel readLock, Connection connection) {
        this.file = file;
        this.lock = lock;
        this.readLock = readLock;
        this.clock = clock;
        this.connection = connection;
        Preload.await();
        this.dsl = using(connection);
    }

    /** The connection of the single writer: foreign keys on, WAL, exclusive locking. */
    private static Connection writerConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        // SQLite's temporary files in memory: above all the statement journal, which SQLite keeps for every statement
        // of many rows within a transaction (the bulk imports' inserts of up to 250 rows a statement), and writes to a
        // temporary file beyond its first 64 KiB: a 100,000-member import wrote 183 MB there for a 23 MB database
        // (issue 21, decision 0038). Also the sorts of large queries, a few MB at most for a bureau.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // the second guard of the single writer, inside SQLite: once it has read the file, this connection keeps
        // its lock on the file itself (not on a name), so no other connection can write it, even through another
        // name of the same file made after it was opened (the lock file and the hard-link check come first)
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource.getConnection();
    }

    /** jOOQ over {@code connection} as every database uses it: SQLite, no logging of each statement. */
    static DSLContext using(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) and migrates the database file. */
    public static Database open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    public static Database open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        SqliteLibrary.prepare();
        checkLooksLikeSqlite(file);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("无法创建数据库所在的文件夹：" + file.toAbsolutePath().getParent(), e);
        }
        refuseReadOnlyLocation(file);
        DatabaseLock lock = DatabaseLock.acquire(file);
        try {
            // a new database starts as a copy of the empty one the build migrated (no Flyway on a first run), which is
            // up to date by how it was made (MigrationsTest); an existing one is checked
            if (!Migrations.createFromEmpty(file) && !Migrations.upToDate(file)) {
                java.util.Optional<String> newer = Migrations.newerThanCode(file);
                if (newer.isPresent()) {
                    // Flyway would only warn and go on: this program must not write what it does not know
                    throw new StoreException("数据库文件 " + file + " 已被更新版本的程序使用（结构版本 " + newer.get()
                            + "，本程序为 " + codeSchemaVersion() + "），本程序不能打开它，以免写坏数据；请换用更新版本的程序");
                }
                migrate(file);
            }
            return new Database(file, clock, lock);
        } catch (SQLException e) {
            lock.release();
            if (damaged(e)) {
                throw new NotADatabaseException(file, "文件已损坏（" + SqliteMessages.chinese(e) + "），请用备份恢复");
            }
            throw new StoreException("无法打开数据库文件：" + file + "（" + SqliteMessages.chinese(e) + "）", e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            lock.release();
            // a newer structure was refused above: what Flyway cannot bring up to date is damaged
            throw new NotADatabaseException(file, "文件可能已损坏，无法升级到本程序的版本，请用备份恢复");
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /**
     * SQLite's byte range for shared locks ({@code SHARED_FIRST}, {@code SHARED_SIZE} of its os_unix.c and os_win.c): a
     * reader holds a shared lock on it; a writer needs it exclusively to write, and this program's writer, whose locking
     * mode is exclusive, keeps it so from its first write until it closes.
     */
    private static final long SHARED_FIRST = 0x40000000L + 2;
    private static final long SHARED_SIZE = 510;

    /**
     * Whether this process may not write where the database {@code file} lies: the file (or its -wal, -shm, -journal,
     * lock file) is read-only, or its folder is (SQLite and the single writer's lock file need to create files there).
     * A missing file: whether its folder may not be written.
     */
    public static boolean readOnlyLocation(Path file) {
        Path abs = file.toAbsolutePath();
        Path folder = abs.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return true;
        }
        return anyReadOnly(abs, "", "-wal", "-shm", "-journal", ".lock");
    }

    /** Whether this process may not write one of the existing files named {@code file} and each of {@code suffixes}. */
    static boolean anyReadOnly(Path file, String... suffixes) {
        for (String suffix : suffixes) {
            Path f = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(f) && !Files.isWritable(f)) {
                return true;
            }
        }
        return false;
    }

    /** What a writer is told where it cannot write: the reason, and that reading still works. */
    private static void refuseReadOnlyLocation(Path file) {
        if (!readOnlyLocation(file)) {
            return;
        }
        Path abs = file.toAbsolutePath();
        boolean folder = abs.getParent() != null && !Files.isWritable(abs.getParent());
        String where = !Files.exists(abs) ? "文件夹 " + abs.getParent() + " 不允许写入，不能在其中建立数据库文件 " + abs.getFileName()
                : folder ? "数据库文件 " + abs + " 所在的文件夹 " + abs.getParent() + " 不允许写入（不能在其中建立锁文件和日志文件）"
                : !Files.isWritable(abs) ? "数据库文件 " + abs + " 是只读的"
                : "数据库文件 " + abs + " 的日志文件或锁文件是只读的";
        throw new ReadOnlyDatabaseException(where + "：要写入数据库的操作不能在这里进行，未做任何改变。只读取数据的功能（命令行的 "
                + "check、stats、report、export、verify、backup）仍可使用；要写入，请把数据库和它的佐证材料文件夹复制到有写入权限的"
                + "文件夹，或请管理员开放写入权限");
    }

    /**
     * Opens an existing, up-to-date database for reading only, where this process may not write
     * ({@link #readOnlyLocation}): a read-only folder, a read-only file. Nothing is created beside it (no lock file, no
     * -wal or -shm, which SQLite cannot open a WAL database read-only without), nothing is migrated, and
     * {@link #write} refuses. SQLite reads it as immutable ({@code ?immutable=1}: no locking, no WAL); that promise is
     * made true by holding SQLite's own shared lock on the file meanwhile, which a writer of this program must have
     * exclusively to write: a database another process is writing is refused as in use ({@link DatabaseInUseException}),
     * and a writer waits until the reading ends. A -wal or -journal that still holds changes not in the file (a writer
     * killed there) is refused, since immutable reading would silently leave them out.
     */
    public static Database openReadOnly(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        SqliteLibrary.prepare();
        if (!Files.isRegularFile(file)) {
            throw new NotADatabaseException(file, "文件不存在");
        }
        checkLooksLikeSqlite(file); // before the lock: closing any file of the database drops this process's locks on it
        java.nio.channels.FileChannel channel = null;
        Connection connection = null;
        try {
            channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
            java.nio.channels.FileLock shared;
            try {
                shared = channel.tryLock(SHARED_FIRST, SHARED_SIZE, true);
            } catch (java.nio.channels.OverlappingFileLockException e) {
                shared = null;
            }
            if (shared == null) {
                throw new DatabaseInUseException(DatabaseLock.realPath(file));
            }
            for (String suffix : java.util.List.of("-wal", "-journal")) {
                Path pending = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(pending) && Files.size(pending) > 0) {
                    throw new ReadOnlyDatabaseException("数据库文件 " + file + " 还有尚未写入它的最近修改（在 " + pending.getFileName()
                            + " 中，可能是上次使用时程序被强行结束），而它所在的位置不能写入，这些修改无法读出，未做任何事。"
                            + "请在有写入权限的位置用本程序打开一次这个数据库（修改会写入数据库文件），或请管理员开放写入权限");
                }
            }
            connection = readerConnection(file);
            try (java.sql.Statement st = connection.createStatement()) {
                if (!Migrations.upToDate(st)) {
                    java.util.Optional<String> newer = Migrations.newerThanCode(st);
                    throw new ReadOnlyDatabaseException(newer.isPresent()
                            ? "数据库文件 " + file + " 已被更新版本的程序使用（结构版本 " + newer.get() + "，本程序为 " + codeSchemaVersion()
                                    + "），本程序不能读取它；请换用更新版本的程序"
                            : "数据库文件 " + file + " 要先升级到本程序的结构才能使用，而它所在的位置不能写入，未做任何事。"
                                    + "请把它复制到有写入权限的文件夹，或请管理员开放写入权限");
                }
            }
            return new Database(file, clock, null, channel, connection);
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(connection);
            closeQuietly(channel);
            if (damaged(e)) {
                throw new NotADatabaseException(file, "文件已损坏（" + SqliteMessages.chinese(e) + "），请用备份恢复");
            }
            throw new StoreException("无法以只读方式打开数据库文件：" + file + "（" + (e instanceof SQLException
                    ? SqliteMessages.chinese(e) : e.getMessage()) + "）", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            closeQuietly(channel);
            throw e;
        }
    }

    /** A read-only, immutable connection: nothing is written to or created beside {@code file}. */
    private static Connection readerConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        // a URI: the path percent-encoded (SQLite decodes it), so Chinese names, spaces, '?' and '#' stay the file's
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString() + "?mode=ro&immutable=1");
        // opened read-only, so every write fails in SQLite too; not "pragma query_only", which also stops VACUUM INTO (the
        // backup's copy of a read-only database) from writing its new file
        return dataSource.getConnection();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing; the first error is reported
            }
        }
    }

    /** Whether this database was opened read-only ({@link #openReadOnly}): {@link #write} refuses. */
    public boolean readOnly() {
        return lock == null;
    }

    /** Whether {@code e} (or what caused it) is SQLite saying the file is damaged or no database. */
    public static boolean damaged(Throwable e) {
        return Causes.find(e, t -> {
            String m = String.valueOf(t.getMessage());
            return m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("malformed");
        }).isPresent();
    }

    /** A file that exists, is not empty and does not start with the SQLite header is not ours to touch. */
    static void checkLooksLikeSqlite(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new NotADatabaseException(file, "这是一个文件夹，不是数据库文件");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                return;
            }
            if (!java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw new NotADatabaseException(file, "文件不是 SQLite 数据库");
            }
        } catch (IOException e) {
            throw new NotADatabaseException(file, "文件无法读取：" + e.getMessage());
        }
    }

    static void migrate(Path file) {
        Migrations.configure("jdbc:sqlite:" + file.toAbsolutePath()).load().migrate();
    }

    /** Migrates this open database again (after its contents were replaced by a restore). */
    public void migrateInPlace() {
        try {
            migrate(file);
        } finally {
            contentsReplaced();
        }
    }

    /** The newest migration version the code knows, e.g. "1". */
    public static String codeSchemaVersion() {
        java.util.Set<String> listed = Migrations.codeVersions();
        if (!listed.isEmpty()) {
            return listed.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo).orElseThrow().getVersion();
        }
        MigrationInfo[] all = Migrations.configure("jdbc:sqlite::memory:").load().info().all();
        String latest = null;
        for (MigrationInfo info : all) {
            if (info.getVersion() != null) {
                latest = info.getVersion().getVersion();
            }
        }
        return latest;
    }

    /** The schema version this database file is at. */
    public String schemaVersion() {
        var f = DSL.field(DSL.name("version"), String.class);
        var rank = DSL.field(DSL.name("installed_rank"), Integer.class);
        return dsl.select(f).from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue()).and(f.isNotNull())
                .orderBy(rank.desc()).limit(1).fetchOne(f);
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    public Path evidenceFolder() {
        return DataPaths.evidenceFolderFor(file);
    }

    /** For reading. Do not write through it: writes go through {@link #write}. */
    public DSLContext read() {
        return dsl;
    }

    /**
     * A number that changes whenever anything is written through this database (SQLite's count of the rows its
     * connection changed, rolled back or not): work read from it stays valid while it is the same. The lock keeps
     * other processes from writing.
     */
    public synchronized long changeStamp() {
        return dsl.select(DSL.function("total_changes", Long.class)).fetchOne(0, Long.class);
    }

    /**
     * What {@code read} gives, read once and kept until the database next changes: a write starts (its own reads
     * included, since it may change what it reads) or the contents are replaced ({@link #contentsReplaced}). While a
     * write is under way every call reads. For a few small values read more than once (the organisation tree, a year's
     * attendance counts per unit), which must be immutable: every caller gets the same object.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> read) {
        long seen;
        synchronized (memoLock) {
            Object kept = memos.get(key);
            if (kept != null) {
                return (T) kept;
            }
            seen = writing == 0 ? generation : -1;
        }
        T value = read.get();
        synchronized (memoLock) {
            if (seen == generation) { // nothing changed meanwhile (every change moves the generation on)
                memos.put(key, value);
            }
        }
        return value;
    }

    /** The memos are forgotten: the contents were replaced other than through {@link #write} (a restore, a migration). */
    void contentsReplaced() {
        changing(0);
    }

    private void changing(int writes) {
        synchronized (memoLock) {
            writing += writes;
            generation++;
            memos.clear();
        }
    }

    /** Raw JDBC access for the few things jOOQ does not cover (online backup, pragmas). */
    public Connection connection() {
        return connection;
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws Exception;
    }

    /**
     * Runs {@code work} in one transaction; the audit rows it writes carry {@code operator}.
     * On any exception nothing is written.
     */
    public synchronized <T> T write(String operator, Work<T> work) {
        Objects.requireNonNull(operator, "operator");
        if (readOnly()) {
            throw new ReadOnlyDatabaseException("数据库 " + file + " 是以只读方式打开的（它所在的位置不能写入），不能保存修改，未做任何改变。"
                    + "要写入，请把数据库复制到有写入权限的文件夹，或请管理员开放写入权限");
        }
        Tx[] open = new Tx[1];
        changing(1);
        try {
            return dsl.transactionResult(cfg -> {
                Tx tx = new Tx(DSL.using(cfg), operator, clock);
                open[0] = tx;
                T result;
                try {
                    result = work.run(tx);
                    tx.finishBatch();
                } catch (Exception | Error e) {
                    tx.closeInserts(e); // before the rollback
                    throw e;
                }
                tx.closeInserts(null); // before the commit
                return result;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException re && !(cause instanceof org.jooq.exception.DataAccessException)) {
                throw re;
            }
            throw new StoreException("写入数据库失败，本次修改未保存：" + SqliteMessages.chinese(cause), e);
        } catch (RuntimeException e) {
            throw e;
        } finally {
            changing(-1);
            if (open[0] != null && open[0].cacheSizeBefore() != null) {
                dsl.execute("pragma cache_size = " + open[0].cacheSizeBefore()); // an import's large cache given back
            }
        }
    }

    /** Whether {@link #close} has been called. */
    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("关闭数据库失败：" + e.getMessage(), e);
        } finally {
            if (lock != null) {
                lock.release();
            }
            closeQuietly(readLock);
        }
    }
}
