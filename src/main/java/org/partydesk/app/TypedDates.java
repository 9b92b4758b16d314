package org.partydesk.app;

import java.time.LocalDate;

import org.partydesk.logic.ledgers.LedgerDates;

/**
 * A day typed into a form's date field, in the forms the ledgers accept ({@link LedgerDates}): 2026-12-03,
 * 2026/12/3, 2026.12.3, 2026年12月3日, 20261203, 二〇二六年十二月三日, full-width digits. A field needs a whole
 * day, so a month alone (2026.12), a part of a month (12月上旬) or a day without its year is refused, with a
 * Chinese sentence that says what is wrong.
 */
public final class TypedDates {
    private TypedDates() {
    }

    /** The day in {@code text}; null for an empty field. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LedgerDates.ParsedDate parsed;
        try {
            parsed = LedgerDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException(e.getMessage(), e);
        }
        if (parsed.monthOnly()) {
            throw new InputRejectedException("“" + text.strip() + "”只写了年月，请写出哪一天，例如 "
                    + parsed.date().withDayOfMonth(Math.min(3, parsed.date().lengthOfMonth())));
        }
        if (parsed.note() != null) {
            throw new InputRejectedException(parsed.note() + "；请写出具体哪一天");
        }
        return parsed.date();
    }
}
