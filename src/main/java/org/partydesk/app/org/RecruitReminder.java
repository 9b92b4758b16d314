package org.partydesk.app.org;

import java.time.LocalDate;

/**
 * Something of 发展党员 that is due: a talk not yet held after an application, an admission the higher
 * committee has not approved, a probation year ending (or over) without 转正. {@code recruitId} or
 * {@code memberId} names whom it is about; {@code text} says it in Chinese with the rule.
 */
public record RecruitReminder(Kind kind, Integer recruitId, Integer memberId, String name, String branchName,
                              LocalDate due, boolean overdue, String text) {
    public enum Kind {
        TALK_DUE, APPROVAL_DUE, PROBATION_ENDING
    }
}
