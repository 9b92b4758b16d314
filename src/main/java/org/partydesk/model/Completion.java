package org.partydesk.model;

import java.util.OptionalDouble;

/**
 * 完成率 counts over the leaf items of an item, a list or an owner, as of a date.
 *
 * @param items          leaf items (items without children)
 * @param dueItems       leaf items with at least one deadline on or before the date
 * @param doneItems      leaf items whose status is DONE (every deadline met, some perhaps early)
 * @param doneDueItems   due leaf items whose status is DONE
 * @param overdueItems   leaf items whose status is OVERDUE
 * @param dueDeadlines   deadlines on or before the date
 * @param metDueDeadlines of those, the ones met
 */
public record Completion(int items, int dueItems, int doneItems, int doneDueItems, int overdueItems,
                         int dueDeadlines, int metDueDeadlines) {
    public static final Completion NONE = new Completion(0, 0, 0, 0, 0, 0, 0);

    /** completionRate: met due deadlines / due deadlines; empty when nothing is due yet. */
    public OptionalDouble completionRate() {
        return dueDeadlines == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) metDueDeadlines / dueDeadlines);
    }

    /** Due items that are DONE / due items; empty when nothing is due yet. */
    public OptionalDouble itemCompletionRate() {
        return dueItems == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) doneDueItems / dueItems);
    }

    public Completion plus(Completion o) {
        return new Completion(items + o.items, dueItems + o.dueItems, doneItems + o.doneItems,
                doneDueItems + o.doneDueItems, overdueItems + o.overdueItems, dueDeadlines + o.dueDeadlines,
                metDueDeadlines + o.metDueDeadlines);
    }
}
