package org.partydesk.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.logic.IdNumbers;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.office.ledgers.LedgerWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing the process (kill -9 of a child JVM) in the middle of an import or of a backup: afterwards the
 * database passes SQLite's integrity check and holds all or none of the import, and no half-written
 * backup carries the backup's name.
 */
class CrashSafetyTest {
    static final int ROWS = 8_000;

    @Test
    void aRestoreKilledHalfWayLeavesAWholeDatabaseAndTheNextStartRemovesWhatItLeft() throws Exception {
        Path db = dir.resolve("台账.db");
        Path backup = dir.resolve("备份.zip");
        try (Workspace ws = Workspace.open(db, "测试")) {
            LedgerImporter.open(LedgerKind.MEMBERS, ws, smallRoster(), Progress.NONE).apply(Progress.NONE);
            Random rnd = new Random(11);
            byte[] content = new byte[300_000];
            List<org.partydesk.app.evidence.EvidenceService.NewFile> files = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                rnd.nextBytes(content);
                files.add(new org.partydesk.app.evidence.EvidenceService.NewFile(Files.write(dir.resolve("scan" + i + ".pdf"), content),
                        org.partydesk.store.EvidenceStore.Details.none()));
            }
            new org.partydesk.app.evidence.EvidenceService(ws).add(files, null, null, Progress.NONE);
            new BackupService(ws).backup(backup, Progress.NONE);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Child.class.getName(), "restore", db.toString(), backup.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && !line.equals("RESTORING")) {
                // wait until the restore has begun
            }
            Thread.sleep(300); // inside the checks of the extracted copy
            p.destroyForcibly();
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (var left = Files.list(dir)) {
            System.out.println("CrashSafetyTest: the killed restore left " + left.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(".partydesk-")).toList());
        }
        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(count(db, "member")).isEqualTo(2);
        try (Workspace ws = Workspace.open(db, "测试")) {
            assertThat(VerifyDatabase.run(ws).problems()).isEmpty();
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(f -> f.getFileName().toString()))
                    .as("the next start removed the restore's temporaries").noneMatch(n -> n.startsWith(".partydesk-"));
        }
    }

    @TempDir
    Path dir;

    /** What the child JVM runs: {@code import DB FILE} or {@code backup DB TARGET}, printing its progress. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (args[0].equals("write")) {
                // a report half written: some bytes out, then stopped for good (the parent kills it)
                OutputPaths.writeAtomically(Path.of(args[2]), o -> {
                    o.write(new byte[64 * 1024]);
                    o.flush();
                    out.println("DONE 1");
                    sleepLong();
                });
                out.println("FINISHED");
                return;
            }
            try (Workspace ws = Workspace.open(Path.of(args[1]), "崩溃测试")) {
                Progress progress = new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        out.println("DONE " + done);
                        if (done % 100 == 0 || total < 0) {
                            sleep(); // a slow disk: gives the parent time to kill mid-way
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                };
                if (args[0].equals("import")) {
                    LedgerImporter im = LedgerImporter.open(LedgerKind.MEMBERS, ws, Path.of(args[2]), Progress.NONE);
                    out.println("PREVIEW " + im.preview().summary());
                    im.apply(progress);
                } else if (args[0].equals("restore")) {
                    out.println("RESTORING");
                    new BackupService(ws).restore(Path.of(args[2]));
                } else {
                    new BackupService(ws).backup(Path.of(args[2]), progress);
                }
                out.println("FINISHED");
            }
        }

        private static void sleepLong() {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void anImportKilledHalfWayLeavesAnIntactDatabaseWithNoneOfIt() throws Exception {
        Path db = dir.resolve("台账.db");
        Path file = roster(dir.resolve("大花名册.xlsx"));
        try (Workspace ws = Workspace.open(db, "测试")) {
            LedgerImporter.open(LedgerKind.MEMBERS, ws, smallRoster(), Progress.NONE).apply(Progress.NONE);
        }
        long before = count(db, "member");
        assertThat(before).isEqualTo(2);

        String last = runAndKill("import", db, file, "DONE " + ROWS / 2);
        assertThat(last).startsWith("DONE ");

        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(count(db, "member")).isIn(before, before + ROWS);
        assertThat(count(db, "member")).as("killed before the commit: none of the import").isEqualTo(before);
        assertThat(count(db, "membership")).isEqualTo(before);
        try (Workspace ws = Workspace.open(db, "测试")) {
            assertThat(VerifyDatabase.run(ws).problems()).isEmpty();
            assertThat(LedgerImporter.open(LedgerKind.MEMBERS, ws, smallRoster(), Progress.NONE).apply(Progress.NONE).counts())
                    .isEqualTo("新增 0 人，更新 0 人");
        }
    }

    @Test
    void aBackupKilledHalfWayLeavesTheDatabaseIntactAndNoFileUnderTheBackupsName() throws Exception {
        Path db = dir.resolve("台账.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            LedgerImporter.open(LedgerKind.MEMBERS, ws, smallRoster(), Progress.NONE).apply(Progress.NONE);
            Path evidence = ws.database().evidenceFolder();
            Random rnd = new Random(7);
            byte[] content = new byte[200_000];
            for (int i = 0; i < 150; i++) {
                rnd.nextBytes(content);
                Path f = evidence.resolve(String.format("%02x", i % 256)).resolve("file" + i + ".jpg");
                Files.createDirectories(f.getParent());
                Files.write(f, content);
            }
        }
        Path target = dir.resolve("backups").resolve("partydesk-20260101-080000.zip"); // in the default backup folder
        String last = runAndKill("backup", db, target, "DONE 40");
        assertThat(last).startsWith("DONE ");

        assertThat(integrity(db)).isEqualTo("ok");
        assertThat(count(db, "member")).isEqualTo(2);
        assertThat(target).doesNotExist();
        try (var left = Files.list(target.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .allMatch(n -> n.startsWith(".partydesk-") && n.matches(".*\\.part(-journal|-wal|-shm)?"));
        }
        try (Workspace ws = Workspace.open(db, "测试")) {
            try (var left = Files.list(target.getParent())) {
                assertThat(left.toList()).as("the next start removes what the killed backup left").isEmpty();
            }
            assertThat(new BackupService(ws).backup(target, Progress.NONE).file()).exists();
        }
    }

    @Test
    void aBackupOutKilledHalfWayLeavesOnlyPartFilesAndTheNextBackupThereRemovesThemAndNothingElse() throws Exception {
        Path db = dir.resolve("台账.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            LedgerImporter.open(LedgerKind.MEMBERS, ws, smallRoster(), Progress.NONE).apply(Progress.NONE);
            Random rnd = new Random(5);
            byte[] content = new byte[200_000];
            Path evidence = ws.database().evidenceFolder();
            for (int i = 0; i < 150; i++) {
                rnd.nextBytes(content);
                Path f = evidence.resolve(String.format("%02x", i % 256)).resolve("file" + i + ".jpg");
                Files.createDirectories(f.getParent());
                Files.write(f, content);
            }
        }
        Path folder = Files.createDirectories(dir.resolve("U盘"));
        // the clerk's own files, and another database's (same name, elsewhere) backup under way in the same folder
        List<Path> others = List.of(Files.writeString(folder.resolve("备注.part"), "mine"),
                Files.writeString(folder.resolve(".其他.zip.partydesk-5.part"), "another target's"),
                Files.writeString(folder.resolve(".partydesk-snapshot-台账.db-ffffffff-1.db.part"), "another database's"),
                Files.writeString(folder.resolve("台账.db"), "a file named like the database"));
        Path target = folder.resolve("手动备份.zip");
        runAndKill("backup", db, target, "DONE 40");

        assertThat(target).doesNotExist();
        List<String> left;
        try (var files = Files.list(folder)) {
            left = files.filter(p -> !others.contains(p)).map(p -> p.getFileName().toString()).toList();
        }
        System.out.println("CrashSafetyTest: the killed backup --out left " + left);
        assertThat(left).as("the snapshot and the zip, named as unfinished").isNotEmpty()
                .allMatch(n -> n.startsWith(".partydesk-") && n.matches(".*\\.part(-journal|-wal|-shm)?"));

        try (Workspace ws = Workspace.open(db, "测试")) {
            new BackupService(ws).backup(target, Progress.NONE);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).as("the next backup there removed its own leftovers, nothing else")
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(others.stream(), java.util.stream.Stream.of(target))
                            .toList());
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(target.toFile())) {
            assertThat(zip.size()).isEqualTo(151);
        }
    }

    @Test
    void aReportKilledWhileWritingLeavesAPartFileThatTheNextReportOfThatFileRemoves() throws Exception {
        Path db = dir.resolve("台账.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            org.partydesk.store.RosterFixture.fill(ws.database());
        }
        Path folder = Files.createDirectories(dir.resolve("报告"));
        Path target = folder.resolve("2025年统计表.xlsx");
        Path otherReports = Files.writeString(folder.resolve(".2025年党建工作总结.docx.partydesk-17.part"), "another report's");
        Path clerks = Files.writeString(folder.resolve(".partydesk-123.tmp"), "not known to be ours");
        runAndKill("write", db, target, "DONE 1");

        List<Path> parts;
        try (var files = Files.list(folder)) {
            parts = files.filter(p -> !p.equals(otherReports) && !p.equals(clerks)).toList();
        }
        assertThat(target).doesNotExist();
        assertThat(parts).singleElement().extracting(p -> p.getFileName().toString()).asString()
                .startsWith(".2025年统计表.xlsx.partydesk-").endsWith(".part");

        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.partydesk.cli.PartyDeskCommand.run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err), "report", "workbook", "--year", "2025", "--out", target.toString(),
                "--allow-empty", "--db", db.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(target).isRegularFile();
        assertThat(parts.get(0)).as("the next report of the same file removed the part").doesNotExist();
        assertThat(otherReports).exists();
        assertThat(clerks).exists();
    }

    /** Starts the child, waits for the line {@code killAt}, kills it (kill -9) and returns its last line. */
    private String runAndKill(String mode, Path db, Path file, String killAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), mode, db.toString(), file.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("DONE ")) {
                    last = line;
                }
                if (line.equals(killAt)) {
                    p.destroyForcibly();
                    break;
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lines).as("the child was killed before it finished").doesNotContain("FINISHED");
        assertThat(last).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))).isNotNull();
        return last;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static long count(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Path smallRoster() {
        Path file = dir.resolve("小花名册.xlsx");
        List<LedgerColumn> columns = MemberLedger.COLUMNS.columns();
        try (LedgerWriter w = LedgerWriter.create(file, MemberLedger.SHEET_NAME, MemberLedger.TITLE, columns, MemberLedger.GUIDE)) {
            w.row(values(columns, "甲", "42010219700101" + "001"));
            w.row(values(columns, "乙", "42010219700101" + "002"));
            w.finish();
        }
        return file;
    }

    /** A roster of {@link #ROWS} members with valid, distinct ID numbers. */
    private static Path roster(Path file) {
        List<LedgerColumn> columns = MemberLedger.COLUMNS.columns();
        try (LedgerWriter w = LedgerWriter.create(file, MemberLedger.SHEET_NAME, MemberLedger.TITLE, columns, MemberLedger.GUIDE)) {
            java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1);
            for (int i = 0; i < ROWS; i++) {
                String date = birth.plusDays(i / 900).toString().replace("-", "");
                w.row(values(columns, "党员" + i, "110105" + date + String.format("%03d", 100 + i % 900)));
            }
            w.finish();
        }
        return file;
    }

    private static List<Object> values(List<LedgerColumn> columns, String name, String first17) {
        List<Object> values = new ArrayList<>();
        for (LedgerColumn c : columns) {
            values.add(switch (c.key()) {
                case MemberLedger.NAME -> name;
                case MemberLedger.ID_NUMBER -> first17 + IdNumbers.checkDigit(first17);
                case MemberLedger.BRANCH -> "第一党支部";
                default -> null;
            });
        }
        return values;
    }
}
