package org.partydesk.app.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.QuorumRules;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.ExpectedAttendee;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberAttendance;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.VoidedMeeting;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;

/**
 * Recording meetings of 三会一课: a new meeting gets the default attendance sheet (everyone expected,
 * marked present) unless one is given; saving returns the quorum warnings, which never stop the save.
 */
public final class Meetings {
    private final Workspace ws;
    private final MeetingRepository meetings;
    private final OrgRepository orgs;

    public Meetings(Workspace ws) {
        this.ws = ws;
        this.meetings = new MeetingRepository(ws.database());
        this.orgs = new OrgRepository(ws.database());
    }

    /** A saved meeting's id and the quorum warnings (Chinese) of its attendance. */
    public record Saved(int id, List<String> warnings) {
    }

    /** The default attendance sheet: every member expected at such a meeting of the unit that day, present. */
    public List<AttendanceEntry> defaultSheet(int orgUnitId, LocalDate day, Set<MeetingType> types) {
        return meetings.expectedAttendees(orgUnitId, day, types).stream()
                .map(e -> AttendanceEntry.present(e.memberId(), e.name()))
                .toList();
    }

    /** Records a new meeting; with an empty sheet and no recorded figures the default sheet is used. */
    public Saved record(Meeting meeting) {
        validate(meeting);
        Meeting toSave = meeting.attendance().isEmpty() && meeting.recorded() == null
                ? meeting.withAttendance(defaultSheet(meeting.orgUnitId(), meeting.heldAt().toLocalDate(), meeting.types()))
                : meeting;
        int id = meetings.save(ws.operator(), toSave);
        return new Saved(id, warnings(toSave));
    }

    /**
     * Replaces a saved meeting (fields, types, agenda, tags and attendance sheet) and returns its warnings. A
     * meeting with recorded figures (按台账人数) keeps them while its sheet stays empty; a sheet replaces them.
     */
    public Saved update(Meeting meeting) {
        validate(meeting);
        if (meeting.id() == null) {
            throw new InputRejectedException("会议尚未保存，无法修改");
        }
        meetings.update(ws.operator(), meeting);
        return new Saved(meeting.id(), warnings(meeting));
    }

    public Optional<Meeting> load(int id) {
        return meetings.load(id);
    }

    public List<MeetingSummary> list(MeetingFilter filter) {
        return meetings.list(filter);
    }

    /** 应到 / 实到 / 请假 / 缺席 of a meeting (its recorded figures when it has no sheet, marked as such). */
    public AttendanceCounts counts(int meetingId) {
        return meetings.counts(meetingId);
    }

    /** Every org unit (also those ended), for naming the units of meetings. */
    public List<OrgUnit> units() {
        return orgs.all();
    }

    public Optional<OrgUnit> unit(int id) {
        return orgs.find(id);
    }

    /** The member of this name, when the roster has exactly one (a guest's name has none). */
    public Optional<Integer> memberId(String name) {
        return meetings.memberIdByName(name);
    }

    /** Every tag used on a meeting, for the list's filter. */
    public List<String> tags() {
        return meetings.tags();
    }

    /** The day of the most recent meeting, if any. */
    public Optional<LocalDate> lastMeetingDay() {
        return meetings.lastMeetingDay();
    }

    /** A member's attendance history, newest first. */
    public List<MemberAttendance> attendanceOf(int memberId) {
        return meetings.attendanceOf(memberId);
    }

    /**
     * Deletes (作废) a meeting with a reason, in one audited transaction: the DELETE audit rows hold the whole
     * meeting and the reason, so that {@link #restore} gives it back. Its evidence links are kept unless
     * {@code keepEvidence} is false. Counts everywhere stop including it (it is gone from the meeting table).
     */
    public void delete(int meetingId, String reason, boolean keepEvidence) {
        if (reason == null || reason.isBlank()) {
            throw new InputRejectedException("请填写作废原因（如“重复导入”）");
        }
        if (meetings.load(meetingId).isEmpty()) {
            throw new InputRejectedException("会议不存在（编号 " + meetingId + "），可能已被作废");
        }
        ws.database().write(ws.operator(), tx -> {
            MeetingRepository.voidMeeting(tx, meetingId, reason.strip(), keepEvidence);
            return null;
        });
    }

    /** The meetings deleted and not restored, newest deletion first. */
    public List<VoidedMeeting> voided() {
        return meetings.voided();
    }

    /** Restores a deleted meeting exactly (the same id, the same rows) from the audit trail; audited. */
    public void restore(int meetingId) {
        if (meetings.load(meetingId).isPresent()) {
            throw new InputRejectedException("会议（编号 " + meetingId + "）未被作废，无需恢复");
        }
        ws.database().write(ws.operator(), tx -> {
            MeetingRepository.restore(tx, meetingId);
            return null;
        });
    }

    /** Today, by the database's clock. */
    public LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    /**
     * The quorum warnings the meeting would get when saved, so a screen can show them before saving (they
     * never stop a save).
     */
    public List<String> warnings(Meeting m) {
        if (m.recorded() != null) {
            return QuorumRules.recordedWarnings(m.types(), m.counts());
        }
        Set<Integer> voting = meetings.votingMembers(
                m.attendance().stream().map(AttendanceEntry::memberId).toList(), m.heldAt().toLocalDate());
        Set<Integer> committee = m.types().contains(MeetingType.BRANCH_COMMITTEE)
                ? meetings.expectedAttendees(m.orgUnitId(), m.heldAt().toLocalDate(), Set.of(MeetingType.BRANCH_COMMITTEE))
                        .stream().map(ExpectedAttendee::memberId).collect(Collectors.toSet())
                : Set.of();
        return QuorumRules.warnings(m.types(), m.election(), m.attendance(), voting, committee);
    }

    private void validate(Meeting m) {
        if (m.heldAt() == null) {
            throw new InputRejectedException("请填写会议时间");
        }
        if (m.theme() == null || m.theme().isBlank()) {
            throw new InputRejectedException("请填写会议主题");
        }
        if (m.types().isEmpty()) {
            throw new InputRejectedException("请至少选择一种会议类型");
        }
        LocalDate held = m.heldAt().toLocalDate();
        for (AttendanceEntry a : m.attendance()) {
            if (a.makeUpOn() != null && a.makeUpOn().isBefore(held)) {
                throw new InputRejectedException(a.name() + "的补课日期（" + a.makeUpOn() + "）早于会议日期（" + held
                        + "），补课应在会议之后，请核对");
            }
            if (a.makeUpOn() != null && a.makeUpOn().isAfter(today())) {
                throw new InputRejectedException(a.name() + "的补课日期（" + a.makeUpOn() + "）晚于今天，请在补课之后再登记");
            }
        }
    }
}
