package org.partydesk.app.meetings;

import java.util.Comparator;
import java.util.List;

import org.partydesk.model.MeetingSummary;

/**
 * A list of meetings as the 三会一课 screen shows it: newest first (then the later recorded first), with the
 * sums of its status line, 实到 and 应到 person-times (a meeting kept with its ledger's figures counts those).
 */
public record MeetingListing(List<MeetingSummary> meetings, int present, int expected) {
    public MeetingListing {
        meetings = List.copyOf(meetings);
    }

    /** The meetings sorted newest first, with their sums. */
    public static MeetingListing of(List<MeetingSummary> found) {
        List<MeetingSummary> sorted = found.stream()
                .sorted(Comparator.comparing(MeetingSummary::heldAt).thenComparing(MeetingSummary::id).reversed())
                .toList();
        return new MeetingListing(sorted, sorted.stream().mapToInt(m -> m.counts().present()).sum(),
                sorted.stream().mapToInt(m -> m.counts().expected()).sum());
    }
}
