package org.partydesk.app.org;

import java.time.LocalDateTime;

/** One change of a member's record as the audit trail holds it: when, who, and what (a Chinese sentence). */
public record MemberChange(LocalDateTime at, String operator, String text) {
}
