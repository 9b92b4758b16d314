package org.partydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** import / export / template on the command line: exit codes, messages, nothing written on rejection. */
class LedgerCliTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");

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

    Run cli(String... args) {
        return on(dir.resolve("t.db"), args);
    }

    /** Runs a command on the database {@code db} as the operator 测试 (--db and --operator appended). */
    static Run on(java.nio.file.Path db, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--db";
        all[args.length + 1] = db.toString();
        all[args.length + 2] = "--operator";
        all[args.length + 3] = "测试";
        return run(all);
    }

    int members() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            return new MemberRepository(ws.database()).all().size();
        }
    }

    Path good() throws Exception {
        return new SheetMaker()
                .row("党员花名册").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", ZHANG, "第一党支部", "2010.07.01")
                .row("李四", LI, "第一党支部", "2012年7月")
                .xlsx(dir.resolve("花名册.xlsx"));
    }

    @Test
    void dryRunPrintsThePreviewAndWritesNothingThenImportExportTemplateWork() throws Exception {
        Path file = good();
        Run dry = cli("import", "members", file.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("预览（未写入）：名册日期 ", "新增 2 人，更新 0 人", "新建党支部 1 个：第一党支部",
                "警告：花名册.xlsx，工作表“党员名册”，第4行，D列（入党日期）：只填写了年月，按当月1日记录");
        assertThat(members()).isZero();

        Run imp = cli("import", "members", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("已导入 花名册.xlsx：新增 2 人，更新 0 人");
        assertThat(members()).isEqualTo(2);

        Path out = dir.resolve("导出.xlsx");
        Run exp = cli("export", "members", out.toString(), "--branch", "第一党支部");
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(exp.out()).contains("已导出 2 名党员", "身份证号已脱敏");
        Run again = cli("import", "members", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("新增 0 人，更新 0 人");

        Run tpl = cli("template", "members", dir.resolve("模板.xlsx").toString());
        assertThat(tpl.code()).as(tpl.err()).isZero();
        assertThat(Files.size(dir.resolve("模板.xlsx"))).isPositive();
    }

    @Test
    void oneBadRowExitsThreeWithEveryMessageAndWritesNothing() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "性别")
                .row("张三", ZHANG, "第一党支部", "男")
                .row("李四", LI.substring(0, 17) + "Y", "第一党支部", "女士")
                .xlsx(dir.resolve("有错.xlsx"));
        int before = members();
        Run r = cli("import", "members", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains(
                "错误：有错.xlsx，工作表“党员名册”，第3行，B列（身份证号）：身份证号最后一位应为数字或X",
                "错误：有错.xlsx，工作表“党员名册”，第3行，D列（性别）：性别“女士”应为 男 或 女",
                "输入被拒绝：台账有 2 处错误，未写入任何数据").doesNotContain("\tat ");
        assertThat(members()).isEqualTo(before).isZero();
        Run dry = cli("import", "members", file.toString(), "--dry-run");
        assertThat(dry.code()).isEqualTo(3);
    }

    @Test
    void badFilesAreRejectedWithAClearMessageExitThreeAndNothingWritten() throws Exception {
        Path notSheet = dir.resolve("说明.xlsx");
        Files.writeString(notSheet, "这不是表格");
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        Path whole = good();
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("截断.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path locked = SheetMaker.encrypt(whole, dir.resolve("加密.xlsx"), "123456");
        Path blank = SheetMaker.blankFormattedRows(dir.resolve("空白格式.xlsx"), false, 100_000);
        Path noHeader = new SheetMaker().row("随便写的").row("一些", "内容").xlsx(dir.resolve("无表头.xlsx"));
        Path missingColumn = new SheetMaker().row("姓名", "性别").row("张三", "男").xlsx(dir.resolve("缺列.xlsx"));

        check(notSheet, "说明.xlsx：不是 Excel 表格");
        check(empty, "空.xlsx：文件是空的");
        check(truncated, "截断.xlsx：文件已损坏或不完整");
        check(locked, "加密.xlsx：文件设置了打开密码");
        check(blank, "空白格式.xlsx，工作表“党员名册”：工作表是空的");
        check(noHeader, "无表头.xlsx，工作表“党员名册”：前15行中找不到表头");
        check(missingColumn, "缺列.xlsx，工作表“党员名册”，第1行：缺少必填的列“所在党支部”");
        check(dir.resolve("不存在.xlsx"), "不存在.xlsx：找不到文件");
        assertThat(members()).isZero();
    }

    private void check(Path file, String message) {
        Run r = cli("import", "members", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
    }

    @Test
    void unknownLedgerKindsAreUsageErrors() throws Exception {
        Run unknown = cli("import", "people", dir.resolve("x.xlsx").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("用法错误", "未知的台账类型“people”");
        assertThat(cli("export", "people", "x.xlsx").code()).isEqualTo(2);
        assertThat(cli("template", "people", "x.xlsx").code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void commendationsAndResponsibilitiesGoThroughTemplateDryRunImportAndExport() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            org.partydesk.app.ledgers.LedgerFixture.build(ws);
        }
        for (String kind : new String[] {"commendations", "responsibilities"}) {
            Run tpl = cli("template", kind, dir.resolve(kind + "-模板.xlsx").toString());
            assertThat(tpl.code()).as(tpl.err()).isZero();
        }
        assertThat(cli("template", "commendations", dir.resolve("y.xlsx").toString()).out()).contains("已生成空白评先创优台账模板");

        Path honours = new SheetMaker().sheet("表彰")
                .row("荣誉名称", "级别", "获奖对象", "授予时间")
                .row("优秀共产党员", "市级", "张三", "2025年6月28日")
                .row("红旗党支部", "局级", "第二党支部", "2025.12.01")
                .xlsx(dir.resolve("表彰.xlsx"));
        Run dry = cli("import", "commendations", honours.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("预览（未写入）：新增 2 项，更新 0 项，未变 0 项；警告 0 条，错误 0 条");
        Run imp = cli("import", "commendations", honours.toString());
        assertThat(imp.out()).contains("已导入 表彰.xlsx：新增 2 项，更新 0 项");
        Run exp = cli("export", "commendations", dir.resolve("表彰导出.xlsx").toString(), "--year", "2025");
        assertThat(exp.out()).contains("已导出 2 条表彰记录（每个获奖对象一行）到");
        assertThat(cli("import", "commendations", dir.resolve("表彰导出.xlsx").toString()).out())
                .contains("新增 0 项，更新 0 项");

        Path lists = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, "党组书记第一责任清单", "党组书记", "王伟", "1", "履行第一责任人职责", "每季度")
                .xlsx(dir.resolve("清单.xlsx"));
        Run refused = cli("import", "responsibilities", lists.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains(
                "错误：清单.xlsx，工作表“清单”，第2行，D列（清单所属）：库中有2名党员叫“王伟”，无法确定清单属于哪一位",
                "输入被拒绝：台账有 1 处错误，未写入任何数据");
        Path fixed = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, "党组书记第一责任清单", "党组书记", "张三", "1", "履行第一责任人职责", "每季度")
                .xlsx(dir.resolve("清单2.xlsx"));
        assertThat(cli("import", "responsibilities", fixed.toString()).out()).contains("已导入 清单2.xlsx：新增 1 条，更新 0 条");
        Run listExport = cli("export", "responsibilities", dir.resolve("清单导出.xlsx").toString(), "--branch", "第一党支部");
        assertThat(listExport.out()).contains("已导出 1 个责任清单条目到");
    }
}
