package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * Every command that writes a file on request refuses a path that is the database (as spelled, through a
 * link, or a hard link of it), one of its companions, the evidence folder or a backup, and a wrong
 * extension: exit 3, a Chinese reason, and the database still whole.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void bureau() {
        db = dir.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
    }

    /** Each way of writing a file, pointed at {@code target}. */
    private List<String[]> writers(Path target) {
        String t = target.toString();
        String d = db.toString();
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"export", "members", t, "--db", d});
        all.add(new String[] {"export", "meetings", t, "--db", d});
        all.add(new String[] {"template", "members", t, "--db", d});
        all.add(new String[] {"report", "workbook", "--year", "2025", "--out", t, "--db", d});
        all.add(new String[] {"report", "annual", "--year", "2025", "--out", t, "--db", d});
        all.add(new String[] {"package", "--year", "2025", "--out", t, "--db", d});
        all.add(new String[] {"backup", "--out", t, "--db", d});
        return all;
    }

    @Test
    void noCommandOverwritesTheDatabaseHoweverItIsNamed() throws Exception {
        Path link = dir.resolve("link.xlsx");
        Files.createSymbolicLink(link, db);
        Path wal = dir.resolve("bureau.db-wal");
        long size = Files.size(db);
        for (Path target : List.of(db, dir.resolve("sub/../bureau.db"), link, wal)) {
            for (String[] args : writers(target)) {
                ExitCodesTest.Run r = run(args);
                assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(3);
                assertThat(r.err()).as(String.join(" ", args)).containsAnyOf("正在使用的数据库文件", "扩展名不对")
                        .doesNotContain("Exception");
            }
        }
        // a hard link is another name of the same file: the template (which does not open the database) is refused
        // as the database itself, and every other command refuses to open a database that has a second name
        Path hard = dir.resolve("hard.xlsx");
        Files.createLink(hard, db);
        for (String[] args : writers(hard)) {
            ExitCodesTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(3);
            assertThat(r.err()).containsAnyOf("正在使用的数据库文件", "硬链接");
        }
        assertThat(Files.size(db)).isEqualTo(size);
        Files.delete(hard);
        ExitCodesTest.Run verify = run("verify", "--db", db.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void theEvidenceFolderAndBackupsAreNotOutputsAndExtensionsMustFit() throws Exception {
        Path evidence = dir.resolve("bureau-evidence");
        Files.createDirectories(evidence.resolve("ab"));
        ExitCodesTest.Run inEvidence = run("export", "members", evidence.resolve("ab/x.xlsx").toString(), "--db", db.toString());
        assertThat(inEvidence.code()).isEqualTo(3);
        assertThat(inEvidence.err()).contains("佐证材料文件夹");

        Path backup = dir.resolve("备份.zip");
        assertThat(run("backup", "--out", backup.toString(), "--db", db.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(backup);
        ExitCodesTest.Run overBackup = run("package", "--year", "2025", "--out", backup.toString(), "--db", db.toString());
        assertThat(overBackup.code()).isEqualTo(3);
        assertThat(overBackup.err()).contains("党务台账的一份备份");
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
        // a new backup may replace an older one of the same name: it is whole before it replaces it
        assertThat(run("backup", "--out", backup.toString(), "--db", db.toString()).code()).isZero();

        ExitCodesTest.Run wrong = run("export", "members", dir.resolve("名册.docx").toString(), "--db", db.toString());
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("扩展名不对", ".xlsx");
        ExitCodesTest.Run folder = run("report", "workbook", "--year", "2025", "--out", Files.createDirectories(dir.resolve("统计.xlsx")).toString(),
                "--db", db.toString());
        assertThat(folder.code()).isEqualTo(3);
        assertThat(folder.err()).contains("是一个文件夹");
        assertThat(run("export", "members", dir.resolve("名册.xlsx").toString(), "--db", db.toString()).code()).isZero();
        ExitCodesTest.Run nameless = run("report", "annual", "--year", "2025", "--out", dir.resolve(".docx").toString(),
                "--db", db.toString());
        assertThat(nameless.code()).isEqualTo(3);
        assertThat(nameless.err()).contains("只有扩展名，没有文件名：请写作 名称.docx");
        assertThat(dir.resolve(".docx")).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsNotReplacedAndAFolderWithoutPermissionIsNamed() throws Exception {
        Path kept = dir.resolve("年度总结.docx");
        Files.writeString(kept, "上次打印的稿子");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        ExitCodesTest.Run r = run("report", "annual", "--year", "2025", "--out", kept.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("是只读文件");
        assertThat(Files.readString(kept)).isEqualTo("上次打印的稿子");
        assertThat(Files.getPosixFilePermissions(kept)).hasSize(3);

        java.io.IOException denied = new java.nio.file.AccessDeniedException(dir.resolve(".partydesk-1.tmp").toString());
        assertThat(org.partydesk.app.OutputPaths.reason(denied, dir)).isEqualTo("没有在文件夹“" + dir + "”中写入的权限，请换一个位置")
                .doesNotContain(".partydesk-");
    }
}
