package org.partydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One member's 党费 of one month (decision 0020): what was due (元), what was paid, when and to whom (收缴人), and
 * 减免 with its approval. A payment made after its month is a 补缴.
 */
public record DuesPayment(Integer id, int memberId, YearMonth month, BigDecimal due, BigDecimal paid, LocalDate paidOn,
                          String collector, boolean waived, String waiverNote, String note) {

    /** 补缴: paid after the month it is for. */
    public boolean backPayment() {
        return paidOn != null && YearMonth.from(paidOn).isAfter(month);
    }

    /** Nothing more is owed for the month: paid in full, or waived (减免). */
    public boolean settled() {
        return waived || paid.compareTo(due) >= 0;
    }
}
