package org.partydesk.model;

/**
 * Warnings of the attendance check: a member absent from every meeting for six consecutive months;
 * a member on leave without a make-up session (补课); a branch whose secretary gave no 党课 in the year.
 */
public enum FlagKind {
    LONG_ABSENCE, LEAVE_WITHOUT_MAKE_UP, SECRETARY_NO_LESSON
}
