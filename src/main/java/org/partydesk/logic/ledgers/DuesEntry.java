package org.partydesk.logic.ledgers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.partydesk.model.DuesBaseKind;

/**
 * One checked row of the 党费收缴台账 (or a bank list): one member's month with what the row gives (null: blank
 * cell): the base of the month's year, the due, the amount paid, the day, the collector, the 减免 approval; {@code idNumber}
 * the 身份证号 written beside the name (null: none), to tell members of the same name apart. A row of a sheet kept a
 * column a month has no {@code month} and no {@code paid}: {@code months} holds each month column's amount paid (null:
 * blank), the import making one month of each; null for a row of one month.
 */
public record DuesEntry(String name, String branch, YearMonth month, DuesBaseKind baseKind, BigDecimal base,
                        BigDecimal due, BigDecimal paid, LocalDate paidOn, String collector, String waiver, String notes,
                        String idNumber, java.util.SortedMap<YearMonth, BigDecimal> months) {
    /** This row's month {@code month} of a sheet kept a column a month, paid {@code paid} on {@code paidOn}. */
    public DuesEntry ofMonth(YearMonth month, BigDecimal paid, LocalDate paidOn) {
        return new DuesEntry(name, branch, month, baseKind, base, due, paid, paidOn, collector, waiver, notes, idNumber, null);
    }
}
