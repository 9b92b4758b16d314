package org.partydesk.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;

import static org.partydesk.store.jooq.Tables.AUDIT_LOG;

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

    /** Every audit row of one record of a table, oldest first. */
    public List<Entry> of(String table, int recordId) {
        return db.read().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)).and(AUDIT_LOG.RECORD_ID.eq(recordId))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new Entry(r.getId(), r.getAt(), r.getOperator(), r.getAction(), parse(r.getBeforeJson()),
                        parse(r.getAfterJson())));
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
