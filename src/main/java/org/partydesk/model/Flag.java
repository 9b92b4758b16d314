package org.partydesk.model;

/** One warning of the attendance check, about a member and/or a branch, with its Chinese message. */
public record Flag(FlagKind kind, Integer orgUnitId, String unitName, Integer memberId, String memberName,
                   String message) {
}
