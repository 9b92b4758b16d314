package org.partydesk.store;

import java.util.List;
import java.util.Map;

import org.partydesk.model.Department;
import org.partydesk.store.jooq.tables.records.DepartmentRecord;

import static org.partydesk.store.jooq.Tables.DEPARTMENT;

/** 处室 / 单位: the administrative units branches are built on. */
public final class DepartmentRepository {
    private final Database db;

    public DepartmentRepository(Database db) {
        this.db = db;
    }

    /** All departments, ordered by sort order, then name. */
    public List<Department> all() {
        return db.read().selectFrom(DEPARTMENT).orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.NAME)
                .fetch(r -> new Department(r.getId(), r.getName(), r.getSortOrder()));
    }

    /** Adds a department (its id is ignored) and returns the new id; audited. */
    public static int add(Tx tx, Department department) {
        DepartmentRecord r = tx.dsl().newRecord(DEPARTMENT);
        r.setName(department.name());
        r.setSortOrder(department.sortOrder());
        return tx.insert(r);
    }

    /**
     * Adds departments by name (each a different one, sort order 0) as one batch, in the order given, and returns their
     * new ids by name in that order; audited as {@link Tx#insertAll} audits (inside an import batch, the batch records
     * them).
     */
    public static Map<String, Integer> addAll(Tx tx, java.util.Collection<String> names) {
        List<Object[]> rows = new java.util.ArrayList<>(names.size());
        for (String name : names) {
            rows.add(new Object[] {name, 0});
        }
        java.util.Iterator<Integer> ids = tx.insertAll(DEPARTMENT, List.of(DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER), rows).iterator();
        Map<String, Integer> made = new java.util.LinkedHashMap<>();
        names.forEach(name -> made.put(name, ids.next()));
        return made;
    }
}
