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

/** The dashboard's honours chart lists the levels from 国家级 down to 局级, whatever their counts or stored names. */
class DashboardTest {
    @TempDir
    Path dir;

    @Test
    void honoursAreByLevelHighestFirst() {
        try (Workspace ws = Workspace.open(dir.resolve("d.db"), "测试")) {
            int zhang = RosterFixture.fill(ws.database()).members().get("张伟");
            Commendations c = new Commendations(ws);
            for (CommendationLevel level : List.of(CommendationLevel.BUREAU, CommendationLevel.BUREAU, CommendationLevel.MUNICIPAL,
                    CommendationLevel.NATIONAL, CommendationLevel.PROVINCIAL)) {
                c.record(new Commendation(null, "优秀共产党员", level, "局党组", LocalDate.of(2025, 6, 30), PeriodKind.YEAR, null, null,
                        null, null, List.of(Commendation.Recipient.member(zhang))));
            }
            assertThat(new Dashboard(ws).honoursByLevel(2025)).extracting(Dashboard.LevelCount::level).containsExactly(
                    CommendationLevel.NATIONAL, CommendationLevel.PROVINCIAL, CommendationLevel.MUNICIPAL, CommendationLevel.BUREAU);
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
