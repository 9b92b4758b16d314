package org.partydesk.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 党费 of a unit (a branch, or the whole bureau) over a span of months: due and paid (元, waived months left out) and the
 * members six months behind at the span's end, as {@code stats --json} "dues" gives them for the bureau's year.
 */
public record DuesFigures(String unit, BigDecimal due, BigDecimal paid, int behind6) {
    /** paid / due as a fraction with four decimals (0 when nothing was due). */
    public BigDecimal rate() {
        return due.signum() == 0 ? BigDecimal.ZERO.setScale(4) : paid.divide(due, 4, RoundingMode.HALF_UP);
    }

    /** Whether anything was due or anyone is behind: a unit that keeps dues. */
    public boolean any() {
        return due.signum() > 0 || paid.signum() > 0 || behind6 > 0;
    }
}
