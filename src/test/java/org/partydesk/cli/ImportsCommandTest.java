package org.partydesk.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.ledgers.SheetMaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** imports and undo-import on the command line: the list, the undo, and exit code 3 when refused. */
class ImportsCommandTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    /** The commands here read a database: it exists, empty (a missing one is refused, see MissingDatabaseTest). */
    @BeforeEach
    void emptyDatabase() {
        org.partydesk.app.Workspace.open(dir.resolve("t.db"), "测试").close();
    }

    @Test
    void importsAreListedAndUndoneOnceAndAnUnknownIdIsRefused() throws Exception {
        assertThat(cli("imports").out()).contains("还没有导入过台账");
        Path roster = new SheetMaker()
                .row("党员花名册").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", id("42010219850317123"), "第一党支部", "2010.07.01")
                .row("李四", id("42010219900101234"), "第一党支部", "2012年7月")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(cli("import", "members", roster.toString(), "--dry-run").code()).isZero();
        assertThat(cli("imports").out()).contains("还没有导入过台账");
        assertThat(cli("import", "members", roster.toString()).code()).isZero();

        LedgerCliTest.Run list = cli("imports");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("1\t").contains("\t测试\t花名册\t花名册.xlsx\t新增 2 条，更新 0 条\t有效");
        LedgerCliTest.Run json = cli("imports", "--json");
        assertThat(json.out()).contains("\"id\":1").contains("\"kind\":\"MEMBERS\"").contains("\"file\":\"花名册.xlsx\"")
                .contains("\"added\":2").contains("\"undoneAt\":null");

        LedgerCliTest.Run undo = cli("undo-import", "1");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(undo.out()).startsWith("已撤销导入 #1（花名册“花名册.xlsx”）：删除 ");
        assertThat(cli("imports").out()).contains("已撤销（测试，");

        LedgerCliTest.Run again = cli("undo-import", "1");
        assertThat(again.code()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(again.err()).contains("不能再撤销一次");
        LedgerCliTest.Run unknown = cli("undo-import", "7");
        assertThat(unknown.code()).isEqualTo(PartyDeskCommand.REJECTED);
        assertThat(unknown.err()).contains("没有编号为 7 的导入记录");
        assertThat(cli("undo-import", "x").code()).isEqualTo(PartyDeskCommand.USAGE);
    }
}
