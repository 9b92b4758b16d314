package org.partydesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import meetings FILE --duplicates skip|add}: a row on the same day, of the same unit and types as a
 * stored meeting (or an earlier row) but with another theme wording is a possible duplicate; without a choice
 * the import stops with exit 3 naming the row and writes nothing.
 */
class DuplicateMeetingsCliTest {
    @TempDir
    Path dir;

    LedgerCliTest.Run cli(String... args) {
        return LedgerCliTest.on(dir.resolve("t.db"), args);
    }

    List<String> themes() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            return new MeetingRepository(ws.database()).list(MeetingFilter.ALL).stream().map(MeetingSummary::theme).toList();
        }
    }

    /** 机关党委 with its 第一党支部, where 张三 has belonged since 2020. */
    private void firstBranchWithZhang() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int branch = f.unit(f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0), OrgKind.BRANCH, "第一党支部", 1);
            f.belongs(f.member("张三"), branch, LocalDate.of(2020, 1, 1), null);
        }
    }

    static SheetMaker ledger() {
        return new SheetMaker().sheet("三会一课")
                .row("第一党支部“三会一课”台账").mergeLast(0, 4)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "应到人数");
    }

    @Test
    void aMeetingWithAnotherThemeWordingOnTheSameDayStopsTheImportUnlessSkippedOrAdded() throws Exception {
        firstBranchWithZhang();
        Path first = ledger().row("第一党支部", "主题党日", "三月主题党日", "2025-03-08").xlsx(dir.resolve("一季度.xlsx"));
        assertThat(cli("import", "meetings", first.toString()).code()).isZero();

        // the same meeting written again by another clerk, and a meeting that is really new
        Path second = ledger()
                .row("第一党支部", "主题党日活动", "3月份主题党日学习全会精神", "2025年3月8日")
                .row("第一党支部", "支委会", "三月支委会", "2025-03-10")
                .xlsx(dir.resolve("补录.xlsx"));
        LedgerCliTest.Run stop = cli("import", "meetings", second.toString());
        assertThat(stop.code()).isEqualTo(3);
        assertThat(stop.err()).contains("第3行", "可能与已有的会议 2025-03-08「三月主题党日」重复",
                "可能重复的会议：第3行；确认后用 --duplicates skip 跳过这些行，或 --duplicates add 仍然新增",
                "未写入任何数据");
        assertThat(themes()).containsExactly("三月主题党日");
        assertThat(cli("import", "meetings", second.toString(), "--dry-run").code()).isEqualTo(3);

        LedgerCliTest.Run skip = cli("import", "meetings", second.toString(), "--duplicates", "skip");
        assertThat(skip.code()).as(skip.err()).isZero();
        assertThat(skip.out()).contains("跳过可能重复的 1 行", "已跳过此行");
        assertThat(themes()).containsExactly("三月主题党日", "三月支委会");

        LedgerCliTest.Run add = cli("import", "meetings", second.toString(), "--duplicates", "add");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("新增 1 次会议", "仍然新增");
        assertThat(themes()).containsExactlyInAnyOrder("三月主题党日", "3月份主题党日学习全会精神", "三月支委会");

        // the exact same meeting again stays an update, not a duplicate
        LedgerCliTest.Run same = cli("import", "meetings", first.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).doesNotContain("重复");

        assertThat(cli("import", "meetings", second.toString(), "--duplicates", "maybe").code()).isEqualTo(2);
    }

    @Test
    void twoRowsOfOneFileOnTheSameDayAreFlaggedAgainstTheEarlierRow() throws Exception {
        Path file = ledger()
                .row("第二党支部", "党课", "专题党课", "2025-05-06")
                .row("第二党支部", "讲党课", "专题党课：坚定理想信念", "2025-05-06 15:00")
                .xlsx(dir.resolve("会议.xlsx"));
        LedgerCliTest.Run stop = cli("import", "meetings", file.toString());
        assertThat(stop.code()).isEqualTo(3);
        assertThat(stop.err()).contains("第4行", "可能与第3行的会议「专题党课」重复");
        assertThat(themes()).isEmpty();
        assertThat(cli("import", "meetings", file.toString(), "--duplicates", "add").code()).isZero();
        assertThat(themes()).hasSize(2);
    }

    @Test
    void aMeetingWhoseTypesOverlapAnotherOnTheSameDayIsFlaggedButNotOneOfOtherTypes() throws Exception {
        Path first = ledger()
                .row("第三党支部", "支部党员大会", "一季度党员大会", "2025-03-28")
                .row("第三党支部", "支委会", "研究三月工作", "2025-03-28")
                .xlsx(dir.resolve("一季度.xlsx"));
        assertThat(cli("import", "meetings", first.toString()).code()).isZero();
        // another clerk's ledger writes the same assembly with the lesson given at it
        Path second = ledger().row("第三党支部", "党员大会暨党课", "一季度党员大会暨书记讲党课", "2025-03-28")
                .row("第三党支部", "主题党日", "三月主题党日", "2025-03-28")
                .row("第三党支部", "主题党日、党课", "三月主题党日和党课", "2025-03-28")
                .xlsx(dir.resolve("补录.xlsx"));
        LedgerCliTest.Run stop = cli("import", "meetings", second.toString());
        assertThat(stop.code()).isEqualTo(3);
        assertThat(stop.err()).contains("第3行", "可能与已有的会议 2025-03-28「一季度党员大会」重复（同一党组织、同一天、会议类型相同或有重合",
                "第5行", "可能与第3行的会议「一季度党员大会暨书记讲党课」重复");
        assertThat(stop.err()).doesNotContain("第4行，");
        assertThat(stop.err()).doesNotContain("可能与已有的会议 2025-03-28「研究三月工作」");
        assertThat(cli("import", "meetings", second.toString(), "--duplicates", "skip").code()).isZero();
        assertThat(themes()).containsExactlyInAnyOrder("一季度党员大会", "研究三月工作", "三月主题党日");
    }

    @Test
    void aMeetingTimeCorrectedInTheLedgerUpdatesTheStoredMeetingInsteadOfAskingAboutADuplicate() throws Exception {
        firstBranchWithZhang();
        Path first = ledger()
                .row("第一党支部", "支部党员大会", "学习贯彻全会精神", "2025-04-10 09:00")
                .row("第一党支部", "党课", "专题党课", "2025-04-10 15:00")
                .xlsx(dir.resolve("二季度.xlsx"));
        assertThat(cli("import", "meetings", first.toString()).code()).isZero();

        // the clerk found the assembly was held in the afternoon, and corrected the ledger
        Path corrected = ledger()
                .row("第一党支部", "支部党员大会", "学习贯彻全会精神", "2025-04-10 14:30")
                .row("第一党支部", "党课", "专题党课", "2025-04-10 15:00")
                .xlsx(dir.resolve("二季度（更正）.xlsx"));
        LedgerCliTest.Run run = cli("import", "meetings", corrected.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("新增 0 次会议，更新 1 次会议", "第3行",
                "与已有的会议 2025-04-10 09:00「学习贯彻全会精神」是同一次会议", "会议时间按本行更正为 2025-04-10 14:30");
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            assertThat(new MeetingRepository(ws.database()).list(MeetingFilter.ALL))
                    .extracting(m -> m.theme() + " " + m.heldAt())
                    .containsExactlyInAnyOrder("学习贯彻全会精神 2025-04-10T14:30", "专题党课 2025-04-10T15:00");
        }
        // imported again: nothing changes, nothing is asked
        LedgerCliTest.Run again = cli("import", "meetings", corrected.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("新增 0 次会议，更新 0 次会议").doesNotContain("时间按本行更正", "重复");

        // a second assembly of that theme at the stored time as well: the two rows cannot both be the stored one
        Path two = ledger()
                .row("第一党支部", "支部党员大会", "学习贯彻全会精神", "2025-04-10 16:00")
                .row("第一党支部", "支部党员大会", "学习贯彻全会精神", "2025-04-10 14:30")
                .xlsx(dir.resolve("两次.xlsx"));
        LedgerCliTest.Run both = cli("import", "meetings", two.toString());
        assertThat(both.code()).isEqualTo(3);
        assertThat(both.err()).contains("第4行", "与第3行是同一党组织同一天、会议类型和主题都相同的会议", "请在主题上加以区分");
        assertThat(themes()).hasSize(2);
    }
}
