package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.ComplianceMatrix;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.Rating;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 红黄旗 tab's view model on a real SQLite file ({@link MeetingFixture#bureau2025}, today 2026-01-10), without a
 * robot: the words of each cell, what a clicked cell lacks, and the status line.
 */
class ComplianceMatrixModelTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    private Workspace ws;
    private ComplianceMatrixModel model;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC);
        ws = Workspace.of(Database.open(dir.resolve("compliance.db"), clock), "tester");
        new MeetingFixture(ws.database()).bureau2025();
        model = new ComplianceMatrixModel(new ComplianceCheck(ws), I18N);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ComplianceMatrix check(int year, boolean monthly) throws Exception {
        return model.check(year, monthly).run(Progress.NONE);
    }

    private static ComplianceMatrix.Row row(ComplianceMatrix m, String name) {
        return m.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aQuarterWithAMissedCommitteeMeetingIsYellowAndSaysWhatIsMissingAndWhatWasHeld() throws Exception {
        ComplianceMatrix m = check(2025, false);
        assertThat(model.columnTitle(m, 1)).isEqualTo("第2季度");
        ComplianceMatrix.Row second = row(m, "第二党支部");
        BranchCompliance q2 = second.cells().get(1);
        assertThat(model.cell(q2, m.started(1), m.ongoing(1)).text()).isEqualTo("黄旗");
        assertThat(model.cellTitle(second, q2, m.periods().get(1), false)).isEqualTo("第二党支部 · 2025年第2季度：黄旗");
        assertThat(model.cellLines(q2)).contains("未达标：支部委员会，2025-04 应开 1 次，实开 0 次",
                "未达标：支部委员会，2025-05 应开 1 次，实开 0 次");
        assertThat(model.cellLines(q2).get(model.cellLines(q2).size() - 1)).startsWith("已召开：");
        BranchCompliance q3 = second.cells().get(2);
        assertThat(model.cell(q3, m.started(2), m.ongoing(2))).isEqualTo(
                new ComplianceMatrixModel.CellText("绿旗", "rating-green"));
        assertThat(model.cellLines(q3)).first().isEqualTo("没有未达标的时段");

        long green = m.rows().stream().filter(r -> r.year().rating() == Rating.GREEN).count();
        assertThat(model.status(m)).startsWith("2025 年：" + m.rows().size() + " 个组织，绿旗 " + green + "、");
    }

    @Test
    void aMonthNotOverIsNeverGreenAndAMonthNotBegunSaysSo() throws Exception {
        ComplianceMatrix m = check(2026, true);
        assertThat(m.ongoing(0)).as("January 2026 is not over on 10 January").isTrue();
        assertThat(m.started(1)).isFalse();
        for (ComplianceMatrix.Row r : m.rows()) {
            BranchCompliance january = r.cells().get(0);
            if (january != null) {
                assertThat(model.cell(january, true, true).text()).as(r.name()).isNotEqualTo("绿旗");
            }
            BranchCompliance february = r.cells().get(1);
            if (february != null) {
                assertThat(model.cell(february, false, false)).isEqualTo(
                        new ComplianceMatrixModel.CellText("未开始", "rating-future"));
            }
        }
        assertThat(m.rows()).anySatisfy(r -> assertThat(model.cell(r.cells().get(0), true, true).text()).isEqualTo("进行中"));
        assertThat(model.cell(null, true, false)).isEqualTo(new ComplianceMatrixModel.CellText("", "rating-none"));
    }

    @Test
    void aRunningQuarterSaysSoAsOfTodayAndListsEachBranchsSlotsStillToBeHeldOutsideTheRating() throws Exception {
        Clock inQ4 = Clock.fixed(Instant.parse("2025-11-20T08:00:00Z"), ZoneOffset.UTC);
        try (Workspace running = Workspace.of(Database.open(dir.resolve("running.db"), inQ4), "tester")) {
            new MeetingFixture(running.database()).bureau2025();
            ComplianceMatrixModel inYear = new ComplianceMatrixModel(new ComplianceCheck(running), I18N);
            ComplianceMatrix m = inYear.check(2025, false).run(Progress.NONE);

            assertThat(inYear.running(m)).isTrue();
            assertThat(inYear.asOf(m)).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(inYear.runningLine(m)).as("the command line's words")
                    .isEqualTo("截至2025年11月20日，本期尚未结束：评级只计已经结束的月份和季度，尚未结束的见“尚待召开”");
            assertThat(m.ongoing(3)).isTrue();
            BranchCompliance third = row(m, "第三党支部").cells().get(3);
            assertThat(inYear.pendingLines(third)).containsExactly("党课 第四季度 应开1次，已开0次");
            assertThat(inYear.cell(third, true, true)).isEqualTo(
                    new ComplianceMatrixModel.CellText("进行中 待开1", "rating-ongoing"));
            assertThat(inYear.pendingTooltip(third))
                    .isEqualTo("尚待召开（所在月份、季度或年度结束前）：\n党课 第四季度 应开1次，已开0次");
            assertThat(inYear.cellTitle(row(m, "第一党支部"), row(m, "第一党支部").cells().get(3), m.periods().get(3), true))
                    .as("the heading says what the cell says").isEqualTo("第一党支部 · 2025年第4季度：进行中");
            assertThat(inYear.cellLines(third)).endsWith("尚待召开（所在月份、季度或年度结束前）：", "党课 第四季度 应开1次，已开0次");
            BranchCompliance thirdYear = row(m, "第三党支部").year();
            assertThat(inYear.pendingLines(thirdYear)).as("the year's pending slots, on the year's rating")
                    .containsExactly("党课 第四季度 应开1次，已开0次");
            assertThat(inYear.cell(thirdYear, true, false)).as("the rating and its colour are the year's, the mark beside it")
                    .isEqualTo(new ComplianceMatrixModel.CellText("红旗 待开1", "rating-red"));
            BranchCompliance first = row(m, "第一党支部").cells().get(3);
            assertThat(inYear.pendingLines(first)).isEmpty();
            assertThat(inYear.pendingTooltip(first)).isNull();
            assertThat(inYear.cell(first, true, true).text()).isEqualTo("进行中");
        }
    }

    @Test
    void anEndedYearHasNoRunningLineAndNothingPending() throws Exception {
        ComplianceMatrix m = check(2025, false);
        assertThat(model.running(m)).isFalse();
        assertThat(model.runningLine(m)).isEmpty();
        for (ComplianceMatrix.Row r : m.rows()) {
            assertThat(model.pendingLines(r.year())).as(r.name()).isEmpty();
            for (BranchCompliance quarter : r.cells()) {
                if (quarter != null) { // null: the unit did not exist yet
                    assertThat(model.pendingLines(quarter)).isEmpty();
                    assertThat(model.cellLines(quarter)).doesNotContain("尚待召开（所在月份、季度或年度结束前）：");
                    assertThat(model.cell(quarter, true, false).text()).doesNotContain("待开");
                }
            }
        }
    }
}
