package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * restore where the database cannot be opened at all, which is when a clerk needs a backup most: a file that is no
 * database (a damaged disk, a file saved over it) is kept aside and the backup takes its place; a database that does
 * not exist yet is made from the backup without an empty one being kept as "the one before".
 */
class RestoreOverUnreadableTest {
    @TempDir
    Path dir;

    private Path backupOfABureau() {
        Path db = dir.resolve("原来.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Path backup = dir.resolve("备份.zip");
        assertThat(run("backup", "--out", backup.toString(), "--db", db.toString()).code()).isZero();
        return backup;
    }

    private static int members(Path db) {
        try (Workspace ws = Workspace.open(db, "测试")) {
            return new MemberRepository(ws.database()).all().size();
        }
    }

    @Test
    void aFileThatIsNoDatabaseIsKeptAsideAndTheBackupTakesItsPlace() throws Exception {
        Path backup = backupOfABureau();
        Path broken = dir.resolve("党务台账.db");
        Files.writeString(broken, "被别的程序覆盖了的内容");
        ExitCodesTest.Run r = run("restore", backup.toString(), "--db", broken.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("当前数据库无法打开（文件不是 SQLite 数据库），已从 " + backup, "无法核对备份是否属于本单位",
                "原来的数据库文件已另存为");
        assertThat(members(broken)).isEqualTo(members(dir.resolve("原来.db"))).isPositive();
        assertThat(run("verify", "--db", broken.toString()).code()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().startsWith("党务台账.db.before-restore-")).toList();
            assertThat(kept).hasSize(1);
            assertThat(Files.readString(kept.get(0))).isEqualTo("被别的程序覆盖了的内容");
        }
    }

    @Test
    void aDatabaseDamagedInsideOrCutShortIsKeptAsideAndTheBackupTakesItsPlace() throws Exception {
        Path backup = backupOfABureau();
        Path original = dir.resolve("原来.db");
        int members = members(original);
        byte[] whole = Files.readAllBytes(original);
        // pages overwritten in the middle (a bad sector), and a file cut short (a copy that stopped half-way)
        Path garbled = dir.resolve("坏页.db");
        byte[] bad = whole.clone();
        for (int i = bad.length / 2; i < Math.min(bad.length, bad.length / 2 + 8192); i++) {
            bad[i] = (byte) "GARBAGE".charAt(i % 7);
        }
        Files.write(garbled, bad);
        Path cut = dir.resolve("截断.db");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        for (Path damaged : List.of(garbled, cut)) {
            ExitCodesTest.Run r = run("restore", backup.toString(), "--db", damaged.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).as(damaged.toString()).contains("损坏", "已从 " + backup, "原来的数据库文件已另存为");
            assertThat(members(damaged)).isEqualTo(members);
            assertThat(run("verify", "--db", damaged.toString()).code()).isZero();
        }
    }

    @Test
    void aDatabaseThatDoesNotExistYetIsMadeFromTheBackup() throws Exception {
        Path backup = backupOfABureau();
        Path fresh = dir.resolve("新电脑/党务台账.db");
        ExitCodesTest.Run r = run("restore", backup.toString(), "--db", fresh.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("恢复到新的数据库");
        assertThat(members(fresh)).isPositive();
        try (Stream<Path> files = Files.list(fresh.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aTextFileGivenAsTheBackupChangesNothing() throws Exception {
        backupOfABureau();
        Path db = dir.resolve("原来.db");
        int before = members(db);
        Path text = dir.resolve("备份.db");
        Files.writeString(text, "不是备份");
        ExitCodesTest.Run r = run("restore", text.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("无法打开数据库文件 " + text + "：文件不是 SQLite 数据库");
        assertThat(members(db)).isEqualTo(before);
    }
}
