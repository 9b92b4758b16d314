package org.partydesk.app.org;

import java.time.LocalDate;

/**
 * A member who left the roster ({@link Roster#leftMembers}): his roster line (the branch he left from), the day
 * he left and why (转出：转往…, 去世, 停止党籍：…).
 */
public record LeftMember(MemberRow row, LocalDate leftOn, String reason) {
}
