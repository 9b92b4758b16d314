package org.partydesk.app.search;

import java.util.ArrayList;
import java.util.List;

import org.partydesk.app.Workspace;
import org.partydesk.store.SearchQueries;

/**
 * The global search (Ctrl+F) over members and organisations by name, meetings by theme, responsibility
 * items by text and honours by title. Reads only; at most {@code perKind} hits of each kind.
 */
public final class GlobalSearch {
    private final SearchQueries queries;

    public GlobalSearch(Workspace ws) {
        this.queries = new SearchQueries(ws.database());
    }

    /** The hits for {@code text}, grouped by kind; nothing for blank text. */
    public List<Hit> search(String text, int perKind) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        queries.units(text, perKind).forEach(u -> out.add(new Hit(HitKind.ORG_UNIT, u.id(), u.name(), u.kind().name())));
        queries.members(text, perKind).forEach(m -> out.add(new Hit(HitKind.MEMBER, m.id(), m.name(),
                m.jobTitle() == null ? "" : m.jobTitle())));
        queries.meetings(text, perKind).forEach(m -> out.add(new Hit(HitKind.MEETING, m.id(), m.theme(),
                m.heldAt().toLocalDate() + " " + m.unitName())));
        queries.items(text, perKind).forEach(i -> out.add(new Hit(HitKind.RESPONSIBILITY_ITEM, i.id(), i.text(),
                i.year() + " " + i.listName())));
        queries.commendations(text, perKind).forEach(c -> out.add(new Hit(HitKind.COMMENDATION, c.id(), c.title(),
                c.awardedOn() + (c.awardedBy() == null ? "" : " " + c.awardedBy()))));
        return out;
    }
}
