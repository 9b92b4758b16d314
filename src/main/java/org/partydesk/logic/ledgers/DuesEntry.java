package org.partydesk.logic.ledgers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.partydesk.model.DuesBaseKind;

/**
 * One checked row of the 党费收缴台账 (or a bank list): one member's month with what the row gives (null: blank
 * cell): the base of the month's year, the due, the amount paid, the day, the collector, the 减免 approval; {@code idNumber}
 * the 身份证号 written beside the name (null: none), to tell members of the same name apart.
 */
public record DuesEntry(String name, String branch, YearMonth month, DuesBaseKind baseKind, BigDecimal base,
                        BigDecimal due, BigDecimal paid, LocalDate paidOn, String collector, String waiver, String notes,
                        String idNumber) {
}
