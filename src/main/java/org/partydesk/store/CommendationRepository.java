package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.jooq.tables.records.CommendationRecipientRecord;
import org.partydesk.store.jooq.tables.records.CommendationRecord;
import org.partydesk.store.jooq.tables.records.CommendationTitleRecord;

import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.COMMENDATION_TITLE;
import static org.partydesk.store.jooq.Tables.DEPARTMENT;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/** Commendations (评先创优), their recipients, and the list of titles the clerk can extend. */
public final class CommendationRepository {
    private final Database db;

    public CommendationRepository(Database db) {
        this.db = db;
    }

    /** Inserts a commendation with its recipients (each row audited) and returns its id. */
    public static int insert(Tx tx, Commendation c) {
        CommendationRecord r = tx.dsl().newRecord(COMMENDATION);
        fill(r, c);
        int id = tx.insert(r);
        for (Commendation.Recipient rc : c.recipients()) {
            addRecipient(tx, id, rc);
        }
        return id;
    }

    /** The commendation's own fields (not its id or recipients) into {@code r}: one mapping for insert and update. */
    private static void fill(CommendationRecord r, Commendation c) {
        r.setTitle(c.title());
        r.setLevel(c.level().name());
        r.setAwardedBy(c.awardedBy());
        r.setAwardedOn(c.awardedOn());
        r.setPeriodKind(c.periodKind() == null ? null : c.periodKind().name());
        r.setPeriodStart(c.periodStart());
        r.setPeriodEnd(c.periodEnd());
        r.setDocumentNumber(c.documentNumber());
        r.setNotes(c.notes());
    }

    /** Adds a recipient to a commendation (audited). */
    public static void addRecipient(Tx tx, int commendationId, Commendation.Recipient rc) {
        CommendationRecipientRecord rr = tx.dsl().newRecord(COMMENDATION_RECIPIENT);
        rr.setCommendationId(commendationId);
        rr.setKind(rc.kind().name());
        rr.setMemberId(rc.memberId());
        rr.setOrgUnitId(rc.orgUnitId());
        rr.setDepartmentId(rc.departmentId());
        rr.setExternalName(rc.externalName());
        tx.insert(rr);
    }

    /** Updates a commendation's own fields (title, level, awarding body, dates, period, 文号, notes), audited. */
    public static void update(Tx tx, Commendation c) {
        CommendationRecord r = tx.dsl().selectFrom(COMMENDATION).where(COMMENDATION.ID.eq(c.id())).fetchOne();
        if (r == null) {
            throw new StoreException("表彰不存在（编号 " + c.id() + "）");
        }
        fill(r, c);
        tx.update(r);
    }

    /** Deletes a commendation and its recipients (audited). */
    public static void delete(Tx tx, int id) {
        for (CommendationRecipientRecord rr : tx.dsl().selectFrom(COMMENDATION_RECIPIENT)
                .where(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(id)).fetch()) {
            tx.delete(rr);
        }
        CommendationRecord r = tx.dsl().selectFrom(COMMENDATION).where(COMMENDATION.ID.eq(id)).fetchOne();
        if (r != null) {
            tx.delete(r);
        }
    }

    /** Filters for {@link #find}: each null means "any". {@code branchId}: the branch or its members. */
    public record Filter(Integer year, CommendationLevel level, String title, Integer branchId, Integer memberId) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** Commendations matching the filter, newest first, with recipients and their display names. */
    public List<Commendation> find(Filter f) {
        Condition where = DSL.trueCondition();
        if (f.year() != null) {
            where = where.and(COMMENDATION.AWARDED_ON.between(LocalDate.of(f.year(), 1, 1), LocalDate.of(f.year(), 12, 31)));
        }
        if (f.level() != null) {
            where = where.and(COMMENDATION.LEVEL.eq(f.level().name()));
        }
        if (f.title() != null) {
            where = where.and(COMMENDATION.TITLE.eq(f.title()));
        }
        if (f.memberId() != null) {
            where = where.and(COMMENDATION.ID.in(DSL.select(COMMENDATION_RECIPIENT.COMMENDATION_ID).from(COMMENDATION_RECIPIENT)
                    .where(COMMENDATION_RECIPIENT.MEMBER_ID.eq(f.memberId()))));
        }
        if (f.branchId() != null) {
            where = where.and(ofUnits(java.util.List.of(f.branchId())));
        }
        Map<Integer, CommendationRecord> rows = new LinkedHashMap<>();
        db.read().selectFrom(COMMENDATION).where(where)
                .orderBy(COMMENDATION.AWARDED_ON.desc(), COMMENDATION.ID.desc())
                .forEach(r -> rows.put(r.getId(), r));
        Map<Integer, List<Commendation.Recipient>> recipients = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            db.read().select(COMMENDATION_RECIPIENT.COMMENDATION_ID, COMMENDATION_RECIPIENT.KIND, COMMENDATION_RECIPIENT.MEMBER_ID,
                            COMMENDATION_RECIPIENT.ORG_UNIT_ID, COMMENDATION_RECIPIENT.DEPARTMENT_ID, COMMENDATION_RECIPIENT.EXTERNAL_NAME,
                            DSL.coalesce(MEMBER.NAME, ORG_UNIT.NAME, DEPARTMENT.NAME, COMMENDATION_RECIPIENT.EXTERNAL_NAME))
                    .from(COMMENDATION_RECIPIENT)
                    .leftJoin(MEMBER).on(MEMBER.ID.eq(COMMENDATION_RECIPIENT.MEMBER_ID))
                    .leftJoin(ORG_UNIT).on(ORG_UNIT.ID.eq(COMMENDATION_RECIPIENT.ORG_UNIT_ID))
                    .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(COMMENDATION_RECIPIENT.DEPARTMENT_ID))
                    .where(COMMENDATION_RECIPIENT.COMMENDATION_ID.in(rows.keySet()))
                    .orderBy(COMMENDATION_RECIPIENT.ID)
                    .forEach(r -> recipients.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                            new Commendation.Recipient(RecipientKind.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
        }
        List<Commendation> out = new ArrayList<>(rows.size());
        for (CommendationRecord r : rows.values()) {
            out.add(new Commendation(r.getId(), r.getTitle(), CommendationLevel.valueOf(r.getLevel()), r.getAwardedBy(), r.getAwardedOn(),
                    r.getPeriodKind() == null ? null : PeriodKind.valueOf(r.getPeriodKind()), r.getPeriodStart(), r.getPeriodEnd(),
                    r.getDocumentNumber(), r.getNotes(), recipients.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }

    /** Members already holding {@code title} for a period starting on {@code periodStart}. */
    public List<Integer> membersHolding(String title, LocalDate periodStart) {
        return db.read().selectDistinct(COMMENDATION_RECIPIENT.MEMBER_ID).from(COMMENDATION_RECIPIENT)
                .join(COMMENDATION).on(COMMENDATION.ID.eq(COMMENDATION_RECIPIENT.COMMENDATION_ID))
                .where(COMMENDATION.TITLE.eq(title)).and(COMMENDATION.PERIOD_START.eq(periodStart))
                .and(COMMENDATION_RECIPIENT.MEMBER_ID.isNotNull())
                .fetch(COMMENDATION_RECIPIENT.MEMBER_ID);
    }

    public List<CommendationTitle> titles() {
        return db.read().selectFrom(COMMENDATION_TITLE).orderBy(COMMENDATION_TITLE.SORT_ORDER, COMMENDATION_TITLE.NAME)
                .fetch(r -> new CommendationTitle(r.getId(), r.getName(),
                        r.getDefaultLevel() == null ? null : CommendationLevel.valueOf(r.getDefaultLevel()),
                        "COLLECTIVE".equals(r.getRecipientKind()),
                        r.getPeriodKind() == null ? null : PeriodKind.valueOf(r.getPeriodKind()), r.getSortOrder()));
    }

    /** Adds a title to the list (the clerk extends it); returns its id. */
    public static int addTitle(Tx tx, CommendationTitle t) {
        CommendationTitleRecord r = tx.dsl().newRecord(COMMENDATION_TITLE);
        r.setName(t.name());
        r.setDefaultLevel(t.defaultLevel() == null ? null : t.defaultLevel().name());
        r.setRecipientKind(t.collective() ? "COLLECTIVE" : "INDIVIDUAL");
        r.setPeriodKind(t.periodKind() == null ? null : t.periodKind().name());
        Integer max = tx.dsl().select(DSL.max(COMMENDATION_TITLE.SORT_ORDER)).from(COMMENDATION_TITLE).fetchOne(0, Integer.class);
        r.setSortOrder(max == null ? 1 : max + 1);
        return tx.insert(r);
    }

    public static boolean titleExists(Tx tx, String name) {
        return tx.dsl().fetchExists(COMMENDATION_TITLE, COMMENDATION_TITLE.NAME.eq(name));
    }

    /**
     * The commendations given to one of {@code unitIds}, or to a member who belonged to one of them on the day it was
     * given: the 评先创优 page's branch filter and the evidence picker's 党组织.
     */
    static org.jooq.Condition ofUnits(java.util.Collection<Integer> unitIds) {
        return COMMENDATION.ID.in(DSL.select(COMMENDATION_RECIPIENT.COMMENDATION_ID).from(COMMENDATION_RECIPIENT)
                .where(COMMENDATION_RECIPIENT.ORG_UNIT_ID.in(unitIds))
                .or(COMMENDATION_RECIPIENT.MEMBER_ID.in(DSL.select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                        .where(MEMBERSHIP.ORG_UNIT_ID.in(unitIds))
                        .and(MEMBERSHIP.START_ON.le(COMMENDATION.AWARDED_ON))
                        .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(COMMENDATION.AWARDED_ON))))));
    }
}
