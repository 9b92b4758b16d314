package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.model.Cadence;
import org.partydesk.model.ListOwnerKind;

/**
 * One valid row of the responsibility-list ledger (责任清单台账): the list it belongs to (year, name,
 * owner kind and owner name as written, null when blank) and one item: its place in the list's tree
 * ({@code path}, e.g. [2, 1] for 2.1), its text, 责任主体, 责任人 and 时间节点 ({@code cadence} null when
 * blank: the stored value stays; {@code onceOn} set for a single date).
 */
public record ResponsibilityEntry(int year, String listName, ListOwnerKind ownerKind, String listOwner,
                                  List<Integer> path, String text, String ownerText, String responsibleText,
                                  Cadence cadence, LocalDate onceOn) {
    public ResponsibilityEntry {
        path = List.copyOf(path);
    }

    /** The item's level: 1 for a category, up to 3. */
    public int level() {
        return path.size();
    }

    /** The path as the ledger writes it: 1, 1.2, 1.2.3. */
    public String pathText() {
        return ResponsibilityLedger.pathText(path);
    }

    /** The parent's path, or an empty list on level 1. */
    public List<Integer> parentPath() {
        return path.subList(0, path.size() - 1);
    }
}
