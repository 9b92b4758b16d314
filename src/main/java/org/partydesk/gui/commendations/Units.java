package org.partydesk.gui.commendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/** The branches and members of the roster as the commendation forms offer them. */
final class Units {
    private Units() {
    }

    /** Every 党支部 of the tree as it stands today, in tree order. */
    static List<OrgUnit> branches(Roster roster) {
        List<OrgUnit> out = new ArrayList<>();
        roster.tree().forEach(node -> collect(node, out));
        return out;
    }

    private static void collect(OrgNode node, List<OrgUnit> out) {
        if (node.unit().kind() == OrgKind.BRANCH) {
            out.add(node.unit());
        }
        node.children().forEach(child -> collect(child, out));
    }

    /** The members of a unit and its subtree today, or of the whole roster when {@code unit} is null. */
    static Collection<MemberRow> members(Roster roster, OrgUnit unit) {
        Map<Integer, MemberRow> byId = new LinkedHashMap<>();
        if (unit != null) {
            roster.members(unit.id(), true, roster.today()).forEach(m -> byId.putIfAbsent(m.memberId(), m));
        } else {
            roster.tree().forEach(root -> roster.members(root.unit().id(), true, roster.today())
                    .forEach(m -> byId.putIfAbsent(m.memberId(), m)));
        }
        return byId.values();
    }
}
