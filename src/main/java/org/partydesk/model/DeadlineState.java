package org.partydesk.model;

/**
 * A deadline as of a date: {@code due} when it falls on or before that date, {@code met} when a counting
 * progress record dated on or before the deadline completes it.
 */
public record DeadlineState(Deadline deadline, boolean due, boolean met) {
    /** Due and not met. */
    public boolean missed() {
        return due && !met;
    }
}
