package org.partydesk.model;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting of organisational life (三会一课 …) held by one org unit, with its attendance sheet.
 * A meeting may count as several {@link MeetingType}s (主题党日 + 党课). {@code id} is null until saved.
 */
public record Meeting(Integer id, int orgUnitId, LocalDateTime heldAt, String place, PersonRef host,
                      PersonRef recorder, PersonRef lecturer, String theme, Set<MeetingType> types,
                      List<String> agenda, Set<String> tags, String minutes, String decisions, boolean election,
                      List<AttendanceEntry> attendance, List<NonVotingAttendee> nonVotingAttendees) {

    public Meeting {
        types = java.util.Collections.unmodifiableSet(types == null || types.isEmpty()
                ? EnumSet.noneOf(MeetingType.class) : EnumSet.copyOf(types));
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        nonVotingAttendees = nonVotingAttendees == null ? List.of() : List.copyOf(nonVotingAttendees);
    }

    /** The same meeting with another attendance sheet. */
    public Meeting withAttendance(List<AttendanceEntry> sheet) {
        return new Meeting(id, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags,
                minutes, decisions, election, sheet, nonVotingAttendees);
    }

    /** The same meeting with its database id. */
    public Meeting withId(Integer newId) {
        return new Meeting(newId, orgUnitId, heldAt, place, host, recorder, lecturer, theme, types, agenda, tags,
                minutes, decisions, election, attendance, nonVotingAttendees);
    }
}
