package org.partydesk.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.jooq.tables.records.OrgUnitRecord;

import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/** The organisation tree (组织树): every {@code org_unit} row as an {@link OrgUnit}. */
public final class OrgRepository {
    private final Database db;

    public OrgRepository(Database db) {
        this.db = db;
    }

    /**
     * All units, ordered by sort order, then name; read once until the database next changes (a report asks for them
     * from many places: ten reads of the tree were 0.1 s of the annual summary on the large sample). Unmodifiable.
     */
    public List<OrgUnit> all() {
        return db.memo("org_unit", () -> List.copyOf(select(DSL.noCondition())));
    }

    /** The direct children of a unit, ordered by sort order, then name. */
    public List<OrgUnit> children(int parentId) {
        return select(ORG_UNIT.PARENT_ID.eq(parentId));
    }

    public Optional<OrgUnit> find(int id) {
        return select(ORG_UNIT.ID.eq(id)).stream().findFirst();
    }

    /** The unit and all units below it (empty when the unit does not exist). */
    public Set<Integer> subtreeIds(int unitId) {
        List<OrgUnit> all = all();
        Set<Integer> out = new LinkedHashSet<>();
        if (all.stream().noneMatch(u -> u.id() == unitId)) {
            return out;
        }
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(unitId);
        while (!todo.isEmpty()) {
            Integer id = todo.poll();
            if (out.add(id)) {
                all.stream().filter(u -> id.equals(u.parentId())).forEach(u -> todo.add(u.id()));
            }
        }
        return out;
    }

    public int count() {
        return db.read().fetchCount(ORG_UNIT);
    }

    /** Adds a unit (its id is ignored) and returns the new id; audited. */
    public static int add(Tx tx, OrgUnit unit) {
        OrgUnitRecord r = tx.dsl().newRecord(ORG_UNIT);
        Object[] values = values(unit);
        for (int i = 0; i < values.length; i++) {
            @SuppressWarnings("unchecked")
            org.jooq.Field<Object> f = (org.jooq.Field<Object>) UNIT_COLUMNS.get(i);
            r.set(f, values[i]);
        }
        return tx.insert(r);
    }

    /**
     * Adds units (their ids ignored) as one batch and returns their new ids in order; audited as {@link Tx#insertAll}
     * audits (inside an import batch, the batch records them).
     */
    public static List<Integer> addAll(Tx tx, List<OrgUnit> units) {
        List<Object[]> rows = new java.util.ArrayList<>(units.size());
        for (OrgUnit u : units) {
            rows.add(values(u));
        }
        return tx.insertAll(ORG_UNIT, UNIT_COLUMNS, rows);
    }

    /** The stored columns of a unit but its id, in the order of {@link #values}. */
    private static final List<org.jooq.Field<?>> UNIT_COLUMNS = List.of(ORG_UNIT.PARENT_ID, ORG_UNIT.KIND, ORG_UNIT.NAME,
            ORG_UNIT.DEPARTMENT_ID, ORG_UNIT.TEMPORARY, ORG_UNIT.ESTABLISHED_ON, ORG_UNIT.ENDED_ON, ORG_UNIT.SORT_ORDER);

    /** A unit's stored values (its kind by name), one per column of {@link #UNIT_COLUMNS}: its record's but the id. */
    private static Object[] values(OrgUnit u) {
        return new Object[] {u.parentId(), u.kind().name(), u.name(), u.departmentId(), u.temporary(), u.establishedOn(),
                u.endedOn(), u.sortOrder()};
    }

    /** Sets the day a unit ended (it no longer exists from that day); audited. */
    public static void close(Tx tx, int unitId, java.time.LocalDate endedOn) {
        OrgUnitRecord r = tx.dsl().selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(unitId)).fetchOne();
        if (r == null) {
            throw new StoreException("组织不存在（编号 " + unitId + "）");
        }
        r.setEndedOn(endedOn);
        tx.update(r);
    }

    /** Puts a unit under another parent (null: a root); audited. */
    public static void move(Tx tx, int unitId, Integer newParentId) {
        OrgUnitRecord r = tx.dsl().selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(unitId)).fetchOne();
        if (r == null) {
            throw new StoreException("组织不存在（编号 " + unitId + "）");
        }
        r.setParentId(newParentId);
        tx.update(r);
    }

    /** Whether a unit of this name already sits directly under {@code parentId} (null: among the roots). */
    public static boolean nameTaken(Tx tx, Integer parentId, String name) {
        Condition parent = parentId == null ? ORG_UNIT.PARENT_ID.isNull() : ORG_UNIT.PARENT_ID.eq(parentId);
        return tx.dsl().fetchExists(ORG_UNIT, parent.and(ORG_UNIT.NAME.eq(name)));
    }

    private List<OrgUnit> select(Condition where) {
        List<OrgUnit> units = new java.util.ArrayList<>(db.read().selectFrom(ORG_UNIT).where(where)
                .fetch(OrgRepository::toModel));
        units.sort(OrgUnit.ORDER);
        return units;
    }

    static OrgUnit toModel(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getParentId(), OrgKind.valueOf(r.getKind()), r.getName(),
                r.getDepartmentId(), Boolean.TRUE.equals(r.getTemporary()), r.getEstablishedOn(),
                r.getEndedOn(), r.getSortOrder());
    }
}
