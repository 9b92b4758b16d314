package org.partydesk.model;

import java.time.LocalDate;

/** A member holding a committee role (支部书记 …) in an org unit from {@code startOn} to {@code endOn}. */
public record RoleHolder(int orgUnitId, String unitName, int memberId, String memberName, CommitteeRole role,
                         LocalDate startOn, LocalDate endOn) {
}
