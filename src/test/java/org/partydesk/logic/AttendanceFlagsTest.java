package org.partydesk.logic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partydesk.model.AttendanceRecord;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;
import org.partydesk.model.RoleHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.model.AttendanceStatus.ABSENT;
import static org.partydesk.model.AttendanceStatus.ON_LEAVE;
import static org.partydesk.model.AttendanceStatus.PRESENT;

class AttendanceFlagsTest {
    static final CompliancePeriod YEAR = new CompliancePeriod(2025, null);

    static AttendanceRecord row(int member, String name, int month, AttendanceStatus status, LocalDate makeUp) {
        return new AttendanceRecord(month, 1, "第一党支部", LocalDateTime.of(2025, month, 10, 9, 0), "主题党日",
                member, name, status, makeUp);
    }

    @Test
    void absentFromEveryExpectedMeetingForSixConsecutiveMonthsIsFlagged() {
        List<AttendanceRecord> rows = List.of(
                row(1, "陈缺席", 1, PRESENT, null), row(1, "陈缺席", 2, ABSENT, null), row(1, "陈缺席", 4, ABSENT, null),
                row(1, "陈缺席", 7, ABSENT, null),
                // five months only, then present
                row(2, "林五月", 2, ABSENT, null), row(2, "林五月", 6, ABSENT, null), row(2, "林五月", 7, PRESENT, null),
                // leave breaks nothing into a flag: on leave is not absent
                row(3, "黄请假", 1, ABSENT, null), row(3, "黄请假", 3, ON_LEAVE, LocalDate.of(2025, 3, 20)),
                row(3, "黄请假", 8, ABSENT, null));
        List<Flag> flags = AttendanceFlags.evaluate(rows, List.of(), Set.of(), YEAR);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LONG_ABSENCE);
            assertThat(f.memberId()).isEqualTo(1);
            assertThat(f.message()).isEqualTo("陈缺席自2025年2月至2025年7月应到的会议均缺席，已连续六个月未参加组织生活");
        });
    }

    @Test
    void leaveWithoutMakeUpIsFlaggedPerMeeting() {
        List<AttendanceRecord> rows = List.of(row(3, "黄请假", 3, ON_LEAVE, null),
                row(4, "刘补课", 3, ON_LEAVE, LocalDate.of(2025, 3, 25)));
        assertThat(AttendanceFlags.evaluate(rows, List.of(), Set.of(), YEAR)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LEAVE_WITHOUT_MAKE_UP);
            assertThat(f.message()).isEqualTo("黄请假请假未补课：第一党支部 2025-03-10「主题党日」");
        });
    }

    @Test
    void aSecretaryWhoGaveNoPartyLessonInTheYearIsWarned() {
        List<RoleHolder> roles = List.of(
                new RoleHolder(1, "第一党支部", 7, "王书记", CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null),
                new RoleHolder(1, "第一党支部", 8, "李委员", CommitteeRole.PUBLICITY_MEMBER, LocalDate.of(2020, 1, 1), null),
                new RoleHolder(2, "第二党支部", 9, "张书记", CommitteeRole.SECRETARY, LocalDate.of(2020, 1, 1), null));
        List<Flag> flags = AttendanceFlags.evaluate(List.of(), roles, Set.of(8, 9), YEAR);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.SECRETARY_NO_LESSON);
            assertThat(f.message()).isEqualTo("第一党支部书记王书记2025年未讲党课（书记带头讲党课）");
        });
    }
}
