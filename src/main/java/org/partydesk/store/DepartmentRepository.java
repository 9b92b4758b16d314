package org.partydesk.store;

import java.util.List;

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
     * Adds departments by name (sort order 0) as one batch and returns their new ids in order; audited as
     * {@link Tx#insertAll} audits (inside an import batch, the batch records them).
     */
    public static List<Integer> addAll(Tx tx, List<String> names) {
        List<Object[]> rows = new java.util.ArrayList<>(names.size());
        for (String name : names) {
            rows.add(new Object[] {name, 0});
        }
        return tx.insertAll(DEPARTMENT, List.of(DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER), rows);
    }
}
