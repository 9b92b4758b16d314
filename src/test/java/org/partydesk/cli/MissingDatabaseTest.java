package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * The commands that read a database refuse one that does not exist (a mistyped --db): exit 3, a Chinese
 * message naming the file, and no empty database left behind that a later check would call sound.
 */
class MissingDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void everyReadingCommandRefusesAMissingDatabaseAndCreatesNone() throws Exception {
        Path missing = dir.resolve("bureua-typo.db");
        String d = missing.toString();
        List<String[]> commands = List.of(
                new String[] {"verify", "--db", d},
                new String[] {"stats", "--year", "2025", "--db", d},
                new String[] {"check", "--year", "2025", "--db", d},
                new String[] {"report", "annual", "--year", "2025", "--out", dir.resolve("a.docx").toString(), "--db", d},
                new String[] {"report", "quarterly", "--branch", "机关第一党支部", "--year", "2025", "--quarter", "1",
                        "--out", dir.resolve("q.docx").toString(), "--db", d},
                new String[] {"report", "workbook", "--year", "2025", "--out", dir.resolve("w.xlsx").toString(), "--db", d},
                new String[] {"export", "members", dir.resolve("m.xlsx").toString(), "--db", d},
                new String[] {"package", "--year", "2025", "--out", dir.resolve("p.zip").toString(), "--db", d},
                new String[] {"backup", "--db", d},
                new String[] {"imports", "--db", d},
                new String[] {"undo-import", "1", "--db", d});
        for (String[] args : commands) {
            ExitCodesTest.Run r = run(args);
            String what = String.join(" ", args);
            assertThat(r.code()).as(what + "\n" + r.err()).isEqualTo(3);
            assertThat(r.err()).as(what).contains("输入被拒绝", "bureua-typo.db", "不存在");
            assertThat(r.err()).as(what).doesNotContain("Exception", "\tat ");
            assertThat(missing).as(what).doesNotExist();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing written beside it").isEmpty();
        }
    }

    @Test
    void anEmptyFileIsNoDatabaseAndStaysEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("空文件.db"));
        for (String[] args : List.of(new String[] {"stats", "--year", "2025", "--db", empty.toString()},
                new String[] {"verify", "--db", empty.toString()})) {
            ExitCodesTest.Run r = run(args);
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains("是空的（0 字节），不是党务台账的数据库");
            assertThat(Files.size(empty)).isZero();
        }
        ExitCodesTest.Run hidden = run("report", "annual", "--year", "2025", "--out", dir.resolve(".docx").toString(),
                "--db", empty.toString());
        assertThat(hidden.code()).isEqualTo(3);
    }

    @Test
    void anExistingDatabaseIsOpenedAsBefore() {
        Path db = dir.resolve("bureau.db");
        Workspace.open(db, "测试").close();
        ExitCodesTest.Run r = run("verify", "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("检查通过");
    }
}
