package org.partydesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.cli.PartyDeskCommand;
import org.partydesk.store.Backups;
import org.partydesk.store.jooq.tables.records.OrgUnitRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

class BackupServiceTest {
    @TempDir
    Path dir;

    private static void addUnit(Workspace ws, String name) {
        ws.database().write(ws.operator(), tx -> {
            OrgUnitRecord r = tx.dsl().newRecord(ORG_UNIT);
            r.setKind("BRANCH");
            r.setName(name);
            return tx.insert(r);
        });
    }

    private static List<String> unitNames(Workspace ws) {
        return ws.database().read().select(ORG_UNIT.NAME).from(ORG_UNIT).orderBy(ORG_UNIT.ID).fetch(ORG_UNIT.NAME);
    }

    @Test
    void aCancelledBackupLeavesNoFile() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("bureau.db"), "党务干事")) {
            addUnit(ws, "机关第一党支部");
            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            Path out = dir.resolve("out");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BackupService(ws).backup(out.resolve("b.zip"), cancelled))
                    .isInstanceOf(Progress.CancelledException.class);
            try (var left = Files.list(out)) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    @Test
    void backupThenRestoreBringsBackDataAndEvidenceAndKeepsTheCurrentDatabase() throws Exception {
        Path dbFile = dir.resolve("bureau.db");
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            addUnit(ws, "机关第一党支部");
            String hash = org.partydesk.store.EvidenceFiles.sha256(new byte[] {1, 2, 3});
            Path evidence = org.partydesk.store.EvidenceFiles.pathFor(ws.database().evidenceFolder(), hash, "png");
            Files.createDirectories(evidence.getParent());
            Files.write(evidence, new byte[] {1, 2, 3});

            BackupService service = new BackupService(ws);
            Path zip = service.backup(dir.resolve("out").resolve("b.zip"), Progress.NONE).file();
            assertThat(zip).exists();

            addUnit(ws, "机关第二党支部");
            Files.delete(evidence);
            assertThat(unitNames(ws)).containsExactly("机关第一党支部", "机关第二党支部");

            BackupService.Restored restored = service.restore(zip);
            assertThat(unitNames(ws)).containsExactly("机关第一党支部");
            assertThat(Files.readAllBytes(evidence)).containsExactly(1, 2, 3);
            assertThat(restored.evidenceFiles()).isEqualTo(1);
            assertThat(restored.previousCopy()).exists();
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + restored.previousCopy());
                 var rs = c.createStatement().executeQuery("select count(*) from org_unit")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the copy kept before restoring holds both branches").isEqualTo(2);
            }
            assertThat(ws.database().read().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1)
                    .fetchOne(AUDIT_LOG.ACTION)).isEqualTo("RESTORE");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupAndChangesNothing() throws Exception {
        Path dbFile = dir.resolve("bureau.db");
        Path bogus = dir.resolve("照片.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bogus))) {
            out.putNextEntry(new java.util.zip.ZipEntry("photo.jpg"));
            out.write(new byte[] {9, 9});
            out.closeEntry();
        }
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            addUnit(ws, "机关第一党支部");
            assertThatThrownBy(() -> new BackupService(ws).restore(bogus))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("照片.zip").hasMessageContaining("不是党务台账的备份");
            assertThatThrownBy(() -> new BackupService(ws).restore(dir.resolve("missing.zip")))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("文件不存在");
            assertThat(unitNames(ws)).containsExactly("机关第一党支部");
        }
    }

    @Test
    void restoreRefusesABackupWhoseFileNamesWouldEscapeTheEvidenceFolder() throws Exception {
        Path dbFile = dir.resolve("bureau.db");
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            addUnit(ws, "机关第一党支部");
            Path good = new BackupService(ws).backup(dir.resolve("good.zip"), Progress.NONE).file();
            Path evil = dir.resolve("篡改的备份.zip");
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
                 var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
                java.util.zip.ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                out.putNextEntry(new java.util.zip.ZipEntry(Backups.EVIDENCE_PREFIX + "../../escaped.txt"));
                out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
            addUnit(ws, "机关第二党支部");
            assertThatThrownBy(() -> new BackupService(ws).restore(evil))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("篡改的备份.zip").hasMessageContaining("佐证材料文件夹之外");
            assertThat(unitNames(ws)).as("nothing restored").containsExactly("机关第一党支部", "机关第二党支部");
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(p -> p.getFileName().toString().equals("escaped.txt")).toList()).isEmpty();
            }
        }
    }

    @Test
    void backupWithoutOutGoesToTheBackupFolderAndKeepsOnlyTheNewestN() throws Exception {
        Path dbFile = dir.resolve("bureau.db");
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            Path folder = dir.resolve("backups");
            Files.createDirectories(folder);
            for (int day = 1; day <= 4; day++) {
                Files.writeString(folder.resolve(Backups.fileName(LocalDateTime.of(2020, 1, day, 8, 0))), "old");
            }
            Files.writeString(folder.resolve("notes.txt"), "not a backup");
            org.partydesk.store.SettingsRepository settings = new org.partydesk.store.SettingsRepository(ws.database());
            settings.put(ws.operator(), BackupService.KEEP_SETTING, "3");
            BackupService.Done done = new BackupService(ws).backup(null, Progress.NONE);
            assertThat(done.file().getParent()).isEqualTo(folder.toAbsolutePath());
            assertThat(done.pruned()).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("partydesk-20200101-080000.zip", "partydesk-20200102-080000.zip");
            try (var s = Files.list(folder)) {
                assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(4).contains("notes.txt");
            }
        }
    }

    @Test
    void cliBackupAndRestoreRoundTrip() {
        Path dbFile = dir.resolve("cli.db");
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            addUnit(ws, "机关第一党支部");
        }
        Path zip = dir.resolve("cli-backup.zip");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), "backup", "--db", dbFile.toString(), "--out", zip.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("已备份到");
        assertThat(PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), "restore", zip.toString(), "--db", dbFile.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("恢复前的数据库已另存为");
        assertThat(PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), "restore", dbFile.resolveSibling("none.zip").toString(), "--db", dbFile.toString()))
                .isEqualTo(3);
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        Path dbFile = dir.resolve("shared.db");
        try (Workspace ws = Workspace.open(dbFile, "党务干事")) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                    "org.partydesk.Main", "verify", "--db", dbFile.toString())
                    .redirectErrorStream(true).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(output).isEqualTo(PartyDeskCommand.BUSY);
            assertThat(output).contains("正被另一个党务台账窗口或命令使用");
        }
        // once closed, another process may open it
        Process after = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partydesk.Main", "verify", "--db", dbFile.toString())
                .redirectErrorStream(true).start();
        assertThat(after.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(after.exitValue()).isZero();
    }

    /** A clock that the test moves forward by whole days. */
    private static final class DayClock extends java.time.Clock {
        private java.time.Instant now = LocalDateTime.of(2025, 6, 2, 9, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();

        void nextDay() {
            now = now.plus(java.time.Duration.ofDays(1));
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneId.of("Asia/Shanghai");
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void theDailyAutomaticBackupIsMadeOnceADayAndRecorded() throws Exception {
        DayClock clock = new DayClock();
        try (org.partydesk.store.Database db = org.partydesk.store.Database.open(dir.resolve("daily.db"), clock)) {
            Workspace ws = Workspace.of(db, "党务干事");
            addUnit(ws, "机关第一党支部");
            BackupService service = new BackupService(ws);
            assertThat(service.automaticDue()).isTrue();
            assertThat(service.daily(Progress.NONE)).isPresent();
            assertThat(ws.setting(BackupService.LAST_AUTOMATIC_SETTING)).contains("2025-06-02");
            // the same day: not again, however often the timer asks
            assertThat(service.automaticDue()).isFalse();
            assertThat(service.daily(Progress.NONE)).isEmpty();
            assertThat(service.list()).hasSize(1);
            clock.nextDay();
            assertThat(service.automaticDue()).isTrue();
            BackupService.Done next = service.daily(Progress.NONE).orElseThrow();
            assertThat(ws.setting(BackupService.LAST_AUTOMATIC_SETTING)).contains("2025-06-03");
            assertThat(service.list()).extracting(BackupService.Entry::file).containsExactly(next.file(),
                    service.folder().resolve("partydesk-20250602-093000.zip"));
            assertThat(service.list().get(0).madeAt()).isEqualTo(LocalDateTime.of(2025, 6, 3, 9, 30));
            assertThat(service.list().get(0).bytes()).isPositive();
        }
    }

    @Test
    void automaticBackupsKeepOnlyTheNewestNOfTheSetting() throws Exception {
        DayClock clock = new DayClock();
        try (org.partydesk.store.Database db = org.partydesk.store.Database.open(dir.resolve("keep.db"), clock)) {
            Workspace ws = Workspace.of(db, "党务干事");
            addUnit(ws, "机关第一党支部");
            ws.putSetting(BackupService.KEEP_SETTING, "3");
            BackupService service = new BackupService(ws);
            List<Path> made = new java.util.ArrayList<>();
            for (int day = 0; day < 5; day++) {
                made.add(service.automatic(Progress.NONE).file());
                clock.nextDay();
            }
            assertThat(service.list()).extracting(BackupService.Entry::file)
                    .containsExactly(made.get(4), made.get(3), made.get(2));
            assertThat(made.subList(0, 2)).noneMatch(Files::exists);
        }
    }

    @Test
    void manyClosesInOneDayDoNotPushOutTheBackupsOfEarlierDays() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        for (int day = 1; day <= 4; day++) {
            Files.writeString(folder.resolve(Backups.fileName(LocalDateTime.of(2025, 6, day, 17, 30))), "evening of day " + day);
        }
        for (int close = 0; close < 10; close++) {
            Files.writeString(folder.resolve(Backups.fileName(LocalDateTime.of(2025, 6, 5, 8 + close, 0))), "close " + close);
        }
        List<Path> pruned = Backups.prune(folder, 3);
        assertThat(Backups.list(folder)).extracting(p -> p.getFileName().toString()).containsExactly(
                "partydesk-20250605-170000.zip", "partydesk-20250605-160000.zip", "partydesk-20250605-150000.zip",
                "partydesk-20250604-173000.zip", "partydesk-20250603-173000.zip");
        assertThat(pruned).hasSize(9);
    }
}
