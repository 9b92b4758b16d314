package org.partydesk.model;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting of organisational life (三会一课 …) held by one org unit, with its attendance sheet.
 * A meeting may count as several {@link MeetingType}s (主题党日 + 党课). {@code id} is null until saved.
 * {@code recorded} holds the figures a ledger gave when there is no sheet (按台账人数, decision 0012): a
 * meeting with an attendance sheet has none, so filling in a sheet replaces them.
 */
public record Meeting(Integer id, int orgUnitId, LocalDateTime heldAt, String place, PersonRef host,
                      PersonRef recorder, PersonRef lecturer, String theme, Set<MeetingType> types,
                      List<String> agenda, Set<String> tags, String minutes, String decisions, boolean election,
                      List<AttendanceEntry> attendance, List<NonVotingAttendee> nonVotingAttendees,
                      RecordedCounts recorded) {

    public Meeting {
        types = java.util.Collections.unmodifiableSet(types == null || types.isEmpty()
                ? EnumSet.noneOf(MeetingType.class) : EnumSet.copyOf(types));
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        nonVotingAttendees = nonVotingAttendees == null ? List.of() : List.copyOf(nonVotingAttendees);
        if (!attendance.isEmpty() || recorded != null && recorded.isEmpty()) {
            recorded = null;
        }
    }

    /** A meeting without recorded figures. */
    public Meeting(Integer id, int orgUnitId, LocalDateTime heldAt, String place, PersonRef host,
                   PersonRef recorder, PersonRef lecturer, String theme, Set<MeetingType> types,
                   List<String> agenda, Set<String> tags, String minutes, String decisions, boolean election,
                   List<AttendanceEntry> attendance, List<NonVotingAttendee> nonVotingAttendees) {
        this(id, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags, minutes, decisions,
                election, attendance, nonVotingAttendees, null);
    }

    /** The same meeting with another attendance sheet (a sheet with rows replaces the recorded figures). */
    public Meeting withAttendance(List<AttendanceEntry> sheet) {
        return new Meeting(id, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags,
                minutes, decisions, election, sheet, nonVotingAttendees, recorded);
    }

    /** The same meeting with these recorded figures (kept only while it has no attendance sheet). */
    public Meeting withRecorded(RecordedCounts counts) {
        return new Meeting(id, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags,
                minutes, decisions, election, attendance, nonVotingAttendees, counts);
    }

    /** 应到 / 实到 / 请假 / 缺席: from the attendance sheet, or the recorded figures when there is no sheet. */
    public AttendanceCounts counts() {
        if (recorded != null) {
            return recorded.effective();
        }
        int present = 0;
        int leave = 0;
        int absent = 0;
        for (AttendanceEntry a : attendance) {
            switch (a.status()) {
                case PRESENT -> present++;
                case ON_LEAVE -> leave++;
                case ABSENT -> absent++;
            }
        }
        return new AttendanceCounts(attendance.size(), present, leave, absent);
    }

    /** The same meeting with its database id. */
    public Meeting withId(Integer newId) {
        return new Meeting(newId, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags,
                minutes, decisions, election, attendance, nonVotingAttendees, recorded);
    }
}
