package org.partydesk.store;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;

import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.IMPORT_BATCH;

/**
 * One open write transaction. Inserts, updates and deletes made through it write their audit row
 * (table, id, action, before, after, operator, time) in the same transaction.
 */
public final class Tx {
    private static final JSONFormat JSON = new JSONFormat().header(false).recordFormat(JSONFormat.RecordFormat.OBJECT);

    private final DSLContext dsl;
    private final String operator;
    private final Clock clock;
    /** The import batch this transaction writes (decision 0013), or null. */
    private Integer batchId;
    /** Per table with an id: its largest id when the batch began (0 when empty); null when not recording. */
    private java.util.Map<Table<?>, Integer> idsBefore;

    Tx(DSLContext dsl, String operator, Clock clock) {
        this.dsl = dsl;
        this.operator = operator;
        this.clock = clock;
    }

    /** The transaction's context, for reads and for bulk writes that call {@link #audit} themselves. */
    public DSLContext dsl() {
        return dsl;
    }

    public String operator() {
        return operator;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Opens an import batch (decision 0013) of {@code kind} (MEMBERS, MEETINGS, COMMENDATIONS, RESPONSIBILITIES, RECRUITMENT, DUES)
     * for {@code fileName}; call it before the import's first write. From then on every audit row of this
     * transaction carries the batch's id, an IMPORT audit row gives the batch its summary, and at commit the
     * ids each table gained are recorded as the batch's ranges. Returns the batch's id.
     */
    public int beginBatch(String kind, String fileName) {
        if (batchId != null) {
            throw new IllegalStateException("batch already open: " + batchId);
        }
        batchId = dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.KIND, kind)
                .set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.OPERATOR, operator)
                .set(IMPORT_BATCH.STARTED_AT, now())
                .returning(IMPORT_BATCH.ID).fetchOne().getId();
        idsBefore = ImportBatches.largestIds(dsl);
        largeCache();
        return batchId;
    }

    /**
     * SQLite's page cache while an import writes (KiB): 256 MiB instead of the default 2 MB, so that the pages the
     * import's many inserts touch (tables and indexes) stay in memory instead of being read again from the file;
     * the memory is taken only as pages are used, and given back when the transaction ends ({@link Database#write}).
     */
    static final int IMPORT_CACHE_KIB = 262_144;
    /** The connection's cache_size before {@link #largeCache}, to restore after the transaction; null if unchanged. */
    private Integer cacheSizeBefore;

    private void largeCache() {
        if (cacheSizeBefore == null) {
            cacheSizeBefore = dsl.fetchOne("pragma cache_size").get(0, Integer.class);
            dsl.execute("pragma cache_size = " + (-IMPORT_CACHE_KIB));
        }
    }

    /** The cache_size to set again once the transaction has ended, or null when this transaction did not change it. */
    Integer cacheSizeBefore() {
        return cacheSizeBefore;
    }

    /** Writes this transaction's audit rows as part of an existing batch (its undo), without recording ranges. */
    void joinBatch(int id) {
        batchId = id;
    }

    /** Called when the work of the transaction is done: records the ranges of an open batch. */
    void finishBatch() {
        if (idsBefore == null) {
            return;
        }
        ImportBatches.recordRanges(dsl, batchId, idsBefore, now());
        idsBefore = null;
    }

    /** Inserts the record, audits it, and returns its new id (or null for a table without one). */
    public <R extends TableRecord<R>> Integer insert(R record) {
        record.attach(dsl.configuration());
        Integer id;
        if (record instanceof UpdatableRecord<?> u) {
            u.store();
            id = idOf(u);
        } else {
            record.insert();
            id = idOf(record);
        }
        audit(record.getTable().getName(), id, "INSERT", null, json(record));
        return id;
    }

    /**
     * Inserts new records of one table (their ids unset, the same fields set in each: those are inserted, the
     * others get their defaults) as one JDBC batch and audits each as {@link #insert} does, the audit rows
     * also in one batch; sets each record's new id and returns the ids in order. Inside an import batch
     * ({@link #beginBatch}) no audit row is written per new record: the batch records who imported what file
     * when, and the ids it added to each table (decision 0019); {@link AuditTrail} shows them as inserted by it. The table's id must be
     * assigned by the database (SQLite rowid): inside the transaction the batch gets consecutive ids ending
     * at the last inserted one.
     */
    public <R extends TableRecord<R>> List<Integer> insertAll(Table<R> table, List<R> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        Field<Integer> idField = (Field<Integer>) table.field("id");
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> f : table.fields()) {
            if (!f.getName().equals("id") && records.get(0).changed(f)) {
                columns.add(f);
            }
        }
        Set<Field<?>> inserted = new HashSet<>(columns);
        String name = table.getName();
        // positions, not fields: a record's get(Field) looks the field up each time
        int[] given = columns.stream().mapToInt(table::indexOf).toArray();
        int[] others = java.util.Arrays.stream(table.fields()).filter(f -> !f.getName().equals("id") && !inserted.contains(f))
                .mapToInt(table::indexOf).toArray();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (R record : records) {
            Object[] row = new Object[given.length];
            for (int c = 0; c < row.length; c++) {
                if (!record.changed(given[c])) {
                    throw new IllegalArgumentException(name + "：批量写入的记录须设置同样的字段（" + columns.get(c).getName() + "）");
                }
                row[c] = record.get(given[c]);
            }
            for (int o : others) {
                if (record.changed(o)) {
                    throw new IllegalArgumentException(name + "：批量写入的记录须设置同样的字段（" + table.field(o).getName() + "）");
                }
            }
            rows.add(row);
        }
        List<Integer> ids = insertAll(table, columns, rows);
        for (int i = 0; i < records.size(); i++) {
            records.get(i).set(idField, ids.get(i));
        }
        return ids;
    }

    /**
     * The positions of the columns {@link #insertAll(Table, List, List)} binds: all but those whose value in every row
     * is what the database gives the column when it is left out: null where it has no default (a roster's members
     * leave three of seventeen so), or its default where that is a plain value the row's value is bound as (the three
     * flags of a member that are 0 in nearly every roster). The database stores the same; for 100,000 members that is
     * 600,000 values fewer to bind (issue 21).
     */
    private int[] boundColumns(List<Field<?>> columns, List<Object[]> rows) {
        int[] bound = java.util.stream.IntStream.range(0, columns.size())
                .filter(c -> !leftToTheDatabase(columns.get(c), rows, c))
                .toArray();
        return bound.length > 0 ? bound : new int[] {0}; // a statement inserts at least one column's value
    }

    /** Whether every row's value of {@code column} (at {@code c}) is what the database gives it when it is left out. */
    private boolean leftToTheDatabase(Field<?> column, List<Object[]> rows, int c) {
        Object byDefault = !column.getDataType().defaulted() ? null
                : DEFAULTS.computeIfAbsent(column, f -> BatchInsert.plainValue(dsl.render(f.getDataType().defaultValue())));
        if (byDefault == BatchInsert.NOT_PLAIN) {
            return false;
        }
        for (Object[] row : rows) {
            if (!java.util.Objects.equals(byDefault, BatchInsert.bound(column, row[c]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each defaulted column's default as the value it is bound as ({@code 0}, {@code "FULL"}), read once from its SQL;
     * {@link BatchInsert#NOT_PLAIN} for a default that is no plain value (an expression such as the time of the insert).
     */
    private static final Map<Field<?>, Object> DEFAULTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@link #insertAll(Table, List)} of rows given as their values (one per column of {@code columns}, in that order;
     * the other columns get their defaults), without a record per row: the bulk imports' hot path. Audited as
     * {@link #insertAll(Table, List)} audits (outside an import batch, each row's audit JSON is that of its record).
     */
    public List<Integer> insertAll(Table<?> table, List<Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int[] bound = boundColumns(columns, rows);
        int first = inserting(table, java.util.Arrays.stream(bound).mapToObj(columns::get).toArray(Field<?>[]::new), insert -> {
            for (Object[] row : rows) {
                insert.add(row, bound);
            }
            insert.execute();
            return (int) insert.lastId() - rows.size() + 1;
        });
        List<Integer> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ids.add(first + i);
        }
        if (idsBefore != null) {
            return ids; // the import batch records them (its ranges)
        }
        @SuppressWarnings("unchecked")
        Field<Integer> idField = (Field<Integer>) table.field("id");
        String name = table.getName();
        LocalDateTime at = now();
        inserting(AUDIT_LOG, new Field<?>[] {AUDIT_LOG.AT, AUDIT_LOG.OPERATOR, AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID,
                AUDIT_LOG.ACTION, AUDIT_LOG.BEFORE_JSON, AUDIT_LOG.AFTER_JSON, AUDIT_LOG.BATCH_ID}, audit -> {
            for (int i = 0; i < rows.size(); i++) {
                Record record = dsl.newRecord(table);
                for (int c = 0; c < columns.size(); c++) {
                    @SuppressWarnings("unchecked")
                    Field<Object> f = (Field<Object>) columns.get(c);
                    record.set(f, rows.get(i)[c]);
                }
                record.set(idField, ids.get(i));
                audit.add(at, operator, name, ids.get(i), "INSERT", null, json(record), batchId);
            }
            audit.execute();
            return null;
        });
        return ids;
    }

    /**
     * The batch inserts of this transaction, by table and columns, kept with their prepared statements until the
     * transaction ends ({@link #closeInserts}): an import writes its members and their memberships a thousand at a time,
     * and SQLite prepared its statements of up to 999 parameters again for every thousand, about 0.1 s of a
     * 100,000-row roster import (issue 21).
     */
    private final Map<String, BatchInsert> inserts = new java.util.HashMap<>();

    /**
     * Runs {@code work} with this transaction's batch insert into {@code table} of {@code columns}; one that fails is
     * closed (the rows it held are not written) and the next use prepares its statements again.
     */
    private <T> T inserting(Table<?> table, Field<?>[] columns, java.util.function.Function<BatchInsert, T> work) {
        StringBuilder key = new StringBuilder(table.getName());
        for (Field<?> f : columns) {
            key.append('|').append(f.getName());
        }
        BatchInsert insert = inserts.remove(key.toString());
        if (insert == null) {
            insert = BatchInsert.into(dsl, table, columns);
        }
        T result;
        try {
            result = work.apply(insert);
        } catch (RuntimeException | Error e) {
            try {
                insert.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        inserts.put(key.toString(), insert);
        return result;
    }

    /**
     * Closes the statements of this transaction's batch inserts as the transaction ends ({@link Database#write}): before
     * the commit ({@code failure} null: a statement that cannot be closed fails the transaction), or before the rollback
     * after {@code failure} (which then carries any failure to close).
     */
    void closeInserts(Throwable failure) {
        RuntimeException failed = null;
        for (BatchInsert insert : inserts.values()) {
            try {
                insert.close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        inserts.clear();
        if (failed != null) {
            throw failed;
        }
    }

    /** Stores changes to a record that was read in this transaction, auditing before and after. */
    public <R extends UpdatableRecord<R>> void update(R record) {
        if (!record.changed()) {
            return;
        }
        R before = record.original();
        record.attach(dsl.configuration());
        record.update();
        audit(record.getTable().getName(), idOf(record), "UPDATE", json(before), json(record));
    }

    public <R extends UpdatableRecord<R>> void delete(R record) {
        record.attach(dsl.configuration());
        String before = json(record);
        Integer id = idOf(record);
        record.delete();
        audit(record.getTable().getName(), id, "DELETE", before, null);
    }

    /** Writes one audit row; inside a batch an IMPORT row also becomes the batch's summary. */
    public void audit(String table, Integer recordId, String action, String beforeJson, String afterJson) {
        if (batchId != null && idsBefore != null && "IMPORT".equals(action)) {
            dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.SUMMARY, afterJson).where(IMPORT_BATCH.ID.eq(batchId)).execute();
        }
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, now())
                .set(AUDIT_LOG.OPERATOR, operator)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.RECORD_ID, recordId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.BEFORE_JSON, beforeJson)
                .set(AUDIT_LOG.AFTER_JSON, afterJson)
                .set(AUDIT_LOG.BATCH_ID, batchId)
                .execute();
    }

    public static String json(Record record) {
        return record == null ? null : record.formatJSON(JSON);
    }

    private static Integer idOf(Record record) {
        var field = record.field("id");
        if (field == null) {
            return null;
        }
        Object value = record.get(field);
        return value == null ? null : ((Number) value).intValue();
    }
}
