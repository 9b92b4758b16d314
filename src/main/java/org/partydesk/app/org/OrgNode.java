package org.partydesk.app.org;

import java.util.List;

import org.partydesk.model.OrgUnit;

/**
 * One node of the organisation tree as a screen shows it: the unit, how many members it has in its
 * whole subtree, and its children (sorted by sort order, then name). Immutable.
 */
public record OrgNode(OrgUnit unit, int memberCount, List<OrgNode> children) {
    public OrgNode {
        children = List.copyOf(children);
    }
}
