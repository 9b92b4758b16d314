package org.partydesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.ExpectedAttendee;
import org.partydesk.model.HeldCount;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PersonRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;

class MeetingRepositoryTest {
    @TempDir
    Path dir;

    Database db;
    MeetingFixture f;
    int organ;
    int first;
    int second;
    int cell;
    int group;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        f = new MeetingFixture(db);
        group = f.unit(null, OrgKind.LEADING_GROUP, "局党组", 0);
        organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 1);
        first = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
        second = f.unit(organ, OrgKind.BRANCH, "第二党支部", 2);
        cell = f.unit(first, OrgKind.CELL, "第一党小组", 1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Meeting fullMeeting(int a, int b, int c) {
        return new Meeting(null, first, LocalDateTime.of(2025, 4, 10, 9, 30), "三楼会议室",
                new PersonRef(a, "王书记"), new PersonRef(b, "李记录"), new PersonRef(a, "王书记"), "学习\"两会\"精神",
                Set.of(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON), List.of("传达文件", "讨论"),
                Set.of("主题教育"), "会议记录……", "通过决议", false,
                List.of(AttendanceEntry.present(a, "王书记"), AttendanceEntry.present(b, "李记录"),
                        new AttendanceEntry(c, "赵请假", AttendanceStatus.ON_LEAVE, "出差", LocalDate.of(2025, 4, 20))),
                List.of(new NonVotingAttendee(null, "社区书记", "列席")));
    }

    @Test
    void savingAMeetingWritesEveryRowAndItsAuditInOneGo() {
        int a = f.member("王书记");
        int b = f.member("李记录");
        int c = f.member("赵请假");
        int auditBefore = db.read().fetchCount(AUDIT_LOG);

        int id = f.meetings.save("张三", fullMeeting(a, b, c));

        Map<String, Long> audited = db.read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.OPERATOR.eq("张三")).fetch()
                .stream().collect(Collectors.groupingBy(r -> r.getTableName() + ":" + r.getAction(), Collectors.counting()));
        assertThat(audited).containsExactlyInAnyOrderEntriesOf(Map.of(
                "meeting:INSERT", 1L, "meeting_type:INSERT", 2L, "agenda_item:INSERT", 2L,
                "meeting_tag:INSERT", 1L, "attendance:INSERT", 3L, "non_voting_attendee:INSERT", 1L));
        assertThat(db.read().fetchCount(AUDIT_LOG)).isEqualTo(auditBefore + 10);
        assertThat(db.read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq("meeting")).fetchOne().getRecordId())
                .isEqualTo(id);

        Meeting loaded = f.meetings.load(id).orElseThrow();
        assertThat(loaded).isEqualTo(fullMeeting(a, b, c).withId(id));
        assertThat(f.meetings.counts(id)).isEqualTo(new AttendanceCounts(3, 2, 1, 0));
    }

    @Test
    void updatingReplacesTheSheetAndAuditsBeforeAndAfter() {
        int a = f.member("王书记");
        int b = f.member("李记录");
        int c = f.member("赵请假");
        int id = f.meetings.save("张三", fullMeeting(a, b, c));
        Meeting changed = new Meeting(id, first, LocalDateTime.of(2025, 4, 11, 14, 0), "二楼", null, null, null,
                "改期后的主题党日", Set.of(MeetingType.THEMED_PARTY_DAY), List.of("只一个议题"), Set.of(), null, null,
                false, List.of(AttendanceEntry.present(a, "王书记"),
                        new AttendanceEntry(b, "李记录", AttendanceStatus.ABSENT, null, null)), List.of());

        f.meetings.update("李四", changed);

        assertThat(f.meetings.load(id).orElseThrow()).isEqualTo(changed);
        assertThat(f.meetings.counts(id)).isEqualTo(new AttendanceCounts(2, 1, 0, 1));
        var updates = db.read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.OPERATOR.eq("李四")).fetch();
        assertThat(updates).filteredOn(r -> r.getTableName().equals("meeting")).singleElement()
                .satisfies(r -> {
                    assertThat(r.getAction()).isEqualTo("UPDATE");
                    assertThat(r.getBeforeJson()).contains("三楼会议室");
                    assertThat(r.getAfterJson()).contains("改期后的主题党日");
                });
        assertThat(updates).filteredOn(r -> r.getTableName().equals("attendance") && r.getAction().equals("DELETE")).hasSize(3);
        assertThat(updates).filteredOn(r -> r.getTableName().equals("attendance") && r.getAction().equals("INSERT")).hasSize(2);
    }

    @Test
    void listFiltersByBranchTypeDateRangeAndTagWithCountsFromRows() {
        int a = f.member("王书记");
        int b = f.member("李记录");
        int c = f.member("赵请假");
        int april = f.meetings.save(MeetingFixture.OPERATOR, fullMeeting(a, b, c));
        int may = f.meeting(first, LocalDateTime.of(2025, 5, 8, 9, 0), MeetingType.BRANCH_COMMITTEE);
        int other = f.meeting(second, LocalDateTime.of(2025, 5, 9, 9, 0), MeetingType.PARTY_LESSON);

        assertThat(f.meetings.list(MeetingFilter.ALL)).extracting(s -> s.id()).containsExactly(april, may, other);
        assertThat(f.meetings.list(new MeetingFilter(first, null, null, null, null))).extracting(s -> s.id())
                .containsExactly(april, may);
        assertThat(f.meetings.list(new MeetingFilter(null, MeetingType.PARTY_LESSON, null, null, null)))
                .extracting(s -> s.id()).containsExactly(april, other);
        assertThat(f.meetings.list(new MeetingFilter(null, null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 8), null)))
                .extracting(s -> s.id()).containsExactly(may);
        var tagged = f.meetings.list(new MeetingFilter(null, null, null, null, "主题教育"));
        assertThat(tagged).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(april);
            assertThat(s.types()).containsExactlyInAnyOrder(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON);
            assertThat(s.counts()).isEqualTo(new AttendanceCounts(3, 2, 1, 0));
        });
    }

    @Test
    void expectedAttendeesFollowMembershipDatesCommitteeRolesAndDualOrganizationalLife() {
        int mover = f.member("周调动");
        f.belongs(mover, first, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 5, 31));
        f.belongs(mover, second, LocalDate.of(2025, 6, 1), null);
        int secretary = f.member("王书记");
        f.belongs(secretary, first, LocalDate.of(2020, 1, 1), null);
        f.role(secretary, first, CommitteeRole.SECRETARY, LocalDate.of(2023, 1, 1));
        int inCell = f.member("吴组员", MemberStatus.PROBATIONARY);
        f.belongs(inCell, cell, LocalDate.of(2024, 7, 1), null);
        int leader = f.member("郑局长");
        f.belongs(leader, group, LocalDate.of(2022, 1, 1), null);
        f.belongs(leader, first, LocalDate.of(2022, 1, 1), null);
        int notYet = f.member("钱新人");
        f.belongs(notYet, first, LocalDate.of(2025, 9, 1), null);

        Set<MeetingType> assembly = Set.of(MeetingType.BRANCH_ASSEMBLY);
        assertThat(names(f.meetings.expectedAttendees(first, LocalDate.of(2025, 5, 31), assembly)))
                .containsExactlyInAnyOrder("周调动", "王书记", "吴组员", "郑局长");
        assertThat(names(f.meetings.expectedAttendees(first, LocalDate.of(2025, 6, 1), assembly)))
                .containsExactlyInAnyOrder("王书记", "吴组员", "郑局长");
        assertThat(names(f.meetings.expectedAttendees(second, LocalDate.of(2025, 5, 31), assembly))).isEmpty();
        assertThat(names(f.meetings.expectedAttendees(second, LocalDate.of(2025, 6, 1), assembly))).containsExactly("周调动");
        assertThat(names(f.meetings.expectedAttendees(first, LocalDate.of(2025, 6, 1), Set.of(MeetingType.BRANCH_COMMITTEE))))
                .containsExactly("王书记");
        assertThat(names(f.meetings.expectedAttendees(group, LocalDate.of(2025, 6, 1), Set.of(MeetingType.DEMOCRATIC_LIFE_MEETING))))
                .containsExactly("郑局长");
        assertThat(f.meetings.expectedAttendees(first, LocalDate.of(2025, 6, 1), assembly))
                .filteredOn(e -> e.name().equals("吴组员")).singleElement()
                .extracting(ExpectedAttendee::votingRights).isEqualTo(false);
    }

    private static List<String> names(List<ExpectedAttendee> list) {
        return list.stream().map(ExpectedAttendee::name).toList();
    }

    @Test
    void heldCountsAreGroupedInSqlByUnitTypeAndMonthAndAMeetingOfTwoTypesCountsForBoth() {
        f.meeting(first, LocalDateTime.of(2025, 3, 1, 0, 0), MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON);
        f.meeting(first, LocalDateTime.of(2025, 3, 31, 23, 59), MeetingType.PARTY_LESSON);
        f.meeting(first, LocalDateTime.of(2024, 12, 31, 23, 59), MeetingType.PARTY_LESSON);
        f.meeting(first, LocalDateTime.of(2026, 1, 1, 0, 0), MeetingType.PARTY_LESSON);
        f.meeting(cell, LocalDateTime.of(2025, 12, 31, 18, 0), MeetingType.CELL_MEETING);

        List<HeldCount> counts = new ComplianceRepository(db).heldCounts(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(counts).containsExactlyInAnyOrder(
                new HeldCount(first, MeetingType.THEMED_PARTY_DAY, 2025, 3, 1),
                new HeldCount(first, MeetingType.PARTY_LESSON, 2025, 3, 2),
                new HeldCount(cell, MeetingType.CELL_MEETING, 2025, 12, 1));
    }
}
