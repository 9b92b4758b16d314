package org.partydesk.gui.responsibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityList;

/**
 * The 责任清单 screen without JavaFX: what it shows for a year and a date read in one go (the tree with each
 * item's number 1, 1.1, 1.1.1, the deadlines due soon and missed, the 责任书, 完成率 per list and per owner), and
 * the 纪实 of an item with what the timeline marks beside each. It alone calls the app layer; it touches no
 * control, so the screen runs its reads off the FX thread.
 */
final class ResponsibilityModel {
    /** Everything the screen shows for a year and a date. */
    record Snapshot(int year, LocalDate date, List<ListProgress> lists, Map<Integer, String> numbers,
                    List<DeadlineAlert> dueSoon, List<DeadlineAlert> overdue, List<LettersPane.LetterRow> letters,
                    List<ListStats> perList, List<ListStats> perOwner) {
        /** The number of an item in its list: 1, 1.2, 1.2.3 (the {@code seq} of each level). */
        String number(int itemId) {
            return numbers.getOrDefault(itemId, "");
        }
    }

    /** A 纪实 of the timeline: corrected by a later one, correcting an earlier one, completing a deadline, its files. */
    record RecordRow(ProgressRecord record, boolean corrected, ProgressRecord corrects, Deadline completes,
                     int evidenceCount) {
    }

    private final Responsibilities responsibilities;

    ResponsibilityModel(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    Snapshot read(int year, LocalDate date) {
        List<ListProgress> lists = responsibilities.tree(year, date);
        Map<Integer, String> numbers = new HashMap<>();
        lists.forEach(list -> list.items().forEach(item -> number(item, "", numbers)));
        return new Snapshot(year, date, lists, numbers, responsibilities.dueSoon(date),
                responsibilities.overdue(year, date), letters(year), responsibilities.statsPerList(year, date),
                responsibilities.statsPerOwner(year, date));
    }

    private static void number(ItemProgress item, String parent, Map<Integer, String> out) {
        String number = parent.isEmpty() ? String.valueOf(item.item().seq()) : parent + "." + item.item().seq();
        out.put(item.item().id(), number);
        item.children().forEach(child -> number(child, number, out));
    }

    /** The 责任书 of a year with the name of the list each belongs to and how many scans it has. */
    List<LettersPane.LetterRow> letters(int year) {
        Map<Integer, String> listNames = responsibilities.lists(year).stream()
                .collect(Collectors.toMap(ResponsibilityList::id, ResponsibilityList::name));
        return responsibilities.letters(year).stream()
                .map(l -> new LettersPane.LetterRow(l, l.listId() == null ? "" : listNames.getOrDefault(l.listId(), ""),
                        responsibilities.letterScans(l.id()).size()))
                .toList();
    }

    /** The 纪实 of an item, oldest first, with what the timeline marks beside each. */
    List<RecordRow> records(int itemId) {
        List<ProgressRecord> all = responsibilities.records(itemId);
        Map<Integer, ProgressRecord> byId = all.stream().collect(Collectors.toMap(ProgressRecord::id, r -> r));
        Set<Integer> corrected = new HashSet<>();
        all.stream().map(ProgressRecord::correctsRecordId).filter(Objects::nonNull).forEach(corrected::add);
        Map<Integer, Deadline> deadlines = responsibilities.deadlines(itemId).stream()
                .collect(Collectors.toMap(Deadline::id, d -> d));
        return all.stream()
                .map(r -> new RecordRow(r, corrected.contains(r.id()),
                        r.correctsRecordId() == null ? null : byId.get(r.correctsRecordId()),
                        r.completesDeadlineId() == null ? null : deadlines.get(r.completesDeadlineId()),
                        responsibilities.recordEvidence(r.id()).size()))
                .toList();
    }

    /** The date a new record starts with: the status date, moved into the chosen year. */
    static LocalDate recordDateDefault(LocalDate asOf, int year) {
        if (asOf.getYear() > year) {
            return LocalDate.of(year, 12, 31);
        }
        return asOf.getYear() < year ? LocalDate.of(year, 1, 1) : asOf;
    }
}
