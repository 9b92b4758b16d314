package org.partydesk.model;

/** A member's 民主评议 result of one year, with the 民主评议党员 meeting it was given at (or null). */
public record Appraisal(Integer id, int memberId, String memberName, int year, AppraisalResult result, Integer meetingId) {
}
