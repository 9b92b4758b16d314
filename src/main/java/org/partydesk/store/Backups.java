package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.sqlite.SQLiteConnection;

import org.partydesk.model.OutputFiles;

/**
 * Backups of a database and its evidence folder, made while the database is in use.
 * <p>A backup is one zip: {@code partydesk.db} (a consistent copy made with SQLite's online backup
 * API) and {@code evidence/…} (the content-addressed evidence files). It is written to a temporary
 * file and renamed into place only when complete, so a backup interrupted at any point leaves either
 * the previous state or a whole new backup, never a half-written one under the final name.
 */
public final class Backups {
    public static final String DB_ENTRY = "partydesk.db";
    public static final String EVIDENCE_PREFIX = "evidence/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("partydesk-(\\d{8}-\\d{6})\\.zip");
    /** SQLite's result code for success. */
    private static final int SQLITE_OK = 0;
    /** Temporary files of a backup, removed when it ends and, if it was killed, by {@link #cleanUp}. */
    static final String SNAPSHOT_PREFIX = ".partydesk-snapshot-";
    /** The snapshot is a whole SQLite file only once checked; its name never looks like a finished database. */
    static final String SNAPSHOT_SUFFIX = ".db.part";
    static final String PARTIAL_PREFIX = ".partydesk-backup-";
    static final String PARTIAL_SUFFIX = ".zip.part";
    /** The database a restore extracts from a backup, checked before anything is replaced. */
    static final String RESTORE_PREFIX = ".partydesk-restore-";

    private Backups() {
    }

    /** The default name of a backup made at {@code when}: {@code partydesk-20261122-074500.zip}. */
    public static String fileName(LocalDateTime when) {
        return "partydesk-" + STAMP.format(when) + ".zip";
    }

    /**
     * Writes a backup of {@code db} to {@code target} (a .zip). {@code progress} receives the number
     * of files copied so far. Returns the target.
     */
    public static Path backup(Database db, Path target, LongConsumer progress) {
        Path dir = target.toAbsolutePath().getParent();
        Path snapshot = null;
        Path partial = null;
        try {
            Files.createDirectories(dir);
            // what a killed backup of this database to the same folder left (the open database is ours alone)
            removeBackupParts(dir, db.file(), new ArrayList<>());
            snapshot = Files.createTempFile(dir, tempPrefix(SNAPSHOT_PREFIX, db.file()), SNAPSHOT_SUFFIX);
            Files.deleteIfExists(snapshot);
            copyDatabase(db, snapshot);
            checkCopy(snapshot, db.schemaVersion());
            // what a restore would refuse is not written as a backup (decision 0051)
            List<DatabaseChecks.Problem> problems = DatabaseChecks.of(snapshot);
            if (!problems.isEmpty()) {
                throw new UnsoundDatabaseException(db.file(), DatabaseChecks.texts(problems));
            }

            partial = Files.createTempFile(dir, tempPrefix(PARTIAL_PREFIX, db.file()), PARTIAL_SUFFIX);
            long count = 0;
            try (OutputStream out = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(DB_ENTRY));
                Files.copy(snapshot, zip);
                zip.closeEntry();
                progress.accept(++count);
                Path evidence = db.evidenceFolder();
                if (Files.isDirectory(evidence)) {
                    for (Path f : listFiles(evidence)) {
                        String rel = evidence.relativize(f).toString().replace('\\', '/');
                        zip.putNextEntry(new ZipEntry(EVIDENCE_PREFIX + rel));
                        Files.copy(f, zip);
                        zip.closeEntry();
                        progress.accept(++count);
                    }
                }
            }
            forceToDisk(partial);
            OutputFiles.useUmaskMode(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (SQLException | IOException e) {
            throw new StoreException("备份失败，未生成备份文件 " + target + "：" + reason(e), e);
        } finally {
            deleteQuietly(snapshot);
            deleteQuietly(partial);
        }
    }

    /** How often a backup step may find the database busy before the backup gives up (100 ms apart). */
    private static final int BUSY_RETRIES = 50;

    /**
     * A consistent copy of the open database in {@code copy}. SQLite's online backup copies pages; on a database
     * the program may only read (a read-only file, or its -wal/-shm; one opened read-only) that API never finishes (it
     * spun at full CPU), so there the copy is written with {@code VACUUM INTO}, which only reads the source.
     */
    private static void copyDatabase(Database db, Path copy) throws SQLException {
        if (db.readOnly() || readOnly(db.file())) {
            try (var s = db.connection().createStatement()) {
                s.execute("vacuum into '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return;
        }
        SQLiteConnection conn = db.connection().unwrap(SQLiteConnection.class);
        int rc = conn.getDatabase().backup("main", copy.toString(), null, 100, BUSY_RETRIES, 1000);
        if (rc != SQLITE_OK) {
            throw new SQLException(sqliteFailure(rc));
        }
    }

    /** Whether this process may not write the database file or its -wal/-shm companions. */
    static boolean readOnly(Path dbFile) {
        return Database.anyReadOnly(dbFile, "", "-wal", "-shm");
    }

    /**
     * A copy of a database is whole: a SQLite file that passes the integrity check and is at {@code version}
     * (an empty or cut-off file, as a full disk leaves, is not).
     */
    private static void checkCopy(Path copy, String version) throws SQLException, IOException {
        if (!Files.isRegularFile(copy) || Files.size(copy) == 0) {
            throw new SQLException("数据库副本是空的");
        }
        checkIntegrity(copy);
        String copied = schemaVersionOf(copy);
        if (copied == null || !copied.equals(version)) {
            throw new SQLException("数据库副本不完整（结构版本 " + copied + "，应为 " + version + "）");
        }
    }

    /**
     * Writes what the restore put in the WAL into the database file itself, so a file that cannot take it fails the
     * restore here instead of after a report of success.
     */
    private static void checkpoint(SQLiteConnection conn) throws SQLException {
        try (var st = conn.createStatement(); var rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new SQLException("数据库正被其他程序读取，恢复的内容未能写入数据库文件");
            }
        }
    }

    /** A Chinese reason for a failure, naming a full disk or a missing permission as such. */
    static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return "备份文件的压缩包已损坏或不完整，读不下去";
        }
        if (Database.damaged(e)) {
            return "数据库已损坏（SQLite 无法读取它）";
        }
        if (m.contains("No space left") || m.contains("SQLITE_FULL") || m.contains("database or disk is full")
                || m.contains("磁盘空间不足")) {
            return "磁盘空间不足，请腾出空间或换一个位置后重试";
        }
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("Permission denied") || m.contains("SQLITE_READONLY")
                || m.contains("SQLITE_CANTOPEN")) {
            return "没有写入权限（" + m + "）";
        }
        return m;
    }

    /** The message for a result code of SQLite's backup API other than OK. */
    private static String sqliteFailure(int rc) {
        return switch (rc) {
            case 13 -> "磁盘空间不足（SQLite 返回 SQLITE_FULL）";
            case 8 -> "没有写入权限（SQLite 返回 SQLITE_READONLY）";
            case 5, 6 -> "数据库一直被占用，未能复制（SQLite 返回 " + rc + "）";
            case 10 -> "读写文件出错（SQLite 返回 SQLITE_IOERR）";
            default -> "SQLite 返回错误码 " + rc;
        };
    }

    /** What a backup file holds, checked before anything is replaced. */
    public record Checked(Path extractedDatabase, String schemaVersion, int evidenceFiles) {
    }

    /**
     * Checks a backup file (or a plain database file) for the database {@code dbFile}: it must be a zip with
     * exactly one {@code partydesk.db} entry, or a SQLite file; the database must fit in the space left, pass
     * the integrity check, and have a schema version this program knows. It is extracted to a temporary file
     * beside {@code dbFile} (removed again on any refusal).
     */
    public static Checked check(Path backupFile, Path dbFile) {
        if (!Files.isRegularFile(backupFile)) {
            throw new NotADatabaseException(backupFile, "文件不存在");
        }
        Path workDir = dbFile.toAbsolutePath().getParent();
        Path extracted = null;
        boolean done = false;
        String reading = null; // the zip entry being read, for a message when the zip is damaged
        try {
            Files.createDirectories(workDir);
            if (Files.size(backupFile) == 0) {
                throw new NotADatabaseException(backupFile, "文件是空的（0 字节），不是党务台账的备份");
            }
            boolean zip = isZip(backupFile);
            long size = zip ? databaseEntrySize(backupFile, workDir) : Files.size(backupFile);
            long free = Files.getFileStore(workDir).getUsableSpace();
            if (size > free) {
                throw new NotADatabaseException(backupFile, "磁盘空间不足：备份中的数据库有 " + megabytes(size)
                        + "，数据库所在的磁盘只剩 " + megabytes(free) + "。请先腾出空间");
            }
            extracted = Files.createTempFile(workDir, tempPrefix(RESTORE_PREFIX, dbFile), SNAPSHOT_SUFFIX);
            int evidence = 0;
            if (zip) {
                try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(backupFile))) {
                    ZipEntry e;
                    while ((e = zin.getNextEntry()) != null) {
                        reading = e.getName();
                        if (e.getName().equals(DB_ENTRY)) {
                            Files.copy(zin, extracted, StandardCopyOption.REPLACE_EXISTING);
                        } else if (e.getName().startsWith(EVIDENCE_PREFIX) && !e.isDirectory()) {
                            checkEvidence(backupFile, e.getName(), EvidenceFiles.sha256(zin));
                            evidence++;
                        }
                    }
                }
                reading = null;
            } else {
                Files.copy(backupFile, extracted, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Database.checkLooksLikeSqlite(extracted);
            } catch (NotADatabaseException e) {
                // named after the file the clerk gave, not the temporary copy it was read into
                throw new NotADatabaseException(backupFile, e.reason());
            }
            checkIntegrity(extracted);
            String version = schemaVersionOf(extracted);
            if (version == null) {
                throw new NotADatabaseException(backupFile, "不是党务台账的数据库（没有结构版本信息）");
            }
            if (!version.matches("\\d{1,6}(\\.\\d{1,6}){0,3}")) {
                throw new NotADatabaseException(backupFile, "结构版本“" + version + "”无法识别，不是党务台账写下的数据库");
            }
            String code = Database.codeSchemaVersion();
            if (compareVersions(version, code) > 0) {
                throw new NotADatabaseException(backupFile, "备份的结构版本 " + version + " 比本程序（" + code + "）新，请先升级程序");
            }
            done = true;
            return new Checked(extracted, version, evidence);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // Java's words ("invalid distance too far back", "Unexpected end of ZLIB input stream") say nothing to a clerk
            throw new NotADatabaseException(backupFile, "压缩包已损坏或不完整（解压" + (reading == null ? "" : "其中的“" + reading + "”")
                    + "时出错，可能只复制了一部分或在传送中损坏），不能用于恢复；请换一份备份");
        } catch (IOException | SQLException e) {
            if (Database.damaged(e)) {
                throw new NotADatabaseException(backupFile, "其中的数据库已损坏（SQLite 无法读取它），不能用于恢复；请换一份备份");
            }
            throw new NotADatabaseException(backupFile, "无法读取：" + reason(e));
        } finally {
            if (!done) {
                deleteQuietly(extracted);
            }
        }
    }

    /**
     * The size of the one database entry of a backup zip, from its central directory; refuses a zip without
     * one, with two, or with an evidence name that would leave the evidence folder.
     */
    private static long databaseEntrySize(Path backupFile, Path workDir) throws IOException {
        long size = -1;
        int count = 0;
        try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(backupFile.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                if (e.getName().equals(DB_ENTRY)) {
                    count++;
                    size = e.getSize();
                } else if (e.getName().startsWith(EVIDENCE_PREFIX) && !e.isDirectory()
                        && !staysInside(workDir, e.getName().substring(EVIDENCE_PREFIX.length()))) {
                    throw new NotADatabaseException(backupFile,
                            "其中的文件名“" + e.getName() + "”试图写到佐证材料文件夹之外，不能用于恢复");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new NotADatabaseException(backupFile, "压缩包已损坏或不完整（找不到它的目录，可能只复制了一部分），不能用于恢复；请换一份备份");
        }
        if (count == 0) {
            throw new NotADatabaseException(backupFile, "压缩包中没有 " + DB_ENTRY + "，不是党务台账的备份");
        }
        if (count > 1) {
            throw new NotADatabaseException(backupFile, "压缩包中有 " + count + " 个 " + DB_ENTRY + "，无法确定恢复哪一个，不能用于恢复");
        }
        return Math.max(size, 0);
    }

    /** The hash a stored evidence file is named by ({@code ab/<sha256>.<ext>}), or null when it is not so named. */
    static String hashInName(String entryName) {
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        int dot = file.indexOf('.');
        String hash = dot < 0 ? file : file.substring(0, dot);
        return EvidenceFiles.isSha256(hash) ? hash : null;
    }

    /** Refuses a backup whose evidence file is not named by its hash or whose content does not match it. */
    private static void checkEvidence(Path backupFile, String entryName, String actual) {
        String named = hashInName(entryName);
        if (named == null) {
            throw new NotADatabaseException(backupFile, "其中的“" + entryName + "”不是党务台账的佐证材料文件，不能用于恢复");
        }
        if (!named.equals(actual)) {
            throw new NotADatabaseException(backupFile, "其中的佐证材料“" + entryName + "”已损坏（内容与其校验值不符），不能用于恢复");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    /**
     * The prefix of a temporary file of the database {@code dbFile}: it names the database and (by a short hash of the
     * user and the database's real path) tells it from another user's or folder's database of the same name backing up
     * into the same folder, so cleaning up touches no other's.
     */
    static String tempPrefix(String prefix, Path dbFile) {
        String identity = System.getProperty("user.name", "") + "\n" + DatabaseLock.realPath(dbFile);
        return legacyPrefix(prefix, dbFile) + String.format("%08x", identity.hashCode()) + "-";
    }

    /** The prefix earlier versions gave: the database's name alone. */
    private static String legacyPrefix(String prefix, Path dbFile) {
        return prefix + dbFile.getFileName().toString().replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-";
    }

    /**
     * Removes from {@code folder} what a killed backup of {@code dbFile} left there: its snapshots and unfinished zips
     * (with SQLite's -journal, -wal, -shm of a snapshot), as named now or as earlier versions named them.
     */
    private static void removeBackupParts(Path folder, Path dbFile, List<Path> removed) {
        removeStarting(folder, tempPrefix(SNAPSHOT_PREFIX, dbFile), removed);
        removeStarting(folder, tempPrefix(PARTIAL_PREFIX, dbFile), removed);
        // earlier versions: the database's name, the random digits, .db or .zip.part (a file of another database of the
        // same name starts with the same prefix, but has the hash after it: no digits-only name)
        for (String prefix : List.of(SNAPSHOT_PREFIX, PARTIAL_PREFIX)) {
            java.util.regex.Pattern legacy = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(legacyPrefix(prefix, dbFile))
                    + "\\d+(\\.db|\\.zip\\.part)(-journal|-wal|-shm)?");
            removeMatching(folder, legacy, removed);
        }
    }

    /**
     * Removes what an interrupted backup or restore of {@code dbFile} left behind (run while the database is
     * open, so none of its own work is under way): snapshots and unfinished zips in {@code backupFolder},
     * extracted restore copies beside the database, and their -wal/-shm/-journal files. Returns what it removed.
     */
    public static List<Path> cleanUp(Path dbFile, Path backupFolder) {
        List<Path> removed = new ArrayList<>();
        Path dbFolder = dbFile.toAbsolutePath().getParent();
        removeStarting(dbFolder, tempPrefix(RESTORE_PREFIX, dbFile), removed);
        removeMatching(dbFolder, java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(legacyPrefix(RESTORE_PREFIX, dbFile))
                + "\\d+\\.db(-journal|-wal|-shm|\\.lock)?"), removed); // as earlier versions named it
        if (backupFolder != null) {
            removeBackupParts(backupFolder, dbFile, removed);
        }
        return removed;
    }

    private static void removeStarting(Path folder, String prefix, List<Path> removed) {
        removeMatching(folder, java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(prefix) + ".*"), removed);
    }

    private static void removeMatching(Path folder, java.util.regex.Pattern names, List<Path> removed) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> names.matcher(p.getFileName().toString()).matches()).toList()) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        } catch (IOException e) {
            // what cannot be removed now is tried again at the next start; it never has a backup's name
        }
    }

    /**
     * Replaces the contents of the open database {@code db} with the checked backup, after keeping a
     * copy of the current database beside it. Evidence files from the backup are added to the
     * evidence folder (existing files are kept: they are named by their hash). Returns the copy.
     */
    public static Path restore(Database db, Path backupFile, Checked checked, LocalDateTime now) {
        Path keep = db.file().toAbsolutePath().resolveSibling(
                db.file().getFileName() + ".before-restore-" + STAMP.format(now) + ".db");
        boolean kept = false;
        try {
            if (readOnly(db.file())) {
                // SQLite opens such a file read-only; its backup API then reported a restore that never reached the file
                throw new StoreException("恢复失败，当前数据库未做任何改变：没有写入数据库文件 " + db.file()
                        + " 的权限（文件是只读的）；请让管理员取消只读，或把数据库复制到可写的位置后再恢复");
            }
            SQLiteConnection conn = db.connection().unwrap(SQLiteConnection.class);
            String version = db.schemaVersion();
            int rc = conn.getDatabase().backup("main", keep.toString(), null);
            if (rc != SQLITE_OK) {
                throw new SQLException(sqliteFailure(rc));
            }
            checkCopy(keep, version);
            kept = true;
            try {
                rc = conn.getDatabase().restore("main", checked.extractedDatabase().toString(), null);
            } finally {
                db.contentsReplaced(); // what was read before is not what the file now holds
            }
            if (rc != SQLITE_OK) {
                throw new SQLException(sqliteFailure(rc));
            }
            checkpoint(conn);
            if (isZip(backupFile)) {
                extractEvidence(backupFile, db.evidenceFolder());
            }
            return keep;
        } catch (SQLException | IOException e) {
            if (!kept) {
                deleteQuietly(keep);
                String message = "恢复失败，当前数据库未做任何改变：未能先保存当前数据库的副本（" + reason(e) + "）";
                if (Database.damaged(e) || failsIntegrity(db.file())) {
                    throw new DamagedDatabaseException(message, e);
                }
                throw new StoreException(message, e);
            }
            throw new StoreException("恢复失败：" + reason(e) + "。当前数据库的副本保存在 " + keep, e);
        } finally {
            deleteQuietly(checked.extractedDatabase());
        }
    }

    /**
     * Puts a checked backup in the place of a database that cannot be opened at all (not a database, damaged beyond
     * what SQLite reads): under the database's lock, the unreadable file and its companions are moved aside, never
     * deleted, to {@code <name>.before-restore-<time>.db} (and -wal, -shm …), then the checked copy takes its place and
     * the backup's evidence files are put back. Returns where the unreadable file was kept; null when there was no
     * file (a restore into a new database).
     */
    public static Path restoreOverUnreadable(Path dbFile, Path backupFile, Checked checked, LocalDateTime now) {
        Path file = DatabaseLock.realPath(dbFile);
        Path keep = file.resolveSibling(file.getFileName() + ".before-restore-" + STAMP.format(now) + ".db");
        DatabaseLock lock = DatabaseLock.acquire(file);
        boolean moved = false;
        try {
            // nothing there yet (a restore into a new database): the backup becomes it, and there is nothing to keep
            boolean existed = Files.exists(file);
            if (existed) {
                Files.move(file, keep);
                moved = true;
                for (String suffix : List.of("-wal", "-shm", "-journal")) {
                    Path companion = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, keep.resolveSibling(keep.getFileName() + suffix));
                    }
                }
            }
            Files.move(checked.extractedDatabase(), file);
            if (isZip(backupFile)) {
                extractEvidence(backupFile, DataPaths.evidenceFolderFor(file));
            }
            return existed ? keep : null;
        } catch (IOException e) {
            if (!moved) {
                throw new StoreException("恢复失败，当前数据库未做任何改变：未能先把它另存（" + reason(e) + "）", e);
            }
            throw new StoreException("恢复失败：" + reason(e) + "。原来的数据库文件保存在 " + keep, e);
        } finally {
            lock.release();
            deleteQuietly(checked.extractedDatabase());
        }
    }

    /** Removes the extracted copy of a checked backup and what opening it left (-wal, -shm, .lock). */
    public static void discard(Checked checked) {
        Path copy = checked.extractedDatabase();
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            deleteQuietly(copy.resolveSibling(copy.getFileName() + suffix));
        }
    }

    /**
     * Keeps, in {@code folder}, the newest {@code keep} backups and, apart from them, the newest backup of each of
     * the newest {@code keep} days, and deletes the other {@code partydesk-*.zip}: a clerk who closes the window
     * ten times a day still has a backup of each of the last N days, not only of this afternoon.
     */
    public static List<Path> prune(Path folder, int keep) {
        List<Path> deleted = new ArrayList<>();
        try {
            List<Path> backups = list(folder);
            java.util.Set<Path> kept = new java.util.HashSet<>(backups.subList(0, Math.min(keep, backups.size())));
            java.util.Set<String> days = new java.util.HashSet<>();
            for (Path p : backups) {
                String day = p.getFileName().toString().substring("partydesk-".length(), "partydesk-".length() + 8);
                if (days.size() < keep && days.add(day)) {
                    kept.add(p); // the newest of its day
                }
            }
            for (Path p : backups) {
                if (!kept.contains(p)) {
                    Files.deleteIfExists(p);
                    deleted.add(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException("清理旧备份失败：" + e.getMessage(), e);
        }
        return deleted;
    }

    /** The backups named by {@link #fileName} in {@code folder}, newest first (none when it does not exist). */
    public static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("无法读取备份文件夹 " + folder + "：" + e.getMessage(), e);
        }
    }

    /** Whether a file name is one {@link #fileName} gives (a finished backup). */
    public static boolean isBackupName(String name) {
        return NAME.matcher(name).matches();
    }

    /** When a backup named by {@link #fileName} was made (null when its name holds no real date). */
    public static LocalDateTime madeAt(Path backup) {
        java.util.regex.Matcher m = NAME.matcher(backup.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a backup name: " + backup);
        }
        try {
            return LocalDateTime.parse(m.group(1), STAMP);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a name like ours with an impossible date: listed, but without a time
        }
    }

    /** Whether a name from a zip, taken relative to {@code folder}, stays inside it (no "..", no absolute path). */
    static boolean staysInside(Path folder, String relativeName) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            return !Path.of(relativeName).isAbsolute() && root.resolve(relativeName).normalize().startsWith(root);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static void extractEvidence(Path zipFile, Path evidenceFolder) throws IOException {
        Path root = evidenceFolder.toAbsolutePath().normalize();
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zipFile))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().startsWith(EVIDENCE_PREFIX)) {
                    continue;
                }
                String name = e.getName().substring(EVIDENCE_PREFIX.length());
                if (!staysInside(root, name)) {
                    throw new IOException("备份中的文件名试图写到佐证材料文件夹之外：" + e.getName());
                }
                Path target = root.resolve(name).normalize();
                String hash = hashInName(name);
                if (hash != null && Files.isRegularFile(target) && hash.equals(EvidenceFiles.sha256(target))) {
                    continue; // already there and whole
                }
                // a missing or damaged file: written beside it, checked, then moved into place
                Files.createDirectories(target.getParent());
                String entry = e.getName();
                PartFiles.write(target, ".partydesk-evidence-", ".part", part -> {
                    Files.copy(zin, part, StandardCopyOption.REPLACE_EXISTING);
                    if (hash == null || !hash.equals(EvidenceFiles.sha256(part))) {
                        throw new IOException("备份中的佐证材料“" + entry + "”与其校验值不符");
                    }
                });
            }
        }
    }

    /** Whether the database file fails SQLite's integrity check (or cannot even be checked). */
    private static boolean failsIntegrity(Path dbFile) {
        try {
            checkIntegrity(dbFile);
            return false;
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }

    private static void checkIntegrity(Path dbFile) throws SQLException {
        try (Connection c = SqliteLibrary.connect(dbFile);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("pragma integrity_check")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            if (!(rows.size() == 1 && "ok".equalsIgnoreCase(rows.get(0)))) {
                throw new SQLException("数据库已损坏：完整性检查发现 " + rows.size() + " 处问题（SQLite 的说明："
                        + String.join("；", rows.subList(0, Math.min(3, rows.size()))) + (rows.size() > 3 ? "……" : "") + "）");
            }
        }
    }

    private static String schemaVersionOf(Path dbFile) throws SQLException {
        try (Connection c = SqliteLibrary.connect(dbFile); Statement s = c.createStatement()) {
            if (!Migrations.hasHistory(s)) {
                return null;
            }
            try (ResultSet rs = s.executeQuery("select version from flyway_schema_history where success = 1 and version is not null order by installed_rank desc limit 1")) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
            int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static List<Path> listFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; it never carries a backup's final name
            }
        }
    }
}
