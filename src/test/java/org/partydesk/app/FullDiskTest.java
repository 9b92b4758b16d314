package org.partydesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.Backups;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * Backups and restores on a nearly full disk (a real small tmpfs): they fail with a Chinese reason, leave
 * no temporary and no empty backup, prune nothing, and replace nothing.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aBackupOnAFullDiskFailsAndKeepsTheOlderBackups() throws Exception {
        Path backups = dir.resolve("backups");
        try (SmallDisk disk = SmallDisk.mount(backups, 400); Workspace ws = Workspace.open(dir.resolve("bureau.db"), "测试")) {
            RosterFixture.fill(ws.database());
            BackupService service = new BackupService(ws);
            ws.putSetting(BackupService.FOLDER_SETTING, backups.toString());
            ws.putSetting(BackupService.KEEP_SETTING, "1");
            for (String old : List.of("partydesk-20250101-080000.zip", "partydesk-20250102-080000.zip")) {
                Files.writeString(backups.resolve(old), "older backup");
            }
            disk.fillLeaving(16);
            assertThatThrownBy(() -> service.backup(null, Progress.NONE))
                    .hasMessageContaining("备份失败").hasMessageContaining("磁盘空间不足");
            try (Stream<Path> left = Files.list(backups)) {
                assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("filler.bin", "partydesk-20250101-080000.zip", "partydesk-20250102-080000.zip");
            }
        }
    }

    @Test
    void aRestoreOnAFullDiskReplacesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("备份.zip");
        try (SmallDisk disk = SmallDisk.mount(data, 3000)) {
            try (Workspace ws = Workspace.open(data.resolve("bureau.db"), "测试")) {
                RosterFixture.fill(ws.database());
                new BackupService(ws).backup(backup, Progress.NONE);
                ws.database().write("测试", tx -> tx.dsl().deleteFrom(MEMBER).where(MEMBER.NAME.eq("不存在")).execute());
            }
            try (Workspace ws = Workspace.open(data.resolve("bureau.db"), "测试")) {
                long members = ws.database().read().fetchCount(MEMBER);
                disk.fillLeaving(64);
                assertThatThrownBy(() -> new BackupService(ws).restore(backup))
                        .hasMessageContaining("磁盘空间不足");
                assertThat(ws.database().read().fetchCount(MEMBER)).isEqualTo(members);
                try (Stream<Path> left = Files.list(data)) {
                    assertThat(left.map(p -> p.getFileName().toString()))
                            .noneMatch(n -> n.startsWith(".partydesk-") || n.contains("before-restore"));
                }
            }
        }
    }

    @Test
    void aBackupWithTwoDatabasesIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path good = dir.resolve("好.zip");
        try (Workspace ws = Workspace.open(dir.resolve("bureau.db"), "测试")) {
            RosterFixture.fill(ws.database());
            new BackupService(ws).backup(good, Progress.NONE);
        }
        // java.util.zip will not write a name twice: write a second entry under a name of the same length, then rename it in the bytes
        Path twice = dir.resolve("两个数据库.zip");
        String other = "partydesk.dX";
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(twice))) {
            java.util.zip.ZipEntry e = in.getNextEntry();
            byte[] db = in.readAllBytes();
            out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
            out.write(db);
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry(other));
            out.write(db);
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(twice);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace(other, Backups.DB_ENTRY);
        Files.write(twice, latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        try (Workspace ws = Workspace.open(dir.resolve("bureau.db"), "测试")) {
            assertThatThrownBy(() -> new BackupService(ws).restore(twice)).isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("有 2 个 partydesk.db");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".partydesk-"));
        }
    }

    @Test
    void temporariesOfAKilledBackupOrRestoreAreRemovedAtTheNextStartButNotAnotherDatabases() throws Exception {
        Path db = dir.resolve("bureau.db");
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        List<Path> ours = List.of(dir.resolve(".partydesk-restore-bureau.db-123.db"),
                backups.resolve(".partydesk-snapshot-bureau.db-456.db"),
                backups.resolve(".partydesk-snapshot-bureau.db-456.db-journal"),
                backups.resolve(".partydesk-backup-bureau.db-789.zip.part"));
        Path theirs = backups.resolve(".partydesk-backup-other.db-1.zip.part");
        for (Path p : ours) {
            Files.writeString(p, "left by kill -9");
        }
        Files.writeString(theirs, "another database's backup under way");
        try (Workspace ws = Workspace.open(db, "测试")) {
            assertThat(ours).noneMatch(Files::exists);
            assertThat(theirs).exists();
        }
    }
}
