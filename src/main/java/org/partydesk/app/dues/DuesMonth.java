package org.partydesk.app.dues;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.partydesk.model.DuesPayment;

/**
 * One member's 党费 of one month: its state, what is due and what was paid (元; null when nothing is due), and
 * the payment row, if recorded.
 */
public record DuesMonth(YearMonth month, State state, BigDecimal due, BigDecimal paid, DuesPayment payment) {
    public enum State {
        /** Not a member then, or no base to reckon from. */
        NOT_DUE,
        /** Paid in full. */
        PAID,
        /** Part paid. */
        PARTIAL,
        /** Nothing paid yet. */
        UNPAID,
        /** 减免 with its approval. */
        WAIVED
    }

    /** Whether the month is owed and not settled. */
    public boolean owing() {
        return state == State.UNPAID || state == State.PARTIAL;
    }

    /** Whether the month was paid after it ended (补缴). */
    public boolean backPayment() {
        return payment != null && payment.backPayment();
    }
}
