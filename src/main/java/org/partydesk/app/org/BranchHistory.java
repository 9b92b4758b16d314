package org.partydesk.app.org;

import java.time.LocalDate;

import org.partydesk.model.OrgKind;

/** One membership of a member's history: the unit, its kind, and from when to when (null: still). */
public record BranchHistory(String unitName, OrgKind kind, LocalDate startOn, LocalDate endOn) {
}
