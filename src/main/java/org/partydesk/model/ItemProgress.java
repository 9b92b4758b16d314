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
}
