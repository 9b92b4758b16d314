package org.partydesk.model;

import java.util.List;

/**
 * 条目 of a responsibility list. Items nest up to three levels (category → content → measure, level 1–3);
 * {@code parentId} is null on level 1. {@code ownerText} is the 责任主体, {@code responsibleText} the
 * 责任人 as written, {@code ownerMemberIds} the 责任人 on the roster. Only items without children carry
 * deadlines of their {@code cadence}.
 */
public record ResponsibilityItem(Integer id, int listId, Integer parentId, int level, int seq, String text,
                                 String ownerText, String responsibleText, Cadence cadence, String notes,
                                 List<Integer> ownerMemberIds) {
    /** The deepest level an item may have. */
    public static final int MAX_LEVEL = 3;

    public ResponsibilityItem {
        ownerMemberIds = ownerMemberIds == null ? List.of() : List.copyOf(ownerMemberIds);
    }
}
