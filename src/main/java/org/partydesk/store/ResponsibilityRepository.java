package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.partydesk.model.Cadence;
import org.partydesk.model.Completion;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListStats;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.jooq.tables.records.EvidenceLinkRecord;
import org.partydesk.store.jooq.tables.records.ProgressRecordRecord;
import org.partydesk.store.jooq.tables.records.ResponsibilityDeadlineRecord;
import org.partydesk.store.jooq.tables.records.ResponsibilityItemOwnerRecord;
import org.partydesk.store.jooq.tables.records.ResponsibilityItemRecord;
import org.partydesk.store.jooq.tables.records.ResponsibilityLetterRecord;
import org.partydesk.store.jooq.tables.records.ResponsibilityListRecord;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.partydesk.store.jooq.Tables.DEPARTMENT;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.PROGRESS_RECORD;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_DEADLINE;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM_OWNER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LETTER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

/**
 * 责任清单 in the database: lists, nested items with their 责任人, deadlines, progress records (纪实),
 * responsibility letters and their evidence links. Built on a {@link Database} it only reads; built on a
 * {@link Tx} it also writes, every insert audited. Progress records are only ever inserted.
 *
 * <p>The counting rules of {@code logic.ResponsibilityStatusRules} are repeated here in SQL for the
 * aggregates: a record counts when dated on or before the date and not corrected by another record; a
 * deadline is met by a counting record that completes it and is dated on or before it; only items without
 * children (leaf items) are counted.
 */
public final class ResponsibilityRepository {
    private static final org.partydesk.store.jooq.tables.ResponsibilityItem CHILD = RESPONSIBILITY_ITEM.as("child");
    private static final org.partydesk.store.jooq.tables.ProgressRecord MEETS = PROGRESS_RECORD.as("meets");
    private static final org.partydesk.store.jooq.tables.ProgressRecord FIX = PROGRESS_RECORD.as("fix");

    private final DSLContext dsl;
    private final Tx tx;

    /** Reads only. */
    public ResponsibilityRepository(Database db) {
        this.dsl = db.read();
        this.tx = null;
    }

    /** Reads and writes inside the transaction {@code tx}. */
    public ResponsibilityRepository(Tx tx) {
        this.dsl = tx.dsl();
        this.tx = tx;
    }

    // ---- writes ----------------------------------------------------------------------------------------

    public int insertList(ResponsibilityList list) {
        ResponsibilityListRecord r = dsl.newRecord(RESPONSIBILITY_LIST);
        r.setYear(list.year());
        r.setName(list.name());
        r.setOwnerKind(list.ownerKind().name());
        r.setOwnerOrgUnitId(list.ownerOrgUnitId());
        r.setOwnerMemberId(list.ownerMemberId());
        r.setOwnerDepartmentId(list.ownerDepartmentId());
        r.setCopiedFromId(list.copiedFromId());
        r.setNotes(list.notes());
        return writer().insert(r);
    }

    /** Inserts the item and its 责任人 rows; returns the item's id. */
    public int insertItem(ResponsibilityItem item) {
        ResponsibilityItemRecord r = dsl.newRecord(RESPONSIBILITY_ITEM);
        r.setListId(item.listId());
        r.setParentId(item.parentId());
        r.setLevel(item.level());
        r.setSeq(item.seq());
        fill(r, item);
        int id = writer().insert(r);
        for (Integer memberId : item.ownerMemberIds()) {
            addItemOwner(id, memberId);
        }
        return id;
    }

    /** Updates an item's text, 责任主体, 责任人 text, cadence and notes (audited); its place and owners stay. */
    public void updateItem(ResponsibilityItem item) {
        ResponsibilityItemRecord r = dsl.selectFrom(RESPONSIBILITY_ITEM).where(RESPONSIBILITY_ITEM.ID.eq(item.id())).fetchOne();
        if (r == null) {
            throw new StoreException("条目不存在（编号 " + item.id() + "）");
        }
        fill(r, item);
        writer().update(r);
    }

    /** What an item says (text, 责任主体, 责任人 text, cadence, notes) into {@code r}: one mapping for insert and update. */
    private static void fill(ResponsibilityItemRecord r, ResponsibilityItem item) {
        r.setText(item.text());
        r.setOwnerText(item.ownerText());
        r.setResponsibleText(item.responsibleText());
        r.setCadence(item.cadence().name());
        r.setNotes(item.notes());
    }

    /** Renames a list (audited). */
    public void renameList(int listId, String name) {
        ResponsibilityListRecord r = dsl.selectFrom(RESPONSIBILITY_LIST).where(RESPONSIBILITY_LIST.ID.eq(listId)).fetchOne();
        if (r == null) {
            throw new StoreException("责任清单不存在（编号 " + listId + "）");
        }
        r.setName(name);
        writer().update(r);
    }

    /** Puts an item under {@code parentId} (null: the list's first level) at {@code level} and {@code seq} (audited). */
    public void place(int itemId, Integer parentId, int level, int seq) {
        ResponsibilityItemRecord r = dsl.selectFrom(RESPONSIBILITY_ITEM).where(RESPONSIBILITY_ITEM.ID.eq(itemId)).fetchOne();
        if (r == null) {
            throw new StoreException("条目不存在（编号 " + itemId + "）");
        }
        r.setParentId(parentId);
        r.setLevel(level);
        r.setSeq(seq);
        writer().update(r);
    }

    /** Moves an item to {@code seq} among its siblings (audited); its children keep their own numbers. */
    public void setSeq(int itemId, int seq) {
        ResponsibilityItemRecord r = dsl.selectFrom(RESPONSIBILITY_ITEM).where(RESPONSIBILITY_ITEM.ID.eq(itemId)).fetchOne();
        if (r == null) {
            throw new StoreException("条目不存在（编号 " + itemId + "）");
        }
        r.setSeq(seq);
        writer().update(r);
    }

    /**
     * Deletes an item without children or progress records (audited row by row): its 责任人 links, its deadlines,
     * the evidence links that name it (the files stay), then the item.
     */
    public void deleteItem(int itemId) {
        deleteItemOwners(itemId);
        deleteDeadlinesOf(itemId);
        for (EvidenceLinkRecord l : dsl.selectFrom(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.RECORD_TYPE.eq(EvidenceRecordType.RESPONSIBILITY_ITEM.name()))
                .and(EVIDENCE_LINK.RECORD_ID.eq(itemId)).fetch()) {
            writer().delete(l);
        }
        ResponsibilityItemRecord r = dsl.selectFrom(RESPONSIBILITY_ITEM).where(RESPONSIBILITY_ITEM.ID.eq(itemId)).fetchOne();
        if (r != null) {
            writer().delete(r);
        }
    }

    /** Unlinks every roster member from an item's 责任人 (audited). */
    public void deleteItemOwners(int itemId) {
        for (ResponsibilityItemOwnerRecord o : dsl.selectFrom(RESPONSIBILITY_ITEM_OWNER)
                .where(RESPONSIBILITY_ITEM_OWNER.ITEM_ID.eq(itemId)).fetch()) {
            writer().delete(o);
        }
    }

    /** Deletes a list (audited); the caller has made sure nothing refers to it any more. */
    public void deleteList(int listId) {
        ResponsibilityListRecord r = dsl.selectFrom(RESPONSIBILITY_LIST).where(RESPONSIBILITY_LIST.ID.eq(listId)).fetchOne();
        if (r != null) {
            writer().delete(r);
        }
    }

    /** Links a roster member to an item as one of its 责任人 (audited). */
    public void addItemOwner(int itemId, int memberId) {
        ResponsibilityItemOwnerRecord o = dsl.newRecord(RESPONSIBILITY_ITEM_OWNER);
        o.setItemId(itemId);
        o.setMemberId(memberId);
        writer().insert(o);
    }

    /** Deletes one deadline (audited); no progress record may complete it. */
    public void deleteDeadline(int deadlineId) {
        ResponsibilityDeadlineRecord r = dsl.selectFrom(RESPONSIBILITY_DEADLINE)
                .where(RESPONSIBILITY_DEADLINE.ID.eq(deadlineId)).fetchOne();
        if (r != null) {
            writer().delete(r);
        }
    }

    /** The lists of every year, by year then id. */
    public List<ResponsibilityList> allLists() {
        return dsl.selectFrom(RESPONSIBILITY_LIST).orderBy(RESPONSIBILITY_LIST.YEAR, RESPONSIBILITY_LIST.ID)
                .fetch(ResponsibilityRepository::toList);
    }

    /** The ids of the deadlines of a list that some progress record completes (corrected or not). */
    public java.util.Set<Integer> completedDeadlineIds(int listId) {
        var p = PROGRESS_RECORD;
        return new java.util.HashSet<>(dsl.selectDistinct(p.COMPLETES_DEADLINE_ID).from(p)
                .join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(p.ITEM_ID))
                .where(RESPONSIBILITY_ITEM.LIST_ID.eq(listId)).and(p.COMPLETES_DEADLINE_ID.isNotNull())
                .fetch(p.COMPLETES_DEADLINE_ID));
    }

    public int insertDeadline(int itemId, LocalDate dueOn, String label) {
        ResponsibilityDeadlineRecord r = dsl.newRecord(RESPONSIBILITY_DEADLINE);
        r.setItemId(itemId);
        r.setDueOn(dueOn);
        r.setLabel(label);
        return writer().insert(r);
    }

    /** Deletes (audited) the deadlines of an item that just became a parent; no record may refer to them. */
    public void deleteDeadlinesOf(int itemId) {
        for (ResponsibilityDeadlineRecord r : dsl.selectFrom(RESPONSIBILITY_DEADLINE)
                .where(RESPONSIBILITY_DEADLINE.ITEM_ID.eq(itemId)).fetch()) {
            writer().delete(r);
        }
    }

    /** Inserts a progress record; its {@code createdAt} is the transaction's time. */
    public int insertRecord(ProgressRecord record) {
        ProgressRecordRecord r = dsl.newRecord(PROGRESS_RECORD);
        r.setItemId(record.itemId());
        r.setRecordedOn(record.recordedOn());
        r.setText(record.text());
        r.setRecordedByMemberId(record.recordedByMemberId());
        r.setRecordedByName(record.recordedByName());
        r.setCompletesDeadlineId(record.completesDeadlineId());
        r.setCorrectsRecordId(record.correctsRecordId());
        r.setCreatedAt(writer().now());
        return writer().insert(r);
    }

    public int insertLetter(ResponsibilityLetter letter) {
        ResponsibilityLetterRecord r = dsl.newRecord(RESPONSIBILITY_LETTER);
        r.setYear(letter.year());
        r.setListId(letter.listId());
        r.setTitle(letter.title());
        r.setPartyA(letter.partyA());
        r.setPartyB(letter.partyB());
        r.setSignedOn(letter.signedOn());
        r.setNotes(letter.notes());
        return writer().insert(r);
    }

    public int insertEvidenceLink(int evidenceId, EvidenceRecordType type, int recordId) {
        EvidenceLinkRecord r = dsl.newRecord(EVIDENCE_LINK);
        r.setEvidenceId(evidenceId);
        r.setRecordType(type.name());
        r.setRecordId(recordId);
        return writer().insert(r);
    }

    // ---- reads -----------------------------------------------------------------------------------------

    public Optional<ResponsibilityList> list(int id) {
        return dsl.selectFrom(RESPONSIBILITY_LIST).where(RESPONSIBILITY_LIST.ID.eq(id)).fetchOptional()
                .map(ResponsibilityRepository::toList);
    }

    public List<ResponsibilityList> lists(int year) {
        return dsl.selectFrom(RESPONSIBILITY_LIST).where(RESPONSIBILITY_LIST.YEAR.eq(year))
                .orderBy(RESPONSIBILITY_LIST.ID).fetch(ResponsibilityRepository::toList);
    }

    /** Whether {@code year} already has a list with this name and the same owner. */
    public boolean listExists(int year, String name, ListOwnerKind kind, Integer orgUnitId, Integer memberId,
                              Integer departmentId) {
        var l = RESPONSIBILITY_LIST;
        return dsl.fetchExists(l, l.YEAR.eq(year).and(l.NAME.eq(name)).and(l.OWNER_KIND.eq(kind.name()))
                .and(l.OWNER_ORG_UNIT_ID.isNotDistinctFrom(orgUnitId))
                .and(l.OWNER_MEMBER_ID.isNotDistinctFrom(memberId))
                .and(l.OWNER_DEPARTMENT_ID.isNotDistinctFrom(departmentId)));
    }

    /** The owner's name on the roster (member, organisation unit or department), when the list names one. */
    public Optional<String> ownerName(int listId) {
        var l = RESPONSIBILITY_LIST;
        return dsl.select(ownerNameField()).from(l).leftJoin(MEMBER).on(MEMBER.ID.eq(l.OWNER_MEMBER_ID))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(l.OWNER_ORG_UNIT_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(l.OWNER_DEPARTMENT_ID))
                .where(l.ID.eq(listId)).fetchOptional(0, String.class);
    }

    public Optional<ResponsibilityItem> item(int id) {
        return dsl.selectFrom(RESPONSIBILITY_ITEM).where(RESPONSIBILITY_ITEM.ID.eq(id)).fetchOptional()
                .map(r -> toItem(r, ownersOf(RESPONSIBILITY_ITEM.ID.eq(id)).getOrDefault(id, List.of())));
    }

    /** The items of a list in tree order (by level, then parent, then seq). */
    public List<ResponsibilityItem> items(int listId) {
        var i = RESPONSIBILITY_ITEM;
        Map<Integer, List<Integer>> owners = ownersOf(i.LIST_ID.eq(listId));
        return dsl.selectFrom(i).where(i.LIST_ID.eq(listId)).orderBy(i.LEVEL, i.PARENT_ID, i.SEQ, i.ID)
                .fetch(r -> toItem(r, owners.getOrDefault(r.getId(), List.of())));
    }

    /** The items directly under {@code parentId} (on level 1 of the list when null), in order. */
    public List<ResponsibilityItem> siblings(int listId, Integer parentId) {
        var i = RESPONSIBILITY_ITEM;
        Map<Integer, List<Integer>> owners = ownersOf(i.LIST_ID.eq(listId).and(i.PARENT_ID.isNotDistinctFrom(parentId)));
        return dsl.selectFrom(i).where(i.LIST_ID.eq(listId)).and(i.PARENT_ID.isNotDistinctFrom(parentId))
                .orderBy(i.SEQ, i.ID).fetch(r -> toItem(r, owners.getOrDefault(r.getId(), List.of())));
    }

    /** How many items are directly under an item. */
    public int childCount(int itemId) {
        return dsl.fetchCount(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.PARENT_ID.eq(itemId));
    }

    /** How many items a list has, on every level. */
    public int itemCount(int listId) {
        return dsl.fetchCount(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.LIST_ID.eq(listId));
    }

    /** How many progress records an item has, corrected ones included. */
    public int recordCount(int itemId) {
        return dsl.fetchCount(PROGRESS_RECORD, PROGRESS_RECORD.ITEM_ID.eq(itemId));
    }

    /** How many 责任书 name the list. */
    public int letterCount(int listId) {
        return dsl.fetchCount(RESPONSIBILITY_LETTER, RESPONSIBILITY_LETTER.LIST_ID.eq(listId));
    }

    /** The lists copied from a list (to the next year, or for each 班子成员). */
    public List<ResponsibilityList> copiesOf(int listId) {
        return dsl.selectFrom(RESPONSIBILITY_LIST).where(RESPONSIBILITY_LIST.COPIED_FROM_ID.eq(listId))
                .orderBy(RESPONSIBILITY_LIST.ID).fetch(ResponsibilityRepository::toList);
    }

    public boolean hasChildren(int itemId) {
        return dsl.fetchExists(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.PARENT_ID.eq(itemId));
    }

    /** The next free {@code seq} under a parent (or on level 1 of the list when {@code parentId} is null). */
    public int nextSeq(int listId, Integer parentId) {
        var i = RESPONSIBILITY_ITEM;
        Integer max = dsl.select(org.jooq.impl.DSL.max(i.SEQ)).from(i)
                .where(i.LIST_ID.eq(listId)).and(i.PARENT_ID.isNotDistinctFrom(parentId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public Optional<Deadline> deadline(int id) {
        return dsl.selectFrom(RESPONSIBILITY_DEADLINE).where(RESPONSIBILITY_DEADLINE.ID.eq(id)).fetchOptional()
                .map(ResponsibilityRepository::toDeadline);
    }

    public List<Deadline> deadlinesOfItem(int itemId) {
        return dsl.selectFrom(RESPONSIBILITY_DEADLINE).where(RESPONSIBILITY_DEADLINE.ITEM_ID.eq(itemId))
                .orderBy(RESPONSIBILITY_DEADLINE.DUE_ON).fetch(ResponsibilityRepository::toDeadline);
    }

    public List<Deadline> deadlines(int listId) {
        var d = RESPONSIBILITY_DEADLINE;
        return dsl.select(d.fields()).from(d).join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(d.ITEM_ID))
                .where(RESPONSIBILITY_ITEM.LIST_ID.eq(listId)).orderBy(d.DUE_ON, d.ID)
                .fetch(r -> toDeadline(r.into(d)));
    }

    public Optional<ProgressRecord> record(int id) {
        return dsl.selectFrom(PROGRESS_RECORD).where(PROGRESS_RECORD.ID.eq(id)).fetchOptional()
                .map(ResponsibilityRepository::toRecord);
    }

    /** All progress records of a list, corrected ones included, by date then id. */
    public List<ProgressRecord> records(int listId) {
        var p = PROGRESS_RECORD;
        return dsl.select(p.fields()).from(p).join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(p.ITEM_ID))
                .where(RESPONSIBILITY_ITEM.LIST_ID.eq(listId)).orderBy(p.RECORDED_ON, p.ID)
                .fetch(r -> toRecord(r.into(p)));
    }

    /** All progress records of an item, corrected ones included, by date then id. */
    public List<ProgressRecord> recordsOfItem(int itemId) {
        return dsl.selectFrom(PROGRESS_RECORD).where(PROGRESS_RECORD.ITEM_ID.eq(itemId))
                .orderBy(PROGRESS_RECORD.RECORDED_ON, PROGRESS_RECORD.ID).fetch(ResponsibilityRepository::toRecord);
    }

    public boolean isCorrected(int recordId) {
        return dsl.fetchExists(PROGRESS_RECORD, PROGRESS_RECORD.CORRECTS_RECORD_ID.eq(recordId));
    }

    public List<ResponsibilityLetter> letters(int year) {
        return dsl.selectFrom(RESPONSIBILITY_LETTER).where(RESPONSIBILITY_LETTER.YEAR.eq(year))
                .orderBy(RESPONSIBILITY_LETTER.SIGNED_ON, RESPONSIBILITY_LETTER.ID)
                .fetch(r -> new ResponsibilityLetter(r.getId(), r.getYear(), r.getListId(), r.getTitle(),
                        r.getPartyA(), r.getPartyB(), r.getSignedOn(), r.getNotes()));
    }

    public Optional<ResponsibilityLetter> letter(int id) {
        return dsl.selectFrom(RESPONSIBILITY_LETTER).where(RESPONSIBILITY_LETTER.ID.eq(id)).fetchOptional()
                .map(r -> new ResponsibilityLetter(r.getId(), r.getYear(), r.getListId(), r.getTitle(),
                        r.getPartyA(), r.getPartyB(), r.getSignedOn(), r.getNotes()));
    }

    /** The ids of the evidence files linked to a record. */
    public List<Integer> evidenceIds(EvidenceRecordType type, int recordId) {
        return dsl.select(EVIDENCE_LINK.EVIDENCE_ID).from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.RECORD_TYPE.eq(type.name())).and(EVIDENCE_LINK.RECORD_ID.eq(recordId))
                .orderBy(EVIDENCE_LINK.ID).fetch(EVIDENCE_LINK.EVIDENCE_ID);
    }

    /**
     * Unmet deadlines of leaf items as of {@code today} with a date in ({@code after}, {@code until}]
     * ({@code after} null: no lower bound), of the lists of {@code year} (null: all years), by date.
     */
    public List<DeadlineAlert> unmetDeadlines(LocalDate after, LocalDate until, Integer year, LocalDate today) {
        var d = RESPONSIBILITY_DEADLINE;
        var i = RESPONSIBILITY_ITEM;
        var l = RESPONSIBILITY_LIST;
        Condition where = d.DUE_ON.le(until).and(notExists(selectOne().from(CHILD).where(CHILD.PARENT_ID.eq(i.ID))))
                .andNot(met(today));
        if (after != null) {
            where = where.and(d.DUE_ON.gt(after));
        }
        if (year != null) {
            where = where.and(l.YEAR.eq(year));
        }
        Map<Integer, List<Integer>> owners = ownersOf(i.ID.in(
                dsl.select(d.ITEM_ID).from(d).where(d.DUE_ON.le(until))));
        return dsl.select(d.fields()).select(i.fields()).select(l.fields())
                .from(d).join(i).on(i.ID.eq(d.ITEM_ID)).join(l).on(l.ID.eq(i.LIST_ID))
                .where(where).orderBy(d.DUE_ON, l.ID, i.LEVEL, i.SEQ, d.ID)
                .fetch(r -> new DeadlineAlert(toList(r.into(l)),
                        toItem(r.into(i), owners.getOrDefault(r.get(i.ID), List.of())), toDeadline(r.into(d))));
    }

    /**
     * ResponsibilityStats: per list of {@code year}, computed by SQL aggregates over the leaf items, their
     * deadlines and the records that meet them, as of {@code date}. {@code ownerName} is the roster name of
     * the owner, null when the list names none.
     */
    public List<ListStats> stats(int year, LocalDate date) {
        var i = RESPONSIBILITY_ITEM;
        var d = RESPONSIBILITY_DEADLINE;
        var l = RESPONSIBILITY_LIST;
        Condition met = met(date);
        Condition due = d.DUE_ON.le(date);
        Field<Integer> allN = count(d.ID).as("all_n");
        Field<Integer> metN = count(d.ID).filterWhere(met).as("met_n");
        Field<Integer> dueN = count(d.ID).filterWhere(due).as("due_n");
        Field<Integer> dueMetN = count(d.ID).filterWhere(due.and(met)).as("due_met_n");
        Table<?> perItem = dsl.select(i.ID.as("item_id"), i.LIST_ID.as("list_id"), allN, metN, dueN, dueMetN)
                .from(i).leftJoin(d).on(d.ITEM_ID.eq(i.ID))
                .where(notExists(selectOne().from(CHILD).where(CHILD.PARENT_ID.eq(i.ID))))
                .and(i.LIST_ID.in(select(l.ID).from(l).where(l.YEAR.eq(year)))) // only the year's items, not every year's
                .groupBy(i.ID, i.LIST_ID).asTable("per_item");
        Field<Integer> pItem = perItem.field("item_id", Integer.class);
        Field<Integer> pList = perItem.field("list_id", Integer.class);
        Field<Integer> pAll = perItem.field("all_n", Integer.class);
        Field<Integer> pMet = perItem.field("met_n", Integer.class);
        Field<Integer> pDue = perItem.field("due_n", Integer.class);
        Field<Integer> pDueMet = perItem.field("due_met_n", Integer.class);
        Condition itemOverdue = pDueMet.lt(pDue);
        Condition itemDone = pAll.gt(0).and(pMet.eq(pAll));
        Condition itemDue = pDue.gt(0);
        var rows = dsl.select(l.ID, l.NAME, l.OWNER_KIND, ownerNameField(),
                        count(pItem), count(pItem).filterWhere(itemDue),
                        count(pItem).filterWhere(itemDone), count(pItem).filterWhere(itemDone.and(itemDue)),
                        count(pItem).filterWhere(itemOverdue),
                        coalesce(sum(pDue), inline(java.math.BigDecimal.ZERO)),
                        coalesce(sum(pDueMet), inline(java.math.BigDecimal.ZERO)))
                .from(l).leftJoin(perItem).on(pList.eq(l.ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(l.OWNER_MEMBER_ID))
                .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(l.OWNER_ORG_UNIT_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(l.OWNER_DEPARTMENT_ID))
                .where(l.YEAR.eq(year))
                .groupBy(l.ID, l.NAME, l.OWNER_KIND, MEMBER.NAME, ORG_UNIT.NAME, DEPARTMENT.NAME)
                .orderBy(l.ID)
                .fetch();
        List<ListStats> out = new ArrayList<>();
        for (Record r : rows) {
            out.add(new ListStats(r.get(0, Integer.class), r.get(1, String.class),
                    ListOwnerKind.valueOf(r.get(2, String.class)), r.get(3, String.class),
                    new Completion(r.get(4, Integer.class), r.get(5, Integer.class), r.get(6, Integer.class),
                            r.get(7, Integer.class), r.get(8, Integer.class), r.get(9, Integer.class),
                            r.get(10, Integer.class))));
        }
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** Deadline {@code RESPONSIBILITY_DEADLINE} is met as of {@code date}. */
    private static Condition met(LocalDate date) {
        var d = RESPONSIBILITY_DEADLINE;
        return exists(selectOne().from(MEETS)
                .where(MEETS.COMPLETES_DEADLINE_ID.eq(d.ID))
                .and(MEETS.RECORDED_ON.le(d.DUE_ON))
                .and(MEETS.RECORDED_ON.le(date))
                .andNotExists(selectOne().from(FIX).where(FIX.CORRECTS_RECORD_ID.eq(MEETS.ID))));
    }

    private static Field<String> ownerNameField() {
        return coalesce(MEMBER.NAME, ORG_UNIT.NAME, DEPARTMENT.NAME).as(name("owner_name"));
    }

    private Map<Integer, List<Integer>> ownersOf(Condition itemCondition) {
        var o = RESPONSIBILITY_ITEM_OWNER;
        Map<Integer, List<Integer>> out = new HashMap<>();
        dsl.select(o.ITEM_ID, o.MEMBER_ID).from(o).join(RESPONSIBILITY_ITEM).on(RESPONSIBILITY_ITEM.ID.eq(o.ITEM_ID))
                .where(itemCondition).orderBy(o.ITEM_ID, o.MEMBER_ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    private Tx writer() {
        if (tx == null) {
            throw new IllegalStateException("this repository was opened for reading only");
        }
        return tx;
    }

    private static ResponsibilityList toList(ResponsibilityListRecord r) {
        return new ResponsibilityList(r.getId(), r.getYear(), r.getName(), ListOwnerKind.valueOf(r.getOwnerKind()),
                r.getOwnerOrgUnitId(), r.getOwnerMemberId(), r.getOwnerDepartmentId(), r.getCopiedFromId(), r.getNotes());
    }

    private static ResponsibilityItem toItem(ResponsibilityItemRecord r, List<Integer> owners) {
        return new ResponsibilityItem(r.getId(), r.getListId(), r.getParentId(), r.getLevel(), r.getSeq(), r.getText(),
                r.getOwnerText(), r.getResponsibleText(), Cadence.valueOf(r.getCadence()), r.getNotes(), owners);
    }

    private static Deadline toDeadline(ResponsibilityDeadlineRecord r) {
        return new Deadline(r.getId(), r.getItemId(), r.getDueOn(), r.getLabel());
    }

    private static ProgressRecord toRecord(ProgressRecordRecord r) {
        return new ProgressRecord(r.getId(), r.getItemId(), r.getRecordedOn(), r.getText(), r.getRecordedByMemberId(),
                r.getRecordedByName(), r.getCompletesDeadlineId(), r.getCorrectsRecordId(), r.getCreatedAt());
    }
}
