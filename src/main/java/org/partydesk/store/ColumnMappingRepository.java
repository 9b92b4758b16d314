package org.partydesk.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.partydesk.store.jooq.tables.records.ColumnMappingRecord;

import static org.partydesk.store.jooq.Tables.COLUMN_MAPPING;

/**
 * The column mappings clerks chose on import (V6, decision 0016), kept per ledger kind and header: the
 * normalised column names of a sheet joined by '|'. Writes are audited.
 */
public final class ColumnMappingRepository {
    private final Database db;

    public ColumnMappingRepository(Database db) {
        this.db = db;
    }

    /** The mapping stored for {@code kind} and {@code headers}: header text → field key (or "ignore"); empty when none. */
    public Map<String, String> find(String kind, String headers) {
        Map<String, String> out = new LinkedHashMap<>();
        db.read().selectFrom(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.KIND.eq(kind).and(COLUMN_MAPPING.HEADERS.eq(headers)))
                .orderBy(COLUMN_MAPPING.ID)
                .forEach(r -> out.put(r.getHeader(), r.getField()));
        return out;
    }

    /** Every header text mapped for {@code kind}, under any header (the last one stored wins): to find headers with. */
    public Map<String, String> findAll(String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        db.read().selectFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.KIND.eq(kind)).orderBy(COLUMN_MAPPING.ID)
                .forEach(r -> out.put(r.getHeader(), r.getField()));
        return out;
    }

    /** Replaces the mapping stored for {@code kind} and {@code headers} by {@code mapping} (header text → field key). */
    public static void save(Tx tx, String kind, String headers, Map<String, String> mapping) {
        Map<String, ColumnMappingRecord> stored = new LinkedHashMap<>();
        tx.dsl().selectFrom(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.KIND.eq(kind).and(COLUMN_MAPPING.HEADERS.eq(headers)))
                .forEach(r -> stored.put(r.getHeader(), r));
        for (Map.Entry<String, ColumnMappingRecord> e : stored.entrySet()) {
            String field = mapping.get(e.getKey());
            if (field == null) {
                tx.delete(e.getValue());
            } else if (!field.equals(e.getValue().getField())) {
                e.getValue().setField(field);
                e.getValue().setSavedAt(tx.now());
                tx.update(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (!stored.containsKey(e.getKey())) {
                ColumnMappingRecord r = tx.dsl().newRecord(COLUMN_MAPPING);
                r.setKind(kind);
                r.setHeaders(headers);
                r.setHeader(e.getKey());
                r.setField(e.getValue());
                r.setSavedAt(tx.now());
                tx.insert(r);
            }
        }
    }
}
