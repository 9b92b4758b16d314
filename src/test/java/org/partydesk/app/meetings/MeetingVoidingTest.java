package org.partydesk.app.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.PersonRef;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 作废 and 恢复 of a meeting on a real SQLite file: the DELETE audit rows hold the whole meeting and the
 * reason, the counts stop including it, and restoring gives back exactly the same rows (a dump of every
 * table of the meeting compared before and after).
 */
class MeetingVoidingTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Meetings meetings;
    private RosterFixture.Ids ids;
    private int meetingId;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("void.db"), "王干事");
        ids = RosterFixture.fill(ws.database());
        meetings = new Meetings(ws);
        int branch = ids.units().get(RosterFixture.BRANCH_1);
        int zhang = ids.members().get("张伟");
        int li = ids.members().get("李娜");
        int wang = ids.members().get("王强");
        meetingId = meetings.record(new Meeting(null, branch, LocalDate.of(2025, 6, 25).atTime(14, 30), "三楼会议室",
                new PersonRef(zhang, "张伟"), new PersonRef(li, "李娜"), new PersonRef(null, "市委党校 刘教授"),
                "主题党日暨党课：学习贯彻二十届四中全会精神", Set.of(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON),
                List.of("集体学习", "交流研讨"), Set.of("“两山”专题", "七一"), "会议记录……", "形成三项决定", false,
                List.of(AttendanceEntry.present(zhang, "张伟"),
                        new AttendanceEntry(li, "李娜", AttendanceStatus.ON_LEAVE, "出差", LocalDate.of(2025, 7, 2)),
                        new AttendanceEntry(wang, "王强", AttendanceStatus.ABSENT, null, null)),
                List.of(new NonVotingAttendee(ids.members().get("赵敏"), "赵敏", "机关党委委员"),
                        new NonVotingAttendee(null, "刘教授", "授课")))).id();
        Path photo = dir.resolve("学习现场.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        new EvidenceService(ws).addFiles(List.of(photo), EvidenceRecordType.MEETING, meetingId, Progress.NONE);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aDeletedMeetingIsGoneFromCountsAndItsAuditRowHoldsTheWholeMeetingAndTheReason() {
        MeetingRepository repo = new MeetingRepository(ws.database());
        String before = repo.dump(meetingId);
        assertThat(before).contains("集体学习", "七一", "出差", "刘教授", "\"evidence_link\":[{");

        meetings.delete(meetingId, "重复导入", false);

        assertThat(meetings.list(MeetingFilter.ALL)).isEmpty();
        assertThat(meetings.attendanceOf(ids.members().get("李娜"))).isEmpty();
        assertThat(new EvidenceService(ws).linkedTo(EvidenceRecordType.MEETING, meetingId)).isEmpty();
        List<AuditTrail.Entry> audit = new AuditTrail(ws.database()).of("meeting", meetingId);
        AuditTrail.Entry deleted = audit.get(audit.size() - 1);
        assertThat(deleted.action()).isEqualTo("DELETE");
        assertThat(deleted.operator()).isEqualTo("王干事");
        assertThat(deleted.before()).containsEntry("reason", "重复导入").containsEntry("evidenceKept", false);
        assertThat(deleted.before().get("rows").toString()).contains("THEMED_PARTY_DAY", "PARTY_LESSON", "集体学习", "交流研讨",
                "七一", "ON_LEAVE", "出差", "机关党委委员", "evidence_id");
        assertThat(meetings.voided()).singleElement().satisfies(v -> {
            assertThat(v.meetingId()).isEqualTo(meetingId);
            assertThat(v.theme()).isEqualTo("主题党日暨党课：学习贯彻二十届四中全会精神");
            assertThat(v.heldAt()).isEqualTo(LocalDate.of(2025, 6, 25).atTime(14, 30));
            assertThat(v.reason()).isEqualTo("重复导入");
            assertThat(v.evidenceKept()).isFalse();
        });

        meetings.restore(meetingId);

        assertThat(repo.dump(meetingId)).isEqualTo(before);
        assertThat(meetings.voided()).isEmpty();
        assertThat(meetings.list(MeetingFilter.ALL)).singleElement()
                .satisfies(m -> assertThat(m.counts().expected()).isEqualTo(3));
        assertThat(new AuditTrail(ws.database()).of("meeting", meetingId)).extracting(AuditTrail.Entry::action)
                .containsExactly("INSERT", "DELETE", "INSERT", "RESTORE");
        assertThat(new AuditTrail(ws.database()).of("agenda_item", 1)).extracting(AuditTrail.Entry::action)
                .containsExactly("INSERT", "DELETE", "INSERT");
    }

    @Test
    void keptEvidenceLinksStayAndARestoreGivesBackTheSameRows() {
        MeetingRepository repo = new MeetingRepository(ws.database());
        String before = repo.dump(meetingId);
        meetings.delete(meetingId, "误录", true);
        assertThat(new EvidenceService(ws).linkedTo(EvidenceRecordType.MEETING, meetingId)).hasSize(1);
        meetings.restore(meetingId);
        assertThat(repo.dump(meetingId)).isEqualTo(before);
        assertThatThrownBy(() -> meetings.restore(meetingId)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("未被作废");
    }

    @Test
    void aDeleteNeedsAReason() {
        assertThatThrownBy(() -> meetings.delete(meetingId, " ", true)).isInstanceOf(InputRejectedException.class)
                .hasMessage("请填写作废原因（如“重复导入”）");
        assertThat(meetings.list(MeetingFilter.ALL)).hasSize(1);
    }
}
