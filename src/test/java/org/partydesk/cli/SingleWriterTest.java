package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Roster;
import org.partydesk.store.HoldDatabase;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only one writer: while another process (a window, a command) has the database open, a command on it is
 * refused with a clear Chinese message and exit code 4, writes nothing, and works again once it is free.
 */
class SingleWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSecondCommandOnADatabaseInUseIsRefusedWithExitCodeFour() throws Exception {
        Path db = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {db.toString()});
        Path roster = dir.resolve("花名册.xlsx");
        assertThat(ExitCodesTest.run("export", "members", roster.toString(), "--db", db.toString()).code()).isZero();
        long before = Files.size(db);

        Process holder = HoldDatabase.start(db);
        try {
            ExitCodesTest.Run imported = ExitCodesTest.run("import", "members", roster.toString(), "--db", db.toString());
            assertThat(imported.code()).isEqualTo(PartyDeskCommand.BUSY);
            assertThat(imported.err()).contains("数据库正在使用", "bureau.db", "正被另一个党务台账窗口或命令使用", "请先关闭它");
            assertThat(imported.err()).doesNotContain("Exception", "\tat ");
            ExitCodesTest.Run backup = ExitCodesTest.run("backup", "--out", dir.resolve("b.zip").toString(), "--db", db.toString());
            assertThat(backup.code()).isEqualTo(PartyDeskCommand.BUSY);
            assertThat(Files.exists(dir.resolve("b.zip"))).isFalse();
        } finally {
            assertThat(HoldDatabase.release(holder)).isZero();
        }
        assertThat(Files.size(db)).isEqualTo(before);
        ExitCodesTest.Run again = ExitCodesTest.run("import", "members", roster.toString(), "--db", db.toString());
        assertThat(again.code()).as(again.err()).isZero();
        try (Workspace ws = Workspace.open(db, null)) {
            assertThat(new Roster(ws).hasOrganisation()).isTrue();
        }
    }

    @Test
    void aLinkToADatabaseInUseIsTheSameDatabaseAndAHardLinkedOneIsNotOpened() throws Exception {
        Path db = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {db.toString()});
        Path link = Files.createSymbolicLink(dir.resolve("快捷方式.db"), db);
        Process holder = HoldDatabase.start(db);
        try {
            ExitCodesTest.Run viaLink = ExitCodesTest.run("verify", "--db", link.toString());
            assertThat(viaLink.code()).as(viaLink.err()).isEqualTo(PartyDeskCommand.BUSY);
            assertThat(viaLink.err()).contains("正被另一个党务台账窗口或命令使用");
            ExitCodesTest.Run viaDots = ExitCodesTest.run("verify", "--db", dir.resolve("x/../bureau.db").toString());
            assertThat(viaDots.code()).isEqualTo(PartyDeskCommand.BUSY);
        } finally {
            assertThat(HoldDatabase.release(holder)).isZero();
        }
        Path hard = dir.resolve("另一个名字.db");
        Files.createLink(hard, db);
        for (Path name : java.util.List.of(db, hard)) {
            ExitCodesTest.Run r = ExitCodesTest.run("import", "members", dir.resolve("无.xlsx").toString(), "--db", name.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("硬链接", "损坏数据库");
        }
        Files.delete(hard);
        assertThat(ExitCodesTest.run("verify", "--db", db.toString()).code()).isZero();
    }

    @Test
    void theLockIsFreedWhenTheHolderIsKilled() throws Exception {
        Path db = dir.resolve("killed.db");
        RosterFixture.main(new String[] {db.toString()});
        Process holder = HoldDatabase.start(db);
        assertThat(ExitCodesTest.run("verify", "--db", db.toString()).code()).isEqualTo(PartyDeskCommand.BUSY);
        holder.destroyForcibly().waitFor();
        ExitCodesTest.Run verify = ExitCodesTest.run("verify", "--db", db.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("完整性检查：通过");
    }
}
