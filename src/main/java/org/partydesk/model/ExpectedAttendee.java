package org.partydesk.model;

/**
 * A member expected at a meeting (应到), with whether he had a vote on the meeting day: full members
 * (正式党员) vote, probationary members (预备党员) do not.
 */
public record ExpectedAttendee(int memberId, String name, boolean votingRights) {
}
