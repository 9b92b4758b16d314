package org.partydesk.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

import org.partydesk.store.jooq.DefaultSchema;
import org.partydesk.store.jooq.tables.records.ImportBatchRecord;

import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.IMPORT_BATCH;
import static org.partydesk.store.jooq.Tables.IMPORT_BATCH_RANGE;

/** Reads the audit trail (audit_log): the rows of one record, their before and after JSON parsed. */
public final class AuditTrail {
    private final Database db;

    public AuditTrail(Database db) {
        this.db = db;
    }

    /** One audit row: when, who, what, and the record's fields before and after (empty maps when none). */
    public record Entry(int id, LocalDateTime at, String operator, String action, Map<String, Object> before,
                        Map<String, Object> after) {
    }

    /**
     * Every audit row of one record of a table, oldest first. A record an import batch added has no audit row of
     * its own (decision 0019): its INSERT is given from the batch (when, who) with the record as it was then,
     * the before of its first later change, else the record as it is now.
     */
    public List<Entry> of(String table, int recordId) {
        DSLContext dsl = db.read();
        List<Entry> rows = new ArrayList<>(dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)).and(AUDIT_LOG.RECORD_ID.eq(recordId))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new Entry(r.getId(), r.getAt(), r.getOperator(), r.getAction(), parse(r.getBeforeJson()),
                        parse(r.getAfterJson()))));
        if (rows.stream().anyMatch(e -> "INSERT".equals(e.action()))) {
            return rows;
        }
        ImportBatchRecord batch = dsl.select(IMPORT_BATCH.fields()).from(IMPORT_BATCH_RANGE)
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(IMPORT_BATCH_RANGE.BATCH_ID))
                .where(IMPORT_BATCH_RANGE.TABLE_NAME.eq(table))
                .and(IMPORT_BATCH_RANGE.FIRST_ID.le(recordId)).and(IMPORT_BATCH_RANGE.LAST_ID.ge(recordId))
                .and(IMPORT_BATCH.UNDONE_AT.isNull())
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOneInto(IMPORT_BATCH);
        if (batch == null) {
            return rows;
        }
        Map<String, Object> then = rows.isEmpty() ? current(dsl, table, recordId) : rows.get(0).before();
        if (then.isEmpty()) {
            return rows;
        }
        rows.add(0, new Entry(0, batch.getStartedAt(), batch.getOperator(), "INSERT", Map.of(), then));
        return rows;
    }

    /** The record as it is now, as {@link Tx#json} writes it; empty when it no longer exists. */
    private static Map<String, Object> current(DSLContext dsl, String table, int recordId) {
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(table);
        if (t == null || t.field("id") == null) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Field<Integer> id = (Field<Integer>) t.field("id");
        Record r = dsl.selectFrom(t).where(id.eq(recordId)).fetchOne();
        return r == null ? Map.of() : parse(Tx.json(r));
    }

    /** A JSON object (as {@link Tx#json} writes a record) as a map; an empty map for null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return (Map<String, Object>) new JSONParser().parse(json);
        } catch (ParseException | ClassCastException e) {
            throw new StoreException("审计记录无法读取：" + e.getMessage(), e);
        }
    }
}
