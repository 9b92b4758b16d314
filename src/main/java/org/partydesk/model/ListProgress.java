package org.partydesk.model;

import java.util.List;

/** A responsibility list with its owner's name and its item tree as of a date. */
public record ListProgress(ResponsibilityList list, String ownerName, List<ItemProgress> items,
                           Completion completion) {
    public ListProgress {
        items = List.copyOf(items);
    }
}
