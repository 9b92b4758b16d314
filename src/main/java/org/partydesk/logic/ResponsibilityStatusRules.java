package org.partydesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partydesk.model.Completion;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;

/**
 * The status of responsibility items as of a date {@code today}. Pure: no clock, no database.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>A progress record <b>counts</b> when it is dated on or before {@code today} and no other record
 *     corrects it ({@code correctsRecordId} pointing at it). A corrected record never counts again,
 *     whatever the date of its correction.</li>
 * <li>A deadline is <b>due</b> when it falls on or before {@code today}.</li>
 * <li>A deadline is <b>met</b> when a counting record of its item completes it
 *     ({@code completesDeadlineId}) and is dated on or before the deadline. A record dated after the
 *     deadline does not meet it, ever: the deadline stays missed.</li>
 * <li>A deadline is <b>missed</b> when it is due and not met.</li>
 * </ol>
 * A leaf item (an item without children) is:
 * <ul>
 * <li>{@link ItemStatus#OVERDUE} when one of its deadlines is missed;</li>
 * <li>else {@link ItemStatus#DONE} when it has deadlines and every one of them is met (later ones may be
 *     met early);</li>
 * <li>else {@link ItemStatus#IN_PROGRESS} when it has at least one counting record;</li>
 * <li>else {@link ItemStatus#NOT_STARTED}.</li>
 * </ul>
 * A parent item (category or content) takes its status from its children: OVERDUE when any child is
 * OVERDUE; else DONE when every child is DONE; else NOT_STARTED when every child is NOT_STARTED; else
 * IN_PROGRESS. A parent's own deadlines and records are not considered. Counts ({@link Completion})
 * are summed over the leaf items.
 */
public final class ResponsibilityStatusRules {
    private ResponsibilityStatusRules() {
    }

    /** The ids of the records that no longer count because a later record corrects them. */
    public static Set<Integer> correctedIds(Collection<ProgressRecord> records) {
        Set<Integer> out = new HashSet<>();
        for (ProgressRecord r : records) {
            if (r.correctsRecordId() != null) {
                out.add(r.correctsRecordId());
            }
        }
        return out;
    }

    /** Records that count as of {@code today} (rule 1); {@code corrected} from {@link #correctedIds}. */
    public static List<ProgressRecord> counting(Collection<ProgressRecord> records, Set<Integer> corrected,
                                                LocalDate today) {
        return records.stream()
                .filter(r -> !corrected.contains(r.id()) && !r.recordedOn().isAfter(today))
                .toList();
    }

    /** The state of each deadline of one item, given that item's counting records. */
    public static List<DeadlineState> deadlineStates(List<Deadline> deadlines, List<ProgressRecord> countingRecords,
                                                     LocalDate today) {
        List<DeadlineState> out = new ArrayList<>();
        for (Deadline d : deadlines) {
            boolean met = countingRecords.stream().anyMatch(r -> d.id() != null
                    && d.id().equals(r.completesDeadlineId()) && !r.recordedOn().isAfter(d.dueOn()));
            out.add(new DeadlineState(d, !d.dueOn().isAfter(today), met));
        }
        out.sort(Comparator.comparing(s -> s.deadline().dueOn()));
        return out;
    }

    /** The status of a leaf item from its deadline states and whether it has a counting record. */
    public static ItemStatus leafStatus(List<DeadlineState> states, boolean hasCountingRecord) {
        if (states.stream().anyMatch(DeadlineState::missed)) {
            return ItemStatus.OVERDUE;
        }
        if (!states.isEmpty() && states.stream().allMatch(DeadlineState::met)) {
            return ItemStatus.DONE;
        }
        return hasCountingRecord ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_STARTED;
    }

    /** The status of a parent item from its children's statuses (none: NOT_STARTED). */
    public static ItemStatus parentStatus(Collection<ItemStatus> children) {
        if (children.contains(ItemStatus.OVERDUE)) {
            return ItemStatus.OVERDUE;
        }
        if (!children.isEmpty() && children.stream().allMatch(s -> s == ItemStatus.DONE)) {
            return ItemStatus.DONE;
        }
        if (children.stream().allMatch(s -> s == ItemStatus.NOT_STARTED)) {
            return ItemStatus.NOT_STARTED;
        }
        return ItemStatus.IN_PROGRESS;
    }

    /** The counts of one leaf item. */
    public static Completion leafCompletion(ItemStatus status, List<DeadlineState> states) {
        int due = (int) states.stream().filter(DeadlineState::due).count();
        int metDue = (int) states.stream().filter(s -> s.due() && s.met()).count();
        boolean isDue = due > 0;
        boolean done = status == ItemStatus.DONE;
        return new Completion(1, isDue ? 1 : 0, done ? 1 : 0, done && isDue ? 1 : 0,
                status == ItemStatus.OVERDUE ? 1 : 0, due, metDue);
    }

    /**
     * The item tree of one list with statuses as of {@code today}: the level-1 items in {@code seq} order,
     * each with its children. {@code deadlines} and {@code records} may hold those of other items too.
     */
    public static List<ItemProgress> tree(List<ResponsibilityItem> items, List<Deadline> deadlines,
                                          List<ProgressRecord> records, LocalDate today) {
        Map<Integer, List<ResponsibilityItem>> childrenOf = new HashMap<>();
        List<ResponsibilityItem> roots = new ArrayList<>();
        for (ResponsibilityItem item : items) {
            if (item.parentId() == null) {
                roots.add(item);
            } else {
                childrenOf.computeIfAbsent(item.parentId(), k -> new ArrayList<>()).add(item);
            }
        }
        Map<Integer, List<Deadline>> deadlinesOf = new HashMap<>();
        deadlines.forEach(d -> deadlinesOf.computeIfAbsent(d.itemId(), k -> new ArrayList<>()).add(d));
        Set<Integer> corrected = correctedIds(records);
        Map<Integer, List<ProgressRecord>> countingOf = new HashMap<>();
        counting(records, corrected, today).forEach(r -> countingOf.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r));
        return build(roots, childrenOf, deadlinesOf, countingOf, today);
    }

    /** The counts of a list from its level-1 items. */
    public static Completion total(List<ItemProgress> roots) {
        return roots.stream().map(ItemProgress::completion).reduce(Completion.NONE, Completion::plus);
    }

    private static List<ItemProgress> build(List<ResponsibilityItem> level, Map<Integer, List<ResponsibilityItem>> childrenOf,
                                            Map<Integer, List<Deadline>> deadlinesOf,
                                            Map<Integer, List<ProgressRecord>> countingOf, LocalDate today) {
        List<ItemProgress> out = new ArrayList<>();
        level.stream().sorted(Comparator.comparingInt(ResponsibilityItem::seq)).forEach(item -> {
            List<ResponsibilityItem> kids = childrenOf.getOrDefault(item.id(), List.of());
            if (kids.isEmpty()) {
                List<ProgressRecord> counting = countingOf.getOrDefault(item.id(), List.of());
                List<DeadlineState> states = deadlineStates(deadlinesOf.getOrDefault(item.id(), List.of()), counting, today);
                ItemStatus status = leafStatus(states, !counting.isEmpty());
                out.add(new ItemProgress(item, status, states, leafCompletion(status, states), List.of()));
            } else {
                List<ItemProgress> children = build(kids, childrenOf, deadlinesOf, countingOf, today);
                ItemStatus status = parentStatus(children.stream().map(ItemProgress::status).toList());
                out.add(new ItemProgress(item, status, List.of(), total(children), children));
            }
        });
        return out;
    }
}
