package org.partydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One printed 党费收据 (decision 0020): its number, the member, his branch, the month paid for, due and paid (元), the
 * day, the collector, and a remark (补缴, 减免).
 */
public record DuesReceipt(String number, String name, String branch, YearMonth month, BigDecimal due, BigDecimal paid,
                          LocalDate paidOn, String collector, String remark) {
}
