package org.partydesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.partydesk.model.OrgKind;

import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * What the getting-started steps of a new bureau look at: members and branches on a day, branches with a
 * committee, the meetings held, and the latest roster import. Counted from rows.
 */
public final class GettingStartedQueries {
    private final Database db;

    public GettingStartedQueries(Database db) {
        this.db = db;
    }

    /** Members on the roster on {@code day}, counted as the statistics count them. */
    public int membersOn(LocalDate day) {
        return new StatsQueries(db, java.util.Map.of()).membersOn(day);
    }

    /** Branches (党支部, not temporary) that exist on {@code day}. */
    public int branchesOn(LocalDate day) {
        return db.read().fetchCount(ORG_UNIT, branchOn(day));
    }

    /** Of {@link #branchesOn}, those with at least one committee member (支部委员) on {@code day}. */
    public int branchesWithCommitteeOn(LocalDate day) {
        return db.read().fetchCount(ORG_UNIT, branchOn(day).andExists(db.read().selectOne().from(COMMITTEE_ROLE)
                .where(COMMITTEE_ROLE.ORG_UNIT_ID.eq(ORG_UNIT.ID))
                .and(COMMITTEE_ROLE.START_ON.le(day))
                .and(COMMITTEE_ROLE.END_ON.isNull().or(COMMITTEE_ROLE.END_ON.ge(day)))));
    }

    /** The meetings stored and the first and last day one was held (null days when there is none). */
    public record Meetings(int count, LocalDate first, LocalDate last) {
    }

    public Meetings meetings() {
        var r = db.read().select(DSL.count(), DSL.min(MEETING.HELD_AT), DSL.max(MEETING.HELD_AT)).from(MEETING).fetchOne();
        if (r == null || r.value1() == 0) {
            return new Meetings(0, null, null);
        }
        return new Meetings(r.value1(), day(r.value2()), day(r.value3()));
    }

    /** The summary (JSON) of the newest roster import, if any. */
    public Optional<String> latestRosterImport() {
        return db.read().select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq("member")).and(AUDIT_LOG.ACTION.eq("IMPORT"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOptional(AUDIT_LOG.AFTER_JSON);
    }

    private static Condition branchOn(LocalDate day) {
        return ORG_UNIT.KIND.eq(OrgKind.BRANCH.name()).and(ORG_UNIT.TEMPORARY.isFalse())
                .and(ORG_UNIT.ESTABLISHED_ON.isNull().or(ORG_UNIT.ESTABLISHED_ON.le(day)))
                .and(ORG_UNIT.ENDED_ON.isNull().or(ORG_UNIT.ENDED_ON.gt(day)));
    }

    private static LocalDate day(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }
}
