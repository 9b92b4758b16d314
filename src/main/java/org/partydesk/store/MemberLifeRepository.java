package org.partydesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.partydesk.model.Appraisal;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Discipline;
import org.partydesk.model.DisciplineKind;
import org.partydesk.model.Standing;
import org.partydesk.model.StandingKind;
import org.partydesk.model.Transfer;
import org.partydesk.model.TransferDirection;
import org.partydesk.store.jooq.tables.records.MemberAppraisalRecord;
import org.partydesk.store.jooq.tables.records.MemberDisciplineRecord;
import org.partydesk.store.jooq.tables.records.MemberStandingRecord;
import org.partydesk.store.jooq.tables.records.MemberTransferRecord;

import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBER_APPRAISAL;
import static org.partydesk.store.jooq.Tables.MEMBER_DISCIPLINE;
import static org.partydesk.store.jooq.Tables.MEMBER_STANDING;
import static org.partydesk.store.jooq.Tables.MEMBER_TRANSFER;

/**
 * A member's life in the party beyond the roster (V10): 组织关系转接, 党籍 changes, 民主评议 results and
 * 处分. Rows are added and changed through {@link Tx} (audited) and never deleted.
 */
public final class MemberLifeRepository {
    private final Database db;

    public MemberLifeRepository(Database db) {
        this.db = db;
    }

    // ---- transfers ----------------------------------------------------------------------------------------

    /** Transfers, newest first (of one member when {@code memberId} is not null). */
    public List<Transfer> transfers(Integer memberId) {
        Condition c = memberId == null ? DSL.noCondition() : MEMBER_TRANSFER.MEMBER_ID.eq(memberId);
        return db.read().select(MEMBER_TRANSFER.asterisk(), MEMBER.NAME).from(MEMBER_TRANSFER)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBER_TRANSFER.MEMBER_ID)).where(c)
                .orderBy(MEMBER_TRANSFER.ON_DATE.desc(), MEMBER_TRANSFER.ID.desc())
                .fetch(x -> {
                    MemberTransferRecord r = x.into(MEMBER_TRANSFER);
                    return new Transfer(r.getId(), r.getMemberId(), x.get(MEMBER.NAME), TransferDirection.valueOf(r.getDirection()),
                            r.getOnDate(), r.getOtherOrg(), r.getLetterNo(), r.getDuesPaidTo(), r.getReceiptOn(), r.getNotes());
                });
    }

    public static int addTransfer(Tx tx, Transfer t) {
        MemberTransferRecord r = tx.dsl().newRecord(MEMBER_TRANSFER);
        r.setMemberId(t.memberId());
        r.setDirection(t.direction().name());
        r.setOnDate(t.onDate());
        r.setOtherOrg(t.otherOrg());
        r.setLetterNo(t.letterNo());
        r.setDuesPaidTo(t.duesPaidTo());
        r.setReceiptOn(t.receiptOn());
        r.setNotes(t.notes());
        return tx.insert(r);
    }

    /** Records the day the 回执 of a transfer came back. */
    public static void setReceipt(Tx tx, int transferId, LocalDate day) {
        MemberTransferRecord r = tx.dsl().selectFrom(MEMBER_TRANSFER).where(MEMBER_TRANSFER.ID.eq(transferId)).fetchOptional()
                .orElseThrow(() -> new StoreException("转接记录不存在（编号 " + transferId + "）"));
        r.setReceiptOn(day);
        tx.update(r);
    }

    /** How many members were transferred in and out in {@code year}: {in, out}. */
    public int[] transferCounts(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        var r = db.read().select(DSL.count().filterWhere(MEMBER_TRANSFER.DIRECTION.eq(TransferDirection.IN.name())),
                        DSL.count().filterWhere(MEMBER_TRANSFER.DIRECTION.eq(TransferDirection.OUT.name())))
                .from(MEMBER_TRANSFER).where(MEMBER_TRANSFER.ON_DATE.between(from, to)).fetchOne();
        return new int[] {r.value1(), r.value2()};
    }

    // ---- standing -----------------------------------------------------------------------------------------

    /** A member's standing changes, oldest first (of every member when {@code memberId} is null). */
    public List<Standing> standings(Integer memberId) {
        Condition c = memberId == null ? DSL.noCondition() : MEMBER_STANDING.MEMBER_ID.eq(memberId);
        return db.read().selectFrom(MEMBER_STANDING).where(c).orderBy(MEMBER_STANDING.START_ON, MEMBER_STANDING.ID)
                .fetch(MemberLifeRepository::standing);
    }

    public static List<Standing> standings(Tx tx, int memberId) {
        return tx.dsl().selectFrom(MEMBER_STANDING).where(MEMBER_STANDING.MEMBER_ID.eq(memberId))
                .orderBy(MEMBER_STANDING.START_ON, MEMBER_STANDING.ID).fetch(MemberLifeRepository::standing);
    }

    private static Standing standing(MemberStandingRecord r) {
        return new Standing(r.getId(), r.getMemberId(), StandingKind.valueOf(r.getKind()), r.getStartOn(), r.getEndOn(),
                r.getPlace(), r.getReason());
    }

    public static int addStanding(Tx tx, Standing s) {
        MemberStandingRecord r = tx.dsl().newRecord(MEMBER_STANDING);
        r.setMemberId(s.memberId());
        r.setKind(s.kind().name());
        r.setStartOn(s.startOn());
        r.setEndOn(s.endOn());
        r.setPlace(s.place());
        r.setReason(s.reason());
        return tx.insert(r);
    }

    /** Ends a standing (失联 or 流动 over) on {@code day}. */
    public static void endStanding(Tx tx, int standingId, LocalDate day) {
        MemberStandingRecord r = tx.dsl().selectFrom(MEMBER_STANDING).where(MEMBER_STANDING.ID.eq(standingId)).fetchOptional()
                .orElseThrow(() -> new StoreException("党籍记录不存在（编号 " + standingId + "）"));
        r.setEndOn(day);
        tx.update(r);
    }

    // ---- 民主评议 -------------------------------------------------------------------------------------------

    /** 民主评议 results of a year (every member), or of a member (every year, newest first). */
    public List<Appraisal> appraisals(Integer year, Integer memberId) {
        Condition c = DSL.noCondition();
        if (year != null) {
            c = c.and(MEMBER_APPRAISAL.YEAR.eq(year));
        }
        if (memberId != null) {
            c = c.and(MEMBER_APPRAISAL.MEMBER_ID.eq(memberId));
        }
        return db.read().select(MEMBER_APPRAISAL.asterisk(), MEMBER.NAME).from(MEMBER_APPRAISAL)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBER_APPRAISAL.MEMBER_ID)).where(c)
                .orderBy(MEMBER_APPRAISAL.YEAR.desc(), MEMBER_APPRAISAL.MEMBER_ID)
                .fetch(x -> {
                    MemberAppraisalRecord r = x.into(MEMBER_APPRAISAL);
                    return new Appraisal(r.getId(), r.getMemberId(), x.get(MEMBER.NAME), r.getYear(),
                            AppraisalResult.valueOf(r.getResult()), r.getMeetingId());
                });
    }

    /** The year's 民主评议 results: members per result. */
    public java.util.Map<AppraisalResult, Integer> appraisalCounts(int year) {
        java.util.Map<AppraisalResult, Integer> out = new java.util.EnumMap<>(AppraisalResult.class);
        db.read().select(MEMBER_APPRAISAL.RESULT, DSL.count()).from(MEMBER_APPRAISAL).where(MEMBER_APPRAISAL.YEAR.eq(year))
                .groupBy(MEMBER_APPRAISAL.RESULT).fetch().forEach(r -> out.put(AppraisalResult.valueOf(r.value1()), r.value2()));
        return out;
    }

    /** Stores a member's result of a year, replacing an earlier one of that year; audited. Returns its id. */
    public static int putAppraisal(Tx tx, int memberId, int year, AppraisalResult result, Integer meetingId) {
        Optional<MemberAppraisalRecord> stored = tx.dsl().selectFrom(MEMBER_APPRAISAL)
                .where(MEMBER_APPRAISAL.MEMBER_ID.eq(memberId).and(MEMBER_APPRAISAL.YEAR.eq(year))).fetchOptional();
        MemberAppraisalRecord r = stored.orElseGet(() -> tx.dsl().newRecord(MEMBER_APPRAISAL));
        r.setMemberId(memberId);
        r.setYear(year);
        r.setResult(result.name());
        r.setMeetingId(meetingId);
        if (stored.isPresent()) {
            tx.update(r);
            return r.getId();
        }
        return tx.insert(r);
    }

    // ---- 处分 ---------------------------------------------------------------------------------------------

    /** 处分 of a member (every member when null), newest first. */
    public List<Discipline> disciplines(Integer memberId) {
        Condition c = memberId == null ? DSL.noCondition() : MEMBER_DISCIPLINE.MEMBER_ID.eq(memberId);
        return db.read().select(MEMBER_DISCIPLINE.asterisk(), MEMBER.NAME).from(MEMBER_DISCIPLINE)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBER_DISCIPLINE.MEMBER_ID)).where(c)
                .orderBy(MEMBER_DISCIPLINE.DECIDED_ON.desc(), MEMBER_DISCIPLINE.ID.desc())
                .fetch(x -> {
                    MemberDisciplineRecord r = x.into(MEMBER_DISCIPLINE);
                    return new Discipline(r.getId(), r.getMemberId(), x.get(MEMBER.NAME), DisciplineKind.valueOf(r.getKind()),
                            r.getDecidedOn(), r.getDocumentNo(), r.getTermMonths(), r.getReason());
                });
    }

    public static int addDiscipline(Tx tx, Discipline d) {
        MemberDisciplineRecord r = tx.dsl().newRecord(MEMBER_DISCIPLINE);
        r.setMemberId(d.memberId());
        r.setKind(d.kind().name());
        r.setDecidedOn(d.decidedOn());
        r.setDocumentNo(d.documentNo());
        r.setTermMonths(d.termMonths());
        r.setReason(d.reason());
        return tx.insert(r);
    }
}
