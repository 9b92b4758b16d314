package org.partydesk.app.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.YearStats;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;
import org.partydesk.store.StatsQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's attendance figures (应到, 实到, 请假, 缺席) in total and per branch come from one count of the year's rows,
 * kept until the database changes: each figure follows every meeting recorded, changed or deleted after it was read,
 * and a 党小组's rows count under its branch. A real SQLite file, meetings recorded as a clerk records them.
 */
class YearAttendanceTest {
    @TempDir
    Path dir;

    @Test
    void theTotalsAndTheBranchesFollowEachMeetingRecordedChangedOrDeletedAfterTheyWereRead() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("y.db")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int branch = f.unit(null, OrgKind.BRANCH, "第一党支部", 1);
            int cell = f.unit(branch, OrgKind.CELL, "第一党小组", 2);
            int other = f.unit(null, OrgKind.BRANCH, "第二党支部", 3);
            for (String name : List.of("甲", "乙", "丙")) {
                f.belongs(f.member(name), cell, LocalDate.of(2020, 1, 1), null);
            }
            f.belongs(f.member("丁"), other, LocalDate.of(2020, 1, 1), null);
            Meetings meetings = new Meetings(ws);
            Reports reports = new Reports(ws);
            final LocalDate END = LocalDate.of(2025, 12, 31);
            StatsQueries queries = new StatsQueries(ws.database(), Map.of(branch, "第一党支部", cell, "第一党小组", other, "第二党支部"));
            assertThat(reports.stats(2025).attendance()).isEqualTo(new YearStats.Attendance(0, 0, 0, 0));

            LocalDateTime march = LocalDateTime.of(2025, 3, 10, 9, 0);
            int first = meetings.record(MeetingFixture.meeting(cell, march, null,
                    marked(meetings, cell, march, AttendanceStatus.ABSENT), MeetingType.CELL_MEETING)).id();
            assertThat(reports.stats(2025).attendance()).isEqualTo(new YearStats.Attendance(3, 2, 0, 1));
            assertThat(queries.attendanceByBranch(2025, END)).as("a branch on the roster without meetings has noughts").containsExactly(
                    Map.entry("第一党支部", new YearStats.Attendance(3, 2, 0, 1)),
                    Map.entry("第二党支部", new YearStats.Attendance(0, 0, 0, 0)));

            LocalDateTime april = LocalDateTime.of(2025, 4, 8, 9, 0);
            meetings.record(MeetingFixture.meeting(other, april, null,
                    marked(meetings, other, april, AttendanceStatus.ON_LEAVE), MeetingType.BRANCH_COMMITTEE));
            assertThat(queries.attendanceByBranch(2025, END)).containsExactly(
                    Map.entry("第一党支部", new YearStats.Attendance(3, 2, 0, 1)),
                    Map.entry("第二党支部", new YearStats.Attendance(1, 0, 1, 0)));
            assertThat(reports.stats(2025).attendance()).isEqualTo(new YearStats.Attendance(4, 2, 1, 1));

            // the first meeting's absentee marked present after all
            var loaded = meetings.load(first).orElseThrow();
            meetings.update(loaded.withAttendance(loaded.attendance().stream()
                    .map(a -> a.withStatus(AttendanceStatus.PRESENT, null, null)).toList()));
            assertThat(reports.stats(2025).attendance()).isEqualTo(new YearStats.Attendance(4, 3, 1, 0));
            assertThat(queries.attendanceByBranch(2025, END)).containsEntry("第一党支部", new YearStats.Attendance(3, 3, 0, 0));

            meetings.delete(first, "录入重复", true);
            assertThat(reports.stats(2025).attendance()).isEqualTo(new YearStats.Attendance(1, 0, 1, 0));
            assertThat(queries.attendanceByBranch(2025, END)).containsExactly(
                    Map.entry("第一党支部", new YearStats.Attendance(0, 0, 0, 0)),
                    Map.entry("第二党支部", new YearStats.Attendance(1, 0, 1, 0)));
            // another year is counted on its own
            assertThat(reports.stats(2024).attendance()).isEqualTo(new YearStats.Attendance(0, 0, 0, 0));
        }
    }

    @Test
    void aUnitWhoseMeetingsHaveNoRowsIsNotListedAndAMeetingsRowsCountWhateverTheirNumber() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("u.db")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int group = f.unit(null, OrgKind.LEADING_GROUP, "局党组", 0);
            int branch = f.unit(null, OrgKind.BRANCH, "第一党支部", 1);
            for (String name : List.of("甲", "乙", "丙", "丁")) {
                f.belongs(f.member(name), branch, LocalDate.of(2020, 1, 1), null);
            }
            Meetings meetings = new Meetings(ws);
            StatsQueries queries = new StatsQueries(ws.database(), Map.of(group, "局党组", branch, "第一党支部"));
            final LocalDate END = LocalDate.of(2025, 12, 31);
            // the 党组's study without a sheet (nobody recorded): no row, no recorded figures
            meetings.record(MeetingFixture.meeting(group, LocalDateTime.of(2025, 2, 1, 9, 0), null, List.of(),
                    MeetingType.CENTRAL_GROUP_STUDY));
            LocalDateTime may = LocalDateTime.of(2025, 5, 6, 9, 0);
            List<AttendanceEntry> sheet = new ArrayList<>(marked(meetings, branch, may, AttendanceStatus.ON_LEAVE));
            sheet.set(1, sheet.get(1).withStatus(AttendanceStatus.ABSENT, null, null));
            sheet.set(2, sheet.get(2).withStatus(AttendanceStatus.ABSENT, null, null));
            meetings.record(MeetingFixture.meeting(branch, may, null, sheet, MeetingType.BRANCH_ASSEMBLY));
            LocalDateTime june = LocalDateTime.of(2025, 6, 6, 9, 0);
            meetings.record(MeetingFixture.meeting(branch, june, null,
                    marked(meetings, branch, june, AttendanceStatus.PRESENT), MeetingType.BRANCH_COMMITTEE));

            assertThat(queries.attendanceByBranch(2025, END)).as("the 党组 had no rows: not listed")
                    .containsExactly(Map.entry("第一党支部", new YearStats.Attendance(8, 5, 1, 2)));
            assertThat(new Reports(ws).stats(2025).attendance()).isEqualTo(new YearStats.Attendance(8, 5, 1, 2));
        }
    }

    /** The unit's default sheet for that day, its first member marked {@code status}. */
    private static List<AttendanceEntry> marked(Meetings meetings, int unit, LocalDateTime when, AttendanceStatus status) {
        List<AttendanceEntry> sheet = new ArrayList<>(meetings.defaultSheet(unit, when.toLocalDate(), Set.of(MeetingType.CELL_MEETING)));
        sheet.set(0, sheet.get(0).withStatus(status, status == AttendanceStatus.ON_LEAVE ? "出差" : null, null));
        return sheet;
    }
}
