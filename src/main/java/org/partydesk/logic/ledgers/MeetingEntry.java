package org.partydesk.logic.ledgers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.partydesk.model.MeetingType;

/**
 * One valid row of the meetings ledger (三会一课台账), values as given. {@code heldAt} is at midnight
 * when the ledger gives only the day. {@code expected} and {@code present} are the 应到 / 实到 the
 * clerk wrote (null when blank): they are checked, never stored. Names are as written.
 */
public record MeetingEntry(String branch, Set<MeetingType> types, String theme, LocalDateTime heldAt, String place,
                           String host, String recorder, String lecturer, Integer expected, Integer present,
                           List<NamedNote> onLeave, List<NamedNote> absent, List<NamedNote> nonVoting,
                           List<String> agenda, String minutes) {
    /** A name with the note written after it in brackets: 张三（出差）. */
    public record NamedNote(String name, String note) {
    }

    public MeetingEntry {
        types = Set.copyOf(types);
        onLeave = List.copyOf(onLeave);
        absent = List.copyOf(absent);
        nonVoting = List.copyOf(nonVoting);
        agenda = List.copyOf(agenda);
    }
}
