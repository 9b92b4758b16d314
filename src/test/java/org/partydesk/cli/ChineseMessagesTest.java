package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.store.RosterFixture;
import org.partydesk.store.StoreException;
import org.partydesk.store.jooq.tables.records.OrgUnitRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.cli.ExitCodesTest.run;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/** What a clerk reads when something is wrong is a Chinese sentence: no picocli English, no Java or SQLite text. */
class ChineseMessagesTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsAreChinese() {
        Path db = dir.resolve("b.db");
        assertThat(run("check", "--year", "2025", "--quarter", "3a", "--db", db.toString()).err())
                .contains("选项 --quarter 的值“3a”不是整数").doesNotContain("Invalid value");
        assertThat(run("stats", "--db", db.toString()).err()).contains("缺少必填的选项 --year").doesNotContain("Missing");
        assertThat(run("stats", "--year", "2025", "--frob", "--db", db.toString()).err()).contains("不认识的选项 --frob");
        assertThat(run("export", "members", dir.resolve("a.xlsx").toString(), "多余", "--db", db.toString()).err())
                .contains("多余的参数 多余").doesNotContain("Unmatched");
        assertThat(run("check", "--year", "--db", db.toString()).err()).contains("选项 --year 后面应给出它的值");
    }

    @Test
    void helpIsChineseToTheLastWord() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}, {"help", "help"}, {"help", "import"},
                {"import", "--help"}, {"report", "--help"}, {"report", "annual", "--help"}, {"dues", "--help"}}) {
            ExitCodesTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("用法：partydesk").doesNotContain("Usage", "Show this help",
                    "Print version", "Display help", "Commands:", "Parameters:", "Options:", "Show usage help", "The COMMAND");
        }
        assertThat(run("--help").out()).contains("命令：", "-h, --help      显示本命令的用法并退出", "-V, --version   显示版本并退出",
                "help         显示一个命令的用法");
        assertThat(run("help", "help").out()).contains("显示一个命令的用法", "参数：", "选项：", "要显示其用法的命令");
        // a nested command's help through help: the command's own, not its parent's
        assertThat(run("help", "report", "annual").out()).startsWith("用法：partydesk report annual").contains("--year=Y");
        for (String command : new String[] {"import", "export", "template"}) {
            assertThat(run("help", command).out()).as("every parameter is described: " + command)
                    .containsPattern("LEDGER +台账类型：members, meetings").containsPattern("FILE +\\S");
        }
    }

    @Test
    void aMistypedCommandOrOptionIsNamedWithWhatComesClose() {
        Path db = dir.resolve("b.db");
        assertThat(run("chek", "--year", "2025").err()).contains("用法错误：没有“chek”这个命令；是不是要用 check？");
        assertThat(run("report", "anual", "--year", "2025").err()).contains("没有“anual”这个命令；是不是要用 annual？");
        assertThat(run("help", "nosuch").err()).contains("没有“nosuch”这个命令").doesNotContain("Unknown");
        // words that merely share letters with a command are not offered
        assertThat(run("frobnicate").err()).contains("没有“frobnicate”这个命令").doesNotContain("是不是");
        assertThat(run("check", "--yeer", "2025", "--year", "2025", "--db", db.toString()).err())
                .contains("不认识的选项 --yeer、2025；是不是要用 --year？");
        assertThat(UsageMessages.close("improt", "import")).isTrue();
        assertThat(UsageMessages.close("ab", "cd")).isFalse();
        assertThat(run("check", "--year", "2025", "--year", "2025", "--db", db.toString()).err())
                .contains("选项 --year 只能写一次").doesNotContain("should be specified");
        assertThat(java.nio.file.Files.exists(db)).isFalse();
    }

    @Test
    void aBackupWithAnUnreadableVersionIsRefusedInChinese() throws Exception {
        Path db = dir.resolve("b.db");
        Path copy = dir.resolve("copy.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Files.copy(db, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            c.createStatement().execute("update flyway_schema_history set version = '3a' where version = '1'");
            c.createStatement().execute("delete from flyway_schema_history where version <> '3a'");
        }
        Path zip = dir.resolve("备份.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("partydesk.db"));
            out.write(Files.readAllBytes(copy));
            out.closeEntry();
        }
        ExitCodesTest.Run r = run("restore", zip.toString(), "--db", db.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("结构版本“3a”无法识别").doesNotContain("For input string", "Exception");
    }

    @Test
    void aWriteRefusedBySqliteSaysWhyInChinese() {
        try (Workspace ws = Workspace.open(dir.resolve("b.db"), "测试")) {
            RosterFixture.fill(ws.database());
            assertThatThrownBy(() -> ws.database().write("测试", tx -> {
                OrgUnitRecord r = tx.dsl().newRecord(ORG_UNIT);
                r.setKind("ORGAN_COMMITTEE");
                r.setName(RosterFixture.COMMITTEE);
                return tx.insert(r);
            })).isInstanceOf(StoreException.class).hasMessageContaining("本次修改未保存：与已有的记录重复")
                    .hasMessageNotContaining("SQLITE_");
        }
    }
}
