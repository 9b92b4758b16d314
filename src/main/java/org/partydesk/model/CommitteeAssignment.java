package org.partydesk.model;

import java.time.LocalDate;

/**
 * One stored committee role (支部委员会职务) with its id: who held which role in which unit from
 * {@code startOn} to {@code endOn} (null: still holds it).
 */
public record CommitteeAssignment(int id, int orgUnitId, String unitName, int memberId, String memberName,
                                  CommitteeRole role, LocalDate startOn, LocalDate endOn) {

    /** Whether the role is held on {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }
}
