package org.partydesk.logic.ledgers;

import java.time.LocalDate;

/**
 * The value of one spreadsheet cell as read: its text (a number as Excel shows it without grouping, e.g.
 * "13800138000"), the date when the cell is an Excel date, and whether Excel stored it as a number.
 */
public record LedgerCell(String text, LocalDate date, boolean number) {
    public static final LedgerCell EMPTY = new LedgerCell("", null, false);
    /**
     * A formula whose result the file does not hold (a workbook written by a program that does not calculate, never
     * opened and saved in Excel or WPS): blank as a value, told apart by identity so the reader can say so.
     */
    public static final LedgerCell UNCALCULATED = new LedgerCell("", null, false);

    public LedgerCell {
        text = text == null ? "" : text;
    }

    public static LedgerCell text(String text) {
        return new LedgerCell(text, null, false);
    }

    public static LedgerCell date(LocalDate date) {
        return new LedgerCell(date.toString(), date, false);
    }

    /**
     * An Excel date that also has a time of day: {@code date} is the day and {@code text} the ISO
     * date-time ({@code 2025-03-08T09:30}), so rules that need the time read it from the text.
     */
    public static LedgerCell dateTime(java.time.LocalDateTime raw) {
        // Excel keeps times as fractions of a day: 09:30 may come back as 09:29:59.999
        java.time.LocalDateTime at = raw.plusNanos(500_000_000).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? date(at.toLocalDate()) : new LedgerCell(at.toString(), at.toLocalDate(), false);
    }

    public static LedgerCell number(String text) {
        return new LedgerCell(text, null, true);
    }

    /** No date and no visible character (every kind of space counts as blank). */
    public boolean isBlank() {
        if (date != null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\ufeff') {
                return false;
            }
        }
        return true;
    }

    /**
     * Blank, or one of the ways clerks write "nothing" in any column (无, —, /, 空 …; the table
     * {@link LedgerValues#EMPTY}).
     */
    public boolean isEmptyValue() {
        return isBlank() || date == null && LedgerValues.isEmptyMarker(text);
    }

    /** The cleaned text ({@link Texts#clean}), or null when the cell is blank or says nothing (无, —). */
    public String clean() {
        return isEmptyValue() ? null : Texts.clean(text);
    }

    /** Free text with its punctuation kept ({@link Texts#tidy}), or null when the cell is blank or says nothing. */
    public String tidy() {
        return isEmptyValue() ? null : Texts.tidy(text);
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
