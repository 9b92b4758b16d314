package org.partydesk.app.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingsTest {
    @TempDir
    Path dir;

    @Test
    void recordingBuildsTheDefaultSheetAndWarnsWhenTheAssemblyLacksAQuorum() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("m.db")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int branch = f.unit(null, OrgKind.BRANCH, "第一党支部", 1);
            List<Integer> full = new ArrayList<>();
            for (String name : List.of("甲", "乙", "丙", "丁")) {
                int id = f.member(name);
                f.belongs(id, branch, LocalDate.of(2020, 1, 1), null);
                full.add(id);
            }
            int probationary = f.member("戊", MemberStatus.PROBATIONARY);
            f.belongs(probationary, branch, LocalDate.of(2024, 1, 1), null);
            Meetings meetings = new Meetings(ws);
            LocalDateTime when = LocalDateTime.of(2025, 3, 10, 9, 0);

            Meetings.Saved all = meetings.record(MeetingFixture.meeting(branch, when, null, List.of(), MeetingType.BRANCH_ASSEMBLY));
            assertThat(all.warnings()).isEmpty();
            assertThat(meetings.counts(all.id())).isEqualTo(new AttendanceCounts(5, 5, 0, 0));

            List<AttendanceEntry> sheet = new ArrayList<>(meetings.defaultSheet(branch, when.toLocalDate(), Set.of(MeetingType.BRANCH_ASSEMBLY)));
            sheet.replaceAll(a -> a.memberId() == full.get(0) || a.memberId() == full.get(1) || a.memberId() == full.get(2)
                    ? a.withStatus(AttendanceStatus.ABSENT, null, null) : a);
            Meetings.Saved thin = meetings.record(MeetingFixture.meeting(branch, when, null, sheet, MeetingType.BRANCH_ASSEMBLY));
            assertThat(thin.warnings()).containsExactly("支部党员大会到会有表决权的党员1人，未超过应到有表决权党员4人的半数");
            assertThat(meetings.counts(thin.id())).isEqualTo(new AttendanceCounts(5, 2, 0, 3));

            Meeting loaded = meetings.load(thin.id()).orElseThrow();
            Meeting election = new Meeting(loaded.id(), loaded.orgUnitId(), loaded.heldAt(), loaded.place(), null, null, null,
                    loaded.theme(), loaded.types(), loaded.agenda(), loaded.tags(), null, null, true,
                    meetings.defaultSheet(branch, when.toLocalDate(), loaded.types()), List.of());
            assertThat(meetings.update(election).warnings()).isEmpty();
            List<AttendanceEntry> oneAway = new ArrayList<>(election.attendance());
            oneAway.set(0, oneAway.get(0).withStatus(AttendanceStatus.ON_LEAVE, "病假", null));
            assertThat(meetings.update(election.withAttendance(oneAway)).warnings())
                    .containsExactly("选举时到会有选举权的党员3人，未超过应到有选举权党员4人的五分之四");
        }
    }

    @Test
    void aMakeUpBeforeTheMeetingOrAfterTodayIsRefusedAndNothingIsWritten() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("m.db")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int branch = f.unit(null, OrgKind.BRANCH, "第一党支部", 1);
            for (String name : List.of("王帆", "李明")) {
                f.belongs(f.member(name), branch, LocalDate.of(2020, 1, 1), null);
            }
            Meetings meetings = new Meetings(ws);
            LocalDate today = meetings.today();
            LocalDateTime when = today.minusDays(2).atTime(9, 0);
            List<AttendanceEntry> sheet = new ArrayList<>(meetings.defaultSheet(branch, when.toLocalDate(),
                    Set.of(MeetingType.BRANCH_ASSEMBLY)));
            int wang = sheet.stream().filter(a -> a.name().equals("王帆")).findFirst().orElseThrow().memberId();
            sheet.replaceAll(a -> a.memberId() == wang
                    ? a.withStatus(AttendanceStatus.ON_LEAVE, "公休假", when.toLocalDate().minusMonths(1)) : a);
            assertThatThrownBy(() -> meetings.record(MeetingFixture.meeting(branch, when, null, sheet, MeetingType.BRANCH_ASSEMBLY)))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("王帆的补课日期（" + when.toLocalDate().minusMonths(1) + "）早于会议日期（" + when.toLocalDate()
                            + "），补课应在会议之后，请核对");
            sheet.replaceAll(a -> a.memberId() == wang ? a.withStatus(AttendanceStatus.ON_LEAVE, "公休假", today.plusDays(3)) : a);
            assertThatThrownBy(() -> meetings.record(MeetingFixture.meeting(branch, when, null, sheet, MeetingType.BRANCH_ASSEMBLY)))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("王帆的补课日期（" + today.plusDays(3) + "）晚于今天，请在补课之后再登记");
            assertThat(meetings.list(org.partydesk.model.MeetingFilter.ALL)).isEmpty();
            sheet.replaceAll(a -> a.memberId() == wang ? a.withStatus(AttendanceStatus.ON_LEAVE, "公休假", today) : a);
            assertThat(meetings.counts(meetings.record(MeetingFixture.meeting(branch, when, null, sheet,
                    MeetingType.BRANCH_ASSEMBLY)).id())).isEqualTo(new AttendanceCounts(2, 1, 1, 0));
        }
    }

    @Test
    void committeeAndDemocraticLifeQuorumsAndRejectedInput() {
        try (Workspace ws = Workspace.of(Database.open(dir.resolve("m.db")), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int group = f.unit(null, OrgKind.LEADING_GROUP, "局党组", 0);
            for (String name : List.of("局长", "副局长甲", "副局长乙")) {
                f.belongs(f.member(name), group, LocalDate.of(2022, 1, 1), null);
            }
            Meetings meetings = new Meetings(ws);
            LocalDateTime when = LocalDateTime.of(2025, 12, 20, 9, 0);
            List<AttendanceEntry> sheet = new ArrayList<>(meetings.defaultSheet(group, when.toLocalDate(),
                    Set.of(MeetingType.DEMOCRATIC_LIFE_MEETING)));
            sheet.set(0, sheet.get(0).withStatus(AttendanceStatus.ON_LEAVE, "公务", LocalDate.of(2025, 12, 28)));
            sheet.set(1, sheet.get(1).withStatus(AttendanceStatus.ABSENT, null, null));
            assertThat(meetings.record(MeetingFixture.meeting(group, when, null, sheet, MeetingType.DEMOCRATIC_LIFE_MEETING))
                    .warnings()).containsExactly("民主生活会到会1人，不足应到3人的三分之二");
            int branch = f.unit(null, OrgKind.BRANCH, "第一党支部", 1);
            List<Integer> committee = new ArrayList<>();
            for (String name : List.of("书记", "组织委员", "宣传委员", "普通党员")) {
                int id = f.member(name);
                f.belongs(id, branch, LocalDate.of(2020, 1, 1), null);
                if (!name.equals("普通党员")) {
                    f.role(id, branch, name.equals("书记") ? CommitteeRole.SECRETARY : CommitteeRole.COMMITTEE_MEMBER,
                            LocalDate.of(2023, 1, 1));
                    committee.add(id);
                }
            }
            List<AttendanceEntry> committeeSheet = new ArrayList<>(meetings.defaultSheet(branch, when.toLocalDate(),
                    Set.of(MeetingType.BRANCH_COMMITTEE)));
            assertThat(committeeSheet).extracting(AttendanceEntry::memberId).containsExactlyInAnyOrderElementsOf(committee);
            assertThat(meetings.record(MeetingFixture.meeting(branch, when, null, committeeSheet, MeetingType.BRANCH_COMMITTEE))
                    .warnings()).isEmpty();
            committeeSheet.replaceAll(a -> a.name().equals("书记") ? a : a.withStatus(AttendanceStatus.ABSENT, null, null));
            assertThat(meetings.record(MeetingFixture.meeting(branch, when, null, committeeSheet, MeetingType.BRANCH_COMMITTEE))
                    .warnings()).containsExactly("支部委员会到会委员1人，未超过应到委员3人的半数");

            assertThatThrownBy(() -> meetings.record(MeetingFixture.meeting(group, when, null, List.of())))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("会议类型");
        }
    }
}
