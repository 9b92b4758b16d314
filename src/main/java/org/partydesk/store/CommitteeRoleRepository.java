package org.partydesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.store.jooq.tables.records.CommitteeRoleRecord;

import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * Committee roles (支部委员会职务: 书记, 副书记, 组织委员 …) of members in units, with their dates. A role is
 * never deleted: it ends ({@code end_on}), so the history of a committee stays.
 */
public final class CommitteeRoleRepository {
    private final Database db;

    public CommitteeRoleRepository(Database db) {
        this.db = db;
    }

    /** Every role of every member and unit, in the order they were recorded. */
    public List<CommitteeAssignment> all() {
        return inRecordedOrder(select(db.read(), DSL.noCondition()));
    }

    /** Every holding of {@code role} in any unit, in the order they were recorded. */
    public List<CommitteeAssignment> all(CommitteeRole role) {
        return inRecordedOrder(select(db.read(), COMMITTEE_ROLE.ROLE.eq(role.name())));
    }

    private static List<CommitteeAssignment> inRecordedOrder(List<CommitteeAssignment> roles) {
        return roles.stream().sorted(java.util.Comparator.comparingInt(CommitteeAssignment::id)).toList();
    }

    /** Every role ever held in a unit: those still held first, then by start date (newest first). */
    public List<CommitteeAssignment> ofUnit(int orgUnitId) {
        return select(db.read(), COMMITTEE_ROLE.ORG_UNIT_ID.eq(orgUnitId));
    }

    /** Every role a member ever held, still held first, then newest first. */
    public List<CommitteeAssignment> ofMember(int memberId) {
        return select(db.read(), COMMITTEE_ROLE.MEMBER_ID.eq(memberId));
    }

    /** One role by id, read inside a transaction. */
    public static Optional<CommitteeAssignment> find(Tx tx, int id) {
        return select(tx.dsl(), COMMITTEE_ROLE.ID.eq(id)).stream().findFirst();
    }

    /** The roles of a unit held on {@code day}, read inside a transaction. */
    public static List<CommitteeAssignment> heldOn(Tx tx, int orgUnitId, LocalDate day) {
        return select(tx.dsl(), COMMITTEE_ROLE.ORG_UNIT_ID.eq(orgUnitId)).stream().filter(a -> a.heldOn(day)).toList();
    }

    /** Records that a member holds a role in a unit from {@code startOn}; audited. Returns the new id. */
    public static int add(Tx tx, int memberId, int orgUnitId, CommitteeRole role, LocalDate startOn) {
        CommitteeRoleRecord r = tx.dsl().newRecord(COMMITTEE_ROLE);
        r.setMemberId(memberId);
        r.setOrgUnitId(orgUnitId);
        r.setRole(role.name());
        r.setStartOn(startOn);
        r.setEndOn(null);
        return tx.insert(r);
    }

    /** Ends a role on {@code endOn} (its last day); audited. */
    public static void end(Tx tx, int id, LocalDate endOn) {
        CommitteeRoleRecord r = tx.dsl().selectFrom(COMMITTEE_ROLE).where(COMMITTEE_ROLE.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new StoreException("任职记录不存在（编号 " + id + "）"));
        r.setEndOn(endOn);
        tx.update(r);
    }

    /**
     * Ends every role of a member still held on {@code lastDay} (optionally only in one unit) on that day; a
     * role that would start after it ends on its first day. Audited; returns how many were ended.
     */
    public static int endAllOf(Tx tx, int memberId, Integer orgUnitId, LocalDate lastDay) {
        Condition which = COMMITTEE_ROLE.MEMBER_ID.eq(memberId)
                .and(COMMITTEE_ROLE.END_ON.isNull().or(COMMITTEE_ROLE.END_ON.gt(lastDay)));
        if (orgUnitId != null) {
            which = which.and(COMMITTEE_ROLE.ORG_UNIT_ID.eq(orgUnitId));
        }
        int n = 0;
        for (CommitteeRoleRecord r : tx.dsl().selectFrom(COMMITTEE_ROLE).where(which).fetch()) {
            r.setEndOn(r.getStartOn().isAfter(lastDay) ? r.getStartOn() : lastDay);
            tx.update(r);
            n++;
        }
        return n;
    }

    private static List<CommitteeAssignment> select(DSLContext dsl, Condition where) {
        return dsl.select(COMMITTEE_ROLE.ID, COMMITTEE_ROLE.ORG_UNIT_ID, ORG_UNIT.NAME, COMMITTEE_ROLE.MEMBER_ID, MEMBER.NAME,
                        COMMITTEE_ROLE.ROLE, COMMITTEE_ROLE.START_ON, COMMITTEE_ROLE.END_ON)
                .from(COMMITTEE_ROLE)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(COMMITTEE_ROLE.ORG_UNIT_ID))
                .join(MEMBER).on(MEMBER.ID.eq(COMMITTEE_ROLE.MEMBER_ID))
                .where(where)
                .orderBy(COMMITTEE_ROLE.END_ON.isNull().desc(), COMMITTEE_ROLE.START_ON.desc(), COMMITTEE_ROLE.ID.desc())
                .fetch(r -> new CommitteeAssignment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        CommitteeRole.valueOf(r.value6()), r.value7(), r.value8()));
    }
}
