package org.partydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit code contract of the command line: 0 done, 2 usage, 3 input rejected, 1 anything else. */
class ExitCodesTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PartyDeskCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelpExitZero() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("PartyDesk 党务台账 ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("sample", "import", "export", "template", "stats", "check", "report",
                "package", "backup", "restore", "verify");
    }

    @Test
    void verifyOfAGoodDatabaseExitsZero() {
        Path db = dir.resolve("ok.db");
        org.partydesk.app.Workspace.open(db, "测试").close();
        Run r = run("verify", "--db", db.toString(), "--operator", "测试");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("完整性检查：通过", "外键检查：通过", "结构版本", "检查通过");
    }

    @Test
    void wrongUsageExitsTwoWithAHint() {
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("用法错误");
        Run missing = run("stats", "--db", dir.resolve("x.db").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--year");
        assertThat(run().code()).isEqualTo(2);
        Run badScale = run("sample", "--scale", "huge", "--db", dir.resolve("y.db").toString());
        assertThat(badScale.code()).isEqualTo(2);
        assertThat(badScale.err()).contains("small 或 large");
        assertThat(Files.exists(dir.resolve("y.db"))).isFalse();
    }

    @Test
    void aFileThatIsNotADatabaseIsRejectedWithThreeAndNamed() throws Exception {
        Path notDb = dir.resolve("花名册.xlsx");
        Files.writeString(notDb, "PK not a database");
        Run r = run("verify", "--db", notDb.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("输入被拒绝", "花名册.xlsx", "不是 SQLite 数据库");
        assertThat(Files.readString(notDb)).isEqualTo("PK not a database");
    }

    @Test
    void aDamagedDatabaseIsRejectedWithThreeSayingItIsDamagedAndNoStackTrace() throws Exception {
        Path damaged = dir.resolve("damaged.db");
        byte[] bytes = new byte[8192];
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(damaged, bytes);
        Run r = run("verify", "--db", damaged.toString());
        // like a file that is no database: restore it from a backup (restore takes it aside)
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("damaged.db", "损坏", "请用备份恢复").doesNotContain("\tat ");
    }
}
