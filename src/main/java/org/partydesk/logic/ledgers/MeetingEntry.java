package org.partydesk.logic.ledgers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.partydesk.model.MeetingType;

/**
 * One valid row of the meetings ledger (三会一课台账), values as given. {@code heldAt} is at midnight
 * when the ledger gives only the day. {@code expected}, {@code present}, {@code onLeaveCount} and
 * {@code absentCount} are the 应到 / 实到 / 请假 / 缺席 numbers the clerk wrote (null when blank): checked
 * against the sheet, and kept as the meeting's recorded figures only where no sheet can be built
 * ({@link MeetingLedger#recorded}). Names are as written; {@code attendees} is the 参会人员 list, when the ledger has one;
 * {@code makeUp} the 补课情况 cell (who made up the meeting, and when), null when blank.
 */
public record MeetingEntry(String branch, Set<MeetingType> types, String theme, LocalDateTime heldAt, String place,
                           String host, String recorder, String lecturer, Integer expected, Integer present,
                           List<NamedNote> onLeave, List<NamedNote> absent, List<NamedNote> nonVoting,
                           List<String> agenda, String minutes, Integer onLeaveCount, Integer absentCount,
                           List<NamedNote> attendees, String makeUp) {
    /** A name with the note written after it in brackets: 张三（出差）. */
    public record NamedNote(String name, String note) {
    }

    public MeetingEntry {
        types = Set.copyOf(types);
        onLeave = List.copyOf(onLeave);
        absent = List.copyOf(absent);
        nonVoting = List.copyOf(nonVoting);
        agenda = List.copyOf(agenda);
        attendees = List.copyOf(attendees);
    }

    /** A row without a 参会人员 list. */
    public MeetingEntry(String branch, Set<MeetingType> types, String theme, LocalDateTime heldAt, String place,
                        String host, String recorder, String lecturer, Integer expected, Integer present,
                        List<NamedNote> onLeave, List<NamedNote> absent, List<NamedNote> nonVoting,
                        List<String> agenda, String minutes, Integer onLeaveCount, Integer absentCount) {
        this(branch, types, theme, heldAt, place, host, recorder, lecturer, expected, present, onLeave, absent,
                nonVoting, agenda, minutes, onLeaveCount, absentCount, List.of(), null);
    }

    /** A row without 请假 / 缺席 numbers. */
    public MeetingEntry(String branch, Set<MeetingType> types, String theme, LocalDateTime heldAt, String place,
                        String host, String recorder, String lecturer, Integer expected, Integer present,
                        List<NamedNote> onLeave, List<NamedNote> absent, List<NamedNote> nonVoting,
                        List<String> agenda, String minutes) {
        this(branch, types, theme, heldAt, place, host, recorder, lecturer, expected, present, onLeave, absent,
                nonVoting, agenda, minutes, null, null, List.of(), null);
    }

    /** Everyone the row names as come, on leave or absent, in that order. */
    public List<NamedNote> people() {
        List<NamedNote> out = new java.util.ArrayList<>(attendees.size() + onLeave.size() + absent.size());
        out.addAll(attendees);
        out.addAll(onLeave);
        out.addAll(absent);
        return out;
    }

    /** This row with other lists of those on leave, absent and come. */
    public MeetingEntry withNames(List<NamedNote> onLeave, List<NamedNote> absent, List<NamedNote> attendees) {
        return new MeetingEntry(branch, types, theme, heldAt, place, host, recorder, lecturer, expected, present, onLeave,
                absent, nonVoting, agenda, minutes, onLeaveCount, absentCount, attendees, makeUp);
    }

    /** Whether the row gives any of 应到 / 实到 / 请假 / 缺席 as a number. */
    public boolean hasCounts() {
        return expected != null || present != null || onLeaveCount != null || absentCount != null;
    }

    /** Whether the row names anyone on leave, absent or come. */
    public boolean hasNames() {
        return !onLeave.isEmpty() || !absent.isEmpty() || !attendees.isEmpty();
    }
}
