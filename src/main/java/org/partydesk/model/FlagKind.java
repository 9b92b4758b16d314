package org.partydesk.model;

/**
 * Warnings of the attendance check: a member absent from every meeting for six consecutive months;
 * a member on leave without a make-up session (补课); a branch whose secretary gave no 党课 in the year;
 * an organisation whose committee term ends within three months (应换届) or has ended (逾期未换届).
 */
public enum FlagKind {
    LONG_ABSENCE, LEAVE_WITHOUT_MAKE_UP, SECRETARY_NO_LESSON, TERM_DUE, TERM_OVERDUE
}
