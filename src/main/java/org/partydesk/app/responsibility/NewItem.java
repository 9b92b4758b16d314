package org.partydesk.app.responsibility;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.model.Cadence;

/**
 * An item to add to a list: under {@code parentId} (null: a level-1 category), with its 责任主体
 * ({@code ownerText}), 责任人 (as text and/or roster members) and cadence; {@code onceOn} is the date of a
 * ONCE item and must lie in the list's year.
 */
public record NewItem(int listId, Integer parentId, String text, String ownerText, String responsibleText,
                      List<Integer> ownerMemberIds, Cadence cadence, LocalDate onceOn, String notes) {
    public NewItem {
        ownerMemberIds = ownerMemberIds == null ? List.of() : List.copyOf(ownerMemberIds);
    }
}
