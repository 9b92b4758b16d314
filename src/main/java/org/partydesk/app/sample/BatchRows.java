package org.partydesk.app.sample;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.partydesk.store.BatchInsert;

/**
 * Rows waiting to be written in plain JDBC batches ({@link BatchInsert}: statements rendered by jOOQ), one sink per table (the sample bureau, the meetings ledger). Ids are given here (the next
 * id of each table that AUTOINCREMENT never gave) so children can refer to parents before anything is written. Sinks are created in
 * foreign-key order: flushing a sink first flushes every sink created before it.
 */
public final class BatchRows {
    private static final int CHUNK = 5000;

    private final DSLContext dsl;
    private final List<Sink> sinks = new ArrayList<>();

    public BatchRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A sink for {@code table}; {@code id} is its id column or null for a table without one. */
    public Sink sink(Table<?> table, Field<Integer> id, Field<?>... columns) {
        int next = 1;
        if (id != null) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(id)).from(table).fetchOne(0, Integer.class);
            // never an id SQLite's AUTOINCREMENT gave before (rows deleted by an undo of an import keep theirs)
            Integer used = dsl.select(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("seq"), Integer.class))
                    .from(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("sqlite_sequence")))
                    .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("name"), String.class).eq(table.getName()))
                    .fetchOne(0, Integer.class);
            next = Math.max(max == null ? 0 : max, used == null ? 0 : used) + 1;
        }
        Sink sink = new Sink(sinks.size(), table, columns, next);
        sinks.add(sink);
        return sink;
    }

    /** Writes every waiting row and closes the statements (a later row opens its sink's statement again). */
    public void flushAll() {
        flushUpTo(sinks.size() - 1);
        for (Sink s : sinks) {
            s.close();
        }
    }

    private void flushUpTo(int index) {
        for (int i = 0; i <= index; i++) {
            sinks.get(i).flushOwn();
        }
    }

    /** Rows written per table, in creation order, as a JSON object. */
    public String countsJson() {
        StringBuilder sb = new StringBuilder("{");
        for (Sink s : sinks) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(s.table.getName()).append("\":").append(s.count);
        }
        return sb.append('}').toString();
    }

    /** The rows of one table. */
    public final class Sink {
        private final int index;
        private final Table<?> table;
        private final Field<?>[] columns;
        /** The rows added since the last flush, bound to a plain JDBC batch (null when closed). */
        private BatchInsert pending;
        private int nextId;
        private int count;

        private Sink(int index, Table<?> table, Field<?>[] columns, int nextId) {
            this.index = index;
            this.table = table;
            this.columns = columns;
            this.nextId = nextId;
        }

        /** A new id for a row of this table. */
        public int newId() {
            return nextId++;
        }

        /** Adds a row: one value per column, in the order the sink was created with. */
        public void add(Object... values) {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for " + columns.length + " columns");
            }
            if (pending == null) {
                pending = BatchInsert.into(dsl, table, columns);
            }
            pending.add(values);
            count++;
            if (pending.pending() >= CHUNK) {
                flushUpTo(index);
            }
        }

        public int count() {
            return count;
        }

        private void flushOwn() {
            if (pending != null) {
                pending.execute();
            }
        }

        private void close() {
            if (pending != null) {
                pending.close(); // after flushUpTo: nothing is left to execute
                pending = null;
            }
        }
    }
}
