package org.partydesk.model;

import java.util.List;

/**
 * An item of a list with its status as of a date: a leaf has its deadline states; a parent (category or
 * content) has its children, and its status and counts come from them.
 */
public record ItemProgress(ResponsibilityItem item, ItemStatus status, List<DeadlineState> deadlines,
                           Completion completion, List<ItemProgress> children) {
    public ItemProgress {
        deadlines = List.copyOf(deadlines);
        children = List.copyOf(children);
    }

    /** The item {@code itemId} among {@code items} or anywhere below them; null when it is not there. */
    public static ItemProgress find(List<ItemProgress> items, int itemId) {
        for (ItemProgress i : items) {
            if (i.item().id() == itemId) {
                return i;
            }
            ItemProgress below = find(i.children(), itemId);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
