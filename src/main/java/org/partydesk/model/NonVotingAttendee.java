package org.partydesk.model;

/** 列席: someone at a meeting without a vote, a member ({@code memberId} set) or a guest. */
public record NonVotingAttendee(Integer memberId, String name, String note) {
}
