package org.partydesk.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.ledgers.SheetMaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** template / import / export dues (党费收缴台账) and the dues figures of stats --json on the command line. */
class DuesCliTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    @Test
    void duesGoThroughTemplateImportExportAndStats() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("李四", id("42010219820101123"), "第一党支部", "2007.07.01")
                .row("王五", id("42010219830101123"), "第一党支部", "2008.07.01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(cli("import", "members", roster.toString()).code()).isZero();

        LedgerCliTest.Run tpl = cli("template", "dues", dir.resolve("党费模板.xlsx").toString());
        assertThat(tpl.code()).as(tpl.err()).isZero();
        assertThat(tpl.out()).contains("党费收缴台账");

        Path file = new SheetMaker().sheet("党费")
                .row("第一党支部2025年党费收缴台账").mergeLast(0, 6)
                .row("姓名", "交纳月份", "基数类型", "党费基数", "应缴金额", "实缴金额", "交纳日期")
                .row("李四", "2025年6月", "税后工资", 4000, null, 40, "2025-06-10")
                .row("王五", "2025年6月", "学生", null, null, 0.2, "2025-06-10")
                .xlsx(dir.resolve("党费.xlsx"));
        LedgerCliTest.Run imp = cli("import", "dues", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("新增 2 条");
        LedgerCliTest.Run exp = cli("export", "dues", dir.resolve("党费导出.xlsx").toString(), "--year", "2025");
        assertThat(exp.out()).contains("已导出 2 条党费收缴记录到");
        assertThat(cli("import", "dues", dir.resolve("党费导出.xlsx").toString()).out()).contains("新增 0 条，更新 0 条");

        // 2025: January to December due (12 × 40 + 12 × 0.2), June paid; both six months behind at the year's end
        LedgerCliTest.Run stats = cli("stats", "--year", "2025", "--json", "--allow-empty");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"dues\":{\"due\":482.4,\"paid\":40.2,\"rate\":0.0833,\"behind6\":2}");

        LedgerCliTest.Run receipts = cli("dues", "receipts", dir.resolve("收据.docx").toString(), "--branch", "第一党支部",
                "--month", "2025-06");
        assertThat(receipts.code()).as(receipts.err()).isZero();
        assertThat(receipts.out()).contains("第一党支部2025年6月党费收据 2 张");
        assertThat(dir.resolve("收据.docx")).exists();
        assertThat(cli("dues", "receipts", dir.resolve("x.docx").toString(), "--branch", "第一党支部", "--month", "6月").code())
                .isEqualTo(2);

        LedgerCliTest.Run bad = cli("import", "dues", new SheetMaker().sheet("党费")
                .row("姓名", "交纳月份", "实缴金额", "交纳日期")
                .row("赵六", "2025年7月", 40, "2025-07-10")
                .xlsx(dir.resolve("有误.xlsx")).toString());
        assertThat(bad.code()).isEqualTo(3);
        assertThat(bad.err()).contains("有误.xlsx，工作表“党费”，第2行，A列（姓名）：库中没有党员“赵六”");
    }
}
