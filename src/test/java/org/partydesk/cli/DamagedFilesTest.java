package org.partydesk.cli;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.BackupService;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * Damaged files get a Chinese message that names them (decision 0051), never Java's or SQLite's English: a backup cut
 * short, a backup whose compressed data was damaged, an empty file given to restore, and a database that opens but is
 * damaged inside, given to verify and to a command that reads it (exit 3, as for any damaged database).
 */
class DamagedFilesTest {
    /** What the clerk must not see: Java's zip messages, SQLite's, a statement, a stack trace. */
    private static final List<String> ENGLISH = List.of("invalid", "ZLIB", "END header", "malformed", "SQL [", "SQLITE_", "\tat ");

    @TempDir
    Path dir;
    private Path db;
    private Path backup;

    @BeforeEach
    void aBureauAndItsBackup() throws Exception {
        db = dir.resolve("台账.db");
        backup = dir.resolve("备份.zip");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
            new BackupService(ws).backup(backup, Progress.NONE);
        }
    }

    @Test
    void aBackupCutShortIsRefusedInChineseByName() throws Exception {
        Path cut = dir.resolve("只拷了一半.zip");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        refused(run("restore", cut.toString(), "--db", dir.resolve("新库.db").toString()), "只拷了一半.zip", "压缩包已损坏或不完整");
        assertThat(dir.resolve("新库.db")).doesNotExist();
    }

    @Test
    void aBackupWhoseDatabaseEntryWasDamagedIsRefusedInChineseByName() throws Exception {
        Path damaged = dir.resolve("传坏了.zip");
        Files.copy(backup, damaged);
        long data;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry e = zip.getEntry("partydesk.db");
            assertThat(e.getCompressedSize()).isGreaterThan(2000);
            data = localDataOffset(damaged, e);
        }
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            for (long i = data + 500; i < data + 600; i++) {
                f.seek(i);
                int b = f.read();
                f.seek(i);
                f.write(b ^ 0xFF);
            }
        }
        refused(run("restore", damaged.toString(), "--db", db.toString()), "传坏了.zip", "压缩包已损坏或不完整", "partydesk.db");
    }

    @Test
    void anEmptyFileGivenToRestoreIsNamedAndCalledEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("空的.zip"));
        refused(run("restore", empty.toString(), "--db", db.toString()), "空的.zip", "文件是空的（0 字节）");
    }

    @Test
    void aDatabaseDamagedInsideIsReportedByVerifyAndRefusedByAReadingCommandWithThree() throws Exception {
        int page;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select rootpage from sqlite_master where type = 'table' and name = 'member'")) {
                rs.next();
                page = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("pragma page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        assertThat(page).isGreaterThan(1);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((long) (page - 1) * pageSize);
            byte[] junk = new byte[64];
            Arrays.fill(junk, (byte) 0x7F); // no kind of b-tree page starts so
            f.write(junk);
        }
        ExitCodesTest.Run verify = run("verify", "--db", db.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(verify.out() + verify.err()).contains("台账.db", "已损坏", "请用最近一份完好的备份恢复");
        assertThat(verify.err()).doesNotContain(ENGLISH.toArray(String[]::new));

        ExitCodesTest.Run stats = run("stats", "--year", "2025", "--allow-empty", "--db", db.toString());
        refused(stats, "台账.db", "已损坏", "请用 verify 检查");
    }

    private static void refused(ExitCodesTest.Run r, String... said) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(r.err()).contains(said).doesNotContain(ENGLISH.toArray(String[]::new));
    }

    /** Where the compressed data of {@code e} begins: after its local header (30 bytes, the name, the extra field). */
    private static long localDataOffset(Path zip, ZipEntry e) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + 30 + name.length < bytes.length; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4
                    && Arrays.equals(Arrays.copyOfRange(bytes, i + 30, i + 30 + name.length), name)) {
                int nameLength = (bytes[i + 26] & 0xFF) | (bytes[i + 27] & 0xFF) << 8;
                int extraLength = (bytes[i + 28] & 0xFF) | (bytes[i + 29] & 0xFF) << 8;
                return i + 30L + nameLength + extraLength;
            }
        }
        throw new IllegalStateException("no local header for " + e.getName());
    }
}
