package org.partydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.store.EvidenceFiles;
import org.partydesk.store.EvidenceStore;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * A restore checks the backup's database on a temporary copy — migrated to this program's schema, foreign
 * keys, the audit trail's triggers and continuity, the evidence hashes, the bureau — before it replaces
 * anything. Each crafted backup is refused with its reason, and the database stays as it was.
 */
class RestoreSafetyTest {
    @TempDir
    Path dir;
    private Path db;
    private Path good;

    @BeforeEach
    void backupOfABureau() throws Exception {
        db = dir.resolve("data").resolve("bureau.db");
        good = dir.resolve("好的备份.zip");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
            Path photo = Files.writeString(dir.resolve("合影.jpg"), "a photo of the meeting");
            new org.partydesk.app.evidence.EvidenceService(ws).add(List.of(new org.partydesk.app.evidence.EvidenceService.NewFile(
                    photo, EvidenceStore.Details.none())), EvidenceRecordType.MEMBER, 1, Progress.NONE);
            new BackupService(ws).backup(good, Progress.NONE);
        }
    }

    /** A copy of the good backup whose database had {@code sql} run on it (foreign keys off, as a hand edit). */
    private Path crafted(String name, String... sql) throws Exception {
        Path extracted = dir.resolve("extracted-" + name + ".db");
        Path out = dir.resolve(name + ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("partydesk.db")) {
                    Files.write(extracted, bytes);
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + extracted); Statement s = c.createStatement()) {
                        s.execute("pragma foreign_keys = off");
                        for (String q : sql) {
                            s.execute(q);
                        }
                    }
                    bytes = Files.readAllBytes(extracted);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out;
    }

    private void refused(Path backup, String reason) throws IOException {
        try (Workspace ws = Workspace.open(db, "测试")) {
            long members = ws.database().read().fetchCount(MEMBER);
            long audits = ws.database().read().fetchCount(AUDIT_LOG);
            assertThatThrownBy(() -> new BackupService(ws).restore(backup)).isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining(reason).hasMessageNotContaining("flywaydb.org");
            assertThat(ws.database().read().fetchCount(MEMBER)).isEqualTo(members);
            assertThat(ws.database().read().fetchCount(AUDIT_LOG)).isEqualTo(audits);
        }
        try (Workspace again = Workspace.open(db, "测试")) {
            assertThat(VerifyDatabase.run(again).ok()).as(VerifyDatabase.run(again).problems().toString()).isTrue();
        }
        try (Stream<Path> left = Files.list(db.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".partydesk-") || n.contains("before-restore"));
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedByItsOwnName() throws Exception {
        Path text = dir.resolve("不是数据库.db");
        Files.writeString(text, "这是一个改了扩展名的文本文件");
        refused(text, "无法打开数据库文件 " + text + "：文件不是 SQLite 数据库");
    }

    @Test
    void anOldVersionHoldingNewerTablesIsRefusedAndTheDatabaseStillOpens() throws Exception {
        refused(crafted("v1", "delete from flyway_schema_history where version <> '1'"), "无法升级到本程序的结构");
    }

    @Test
    void aChecksumThatDoesNotMatchTheProgramsMigrationIsRefused() throws Exception {
        refused(crafted("checksum", "update flyway_schema_history set checksum = 12345 where version = '1'"), "校验和不符");
    }

    @Test
    void brokenForeignKeysAreRefused() throws Exception {
        refused(crafted("fk", "insert into membership (member_id, org_unit_id, start_on) values (99999, 1, '2020-01-01')"),
                "外键不一致：表 membership → member");
    }

    @Test
    void aMissingAuditTriggerIsRefused() throws Exception {
        refused(crafted("trigger", "drop trigger audit_log_no_delete"), "保护触发器 audit_log_no_delete 不存在");
    }

    @Test
    void anAuditTrailWithAGapIsRefused() throws Exception {
        String trigger = "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
                + "  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";
        refused(crafted("gap", "drop trigger audit_log_no_delete", "delete from audit_log where id = 2", trigger),
                "审计日志不完整");
    }

    @Test
    void aDamagedEvidenceFileInTheBackupIsRefused() throws Exception {
        Path damaged = dir.resolve("损坏的佐证.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().startsWith("evidence/") ? "not the photo".getBytes() : bytes);
                zip.closeEntry();
            }
        }
        refused(damaged, "已损坏");
    }

    @Test
    void aBackupOfAnotherBureauIsRefusedUnlessConfirmed() throws Exception {
        Path other = dir.resolve("其他单位.zip");
        try (Workspace ws = Workspace.open(dir.resolve("other").resolve("other.db"), "测试")) {
            new org.partydesk.app.org.Organisation(ws).setUpBureau("某县生态环境局", "测试");
            new BackupService(ws).backup(other, Progress.NONE);
        }
        try (Workspace ws = Workspace.open(db, "测试")) {
            assertThatThrownBy(() -> new BackupService(ws).restore(other)).isInstanceOf(BackupService.OtherBureauException.class)
                    .hasMessageContaining("另一个单位（某县生态环境局）的备份").hasMessageContaining("--other-bureau");
            new BackupService(ws).restore(other, true);
            assertThat(ws.setting(Workspace.BUREAU_NAME_SETTING)).contains("某县生态环境局");
        }
    }

    @Test
    void aDamagedStoredEvidenceFileIsReplacedByTheGoodOneAndTheRestoreIsAuditedInTheRestoredDatabase() throws Exception {
        try (Workspace ws = Workspace.open(db, "干事")) {
            Path evidence = ws.database().evidenceFolder();
            Path stored;
            try (Stream<Path> files = Files.walk(evidence)) {
                stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            Files.writeString(stored, "damaged on disk");
            new BackupService(ws).restore(good);
            assertThat(EvidenceFiles.sha256(stored)).isEqualTo(stored.getFileName().toString().split("\\.")[0]);
            assertThat(ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("RESTORE").and(AUDIT_LOG.OPERATOR.eq("干事"))))
                    .isEqualTo(1);
            assertThat(VerifyDatabase.run(ws).ok()).isTrue();
        }
    }
}
