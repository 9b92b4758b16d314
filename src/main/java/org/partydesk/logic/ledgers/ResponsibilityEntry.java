package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.model.Cadence;
import org.partydesk.model.ListOwnerKind;

/**
 * One valid row of the responsibility-list ledger (责任清单台账): the list it belongs to (year, name,
 * owner kind and owner name as written, null when blank) and one item: its place in the list's tree
 * ({@code path}, e.g. [2, 1] for 2.1), its text, 责任主体, 责任人 and 时间节点 ({@code cadence} null when
 * blank: the stored value stays; {@code onceOn} set for a single date). A list written as 类别 | 内容 | 落实措施 columns
 * gives each row's deepest text as its item and the others as {@code above} ({@link #treeInColumns}); {@code written} is
 * the 序号 as written, placed by the import when it is an outline number such as 一、 （一） 1. ({@link #outlined}).
 * {@code note} is what its 进展情况 and 完成情况 say, to record as 纪实 (null: nothing); {@code ownerFromTitle} whether
 * {@code listOwner} is a leader's name read from the sheet's title rather than written in 清单所属.
 */
public record ResponsibilityEntry(int year, String listName, ListOwnerKind ownerKind, String listOwner,
                                  List<Integer> path, String text, String ownerText, String responsibleText,
                                  Cadence cadence, LocalDate onceOn, List<String> above, String written, ProgressNote note,
                                  boolean ownerFromTitle) {
    public ResponsibilityEntry {
        path = List.copyOf(path);
        above = List.copyOf(above);
    }

    /** An item whose place the 序号 gives. */
    public ResponsibilityEntry(int year, String listName, ListOwnerKind ownerKind, String listOwner, List<Integer> path,
                               String text, String ownerText, String responsibleText, Cadence cadence, LocalDate onceOn) {
        this(year, listName, ownerKind, listOwner, path, text, ownerText, responsibleText, cadence, onceOn, List.of(), null, null,
                false);
    }

    /**
     * Whether the row writes the tree in columns (类别 | 内容 | 落实措施): {@code above} holds the texts of the levels
     * above it as written beside it, and an empty {@code path} means the import numbers it in the order met.
     */
    public boolean treeInColumns() {
        return !above.isEmpty() || path.isEmpty() && ResponsibilityLedger.outlineStyle(written) == null;
    }

    /** Whether the 序号 is an outline number (一、 （一） 1.) that the import turns into a place ({@code path} empty). */
    public boolean outlined() {
        return path.isEmpty() && above.isEmpty() && ResponsibilityLedger.outlineStyle(written) != null;
    }

    /** The same item at {@code path} (numbered by the import). */
    public ResponsibilityEntry at(List<Integer> place) {
        return new ResponsibilityEntry(year, listName, ownerKind, listOwner, place, text, ownerText, responsibleText, cadence,
                onceOn, above, written, note, ownerFromTitle);
    }

    /** A level above this item, made from the text written beside it: no 责任主体, 责任人 or 时间节点 of its own. */
    public ResponsibilityEntry parent(List<Integer> place, String parentText) {
        return new ResponsibilityEntry(year, listName, ownerKind, listOwner, place, parentText, null, null, null, null, List.of(),
                null, null, ownerFromTitle);
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
