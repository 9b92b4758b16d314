package org.partydesk.app.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.ComplianceReport;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PersonRef;
import org.partydesk.model.Rating;
import org.partydesk.model.Shortfall;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ComplianceCheckTest {
    @TempDir
    Path dir;

    static Clock at(String day) {
        return Clock.fixed(Instant.parse(day + "T08:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aFinishedYearRatesEveryBranchInTreeOrder() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("c.db"), at("2026-01-10")), "测试")) {
            new MeetingFixture(ws.database()).bureau2025();
            ComplianceReport report = new ComplianceCheck(ws).run(2025, null);
            assertThat(report.branches()).extracting(BranchCompliance::branch, BranchCompliance::rating).containsExactly(
                    tuple("局党组", Rating.GREEN), tuple("第一党支部", Rating.GREEN), tuple("第二党支部", Rating.YELLOW),
                    tuple("第三党支部", Rating.RED), tuple("临时党支部", Rating.GREEN));
            BranchCompliance first = report.branches().get(1);
            assertThat(first.held()).containsEntry(MeetingType.BRANCH_COMMITTEE, 12).containsEntry(MeetingType.PARTY_LESSON, 4)
                    .containsEntry(MeetingType.CELL_MEETING, 12);
            assertThat(report.branches().get(2).shortfalls()).containsExactly(
                    new Shortfall(MeetingType.BRANCH_COMMITTEE, "2025-04", 1, 0, null),
                    new Shortfall(MeetingType.BRANCH_COMMITTEE, "2025-05", 1, 0, null));
            assertThat(report.branches().get(3).shortfalls()).extracting(Shortfall::slot)
                    .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4");
        }
    }

    @Test
    void slotsNotOverOnTheDatabaseClockDayAreNotCounted() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("c.db"), at("2025-06-15")), "测试")) {
            new MeetingFixture(ws.database()).bureau2025();
            ComplianceReport q2 = new ComplianceCheck(ws).run(2025, 2);
            assertThat(q2.branches()).extracting(BranchCompliance::branch, BranchCompliance::rating).containsExactly(
                    tuple("局党组", Rating.GREEN), tuple("第一党支部", Rating.GREEN), tuple("第二党支部", Rating.YELLOW),
                    tuple("第三党支部", Rating.GREEN));
            assertThat(q2.branches().get(2).held()).containsEntry(MeetingType.BRANCH_COMMITTEE, 1);
            ComplianceReport year = new ComplianceCheck(ws).run(2025, null);
            assertThat(year.branches().get(3).shortfalls()).extracting(Shortfall::slot).containsExactly("2025-Q1");
            assertThat(year.branches().get(3).rating()).isEqualTo(Rating.RED);
        }
    }

    @Test
    void flagsLongAbsenceLeaveWithoutMakeUpAndASecretaryWithoutALesson() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("f.db"), at("2026-01-10")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 1);
            int first = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
            int second = f.unit(organ, OrgKind.BRANCH, "第二党支部", 2);
            int wang = f.member("王书记");
            int chen = f.member("陈缺席");
            int huang = f.member("黄请假");
            int zhang = f.member("张书记");
            for (int m : List.of(wang, chen, huang)) {
                f.belongs(m, first, LocalDate.of(2020, 1, 1), null);
            }
            f.belongs(zhang, second, LocalDate.of(2020, 1, 1), null);
            f.role(wang, first, CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1));
            f.role(zhang, second, CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1));
            // the organ committee's secretary is no branch secretary: no "secretary gave no lesson" flag for him
            int liu = f.member("刘委员书记");
            f.belongs(liu, first, LocalDate.of(2020, 1, 1), null);
            f.role(liu, organ, CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1));
            Meetings meetings = new Meetings(ws);
            for (int m = 2; m <= 7; m++) {
                int month = m;
                List<AttendanceEntry> sheet = new ArrayList<>(meetings.defaultSheet(first, LocalDate.of(2025, month, 5),
                        java.util.Set.of(MeetingType.THEMED_PARTY_DAY)));
                sheet.removeIf(a -> a.memberId() == liu);
                sheet.replaceAll(a -> a.memberId() == chen ? a.withStatus(AttendanceStatus.ABSENT, null, null)
                        : a.memberId() == huang && month == 3 ? a.withStatus(AttendanceStatus.ON_LEAVE, "出差", null)
                        : a.memberId() == huang ? a.withStatus(AttendanceStatus.ABSENT, null, null) : a);
                meetings.record(MeetingFixture.meeting(first, LocalDateTime.of(2025, month, 5, 9, 0),
                        month == 6 ? new PersonRef(wang, "王书记") : null, sheet,
                        MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON));
            }
            List<Flag> flags = new ComplianceCheck(ws).run(2025, null).flags();
            assertThat(flags).filteredOn(fl -> fl.kind() == FlagKind.LONG_ABSENCE).extracting(Flag::message)
                    .containsExactly("陈缺席自2025年2月至2025年7月应到的6次会议均缺席，已连续六个月未参加组织生活");
            // the 组织 column of the warnings' lists names his branch
            assertThat(flags).filteredOn(fl -> fl.kind() == FlagKind.LONG_ABSENCE).extracting(Flag::unitName)
                    .containsExactly("第一党支部");
            assertThat(flags).extracting(Flag::kind, Flag::memberName).containsExactlyInAnyOrder(
                    tuple(FlagKind.LONG_ABSENCE, "陈缺席"),
                    tuple(FlagKind.LEAVE_WITHOUT_MAKE_UP, "黄请假"),
                    tuple(FlagKind.SECRETARY_NO_LESSON, "张书记"));
            assertThat(new ComplianceCheck(ws).run(2025, 1).flags()).extracting(Flag::kind)
                    .containsExactly(FlagKind.LEAVE_WITHOUT_MAKE_UP, FlagKind.SECRETARY_NO_LESSON);
            assertThat(new ComplianceCheck(ws).run(2025, 2).flags()).extracting(Flag::kind)
                    .as("February to June is five months").containsExactly(FlagKind.SECRETARY_NO_LESSON);
            assertThat(new ComplianceCheck(ws).run(2025, 3).flags()).extracting(Flag::kind)
                    .containsExactly(FlagKind.LONG_ABSENCE, FlagKind.SECRETARY_NO_LESSON);

            // what the reports take: the same ratings, without reading these warnings
            ComplianceCheck check = new ComplianceCheck(ws);
            for (boolean monthly : new boolean[] {false, true}) {
                ComplianceMatrix whole = check.matrix(2025, monthly);
                ComplianceMatrix ratings = check.ratings(2025, monthly);
                assertThat(whole.flags()).isNotEmpty();
                assertThat(ratings.flags()).isEmpty();
                assertThat(ratings.rows()).isEqualTo(whole.rows());
                assertThat(ratings.periods()).isEqualTo(whole.periods());
                assertThat(ratings.today()).isEqualTo(whole.today());
            }
            for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
                assertThat(check.rate(2025, quarter)).isEqualTo(check.run(2025, quarter).branches());
            }
        }
    }
}
