package org.partydesk.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.AbsenceRun;
import org.partydesk.model.AttendanceRecord;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.HeldCount;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecordedCounts;
import org.partydesk.model.RecordedMeeting;
import org.partydesk.model.RoleHolder;
import org.partydesk.store.jooq.tables.records.ComplianceRuleRecord;

import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.COMPLIANCE_RULE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * What the 红黄旗 check reads: the compliance rules (which the clerk may change, audited), the org units,
 * the number of meetings held per unit, type and month (aggregated in SQL), and the facts behind the
 * attendance warnings.
 */
public final class ComplianceRepository {
    private final Database db;

    public ComplianceRepository(Database db) {
        this.db = db;
    }

    /** Every compliance rule, active or not. */
    public List<ComplianceRule> rules() {
        return db.read().selectFrom(COMPLIANCE_RULE).orderBy(COMPLIANCE_RULE.ID)
                .fetch(r -> new ComplianceRule(r.getId(), MeetingType.valueOf(r.getMeetingType()),
                        OrgKind.valueOf(r.getUnitKind()), PeriodKind.valueOf(r.getPeriod()), r.getRequired(),
                        Boolean.TRUE.equals(r.getActive())));
    }

    /** Changes the meeting type, unit kind, period, required count and active flag of an existing rule, audited. */
    public void updateRule(String operator, ComplianceRule rule) {
        db.write(operator, tx -> {
            ComplianceRuleRecord r = tx.dsl().selectFrom(COMPLIANCE_RULE).where(COMPLIANCE_RULE.ID.eq(rule.id())).fetchOne();
            if (r == null) {
                throw new StoreException("合规规则不存在（编号 " + rule.id() + "）");
            }
            fill(r, rule);
            tx.update(r);
            return null;
        });
    }

    /** Adds a rule, audited; returns its id. */
    public int addRule(String operator, ComplianceRule rule) {
        return db.write(operator, tx -> insertRule(tx, rule));
    }

    /** Deletes a rule, audited. */
    public void deleteRule(String operator, int id) {
        db.write(operator, tx -> {
            ComplianceRuleRecord r = tx.dsl().selectFrom(COMPLIANCE_RULE).where(COMPLIANCE_RULE.ID.eq(id)).fetchOne();
            if (r == null) {
                throw new StoreException("合规规则不存在（编号 " + id + "）");
            }
            tx.delete(r);
            return null;
        });
    }

    /** Replaces every rule by {@code rules} in one transaction, each deletion and insertion audited. */
    public void replaceRules(String operator, List<ComplianceRule> rules) {
        db.write(operator, tx -> {
            for (ComplianceRuleRecord r : tx.dsl().selectFrom(COMPLIANCE_RULE).orderBy(COMPLIANCE_RULE.ID).fetch()) {
                tx.delete(r);
            }
            for (ComplianceRule rule : rules) {
                insertRule(tx, rule);
            }
            return null;
        });
    }

    private static int insertRule(Tx tx, ComplianceRule rule) {
        ComplianceRuleRecord r = tx.dsl().newRecord(COMPLIANCE_RULE);
        fill(r, rule);
        return tx.insert(r);
    }

    private static void fill(ComplianceRuleRecord r, ComplianceRule rule) {
        r.setMeetingType(rule.meetingType().name());
        r.setUnitKind(rule.unitKind().name());
        r.setPeriod(rule.period().name());
        r.setRequired(rule.required());
        r.setActive(rule.active());
    }

    /** Every org unit, for walking the tree, by id (the tree as {@link OrgRepository#all} keeps it). */
    public List<OrgUnit> units() {
        return new OrgRepository(db).all().stream().sorted(java.util.Comparator.comparingInt(OrgUnit::id)).toList();
    }

    /**
     * Meetings held from {@code from} to {@code to} (inclusive days), counted per unit, type and calendar month of
     * held_at, by unit, type, year and month. A meeting of several types counts once for each.
     * <p>SQL groups by unit, type and year and gives each group's months as one list (group_concat), which is counted
     * here: a few thousand rows leave the database instead of one per unit, type and month (18,000 in a year of the
     * large sample), each row's values converted by jOOQ.
     */
    public List<HeldCount> heldCounts(LocalDate from, LocalDate to) {
        Field<Integer> year = DSL.year(MEETING.HELD_AT);
        Field<String> months = DSL.groupConcat(DSL.month(MEETING.HELD_AT)).separator(",");
        List<HeldCount> out = new ArrayList<>();
        db.read().select(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE, year, months)
                .from(MEETING).join(MEETING_TYPE).on(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                .where(heldBetween(from, to))
                .groupBy(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE, year)
                .orderBy(MEETING.ORG_UNIT_ID, MEETING_TYPE.TYPE, year)
                .forEach(r -> {
                    int[] perMonth = new int[13];
                    for (String m : r.value4().split(",")) {
                        perMonth[Integer.parseInt(m.trim())]++;
                    }
                    MeetingType type = MeetingType.valueOf(r.value2());
                    for (int m = 1; m <= 12; m++) {
                        if (perMonth[m] > 0) {
                            out.add(new HeldCount(r.value1(), type, r.value3(), m, perMonth[m]));
                        }
                    }
                });
        return out;
    }

    private static Condition heldBetween(LocalDate from, LocalDate to) {
        return MeetingIds.held(from, to);
    }

    /**
     * Attendance rows marked 请假 without a 补课 day, of the meetings held from {@code from} to {@code to}, oldest
     * first (from the partial index on ON_LEAVE rows without a make-up day, V14). Status and 补课 day are what the
     * query asks for, not read.
     * <p>The open leaves of the span's meeting ids come first (CROSS JOIN keeps SQLite's order), then only their
     * meetings: joined the other way round, SQLite read every meeting of the span (its theme, in the table) to look
     * for leaves in each, though most meetings have none.
     */
    public List<AttendanceRecord> leavesWithoutMakeUp(LocalDate from, LocalDate to) {
        MeetingIds ids = MeetingIds.held(db, from, to);
        if (ids.none()) {
            return new ArrayList<>();
        }
        return db.read().select(MEETING.ID, MEETING.ORG_UNIT_ID, ORG_UNIT.NAME, MEETING.HELD_AT, MEETING.THEME,
                        ATTENDANCE.MEMBER_ID, MEMBER.NAME)
                .from(ATTENDANCE.crossJoin(MEETING))
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .where(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .and(ids.contain(ATTENDANCE.MEETING_ID))
                .and(heldBetween(from, to))
                .and(ATTENDANCE.STATUS.eq(AttendanceStatus.ON_LEAVE.name()))
                .and(ATTENDANCE.MAKE_UP_ON.isNull())
                .orderBy(MEETING.HELD_AT, MEETING.ID, ATTENDANCE.ID)
                .fetch(r -> new AttendanceRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), AttendanceStatus.ON_LEAVE, null));
    }

    /**
     * The meetings held from {@code from} to {@code to} that are counted by their recorded figures (按台账人数:
     * no attendance rows), oldest first.
     */
    public List<RecordedMeeting> recordedMeetings(LocalDate from, LocalDate to) {
        return db.read().select(MEETING.ID, MEETING.ORG_UNIT_ID, ORG_UNIT.NAME, MEETING.HELD_AT, MEETING.THEME,
                        MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT)
                .from(MEETING).join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .where(heldBetween(from, to)).and(MeetingRepository.hasRecorded())
                .orderBy(MEETING.HELD_AT, MEETING.ID)
                .fetch(r -> new RecordedMeeting(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        new RecordedCounts(r.value6(), r.value7(), r.value8(), r.value9()).effective()));
    }

    /**
     * The members' unbroken runs of absences (缺席) among the meetings held from {@code from} to {@code to} that
     * end on or after {@code endingFrom} and whose first and last absence lie at least {@code monthSpan} calendar
     * months apart (the runs the six-month rule flags); members by name, then id, each one's runs oldest first. A run
     * is a member's ABSENT rows by time (held_at, then meeting) with no other row of his between; a run that began
     * before {@code from} counts from {@code from}.
     * <p>Starts from the exceptions, all in one query: the window's absences (partial index on ABSENT rows, V8) name
     * the members absent on or after {@code endingFrom} and also {@code monthSpan} months before; only their rows from
     * their first absence of the window to their last (index by member and meeting, V12) are cut into runs ("gaps and
     * islands": an absence's run is the number of his other rows before it), and only the runs the rule flags leave
     * the database.
     */
    public List<AbsenceRun> absenceRuns(LocalDate from, LocalDate to, LocalDate endingFrom, int monthSpan) {
        DSLContext dsl = db.read();
        // the window's meetings lie in this id range: the walked rows are read from the index by member and meeting
        MeetingIds ids = MeetingIds.held(db, from, to);
        if (ids.none()) {
            return new ArrayList<>();
        }
        LocalDateTime endingFromTime = endingFrom.atStartOfDay();
        Condition absent = ATTENDANCE.STATUS.eq(AttendanceStatus.ABSENT.name());
        // meetings of the window first (CROSS JOIN keeps SQLite's order), then their absences
        var walked = DSL.select(ATTENDANCE.MEMBER_ID.as("member_id"), DSL.min(MEETING.HELD_AT).as("first_absence"),
                        DSL.max(MEETING.HELD_AT).as("last_absence"))
                .from(MEETING.crossJoin(ATTENDANCE))
                .where(ATTENDANCE.MEETING_ID.eq(MEETING.ID)).and(heldBetween(from, to)).and(absent)
                .groupBy(ATTENDANCE.MEMBER_ID)
                .having(DSL.max(DSL.when(MEETING.HELD_AT.ge(endingFromTime), monthIndex(MEETING.HELD_AT)))
                        .minus(DSL.min(monthIndex(MEETING.HELD_AT))).ge(monthSpan))
                .asTable("walked");
        Field<BigDecimal> others = DSL.sum(DSL.when(absent, DSL.inline(0)).otherwise(DSL.inline(1)))
                .over(DSL.partitionBy(ATTENDANCE.MEMBER_ID).orderBy(MEETING.HELD_AT, MEETING.ID).rowsUnboundedPreceding());
        // a walked member's rows from his first absence of the window to his last: rows outside cannot split a run
        var rows = DSL.select(ATTENDANCE.MEMBER_ID.as("member_id"), ATTENDANCE.STATUS.as("status"),
                        MEETING.HELD_AT.as("held_at"), others.as("run"))
                .from(walked.crossJoin(ATTENDANCE).crossJoin(MEETING))
                .where(ATTENDANCE.MEMBER_ID.eq(walked.field("member_id", Integer.class)))
                .and(ids.contain(ATTENDANCE.MEETING_ID))
                .and(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .and(MEETING.HELD_AT.between(walked.field("first_absence", LocalDateTime.class),
                        walked.field("last_absence", LocalDateTime.class)))
                .asTable("rows");
        Field<Integer> memberId = rows.field("member_id", Integer.class);
        Field<LocalDateTime> heldAt = rows.field("held_at", LocalDateTime.class);
        Field<LocalDateTime> first = DSL.min(heldAt);
        Field<LocalDateTime> last = DSL.max(heldAt);
        return dsl.select(memberId, MEMBER.NAME, first, last, DSL.count())
                .from(rows).join(MEMBER).on(MEMBER.ID.eq(memberId))
                .where(rows.field("status", String.class).eq(AttendanceStatus.ABSENT.name()))
                .groupBy(memberId, MEMBER.NAME, rows.field("run"))
                .having(last.ge(endingFromTime)).and(monthIndex(last).minus(monthIndex(first)).ge(monthSpan))
                .orderBy(MEMBER.NAME, memberId, first)
                .fetch(r -> new AbsenceRun(r.value1(), r.value2(), r.value3().toLocalDate(), r.value4().toLocalDate(),
                        r.value5()));
    }

    /** A calendar month as a number (year × 12 + month), so that months apart is a difference. */
    private static Field<Integer> monthIndex(Field<LocalDateTime> time) {
        return DSL.year(time).mul(12).plus(DSL.month(time));
    }

    /**
     * Branch committee roles (支部书记, 组织委员 …) held at some time from {@code from} to {@code to}.
     * Roles in committees above the branches (机关党委, 基层党委) are not branch roles and are left out.
     */
    public List<RoleHolder> roleHolders(LocalDate from, LocalDate to) {
        return db.read().select(COMMITTEE_ROLE.ORG_UNIT_ID, ORG_UNIT.NAME, COMMITTEE_ROLE.MEMBER_ID, MEMBER.NAME,
                        COMMITTEE_ROLE.ROLE, COMMITTEE_ROLE.START_ON, COMMITTEE_ROLE.END_ON)
                .from(COMMITTEE_ROLE)
                .join(ORG_UNIT).on(ORG_UNIT.ID.eq(COMMITTEE_ROLE.ORG_UNIT_ID))
                .join(MEMBER).on(MEMBER.ID.eq(COMMITTEE_ROLE.MEMBER_ID))
                .where(COMMITTEE_ROLE.START_ON.le(to))
                .and(COMMITTEE_ROLE.END_ON.isNull().or(COMMITTEE_ROLE.END_ON.ge(from)))
                .and(ORG_UNIT.KIND.eq(OrgKind.BRANCH.name()))
                .orderBy(COMMITTEE_ROLE.ORG_UNIT_ID, COMMITTEE_ROLE.START_ON, COMMITTEE_ROLE.ID)
                .fetch(r -> new RoleHolder(r.value1(), r.value2(), r.value3(), r.value4(),
                        CommitteeRole.valueOf(r.value5()), r.value6(), r.value7()));
    }

    /**
     * The units (a 党小组 as its branch) that held a 党课 from {@code from} to {@code to} whose lecturer was not recorded
     * at all (neither a member nor a name): whether their secretary lectured cannot be told from the records.
     * <p>The 党课 of the span's meeting ids come first (the type's index; CROSS JOIN keeps SQLite's order), then only
     * their meetings: from the span's meetings, SQLite read every meeting of it (the lecturer is in the table) to find
     * the few that are 党课.
     */
    public Set<Integer> unnamedLessonUnits(LocalDate from, LocalDate to) {
        MeetingIds ids = MeetingIds.held(db, from, to);
        if (ids.none()) {
            return new HashSet<>();
        }
        DSLContext dsl = db.read();
        var unit = ORG_UNIT.as("unit");
        return new HashSet<>(dsl.selectDistinct(DSL.when(unit.KIND.eq(OrgKind.CELL.name()), unit.PARENT_ID).otherwise(unit.ID))
                .from(MEETING_TYPE.crossJoin(MEETING)).join(unit).on(unit.ID.eq(MEETING.ORG_UNIT_ID))
                .where(MEETING.ID.eq(MEETING_TYPE.MEETING_ID))
                .and(MEETING_TYPE.TYPE.eq(MeetingType.PARTY_LESSON.name()))
                .and(ids.contain(MEETING_TYPE.MEETING_ID))
                .and(MEETING.LECTURER_MEMBER_ID.isNull())
                .and(MEETING.LECTURER_NAME.isNull().or(DSL.trim(MEETING.LECTURER_NAME).eq("")))
                .and(heldBetween(from, to))
                .fetch(0, Integer.class));
    }

    /**
     * Members who lectured a 党课 (a meeting of type PARTY_LESSON) from {@code from} to {@code to}: the period's
     * meetings that name a lecturer first (partial index, V14; CROSS JOIN keeps SQLite's order), then their type.
     */
    public Set<Integer> lessonLecturers(LocalDate from, LocalDate to) {
        DSLContext dsl = db.read();
        return new HashSet<>(dsl.selectDistinct(MEETING.LECTURER_MEMBER_ID).from(MEETING.crossJoin(MEETING_TYPE))
                .where(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                .and(MEETING_TYPE.TYPE.eq(MeetingType.PARTY_LESSON.name()))
                .and(MEETING.LECTURER_MEMBER_ID.isNotNull())
                .and(heldBetween(from, to))
                .fetch(MEETING.LECTURER_MEMBER_ID));
    }
}
