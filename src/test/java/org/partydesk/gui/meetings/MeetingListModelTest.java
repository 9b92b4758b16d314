package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.MeetingListing;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.RecordedCounts;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** The 三会一课 list's view model, without JavaFX: the filter's period, the order, the sums and the status line. */
class MeetingListModelTest {
    @TempDir
    Path dir;

    @Test
    void aQuarterOrAMonthOfAYearIsFromItsFirstToItsLastDay() {
        assertThat(MeetingListModel.filter(new MeetingListModel.Choice(3, MeetingType.PARTY_LESSON, 2025, -2, "专题")))
                .isEqualTo(new MeetingFilter(3, MeetingType.PARTY_LESSON, LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 6, 30), "专题"));
        assertThat(MeetingListModel.filter(new MeetingListModel.Choice(null, null, 2024, 2, null)))
                .isEqualTo(new MeetingFilter(null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), null));
        assertThat(MeetingListModel.filter(new MeetingListModel.Choice(null, null, 2025, null, null)))
                .isEqualTo(new MeetingFilter(null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null));
        assertThat(MeetingListModel.filter(new MeetingListModel.Choice(null, null, null, -3, null)))
                .isEqualTo(new MeetingFilter(null, null, null, null, null));
    }

    @Test
    void theMeetingsOfTheChosenQuarterAreListedNewestFirstWithTheirSums() {
        try (Workspace ws = Workspace.open(dir.resolve("m.db"), "干事")) {
            int branch = RosterFixture.fill(ws.database()).units().get(RosterFixture.BRANCH_1);
            Meetings meetings = new Meetings(ws);
            int april = record(meetings, branch, LocalDateTime.of(2025, 4, 8, 9, 0), "四月支部党员大会", 5, 4);
            int june = record(meetings, branch, LocalDateTime.of(2025, 6, 3, 9, 0), "六月支部党员大会", 5, 5);
            record(meetings, branch, LocalDateTime.of(2025, 7, 1, 9, 0), "七月支部党员大会", 5, 3);
            MeetingListModel model = new MeetingListModel(meetings, new I18n(Locale.SIMPLIFIED_CHINESE));

            MeetingListing q2 = model.read(new MeetingListModel.Choice(branch, null, 2025, -2, null));

            assertThat(q2.meetings()).extracting(MeetingSummary::id).containsExactly(june, april);
            assertThat(q2.present()).isEqualTo(9);
            assertThat(q2.expected()).isEqualTo(10);
            assertThat(model.status(q2)).startsWith("共 2 次会议 · 实到 9 人次 / 应到 10 人次");
            assertThat(model.read(new MeetingListModel.Choice(null, null, 2025, 5, null)).meetings()).isEmpty();
        }
    }

    private static int record(Meetings meetings, int unit, LocalDateTime at, String theme, int expected, int present) {
        return meetings.record(new Meeting(null, unit, at, null, null, null, null, theme,
                Set.of(MeetingType.BRANCH_ASSEMBLY), List.of(), Set.of(), null, null, false, List.of(), List.of(),
                new RecordedCounts(expected, present, expected - present, null))).id();
    }
}
