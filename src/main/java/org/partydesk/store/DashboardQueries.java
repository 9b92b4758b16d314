package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MeetingType;
import org.partydesk.model.RecipientKind;

import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;

/** SQL aggregates behind the dashboard (工作台): counts by period, type and level, computed from rows. */
public final class DashboardQueries {
    private final Database db;

    public DashboardQueries(Database db) {
        this.db = db;
    }

    /** Meetings held from {@code from} to {@code to}, both days included. */
    public int meetingsHeld(LocalDate from, LocalDate to) {
        return db.read().fetchCount(MEETING, heldBetween(from, to));
    }

    /**
     * 实到 and 应到 over the attendance rows of the meetings held in the period, with the recorded figures of
     * its meetings without rows (按台账人数).
     */
    public record Attendance(int present, int expected) {
    }

    public Attendance attendance(LocalDate from, LocalDate to) {
        Field<Integer> present = DSL.count().filterWhere(ATTENDANCE.STATUS.eq(AttendanceStatus.PRESENT.name()));
        var r = db.read().select(present, DSL.count()).from(ATTENDANCE)
                .join(MEETING).on(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .where(heldBetween(from, to)).fetchOne();
        var rec = MeetingRepository.recordedTotals(db.read(), heldBetween(from, to));
        return r == null ? new Attendance(rec.present(), rec.expected())
                : new Attendance(r.value1() + rec.present(), r.value2() + rec.expected());
    }

    /** One bar segment: the meetings of a type held in a month (1–12). */
    public record MonthCount(int month, MeetingType type, int count) {
    }

    /** Meetings per month and type in {@code year}; a meeting of two types counts once for each. */
    public List<MonthCount> meetingsPerMonth(int year) {
        Field<Integer> month = DSL.month(MEETING.HELD_AT);
        List<MonthCount> out = new ArrayList<>();
        db.read().select(month, MEETING_TYPE.TYPE, DSL.count()).from(MEETING)
                .join(MEETING_TYPE).on(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                .where(heldBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(month, MEETING_TYPE.TYPE).orderBy(month, MEETING_TYPE.TYPE)
                .forEach(r -> out.add(new MonthCount(r.value1(), MeetingType.valueOf(r.value2()), r.value3())));
        return out;
    }

    /** Commendations awarded in {@code year}. */
    public int commendations(int year) {
        return db.read().fetchCount(COMMENDATION,
                COMMENDATION.AWARDED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** One bar: the commendations of a level awarded in the year. */
    public record LevelCount(CommendationLevel level, int count) {
    }

    public List<LevelCount> commendationsByLevel(int year) {
        return db.read().select(COMMENDATION.LEVEL, DSL.count()).from(COMMENDATION)
                .where(COMMENDATION.AWARDED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(COMMENDATION.LEVEL).orderBy(COMMENDATION.LEVEL)
                .fetch(r -> new LevelCount(CommendationLevel.valueOf(r.value1()), r.value2()));
    }

    /**
     * The honours of a level awarded in a year, counted as the annual summary counts them: {@code batches} the
     * commendations (批次), {@code people} their member recipients (人次), {@code collectives} their other recipients
     * (branches, departments, outside units: 个集体).
     */
    public record LevelHonours(CommendationLevel level, int batches, int people, int collectives) {
    }

    public List<LevelHonours> honoursByLevel(int year) {
        // a 批次 is one decision: the honours of one document number are one, an honour without a number its own (as
        // AnnualProse counts them)
        Field<String> document = DSL.nullif(DSL.trim(COMMENDATION.DOCUMENT_NUMBER), "");
        Field<String> batch = DSL.coalesce(DSL.inline("文").concat(document),
                DSL.inline("项").concat(COMMENDATION.ID.cast(String.class)));
        Field<Integer> batches = DSL.countDistinct(batch);
        Field<Integer> people = DSL.count(COMMENDATION_RECIPIENT.ID)
                .filterWhere(COMMENDATION_RECIPIENT.KIND.eq(RecipientKind.MEMBER.name()));
        Field<Integer> collectives = DSL.count(COMMENDATION_RECIPIENT.ID)
                .filterWhere(COMMENDATION_RECIPIENT.KIND.ne(RecipientKind.MEMBER.name()));
        return db.read().select(COMMENDATION.LEVEL, batches, people, collectives).from(COMMENDATION)
                .leftJoin(COMMENDATION_RECIPIENT).on(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(COMMENDATION.ID))
                .where(COMMENDATION.AWARDED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(COMMENDATION.LEVEL)
                .fetch(r -> new LevelHonours(CommendationLevel.valueOf(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    private static org.jooq.Condition heldBetween(LocalDate from, LocalDate to) {
        return MEETING.HELD_AT.ge(from.atStartOfDay()).and(MEETING.HELD_AT.lt(to.plusDays(1).atStartOfDay()));
    }
}
