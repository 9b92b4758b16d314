package org.partydesk.logic.ledgers;

import java.time.LocalDate;

/**
 * The value of one spreadsheet cell as read: its text (a number as Excel shows it without grouping, e.g.
 * "13800138000"), the date when the cell is an Excel date, and whether Excel stored it as a number.
 */
public record LedgerCell(String text, LocalDate date, boolean number) {
    public static final LedgerCell EMPTY = new LedgerCell("", null, false);

    public LedgerCell {
        text = text == null ? "" : text;
    }

    public static LedgerCell text(String text) {
        return new LedgerCell(text, null, false);
    }

    public static LedgerCell date(LocalDate date) {
        return new LedgerCell(date.toString(), date, false);
    }

    public static LedgerCell number(String text) {
        return new LedgerCell(text, null, true);
    }

    public boolean isBlank() {
        return date == null && Texts.compact(text).isEmpty();
    }

    /** The cleaned text ({@link Texts#clean}), or null when the cell is blank. */
    public String clean() {
        return isBlank() ? null : Texts.clean(text);
    }

    /** Free text with its punctuation kept ({@link Texts#tidy}), or null when the cell is blank. */
    public String tidy() {
        return isBlank() ? null : Texts.tidy(text);
    }

    /** The tidied text of a cell that may be absent (a column the file does not have), or null. */
    public static String tidy(LedgerCell cell) {
        return cell == null ? null : cell.tidy();
    }

    /** The cleaned text of a cell that may be absent (a column the file does not have), or null. */
    public static String clean(LedgerCell cell) {
        return cell == null ? null : cell.clean();
    }
}
