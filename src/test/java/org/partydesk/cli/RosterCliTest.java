package org.partydesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.model.Member;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** {@code import members --as-of} and {@code import KIND --dry-run --verbose} on the command line. */
class RosterCliTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");

    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    @Test
    void asOfOverridesTheTitleAndVerboseListsEveryRecord() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年6月30日）").mergeLast(0, 4)
                .row("姓名", "身份证号", "所在党支部", "党内职务", "转入本支部日期")
                .row("张三", ZHANG, "第一党支部", "书记", null)
                .row("李四", LI, "第一党支部", null, "2024-03-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerCliTest.Run dry = cli("import", "members", roster.toString(), "--as-of", "2025-12-31", "--dry-run", "--verbose");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains(
                "预览（未写入）：名册日期 2025-12-31（按指定的名册日期，表中“党员花名册（截至2025年6月30日）”未采用）",
                "第3行 新增 张三 420102********" + ZHANG.substring(14) + " 第一党支部：组织关系自2000-01-01起，任书记",
                "第4行 新增 李四 420102********" + LI.substring(14) + " 第一党支部：组织关系自2024-03-01起");

        LedgerCliTest.Run imp = cli("import", "members", roster.toString(), "--as-of", "2025-12-31");
        assertThat(imp.code()).as(imp.err()).isZero();
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MemberRepository repo = new MemberRepository(ws.database());
            Member li = repo.all().stream().filter(m -> m.name().equals("李四")).findFirst().orElseThrow();
            assertThat(repo.memberships(li.id()).get(0).startOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        }

        Path meetings = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "请假人员")
                .row("第一党支部", "主题党日、党课", "三月主题党日", "2025-03-08 14:30", "李四（出差）")
                .xlsx(dir.resolve("会议.xlsx"));
        LedgerCliTest.Run verbose = cli("import", "meetings", meetings.toString(), "--dry-run", "--verbose");
        assertThat(verbose.code()).as(verbose.err()).isZero();
        assertThat(verbose.out()).contains("第2行 新增 第一党支部 2025-03-08 14:30 党课、主题党日 三月主题党日");

        LedgerCliTest.Run wrongKind = cli("import", "meetings", meetings.toString(), "--as-of", "2025-12-31");
        assertThat(wrongKind.code()).isEqualTo(2);
        assertThat(wrongKind.err()).contains("--as-of 只用于花名册");
        LedgerCliTest.Run badDate = cli("import", "members", roster.toString(), "--as-of", "2025年底");
        assertThat(badDate.code()).isEqualTo(2);
    }
}
