package org.partydesk.store;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.partydesk.model.Gender;
import org.partydesk.model.Recruit;
import org.partydesk.store.jooq.tables.Member;
import org.partydesk.store.jooq.tables.records.RecruitRecord;

import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.RECRUIT;

/**
 * 发展党员 records ({@code recruit}, V9): a person from the application to 转正, every stage a date. The
 * 转正 date is read from the member the admission made.
 */
public final class RecruitRepository {
    private static final Member INTRO1 = MEMBER.as("intro1");
    private static final Member INTRO2 = MEMBER.as("intro2");
    private static final Member ADMITTED = MEMBER.as("admitted");

    private final Database db;

    public RecruitRepository(Database db) {
        this.db = db;
    }

    /** Every record, by branch, then by application date. */
    public List<Recruit> all() {
        return select(db.read(), DSL.noCondition());
    }

    /** The records of one branch. */
    public List<Recruit> ofBranch(int branchId) {
        return select(db.read(), RECRUIT.ORG_UNIT_ID.eq(branchId));
    }

    public Optional<Recruit> find(int id) {
        return select(db.read(), RECRUIT.ID.eq(id)).stream().findFirst();
    }

    /** The record that made a member (admitted him as 预备党员), if he came through the pipeline. */
    public Optional<Recruit> ofMember(int memberId) {
        return select(db.read(), RECRUIT.MEMBER_ID.eq(memberId)).stream().findFirst();
    }

    /**
     * A year's figures of 发展党员: applications handed in, 积极分子 and 发展对象 named, members admitted
     * (入党日期 in the year, whether through the pipeline or entered on the roster) and made full (转正日期).
     */
    public org.partydesk.model.MemberLifeStats.Recruitment counts(int year) {
        java.time.LocalDate from = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate to = java.time.LocalDate.of(year, 12, 31);
        var r = db.read().select(
                        DSL.count().filterWhere(RECRUIT.APPLIED_ON.between(from, to)),
                        DSL.count().filterWhere(RECRUIT.ACTIVIST_ON.between(from, to)),
                        DSL.count().filterWhere(RECRUIT.CANDIDATE_ON.between(from, to)))
                .from(RECRUIT).fetchOne();
        var m = db.read().select(
                        DSL.count().filterWhere(MEMBER.JOINED_ON.between(from, to)),
                        DSL.count().filterWhere(MEMBER.FULL_MEMBER_ON.between(from, to)))
                .from(MEMBER).fetchOne();
        return new org.partydesk.model.MemberLifeStats.Recruitment(r.value1(), r.value2(), r.value3(), m.value1(), m.value2());
    }

    /** One record read inside a transaction. */
    public static Optional<Recruit> find(Tx tx, int id) {
        return select(tx.dsl(), RECRUIT.ID.eq(id)).stream().findFirst();
    }

    /** Another record with this ID number, if any. */
    public static Optional<Recruit> withIdNumber(Tx tx, String idNumber, Integer exceptId) {
        if (idNumber == null) {
            return Optional.empty();
        }
        Condition c = RECRUIT.ID_NUMBER.eq(idNumber);
        if (exceptId != null) {
            c = c.and(RECRUIT.ID.ne(exceptId));
        }
        return select(tx.dsl(), c).stream().findFirst();
    }

    /** Adds a record; audited. Returns its id. */
    public static int add(Tx tx, Recruit r) {
        RecruitRecord rec = tx.dsl().newRecord(RECRUIT);
        fill(rec, r);
        return tx.insert(rec);
    }

    /** Stores every field of {@code r} (by its id); audited with before and after. */
    public static void update(Tx tx, Recruit r) {
        RecruitRecord rec = tx.dsl().selectFrom(RECRUIT).where(RECRUIT.ID.eq(r.id())).fetchOptional()
                .orElseThrow(() -> new StoreException("发展党员记录不存在（编号 " + r.id() + "）"));
        fill(rec, r);
        tx.update(rec);
    }

    private static void fill(RecruitRecord rec, Recruit r) {
        rec.setName(r.name());
        rec.setGender(r.gender() == null ? null : r.gender().name());
        rec.setBirthDate(r.birthDate());
        rec.setIdNumber(r.idNumber());
        rec.setOrgUnitId(r.branchId());
        rec.setAppliedOn(r.appliedOn());
        rec.setTalkOn(r.talkOn());
        rec.setActivistOn(r.activistOn());
        rec.setCandidateOn(r.candidateOn());
        rec.setIntroducer1Id(r.introducer1Id());
        rec.setIntroducer2Id(r.introducer2Id());
        rec.setTrainingDays(r.trainingDays());
        rec.setTrainingHours(r.trainingHours());
        rec.setReviewOn(r.reviewOn());
        rec.setAdmittedOn(r.admittedOn());
        rec.setAdmitMeetingId(r.admitMeetingId());
        rec.setApprovedOn(r.approvedOn());
        rec.setMemberId(r.memberId());
        rec.setStoppedOn(r.stoppedOn());
        rec.setStopReason(r.stopReason());
        rec.setNotes(r.notes());
    }

    private static List<Recruit> select(DSLContext dsl, Condition where) {
        return dsl.select(RECRUIT.asterisk(), ORG_UNIT.NAME, INTRO1.NAME, INTRO2.NAME, ADMITTED.FULL_MEMBER_ON)
                .from(RECRUIT)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(RECRUIT.ORG_UNIT_ID))
                .leftJoin(INTRO1).on(INTRO1.ID.eq(RECRUIT.INTRODUCER1_ID))
                .leftJoin(INTRO2).on(INTRO2.ID.eq(RECRUIT.INTRODUCER2_ID))
                .leftJoin(ADMITTED).on(ADMITTED.ID.eq(RECRUIT.MEMBER_ID))
                .where(where)
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.ID, RECRUIT.APPLIED_ON, RECRUIT.ID)
                .fetch(x -> {
                    RecruitRecord r = x.into(RECRUIT);
                    return new Recruit(r.getId(), r.getName(), r.getGender() == null ? null : Gender.valueOf(r.getGender()),
                            r.getBirthDate(), r.getIdNumber(), r.getOrgUnitId(), x.get(ORG_UNIT.NAME), r.getAppliedOn(),
                            r.getTalkOn(), r.getActivistOn(), r.getCandidateOn(), r.getIntroducer1Id(), x.get(INTRO1.NAME),
                            r.getIntroducer2Id(), x.get(INTRO2.NAME), r.getTrainingDays(), r.getTrainingHours(),
                            r.getReviewOn(), r.getAdmittedOn(), r.getAdmitMeetingId(), r.getApprovedOn(), r.getMemberId(),
                            x.get(ADMITTED.FULL_MEMBER_ON), r.getStoppedOn(), r.getStopReason(), r.getNotes());
                });
    }
}
