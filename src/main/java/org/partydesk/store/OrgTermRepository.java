package org.partydesk.store;

import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.partydesk.model.OrgTerm;
import org.partydesk.store.jooq.tables.records.OrgTermRecord;

import static org.partydesk.store.jooq.Tables.ORG_TERM;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/** The committee terms (届) of party organisations (V10), each elected on a day for some years. */
public final class OrgTermRepository {
    private final Database db;

    public OrgTermRepository(Database db) {
        this.db = db;
    }

    /** Terms of a unit (every unit when null), newest first. */
    public List<OrgTerm> terms(Integer orgUnitId) {
        Condition c = orgUnitId == null ? DSL.noCondition() : ORG_TERM.ORG_UNIT_ID.eq(orgUnitId);
        return db.read().select(ORG_TERM.asterisk(), ORG_UNIT.NAME).from(ORG_TERM)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(ORG_TERM.ORG_UNIT_ID)).where(c)
                .orderBy(ORG_TERM.ELECTED_ON.desc(), ORG_TERM.ID.desc())
                .fetch(x -> {
                    OrgTermRecord r = x.into(ORG_TERM);
                    return new OrgTerm(r.getId(), r.getOrgUnitId(), x.get(ORG_UNIT.NAME), r.getElectedOn(), r.getTermYears(),
                            r.getMeetingId());
                });
    }

    public static int add(Tx tx, OrgTerm t) {
        OrgTermRecord r = tx.dsl().newRecord(ORG_TERM);
        r.setOrgUnitId(t.orgUnitId());
        r.setElectedOn(t.electedOn());
        r.setTermYears(t.termYears());
        r.setMeetingId(t.meetingId());
        return tx.insert(r);
    }
}
