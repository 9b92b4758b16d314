package org.partydesk.app.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's honours chart lists every level from 国家级 down to 局级, whatever their counts or stored names, in 批次
 * with their 人次 and 个集体; the meetings chart has every month so far, the month not over yet marked.
 */
class DashboardTest {
    @TempDir
    Path dir;

    @Test
    void theTitlesOfOneDocumentAreOneBatch() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "测试")) {
            int zhang = RosterFixture.fill(ws.database()).members().get("张伟");
            Commendations c = new Commendations(ws);
            for (String title : List.of("优秀共产党员", "优秀党务工作者")) {
                c.record(new Commendation(null, title, CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2025, 6, 28), PeriodKind.YEAR,
                        null, null, "临直工〔2025〕15号", null, List.of(Commendation.Recipient.member(zhang))));
            }
            c.record(new Commendation(null, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2025, 6, 28),
                    PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.member(zhang))));
            assertThat(new Dashboard(ws).honours(2025).batches()).isEqualTo(2);
            assertThat(new Dashboard(ws).honours(2025).people()).isEqualTo(3);
        }
    }

    @Test
    void honoursAreEveryLevelFromTheBureauUpInBatchesAndPeople() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "测试")) {
            int zhang = RosterFixture.fill(ws.database()).members().get("张伟");
            Commendations c = new Commendations(ws);
            int number = 0;
            for (CommendationLevel level : List.of(CommendationLevel.BUREAU, CommendationLevel.BUREAU, CommendationLevel.MUNICIPAL,
                    CommendationLevel.NATIONAL, CommendationLevel.PROVINCIAL)) {
                // each its own document: the same honour, day and number twice to one member is refused
                c.record(new Commendation(null, "优秀共产党员", level, "局党组", LocalDate.of(2025, 6, 30), PeriodKind.YEAR, null, null,
                        "表彰〔2025〕" + ++number + "号", null, List.of(Commendation.Recipient.member(zhang))));
            }
            assertThat(new Dashboard(ws).honoursByLevel(2025)).extracting(Dashboard.LevelCount::level).containsExactly(
                    CommendationLevel.NATIONAL, CommendationLevel.PROVINCIAL, CommendationLevel.MUNICIPAL, CommendationLevel.BUREAU);
            assertThat(new Dashboard(ws).honoursByLevel(2025)).extracting(Dashboard.LevelCount::batches).containsExactly(1, 1, 1, 2);
            Dashboard.Honours all = new Dashboard(ws).honours(2025);
            assertThat(List.of(all.batches(), all.people(), all.collectives())).containsExactly(5, 5, 0);
            assertThat(new Dashboard(ws).honoursByLevel(2024)).extracting(Dashboard.LevelCount::batches).containsExactly(0, 0, 0, 0);
        }
    }

    @Test
    void monthsRunToTodayWithEmptyMonthsKeptAndTheCurrentMonthInProgress() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "测试")) {
            org.partydesk.store.MeetingFixture f = new org.partydesk.store.MeetingFixture(ws.database());
            int branch = f.unit(null, org.partydesk.model.OrgKind.BRANCH, "机关第一党支部", 1);
            Dashboard dashboard = new Dashboard(ws);
            LocalDate today = dashboard.today();
            int lastYear = today.getYear() - 1;
            f.meeting(branch, LocalDate.of(lastYear, 3, 10).atTime(9, 0), org.partydesk.model.MeetingType.BRANCH_COMMITTEE,
                    org.partydesk.model.MeetingType.PARTY_LESSON);
            List<Dashboard.Month> past = dashboard.months(lastYear);
            assertThat(past).extracting(Dashboard.Month::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(past).noneMatch(Dashboard.Month::inProgress);
            assertThat(past.get(2).total()).isEqualTo(2);
            assertThat(past.get(3).total()).isZero();
            List<Dashboard.Month> now = dashboard.months(today.getYear());
            assertThat(now).hasSize(today.getMonthValue());
            assertThat(now).filteredOn(Dashboard.Month::inProgress).extracting(Dashboard.Month::month)
                    .containsExactly(today.getMonthValue());
            assertThat(dashboard.months(today.getYear() + 1)).isEmpty();
            assertThat(dashboard.figures(lastYear, 1).inProgress()).isFalse();
            assertThat(dashboard.figures(lastYear, 1).meetingsHeld()).isEqualTo(1);
            assertThat(dashboard.figures(today.getYear(), Dashboard.quarterOf(today)).inProgress()).isTrue();
        }
    }

    @Test
    void aBureauWhoseMeetingsAreAllLastYearOpensOnTheLastMeetingsQuarter() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "测试")) {
            org.partydesk.store.MeetingFixture f = new org.partydesk.store.MeetingFixture(ws.database());
            int branch = f.unit(null, org.partydesk.model.OrgKind.BRANCH, "机关第一党支部", 1);
            Dashboard dashboard = new Dashboard(ws);
            assertThat(dashboard.defaultDay()).as("nothing held at all: today").isEqualTo(dashboard.today());
            LocalDate lastYear = dashboard.today().minusYears(1).withMonth(11).withDayOfMonth(20);
            f.meeting(branch, lastYear.atTime(9, 0), org.partydesk.model.MeetingType.BRANCH_COMMITTEE);
            assertThat(dashboard.defaultDay()).isEqualTo(lastYear);
            f.meeting(branch, dashboard.today().withDayOfMonth(1).atTime(9, 0), org.partydesk.model.MeetingType.BRANCH_COMMITTEE);
            assertThat(dashboard.defaultDay()).as("held this year: today").isEqualTo(dashboard.today());
        }
    }
}
