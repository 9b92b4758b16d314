package org.partydesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** import / export / template meetings on the command line: dry run, exit code 3, nothing written on rejection. */
class MeetingLedgerCliTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    int meetings() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            return new MeetingRepository(ws.database()).list(new MeetingFilter(null, null, null, null, null)).size();
        }
    }

    void branchWithTwoMembers() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0);
            int branch = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
            f.belongs(f.member("张三"), branch, LocalDate.of(2020, 1, 1), null);
            f.belongs(f.member("李四"), branch, LocalDate.of(2020, 1, 1), null);
        }
    }

    @Test
    void dryRunPreviewsThenImportExportAndTemplateWork() throws Exception {
        branchWithTwoMembers();
        Path file = new SheetMaker().sheet("三会一课")
                .row("会议台账")
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "应到人数", "实到人数", "请假人员")
                .row("第一党支部", "主题党日、党课", "三月主题党日", "2025-03-08 14:30", 2, 2, "李四（出差）")
                .row("第二党支部", "支委会", "三月支委会", "2025年3月10日")
                .xlsx(dir.resolve("会议.xlsx"));
        LedgerCliTest.Run dry = cli("import", "meetings", file.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("预览（未写入）：新增 2 次会议，更新 0 次会议，未变 0 次会议；新建党支部 1 个：第二党支部",
                "警告：会议.xlsx，工作表“三会一课”，第3行，F列（实到人数）：实到人数写的是2人，按名单应为1人（应到2人，请假1人，缺席0人）");
        assertThat(meetings()).isZero();

        LedgerCliTest.Run imp = cli("import", "meetings", file.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("已导入 会议.xlsx：新增 2 次会议，更新 0 次会议");
        assertThat(meetings()).isEqualTo(2);

        Path out = dir.resolve("导出.xlsx");
        LedgerCliTest.Run exp = cli("export", "meetings", out.toString(), "--year", "2025", "--branch", "第一党支部");
        assertThat(exp.code()).as(exp.err()).isZero();
        assertThat(exp.out()).contains("已导出 1 次会议到");
        LedgerCliTest.Run again = cli("import", "meetings", out.toString(), "--dry-run");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("新增 0 次会议，更新 0 次会议，未变 1 次会议；警告 0 条，错误 0 条");

        LedgerCliTest.Run tpl = cli("template", "meetings", dir.resolve("模板.xlsx").toString());
        assertThat(tpl.code()).as(tpl.err()).isZero();
        assertThat(tpl.out()).contains("已生成空白三会一课台账模板");
        assertThat(Files.size(dir.resolve("模板.xlsx"))).isPositive();
    }

    @Test
    void anUnknownNameExitsThreeAndWritesNothing() throws Exception {
        branchWithTwoMembers();
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "缺席人员")
                .row("第一党支部", "党员大会", "一季度党员大会", "2025-03-28", "李四")
                .row("第一党支部", "党课", "四月党课", "2025.04.15", "王五")
                .xlsx(dir.resolve("有错.xlsx"));
        LedgerCliTest.Run dry = cli("import", "meetings", file.toString(), "--dry-run");
        assertThat(dry.code()).isEqualTo(3);
        LedgerCliTest.Run r = cli("import", "meetings", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains(
                "错误：有错.xlsx，工作表“三会一课”，第3行，E列（缺席人员）：“王五”不是“第一党支部”2025-04-15的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）",
                "输入被拒绝：台账有 1 处错误，未写入任何数据").doesNotContain("\tat ");
        assertThat(meetings()).isZero();
    }
}
