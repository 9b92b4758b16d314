package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partydesk.app.BackupService;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * A database a restore would refuse (decision 0051) — its audit trail's protecting trigger dropped, or its record of
 * structure upgrades edited — is reported by {@code verify} (exit 3, as a damaged database), is not backed up by
 * {@code backup} (exit 3, no file, the older backups kept), and {@code restore} refuses it for the same reason: the
 * three run one check. Real database files changed by hand through SQLite, as a tester did.
 */
class WhatRestoreRefusesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "drop trigger audit_log_no_delete|审计日志的保护触发器 audit_log_no_delete 不存在",
            "update flyway_schema_history set checksum = 12345 where version = '3'|V3（report drafts）的校验和为 12345",
    })
    void verifyReportsItBackupRefusesItAndRestoreRefusesIt(String sql, String reason) throws Exception {
        Path db = dir.resolve("data").resolve("台账.db");
        Path backups = db.resolveSibling("backups");
        Path older;
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
            older = new BackupService(ws).backup(null, Progress.NONE).file(); // a good backup made before the damage
        }
        assertThat(run("verify", "--db", db.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }

        ExitCodesTest.Run verify = run("verify", "--db", db.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(verify.out()).contains(reason).doesNotContain("检查通过");
        assertThat(verify.err()).contains("台账.db", "已损坏或被改动过", "恢复时会被拒绝");

        Path out = dir.resolve("备份").resolve("手动备份.zip");
        Files.createDirectories(out.getParent());
        ExitCodesTest.Run backup = run("backup", "--db", db.toString(), "--out", out.toString());
        assertThat(backup.code()).as(backup.out() + backup.err()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(backup.err()).contains("未生成备份", "台账.db", reason, "已有的备份都保留着");
        assertThat(out).doesNotExist();
        assertThat(names(out.getParent())).as("nothing half-made left beside it").isEmpty();
        ExitCodesTest.Run automatic = run("backup", "--db", db.toString());
        assertThat(automatic.code()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(names(backups)).as("the good backup is still the only one").containsExactly(older.getFileName().toString());

        // restore, given the very file, refuses it for the same reason
        Path copy = Files.copy(db, dir.resolve("副本.db"));
        Path other = dir.resolve("other").resolve("新库.db");
        ExitCodesTest.Run restore = run("restore", copy.toString(), "--db", other.toString());
        assertThat(restore.code()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(restore.err()).contains(sql.startsWith("drop") ? reason : "校验和不符");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
