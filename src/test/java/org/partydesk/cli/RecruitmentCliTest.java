package org.partydesk.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.store.RecruitRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** template / import / export recruitment (发展党员台账) on the command line. */
class RecruitmentCliTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    @Test
    void recruitmentGoesThroughTemplateDryRunImportAndExport() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("李四", id("42010219820101123"), "第一党支部", "2007.07.01")
                .row("王五", id("42010219830101123"), "第一党支部", "2008.07.01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(cli("import", "members", roster.toString()).code()).isZero();

        LedgerCliTest.Run tpl = cli("template", "recruitment", dir.resolve("发展党员模板.xlsx").toString());
        assertThat(tpl.code()).as(tpl.err()).isZero();
        assertThat(tpl.out()).contains("发展党员台账");

        Path file = new SheetMaker().sheet("发展党员")
                .row("发展党员台账").mergeLast(0, 6)
                .row("姓名", "所在党支部", "入党申请时间", "谈话日期", "列为积极分子时间", "列为发展对象时间", "入党介绍人")
                .row("钱七", "第一党支部", "2023-01-02", "2023-01-10", "2023-06-01", "2024-06-01", "李四、王五")
                .row("孙八", "第一党支部", "2025年3月1日", null, null, null, null)
                .xlsx(dir.resolve("发展.xlsx"));
        LedgerCliTest.Run dry = cli("import", "recruitment", file.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("预览（未写入）：新增 2 人");
        LedgerCliTest.Run imp = cli("import", "recruitment", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("已导入 发展.xlsx：新增 2 人");
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            assertThat(new RecruitRepository(ws.database()).all()).hasSize(2);
        }
        LedgerCliTest.Run exp = cli("export", "recruitment", dir.resolve("发展导出.xlsx").toString());
        assertThat(exp.out()).contains("已导出 2 人的发展党员记录到");
        assertThat(cli("import", "recruitment", dir.resolve("发展导出.xlsx").toString()).out()).contains("新增 0 人，更新 0 人");

        Path early = new SheetMaker().sheet("发展党员")
                .row("姓名", "所在党支部", "入党申请时间", "谈话日期", "列为积极分子时间", "列为发展对象时间")
                .row("周九", "第一党支部", "2024-01-02", "2024-01-10", "2024-06-01", "2025-03-01")
                .xlsx(dir.resolve("过早.xlsx"));
        LedgerCliTest.Run refused = cli("import", "recruitment", early.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("过早.xlsx，工作表“发展党员”，第2行，F列（列为发展对象时间）：确定为入党积极分子的日期是 2024-06-01",
                "输入被拒绝：台账有 1 处错误，未写入任何数据");
    }
}
