package org.partydesk.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.Main;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ReadOnlyBackupTest.assumeRootAndRunuser;
import static org.partydesk.app.ReadOnlyBackupTest.chown;
import static org.partydesk.app.ReadOnlyBackupTest.readableClassPath;

/**
 * A database where the clerk may not write (decision 0051): in a read-only folder, where not even the lock file can be
 * made, or a read-only file. The commands that only read work, opening it read-only and creating nothing beside it; the
 * ones that write say in Chinese why they cannot, and do nothing. Each command runs in a child JVM as the unprivileged
 * user {@code nobody} (root may write anything), so the test needs root and {@code runuser}; elsewhere it is skipped with
 * a message.
 */
class ReadOnlyDatabaseTest {
    @TempDir
    Path dir;
    /** The class path nobody may read, copied once for all the tests of the class. */
    @TempDir
    static Path shared;
    private static String classPath;
    private Path out;

    record Run(int code, String said) {
    }

    @BeforeEach
    void folders() throws Exception {
        assumeRootAndRunuser("read-only database test");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (classPath == null) {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
            classPath = readableClassPath(shared.resolve("cp"));
        }
        out = Files.createDirectories(dir.resolve("输出"));
        chown(out);
    }

    @Test
    void inAReadOnlyFolderTheReadingCommandsWorkAndCreateNothingAndTheWritingOnesSayWhyNot() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("共享 文件夹")); // root's: nobody may not create files in it
        Path db = folder.resolve("台账 #1.db");
        Path roster;
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
            roster = out.resolve("花名册.xlsx");
            org.partydesk.app.ledgers.LedgerExport.members(ws, roster, new org.partydesk.app.ledgers.LedgerExport.Options(null, null, true),
                    Progress.NONE);
        }
        List<String> before = names(folder);

        for (String[] args : List.of(
                new String[] {"check", "--year", "2025"},
                new String[] {"verify"},
                new String[] {"export", "members", out.resolve("导出.xlsx").toString()},
                new String[] {"report", "workbook", "--year", "2025", "--allow-empty", "--out", out.resolve("统计表.xlsx").toString()},
                new String[] {"backup", "--out", out.resolve("备份.zip").toString()})) {
            Run r = asNobody(db, args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.said()).isZero();
        }
        assertThat(out.resolve("导出.xlsx")).isRegularFile().isNotEmptyFile();
        assertThat(out.resolve("统计表.xlsx")).isRegularFile().isNotEmptyFile();
        assertThat(out.resolve("备份.zip")).isRegularFile().isNotEmptyFile();

        Run imported = asNobody(db, "import", "members", roster.toString());
        assertThat(imported.code()).as(imported.said()).isEqualTo(3);
        assertThat(imported.said()).contains("台账 #1.db", "不允许写入", "未做任何改变", "check、stats、report、export、verify")
                .doesNotContain("Exception", "\tat ");
        Run undo = asNobody(db, "undo-import", "1");
        assertThat(undo.code()).isEqualTo(3);
        assertThat(undo.said()).contains("不允许写入");

        assertThat(names(folder)).as("no lock, -wal or -shm file was made beside it").isEqualTo(before);
        // and the backup made there is whole: a restore takes it
        try (Workspace restored = Workspace.open(dir.resolve("恢复").resolve("x.db"), "测试")) {
            new BackupService(restored).restore(out.resolve("备份.zip"));
            assertThat(VerifyDatabase.run(restored).ok()).isTrue();
        }
    }

    @Test
    void aReadOnlyFileInAFolderTheClerkMayWriteIsReadAsItIsAndNotWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Path db = folder.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Files.deleteIfExists(folder.resolve("bureau.db.lock"));
        chown(folder);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        List<String> before = names(folder);

        Run verify = asNobody(db, "verify");
        assertThat(verify.code()).as(verify.said()).isZero();
        assertThat(verify.said()).contains("检查通过");
        Run sample = asNobody(db, "undo-import", "1");
        assertThat(sample.code()).isEqualTo(3);
        assertThat(sample.said()).contains("bureau.db 是只读的", "未做任何改变");
        assertThat(names(folder)).as("SQLite made no -wal or -shm beside it").isEqualTo(before);
    }

    @Test
    void changesAKilledWriterLeftInTheWalAreNotSilentlyLeftOut() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("共享"));
        Path db = folder.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        // the files as a writer killed after its commit leaves them: the change in the -wal only
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Files.copy(db, scratch.resolve("bureau.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + scratch.resolve("bureau.db"));
             Statement s = c.createStatement()) {
            s.execute("pragma journal_mode = wal");
            s.execute("pragma wal_autocheckpoint = 0");
            s.execute("insert into setting (key, value) values ('只在日志里', '是')");
            Files.copy(scratch.resolve("bureau.db"), db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(scratch.resolve("bureau.db-wal"), folder.resolve("bureau.db-wal"));
        }
        assertThat(Files.size(folder.resolve("bureau.db-wal"))).isPositive();

        Run r = asNobody(db, "stats", "--year", "2025", "--allow-empty");
        assertThat(r.code()).as(r.said()).isEqualTo(3);
        assertThat(r.said()).contains("bureau.db", "还有尚未写入它的最近修改", "bureau.db-wal", "请在有写入权限的位置用本程序打开一次");
    }

    @Test
    void aDatabaseAWriterIsWritingIsInUseForTheReaderToo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("共享"));
        Path db = folder.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = said.readLine()) != null && !line.equals("WROTE")) {
                // until the writer has written (and so holds the file exclusively)
            }
            assertThat(line).isEqualTo("WROTE");
            Run r = asNobody(db, "check", "--year", "2025");
            assertThat(r.code()).as(r.said()).isEqualTo(4);
            assertThat(r.said()).contains("正被另一个党务台账窗口或命令使用");
        } finally {
            writer.getOutputStream().close();
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(asNobody(db, "check", "--year", "2025").code()).as("once it closed").isZero();
    }

    /** A writer in another process: opens the database, writes, says WROTE and keeps it open until its input ends. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (Workspace ws = Workspace.open(Path.of(args[0]), "写入者")) {
                ws.putSetting("note", "written");
                System.out.println("WROTE");
                System.out.flush();
                System.in.read();
            }
        }
    }

    private Run asNobody(Path db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-Duser.home=" + out, "-Djava.io.tmpdir=" + out, "-Dpartydesk.home=" + out.resolve("home"),
                "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--db", db.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), said);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
