package org.partydesk.model;

import java.time.LocalDate;

/** A node of the organisation tree (组织). {@code parentId} is null for the roots. */
public record OrgUnit(Integer id, Integer parentId, OrgKind kind, String name, Integer departmentId,
                      boolean temporary, LocalDate establishedOn, LocalDate endedOn, int sortOrder) {

    /** Whether the unit exists on {@code day}: established (if known) and not yet ended. */
    public boolean activeOn(LocalDate day) {
        return (establishedOn == null || !establishedOn.isAfter(day)) && (endedOn == null || endedOn.isAfter(day));
    }
}
