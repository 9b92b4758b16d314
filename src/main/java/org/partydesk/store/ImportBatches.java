package org.partydesk.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jooq.tools.json.JSONParser;
import org.jooq.tools.json.ParseException;
import org.partydesk.model.ImportBatch;
import org.partydesk.store.jooq.DefaultSchema;
import org.partydesk.store.jooq.tables.AuditLog;
import org.partydesk.store.jooq.tables.records.AuditLogRecord;
import org.partydesk.store.jooq.tables.records.ImportBatchRangeRecord;
import org.partydesk.store.jooq.tables.records.ImportBatchRecord;

import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_TITLE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.IMPORT_BATCH;
import static org.partydesk.store.jooq.Tables.IMPORT_BATCH_RANGE;

/**
 * Import batches (decision 0013): the list, the id ranges an import inserted, and the undo of one batch. An undo
 * runs in one transaction: it refuses (nothing written) when later work depends on the batch, else it deletes
 * the rows the batch inserted, restores the rows it updated or deleted to their state before it, and marks the
 * batch undone. Its own audit rows carry the batch's id.
 */
public final class ImportBatches {
    /** Tables whose ids are not recorded: the trail itself. */
    private static final Set<String> NOT_RECORDED = Set.of("audit_log", "import_batch", "import_batch_range");
    /** evidence_link.record_type of the tables a file can prove (links have no foreign key). */
    private static final Map<String, String> EVIDENCE_TYPES = Map.of("meeting", "MEETING", "progress_record",
            "PROGRESS_RECORD", "responsibility_letter", "RESPONSIBILITY_LETTER", "commendation", "COMMENDATION",
            "member", "MEMBER", "responsibility_item", "RESPONSIBILITY_ITEM", "org_unit", "ORG_UNIT");
    private static final int MAX_REASONS = 8;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DSLContext dsl;

    public ImportBatches(Database db) {
        this.dsl = db.read();
    }

    /** Every batch, newest first. */
    public List<ImportBatch> all() {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).fetch(ImportBatches::toBatch);
    }

    public Optional<ImportBatch> find(int id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(ImportBatches::toBatch);
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getKind(), r.getFileName(), r.getOperator(), r.getStartedAt(),
                r.getFinishedAt(), r.getSummary(), r.getUndoneAt(), r.getUndoneBy());
    }

    /** The refusal of an undo: the reasons, each a Chinese sentence naming a record and what depends on it. */
    public static final class UndoRefused extends StoreException {
        private final List<String> reasons;

        UndoRefused(String message, List<String> reasons) {
            super(message);
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }

    /** What an undo did: rows deleted (those the batch added) and rows put back as they were. */
    public record Undone(int removed, int restored) {
    }

    // ---- recording (called by Tx) ------------------------------------------------------------------------

    private static List<Table<?>> idTables() {
        List<Table<?>> tables = new ArrayList<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!NOT_RECORDED.contains(t.getName()) && t.getPrimaryKey() != null
                    && t.getPrimaryKey().getFields().size() == 1 && t.getPrimaryKey().getFields().get(0).getName().equals("id")) {
                tables.add(t);
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static Field<Integer> idOf(Table<?> t) {
        return (Field<Integer>) t.field("id");
    }

    /** The largest id of every table with one (0 when empty), all in one query (each a look at the end of its table). */
    static Map<Table<?>, Integer> largestIds(DSLContext dsl) {
        List<Table<?>> tables = idTables();
        Record largest = dsl.select(tables.stream().map(t -> DSL.field(DSL.select(DSL.max(idOf(t))).from(t))).toList()).fetchOne();
        Map<Table<?>, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            Integer max = largest.get(i, Integer.class);
            ids.put(tables.get(i), max == null ? 0 : max);
        }
        return ids;
    }

    /** Records, per table, the ids above its largest id at the start of the batch, and the batch's end. */
    static void recordRanges(DSLContext dsl, int batchId, Map<Table<?>, Integer> before, LocalDateTime at) {
        for (var e : largestIds(dsl).entrySet()) {
            int was = before.getOrDefault(e.getKey(), 0);
            if (e.getValue() > was) {
                dsl.insertInto(IMPORT_BATCH_RANGE)
                        .set(IMPORT_BATCH_RANGE.BATCH_ID, batchId)
                        .set(IMPORT_BATCH_RANGE.TABLE_NAME, e.getKey().getName())
                        .set(IMPORT_BATCH_RANGE.FIRST_ID, was + 1)
                        .set(IMPORT_BATCH_RANGE.LAST_ID, e.getValue())
                        .execute();
            }
        }
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.FINISHED_AT, at).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    // ---- undo ------------------------------------------------------------------------------------------

    /** Undoes batch {@code batchId} inside {@code tx}; throws {@link UndoRefused} (nothing written) when it may not. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    /** Set before an undo's deletes: a refused undo goes back to it to name the rows it would have removed. */
    private static final String UNDO_SAVEPOINT = "undo_batch";

    public static Undone undo(Tx tx, int batchId) {
        DSLContext dsl = tx.dsl();
        ImportBatchRecord b = dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).fetchOne();
        if (b == null) {
            throw new UndoRefused("没有编号为 " + batchId + " 的导入记录（用 imports 查看全部导入）", List.of());
        }
        String name = name(b);
        if (b.getUndoneAt() != null) {
            throw new UndoRefused(name + "已于 " + b.getUndoneAt().format(MINUTE) + " 由 " + b.getUndoneBy()
                    + " 撤销，不能再撤销一次", List.of());
        }
        List<ImportBatchRangeRecord> ranges = dsl.selectFrom(IMPORT_BATCH_RANGE)
                .where(IMPORT_BATCH_RANGE.BATCH_ID.eq(batchId)).fetch();
        List<String> reasons = laterWork(dsl, b, ranges);
        reasons.addAll(titlesInUse(dsl, b, ranges));
        refuseIf(name, reasons);

        List<Change> firsts = firstChanges(dsl, batchId, ranges);
        tx.joinBatch(batchId);
        dsl.execute("pragma defer_foreign_keys = on");
        dsl.execute("savepoint " + UNDO_SAVEPOINT);
        int removed = 0;
        for (ImportBatchRangeRecord r : ranges) {
            Table<?> t = table(r.getTableName());
            int n = dsl.deleteFrom(t).where(idOf(t).between(r.getFirstId(), r.getLastId())).execute();
            removed += n;
            tx.audit(t.getName(), null, "DELETE", "{\"undo_batch\":" + batchId + ",\"first_id\":" + r.getFirstId()
                    + ",\"last_id\":" + r.getLastId() + ",\"rows\":" + n + "}", null);
        }
        int restored = 0;
        for (Change c : firsts) {
            if ("INSERT".equals(c.action())) {
                UpdatableRecord row = fetchByKey(dsl, table(c.table()), parse(c.json()));
                if (row != null) {
                    tx.delete(row);
                    removed++;
                }
            }
        }
        Collections.reverse(firsts);
        for (Change c : firsts) {
            if (!"INSERT".equals(c.action()) && restore(tx, table(c.table()), parse(c.json()))) {
                restored++;
            }
        }
        reasons = brokenReferences(dsl, b);
        refuseIf(name, reasons);
        b.setUndoneAt(tx.now());
        b.setUndoneBy(tx.operator());
        tx.update(b);
        return new Undone(removed, restored);
    }

    private static String name(ImportBatchRecord b) {
        return "导入 #" + b.getId() + "（" + b.getFileName() + "）";
    }

    private static void refuseIf(String name, List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("不能撤销").append(name).append("：");
        int shown = Math.min(reasons.size(), MAX_REASONS);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : "；").append(reasons.get(i));
        }
        if (reasons.size() > shown) {
            sb.append("；等共 ").append(reasons.size()).append(" 处");
        }
        sb.append("。请先撤销之后的导入或修改，再撤销本次导入。");
        throw new UndoRefused(sb.toString(), reasons);
    }

    /**
     * The honour names (荣誉名称) the batch added that a commendation it did not add still bears: a commendation keeps its
     * title as text, not as a reference the foreign key check would name, so an undo would otherwise take the name
     * out of the list of honours while a later import's or a clerk's commendations still use it.
     */
    private static List<String> titlesInUse(DSLContext dsl, ImportBatchRecord b, List<ImportBatchRangeRecord> ranges) {
        List<Condition> titles = new ArrayList<>();
        List<Condition> own = new ArrayList<>();
        for (ImportBatchRangeRecord r : ranges) {
            if (r.getTableName().equals(COMMENDATION_TITLE.getName())) {
                titles.add(COMMENDATION_TITLE.ID.between(r.getFirstId(), r.getLastId()));
            } else if (r.getTableName().equals(COMMENDATION.getName())) {
                own.add(COMMENDATION.ID.between(r.getFirstId(), r.getLastId()));
            }
        }
        if (titles.isEmpty()) {
            return List.of();
        }
        Map<String, java.util.SortedSet<String>> byLater = new LinkedHashMap<>();
        for (var c : dsl.select(COMMENDATION.ID, COMMENDATION.TITLE).from(COMMENDATION)
                .where(COMMENDATION.TITLE.in(DSL.select(COMMENDATION_TITLE.NAME).from(COMMENDATION_TITLE).where(DSL.or(titles))))
                .and(own.isEmpty() ? DSL.trueCondition() : DSL.not(DSL.or(own)))
                .orderBy(COMMENDATION.ID).fetch()) {
            ImportBatchRecord origin = origin(dsl, COMMENDATION.getName(), c.value1(), b.getId());
            String by = origin != null ? "之后的" + name(origin) : "之后录入的评先创优记录";
            byLater.computeIfAbsent(by, k -> new java.util.TreeSet<>()).add("“" + c.value2() + "”");
        }
        List<String> reasons = new ArrayList<>();
        byLater.forEach((by, names) -> reasons.add(by + "用到了本次导入添加的荣誉名称" + String.join("、", names)));
        return reasons;
    }

    /**
     * Audit rows written after the batch (by an edit, or by a later batch not undone) on the rows it inserted,
     * updated or deleted, and evidence linked to rows it inserted.
     */
    private static List<String> laterWork(DSLContext dsl, ImportBatchRecord b, List<ImportBatchRangeRecord> ranges) {
        int batchId = b.getId();
        Integer lastAudit = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).where(AUDIT_LOG.BATCH_ID.eq(batchId))
                .fetchOne(0, Integer.class);
        AuditLog later = AUDIT_LOG.as("later");
        AuditLog mine = AUDIT_LOG.as("mine");
        Condition live = later.ID.gt(lastAudit == null ? 0 : lastAudit).and(later.BATCH_ID.isNull()
                .or(later.BATCH_ID.notIn(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.UNDONE_AT.isNotNull()))));
        Map<String, String> found = new LinkedHashMap<>();
        List<Condition> touched = new ArrayList<>();
        for (ImportBatchRangeRecord r : ranges) {
            touched.add(later.TABLE_NAME.eq(r.getTableName()).and(later.RECORD_ID.between(r.getFirstId(), r.getLastId())));
        }
        List<AuditLogRecord> rows = new ArrayList<>();
        if (!touched.isEmpty()) {
            rows.addAll(dsl.selectFrom(later).where(DSL.or(touched)).and(live).orderBy(later.ID).limit(50).fetch());
        }
        rows.addAll(dsl.select(later.fields()).from(later).join(mine).on(mine.TABLE_NAME.eq(later.TABLE_NAME))
                .and(mine.RECORD_ID.eq(later.RECORD_ID))
                .where(mine.BATCH_ID.eq(batchId)).and(mine.ACTION.in("UPDATE", "DELETE")).and(live)
                .orderBy(later.ID).limit(50).fetchInto(AUDIT_LOG));
        for (AuditLogRecord a : rows) {
            String key = a.getTableName() + ":" + a.getRecordId();
            if (found.containsKey(key)) {
                continue;
            }
            String what = describe(dsl, a.getTableName(), current(dsl, a.getTableName(), a.getRecordId(), a));
            String done = "DELETE".equals(a.getAction()) ? "删除" : "修改";
            if (a.getBatchId() != null) {
                ImportBatchRecord other = dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(a.getBatchId())).fetchOne();
                found.put(key, what + "被之后的" + name(other) + done + "过");
            } else {
                found.put(key, what + "在本次导入之后被" + done + "过（" + a.getOperator() + "，" + a.getAt().format(MINUTE) + "）");
            }
        }
        for (ImportBatchRangeRecord r : ranges) {
            String type = EVIDENCE_TYPES.get(r.getTableName());
            if (type == null) {
                continue;
            }
            for (var link : dsl.selectFrom(EVIDENCE_LINK).where(EVIDENCE_LINK.RECORD_TYPE.eq(type))
                    .and(EVIDENCE_LINK.RECORD_ID.between(r.getFirstId(), r.getLastId())).limit(20).fetch()) {
                found.putIfAbsent("evidence_link:" + link.getId(), describe(dsl, "evidence", row(dsl, "evidence", link.getEvidenceId()))
                        + "关联到本次导入添加的" + describe(dsl, r.getTableName(), row(dsl, r.getTableName(), link.getRecordId())));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** A row's state before the batch: its first audit row in the batch (the before, or for an INSERT the after). */
    private record Change(String table, String action, String json) {
    }

    /**
     * Per record the batch updated or deleted (and per row without an id it inserted), the batch's first audit row of
     * it, in order: its before is the record's state before the batch. Rows inside the batch's ranges are left out.
     * Read with a cursor, keeping only the first row of each record.
     */
    private static List<Change> firstChanges(DSLContext dsl, int batchId, List<ImportBatchRangeRecord> ranges) {
        Map<String, Change> first = new LinkedHashMap<>();
        var json = DSL.when(AUDIT_LOG.ACTION.eq("INSERT"), AUDIT_LOG.AFTER_JSON).otherwise(AUDIT_LOG.BEFORE_JSON);
        try (var cursor = dsl.select(AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_ID, AUDIT_LOG.ACTION, json).from(AUDIT_LOG)
                .where(AUDIT_LOG.BATCH_ID.eq(batchId))
                .and(AUDIT_LOG.ACTION.in("UPDATE", "DELETE").or(AUDIT_LOG.ACTION.eq("INSERT").and(AUDIT_LOG.RECORD_ID.isNull())))
                .orderBy(AUDIT_LOG.ID).fetchLazy()) {
            for (var a : cursor) {
                String table = a.value1();
                Integer id = a.value2();
                if (id != null && inside(ranges, table, id)) {
                    continue;
                }
                String key = table + ":" + id;
                if (id == null) {
                    Map<String, Object> values = parse(a.value4());
                    key = table + ":" + table(table).getPrimaryKey().getFields().stream().map(f -> values.get(f.getName())).toList();
                }
                if (!first.containsKey(key)) {
                    first.put(key, new Change(table, a.value3(), a.value4()));
                }
            }
        }
        return new ArrayList<>(first.values());
    }

    private static boolean inside(List<ImportBatchRangeRecord> ranges, String table, int id) {
        for (ImportBatchRangeRecord r : ranges) {
            if (r.getTableName().equals(table) && id >= r.getFirstId() && id <= r.getLastId()) {
                return true;
            }
        }
        return false;
    }

    /** Puts a record back as {@code before} says: updates it when it exists, else inserts it with its id. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean restore(Tx tx, Table<?> t, Map<String, Object> before) {
        UpdatableRecord row = fetchByKey(tx.dsl(), t, before);
        boolean insert = row == null;
        if (insert) {
            row = (UpdatableRecord) tx.dsl().newRecord(t);
        }
        for (Field<?> f : t.fields()) {
            if (before.containsKey(f.getName())) {
                Object value = f.getDataType().convert(before.get(f.getName()));
                if (insert || !java.util.Objects.equals(row.get(f), value)) {
                    row.set((Field) f, value);
                }
            }
        }
        if (insert) {
            tx.insert((TableRecord) row);
            return true;
        }
        if (row.changed()) {
            tx.update(row);
            return true;
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static UpdatableRecord<?> fetchByKey(DSLContext dsl, Table<?> t, Map<String, Object> values) {
        List<Condition> key = new ArrayList<>();
        for (Field<?> f : t.getPrimaryKey().getFields()) {
            key.add(((Field) f).eq(f.getDataType().convert(values.get(f.getName()))));
        }
        return (UpdatableRecord<?>) dsl.selectFrom(t).where(key).fetchOne();
    }

    /**
     * After the deletes (foreign keys deferred), the rows that still refer to a deleted row: SQLite's foreign key
     * check names them. Each reason names the referring row, where it came from, and what it refers to.
     */
    private static List<String> brokenReferences(DSLContext dsl, ImportBatchRecord b) {
        // referred rows by table and id, so the message does not depend on the order SQLite's check reports them in
        Map<String, java.util.SortedMap<String, String>> byLaterBatch = new LinkedHashMap<>();
        Set<String> reasons = new LinkedHashSet<>();
        record Broken(String child, int rowid, Map<String, Object> childRow, String parent, List<Object> ids) {
        }
        List<Broken> broken = new ArrayList<>();
        for (Record v : dsl.fetch("pragma foreign_key_check")) {
            String child = v.get(0, String.class);
            int rowid = v.get(1, Integer.class);
            String parent = v.get(2, String.class);
            Map<String, Object> childRow = row(dsl, child, rowid);
            // each column of a key on its own: jOOQ reads meeting's three references to member as one key
            List<Object> ids = new ArrayList<>();
            for (var fk : table(child).getReferences()) {
                if (fk.getKey().getTable().getName().equals(parent)) {
                    fk.getFields().forEach(f -> ids.add(childRow.get(f.getName())));
                }
            }
            ids.removeIf(pid -> pid == null || row(dsl, parent, pid).size() > 1);
            broken.add(new Broken(child, rowid, childRow, parent, ids));
        }
        if (broken.isEmpty()) {
            dsl.execute("release " + UNDO_SAVEPOINT);
            return List.of();
        }
        // the undo is refused: back to before its deletes, so the rows it would remove can be named as they are
        dsl.execute("rollback to " + UNDO_SAVEPOINT);
        for (Broken x : broken) {
            java.util.SortedMap<String, String> parents = new java.util.TreeMap<>();
            for (Object pid : x.ids()) {
                Map<String, Object> parentRow = row(dsl, x.parent(), pid);
                parents.put(x.parent() + ":" + String.format("%012d", ((Number) pid).longValue()), parentRow.size() > 1
                        ? describe(dsl, x.parent(), parentRow) : label(x.parent()) + "（编号 " + pid + "）");
            }
            ImportBatchRecord origin = origin(dsl, x.child(), x.rowid(), b.getId());
            if (origin != null) {
                byLaterBatch.computeIfAbsent(name(origin), k -> new java.util.TreeMap<>()).putAll(parents);
            } else {
                reasons.add(String.join("、", parents.values()) + "被之后录入的" + describe(dsl, x.child(), x.childRow()) + "引用");
            }
        }
        List<String> all = new ArrayList<>();
        byLaterBatch.forEach((later, parents) -> {
            List<String> some = parents.values().stream().distinct().limit(5).toList();
            all.add("之后的" + later + "引用了本次导入添加的" + String.join("、", some)
                    + (parents.size() > some.size() ? "等 " + parents.size() + " 项" : ""));
        });
        all.addAll(reasons);
        return all;
    }

    /** The batch (not undone, other than {@code except}) that inserted a row, or null. */
    private static ImportBatchRecord origin(DSLContext dsl, String table, int id, int except) {
        Integer batch = dsl.select(IMPORT_BATCH_RANGE.BATCH_ID).from(IMPORT_BATCH_RANGE).join(IMPORT_BATCH)
                .on(IMPORT_BATCH.ID.eq(IMPORT_BATCH_RANGE.BATCH_ID))
                .where(IMPORT_BATCH_RANGE.TABLE_NAME.eq(table)).and(IMPORT_BATCH_RANGE.FIRST_ID.le(id))
                .and(IMPORT_BATCH_RANGE.LAST_ID.ge(id)).and(IMPORT_BATCH.UNDONE_AT.isNull())
                .and(IMPORT_BATCH.ID.ne(except)).limit(1).fetchOne(0, Integer.class);
        return batch == null ? null : dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batch)).fetchOne();
    }

    // ---- naming records ----------------------------------------------------------------------------------

    private static Table<?> table(String name) {
        Table<?> t = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
        if (t == null) {
            throw new StoreException("未知的数据表：" + name);
        }
        return t;
    }

    /** A row's values by column name (empty when it does not exist). */
    private static Map<String, Object> row(DSLContext dsl, String table, Object id) {
        Table<?> t = table(table);
        if (id == null || t.field("id") == null) {
            return Map.of();
        }
        Record r = dsl.selectFrom(t).where(idOf(t).eq(((Number) id).intValue())).fetchOne();
        return r == null ? Map.of("id", id) : r.intoMap();
    }

    /** The row as it is now, else as the audit row last wrote it. */
    private static Map<String, Object> current(DSLContext dsl, String table, Integer id, AuditLogRecord a) {
        Map<String, Object> now = row(dsl, table, id);
        if (now.size() > 1) {
            return now;
        }
        String json = a.getAfterJson() != null ? a.getAfterJson() : a.getBeforeJson();
        return json == null ? now : parse(json);
    }

    private static String label(String table) {
        return switch (table) {
            case "member" -> "党员";
            case "meeting" -> "会议";
            case "org_unit" -> "党组织";
            case "department" -> "处室";
            case "commendation" -> "表彰";
            case "responsibility_list" -> "责任清单";
            case "responsibility_item" -> "责任清单条目";
            case "responsibility_deadline" -> "时间节点";
            case "evidence" -> "佐证材料";
            default -> "记录（" + table + "）";
        };
    }

    /** A record in words: 党员“张三”, 会议“…”（2025-03-08）, 会议“…”（2025-03-08）中党员“张三”的出席记录 … */
    static String describe(DSLContext dsl, String table, Map<String, Object> v) {
        return switch (table) {
            case "member" -> quoted("党员", v.get("name"));
            case "meeting" -> quoted("会议", v.get("theme")) + "（" + day(v.get("held_at")) + "）";
            case "org_unit" -> quoted("党组织", v.get("name"));
            case "department" -> quoted("处室", v.get("name"));
            case "commendation" -> quoted("表彰", v.get("title")) + "（" + day(v.get("awarded_on")) + "）";
            case "commendation_title" -> quoted("荣誉名称", v.get("name"));
            case "responsibility_list" -> quoted("责任清单", v.get("name"));
            case "responsibility_item" -> quoted("责任清单条目", v.get("text"));
            case "responsibility_deadline" -> of(dsl, "responsibility_item", v.get("item_id")) + "的时间节点（" + day(v.get("due_on")) + "）";
            case "progress_record" -> quoted("纪实", v.get("text"));
            case "responsibility_letter" -> quoted("责任书", v.get("title"));
            case "evidence" -> quoted("佐证材料", v.get("original_name"));
            case "membership" -> of(dsl, "member", v.get("member_id")) + "的组织关系";
            case "committee_role" -> of(dsl, "member", v.get("member_id")) + "的支委职务";
            case "community_posting" -> of(dsl, "member", v.get("member_id")) + "的下沉社区记录";
            case "attendance" -> of(dsl, "meeting", v.get("meeting_id")) + "中" + of(dsl, "member", v.get("member_id")) + "的出席记录";
            case "non_voting_attendee" -> of(dsl, "meeting", v.get("meeting_id")) + "的列席人员“" + v.get("name") + "”";
            case "agenda_item" -> of(dsl, "meeting", v.get("meeting_id")) + "的议题";
            case "meeting_type", "meeting_tag" -> of(dsl, "meeting", v.get("meeting_id")) + "的类型";
            case "commendation_recipient" -> of(dsl, "commendation", v.get("commendation_id")) + "的获奖对象";
            case "responsibility_item_owner" -> of(dsl, "responsibility_item", v.get("item_id")) + "的责任人";
            case "evidence_link" -> of(dsl, "evidence", v.get("evidence_id")) + "的关联";
            default -> label(table) + "（编号 " + v.get("id") + "）";
        };
    }

    private static String of(DSLContext dsl, String table, Object id) {
        Map<String, Object> v = row(dsl, table, id);
        return v.size() > 1 ? describe(dsl, table, v) : label(table) + "（编号 " + id + "）";
    }

    private static String quoted(String what, Object name) {
        return what + "“" + name + "”";
    }

    private static String day(Object value) {
        String s = String.valueOf(value);
        return s.length() >= 10 ? s.substring(0, 10) : s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return new HashMap<>((Map<String, Object>) new JSONParser().parse(json));
        } catch (ParseException e) {
            throw new StoreException("审计记录无法读取：" + e.getMessage(), e);
        }
    }
}
