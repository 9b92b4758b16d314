package org.partydesk.model;

/**
 * A person in a meeting role (主持人 / 记录人 / 讲课人): a member of the roster when {@code memberId}
 * is set, else a guest known by name only.
 */
public record PersonRef(Integer memberId, String name) {
}
