package org.partydesk.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.RecipientKind;
import org.partydesk.model.YearStats;

import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TAG;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * The SQL aggregates behind the year's statistics ({@code stats}, the annual summary, the workbook): each
 * figure is one grouped query over the rows, never a count kept elsewhere.
 */
public final class StatsQueries {
    private static final org.partydesk.store.jooq.tables.OrgUnit UNIT = ORG_UNIT.as("unit");
    private static final org.partydesk.store.jooq.tables.OrgUnit PARENT = ORG_UNIT.as("parent");

    private final Database db;
    private final DSLContext dsl;
    private final Map<Integer, String> names;

    /**
     * @param unitNames the name each unit is listed under, by id: its own name, or where several units share
     *                  it, "机关第一党支部（第二基层党委）" (the app layer makes them with logic.UnitNames)
     */
    public StatsQueries(Database db, Map<Integer, String> unitNames) {
        this.db = db;
        this.dsl = db.read();
        this.names = Map.copyOf(unitNames);
    }

    /**
     * Members on the roster on {@code date}: a membership of some unit valid that day, joined on or
     * before it and not left. 预备党员 on that day: full membership after it, or none recorded and the
     * status is probationary. Per branch: direct members and members of its 党小组, each once.
     */
    public YearStats.Members members(LocalDate date) {
        Condition onRoster = onRoster(date);
        Condition probationary = MEMBER.FULL_MEMBER_ON.gt(date)
                .or(MEMBER.FULL_MEMBER_ON.isNull().and(MEMBER.STATUS.eq(MemberStatus.PROBATIONARY.name())));
        var totals = dsl.select(DSL.count(), DSL.count().filterWhere(probationary)).from(MEMBER).where(onRoster).fetchOne();
        int total = totals == null ? 0 : totals.value1();
        int prob = totals == null ? 0 : totals.value2();
        Map<String, Integer> byBranch = new LinkedHashMap<>();
        membersPerBranch(date).forEach((id, n) -> byBranch.put(names.get(id), n));
        return new YearStats.Members(total, total - prob, prob, byBranch);
    }

    /**
     * The members on the roster on {@code date} per branch, by branch id in tree order, kept until the database changes
     * ({@link Database#memo}): the roster's figures and the per-branch tables (every branch on the roster a line of
     * them) both read it.
     */
    private Map<Integer, Integer> membersPerBranch(LocalDate date) {
        return db.memo("stats.members_per_branch." + date, () -> {
            Map<Integer, Integer> out = new LinkedHashMap<>();
            var branch = ORG_UNIT.as("branch");
            var perBranch = perBranch(date).asTable("per_branch");
            Field<Integer> pBranch = perBranch.field("branch_id", Integer.class);
            dsl.select(branch.ID, DSL.countDistinct(perBranch.field("member_id", Integer.class)))
                    .from(perBranch).join(branch).on(branch.ID.eq(pBranch))
                    .groupBy(branch.ID)
                    .orderBy(branch.SORT_ORDER, branch.ID)
                    .forEach(r -> out.put(r.value1(), r.value2()));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    /** Each member on the roster on {@code date} with his branch (branch_id, member_id): direct, or through a 党小组. */
    private SelectConditionStep<Record2<Integer, Integer>> perBranch(LocalDate date) {
        Field<Integer> branchId = DSL.when(UNIT.KIND.eq(OrgKind.BRANCH.name()), UNIT.ID).otherwise(PARENT.ID);
        return DSL.select(branchId.as("branch_id"), MEMBERSHIP.MEMBER_ID.as("member_id"))
                .from(MEMBERSHIP)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBERSHIP.MEMBER_ID))
                .join(UNIT).on(UNIT.ID.eq(MEMBERSHIP.ORG_UNIT_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(validOn(date)).and(joinedNotLeft(date))
                .and(UNIT.KIND.eq(OrgKind.BRANCH.name())
                        .or(UNIT.KIND.eq(OrgKind.CELL.name()).and(PARENT.KIND.eq(OrgKind.BRANCH.name()))));
    }

    /**
     * {@code byId} with every branch that has members on the roster on {@code asOf} and no entry yet given
     * {@code none}: a branch that held no meeting in the year is a line of the tables, with noughts, not left out.
     */
    private <V> Map<Integer, V> withBranchesOnRoster(Map<Integer, V> byId, LocalDate asOf, java.util.function.Supplier<V> none) {
        membersPerBranch(asOf).keySet().forEach(id -> byId.computeIfAbsent(id, k -> none.get()));
        return byId;
    }

    /** Meetings held in {@code year} per type; a meeting of several types counts once under each. */
    public Map<MeetingType, Integer> meetings(int year) {
        Map<MeetingType, Integer> out = new EnumMap<>(MeetingType.class);
        dsl.select(MEETING_TYPE.TYPE, DSL.count()).from(MEETING)
                .join(MEETING_TYPE).on(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                .where(inYear(year)).groupBy(MEETING_TYPE.TYPE)
                .forEach(r -> out.put(MeetingType.valueOf(r.value1()), r.value2()));
        return out;
    }

    /**
     * Meetings held in {@code year} per branch and type: a 党小组's meetings count under the branch above
     * it, any other unit's under its own name; units in tree order (sort order, then id). A branch with members on
     * the roster on {@code asOf} that held none is there with no types.
     */
    public Map<String, Map<MeetingType, Integer>> meetingsByBranch(int year, LocalDate asOf) {
        Field<Integer> ownerId = DSL.when(UNIT.KIND.eq(OrgKind.CELL.name()).and(PARENT.ID.isNotNull()), PARENT.ID)
                .otherwise(UNIT.ID).as("owner_id");
        var perMeeting = DSL.select(ownerId, MEETING_TYPE.TYPE.as("type"))
                .from(MEETING)
                .join(MEETING_TYPE).on(MEETING_TYPE.MEETING_ID.eq(MEETING.ID))
                .join(UNIT).on(UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(inYear(year)).asTable("per_meeting");
        Field<Integer> owner = perMeeting.field("owner_id", Integer.class);
        Field<String> type = perMeeting.field("type", String.class);
        Map<Integer, Map<MeetingType, Integer>> byId = new java.util.HashMap<>();
        dsl.select(owner, type, DSL.count())
                .from(perMeeting)
                .groupBy(owner, type)
                .forEach(r -> byId.computeIfAbsent(r.value1(), k -> new EnumMap<>(MeetingType.class))
                        .put(MeetingType.valueOf(r.value2()), r.value3()));
        return inTreeOrder(withBranchesOnRoster(byId, asOf, () -> new EnumMap<>(MeetingType.class)));
    }

    /** The unit a meeting counts under: a 党小组's branch, else its own unit (join {@code UNIT} and {@code PARENT}). */
    private static Field<Integer> owner() {
        return DSL.when(UNIT.KIND.eq(OrgKind.CELL.name()).and(PARENT.ID.isNotNull()), PARENT.ID).otherwise(UNIT.ID);
    }

    /** Meetings held in {@code year} per branch, each once however many types it has; keyed and ordered as {@link #meetingsByBranch}. */
    public Map<String, Integer> meetingsHeldByBranch(int year, LocalDate asOf) {
        Map<Integer, Integer> byId = new java.util.HashMap<>();
        Field<Integer> owner = owner();
        dsl.select(owner, DSL.count()).from(MEETING)
                .join(UNIT).on(UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(inYear(year)).groupBy(owner)
                .forEach(r -> byId.put(r.value1(), r.value2()));
        return inTreeOrder(withBranchesOnRoster(byId, asOf, () -> 0));
    }

    /**
     * 应到, 实到, 请假 and 缺席 of {@code year} per branch (the attendance rows and the recorded figures of meetings
     * without rows, as {@link #attendance}), keyed and ordered as {@link #meetingsByBranch}.
     */
    public Map<String, YearStats.Attendance> attendanceByBranch(int year, LocalDate asOf) {
        Map<Integer, int[]> byId = new java.util.HashMap<>();
        attendanceByOwner(year).forEach((id, n) -> byId.put(id, new int[] {n.all(), n.present(), n.onLeave(), n.absent()}));
        Field<Integer> owner = owner();
        dsl.select(owner, MEETING.RECORDED_EXPECTED, MEETING.RECORDED_PRESENT, MEETING.RECORDED_ON_LEAVE, MEETING.RECORDED_ABSENT)
                .from(MEETING).join(UNIT).on(UNIT.ID.eq(MEETING.ORG_UNIT_ID))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .where(inYear(year)).and(MeetingRepository.hasRecorded())
                .forEach(r -> {
                    var c = MeetingRepository.recorded(r.value2(), r.value3(), r.value4(), r.value5()).effective();
                    int[] sum = byId.computeIfAbsent(r.value1(), k -> new int[4]);
                    sum[0] += c.expected();
                    sum[1] += c.present();
                    sum[2] += c.onLeave();
                    sum[3] += c.absent();
                });
        Map<Integer, YearStats.Attendance> out = new java.util.HashMap<>();
        byId.forEach((id, n) -> out.put(id, new YearStats.Attendance(n[0], n[1], n[2], n[3])));
        return inTreeOrder(withBranchesOnRoster(out, asOf, () -> new YearStats.Attendance(0, 0, 0, 0)));
    }

    /** A year's attendance rows of one unit (or all units): all of them, 请假 and 缺席; the rest are 出席. */
    private record RowCounts(int all, int onLeave, int absent) {
        int present() {
            return all - onLeave - absent;
        }
    }

    /**
     * The year's attendance rows per unit they count under (as {@link #owner}), kept until the database changes
     * ({@link Database#memo}): the year's totals ({@link #attendance}) and the workbook's branches
     * ({@link #attendanceByBranch}) both add them up, so the annual summary with its workbook counts the year's 200,000
     * rows of the large sample once (the totals used to be three counts of their own from the indexes: 45 ms, the pass
     * 53 ms).
     */
    private Map<Integer, RowCounts> attendanceByOwner(int year) {
        return db.memo("stats.attendance_by_owner." + year, () -> Map.copyOf(readAttendanceByOwner(year)));
    }

    /**
     * The year's attendance rows per unit they count under, counted per meeting's unit first, the few units then put
     * under their branch; a unit whose meetings have no rows is left out.
     * <p>Each of the year's meetings counts its rows, its 请假 and its 缺席 from three indexes that hold what is
     * counted (the rows' key, and the partial indexes of ON_LEAVE and ABSENT rows, V8): one pass over the year's rows
     * read each row from the table for its status, 200,000 rows on the large sample, in twice the CPU.
     */
    private Map<Integer, RowCounts> readAttendanceByOwner(int year) {
        var perUnit = DSL.select(MEETING.ORG_UNIT_ID.as("unit_id"), DSL.sum(rowsOf(null)).as("n"),
                        DSL.sum(rowsOf(AttendanceStatus.ON_LEAVE)).as("on_leave"),
                        DSL.sum(rowsOf(AttendanceStatus.ABSENT)).as("absent"))
                .from(MEETING).where(inYear(year)).groupBy(MEETING.ORG_UNIT_ID).asTable("per_unit");
        Field<Integer> owner = owner();
        Map<Integer, RowCounts> out = new java.util.HashMap<>();
        // sums read as whole numbers (jOOQ types sum as a decimal)
        dsl.select(owner, DSL.sum(perUnit.field("n", Integer.class)).coerce(Integer.class),
                        DSL.sum(perUnit.field("on_leave", Integer.class)).coerce(Integer.class),
                        DSL.sum(perUnit.field("absent", Integer.class)).coerce(Integer.class))
                .from(perUnit).join(UNIT).on(UNIT.ID.eq(perUnit.field("unit_id", Integer.class)))
                .leftJoin(PARENT).on(PARENT.ID.eq(UNIT.PARENT_ID))
                .groupBy(owner)
                .forEach(r -> {
                    if (r.value2() > 0) {
                        out.put(r.value1(), new RowCounts(r.value2(), r.value3(), r.value4()));
                    }
                });
        return out;
    }

    /**
     * The attendance rows of the meeting in hand ({@code MEETING}), all of them (null) or those of a status; the status
     * is written into the statement, so that SQLite counts from its partial index.
     */
    private static Field<Integer> rowsOf(AttendanceStatus status) {
        Condition of = ATTENDANCE.MEETING_ID.eq(MEETING.ID);
        return DSL.field(DSL.selectCount().from(ATTENDANCE)
                .where(status == null ? of : of.and(ATTENDANCE.STATUS.eq(DSL.inline(status.name())))));
    }

    /** Values by unit id keyed by the units' names, in tree order (sort order, then id). */
    private <V> Map<String, V> inTreeOrder(Map<Integer, V> byId) {
        Map<String, V> out = new LinkedHashMap<>();
        if (byId.isEmpty()) {
            return out;
        }
        dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.ID.in(byId.keySet())).orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.ID)
                .forEach(r -> out.put(names.get(r.value1()), byId.get(r.value1())));
        return out;
    }

    /**
     * 应到 (rows), 实到, 请假 and 缺席 over the attendance rows of the meetings held in {@code year}, plus the
     * recorded figures of its meetings without rows (按台账人数, decision 0012).
     */
    public YearStats.Attendance attendance(int year) {
        YearStats.Attendance rows = attendanceRows(year);
        org.partydesk.model.AttendanceCounts rec = MeetingRepository.recordedTotals(dsl, inYear(year));
        return new YearStats.Attendance(rows.expected() + rec.expected(), rows.present() + rec.present(),
                rows.onLeave() + rec.onLeave(), rows.absent() + rec.absent());
    }

    /** The year's attendance rows by status: those of {@link #attendanceByOwner} added up; the rest are 出席. */
    private YearStats.Attendance attendanceRows(int year) {
        int all = 0;
        int onLeave = 0;
        int absent = 0;
        for (RowCounts n : attendanceByOwner(year).values()) {
            all += n.all();
            onLeave += n.onLeave();
            absent += n.absent();
        }
        return new YearStats.Attendance(all, all - onLeave - absent, onLeave, absent);
    }

    /** Meetings held in {@code year} per tag, the most frequent first (then by tag). */
    public Map<String, Integer> tags(int year) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Field<Integer> n = DSL.count();
        dsl.select(MEETING_TAG.TAG, n).from(MEETING_TAG)
                .join(MEETING).on(MEETING.ID.eq(MEETING_TAG.MEETING_ID))
                .where(inYear(year)).groupBy(MEETING_TAG.TAG).orderBy(n.desc(), MEETING_TAG.TAG)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * Honours awarded in {@code year}, counted per recipient: in total, per title (in the order of the
     * title list, then by name) and per level.
     */
    public YearStats.Commendations commendations(int year) {
        Condition inYear = COMMENDATION.AWARDED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        var title = org.partydesk.store.jooq.Tables.COMMENDATION_TITLE;
        Map<String, Integer> byTitle = new LinkedHashMap<>();
        Set<String> collective = new HashSet<>();
        Field<Integer> members = DSL.count().filterWhere(COMMENDATION_RECIPIENT.KIND.eq(RecipientKind.MEMBER.name()));
        dsl.select(COMMENDATION.TITLE, DSL.count(), members).from(COMMENDATION)
                .join(COMMENDATION_RECIPIENT).on(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(COMMENDATION.ID))
                .leftJoin(title).on(title.NAME.eq(COMMENDATION.TITLE))
                .where(inYear)
                .groupBy(COMMENDATION.TITLE, title.SORT_ORDER)
                .orderBy(DSL.coalesce(title.SORT_ORDER, DSL.inline(Integer.MAX_VALUE)), COMMENDATION.TITLE)
                .forEach(r -> {
                    byTitle.put(r.value1(), r.value2());
                    if (r.value3() == 0) {
                        collective.add(r.value1());
                    }
                });
        Map<CommendationLevel, Integer> byLevel = new EnumMap<>(CommendationLevel.class);
        dsl.select(COMMENDATION.LEVEL, DSL.count()).from(COMMENDATION)
                .join(COMMENDATION_RECIPIENT).on(COMMENDATION_RECIPIENT.COMMENDATION_ID.eq(COMMENDATION.ID))
                .where(inYear).groupBy(COMMENDATION.LEVEL)
                .forEach(r -> byLevel.put(CommendationLevel.valueOf(r.value1()), r.value2()));
        int total = byTitle.values().stream().mapToInt(Integer::intValue).sum();
        return new YearStats.Commendations(total, byTitle, byLevel, collective);
    }

    /** How many members are on the roster on {@code date} (as {@link #members} counts them). */
    public int membersOn(LocalDate date) {
        return dsl.fetchCount(MEMBER, onRoster(date));
    }

    /** Whether any member is on the roster on {@code date} (the first one found ends the search). */
    public boolean anyMemberOn(LocalDate date) {
        return dsl.fetchExists(MEMBER, onRoster(date));
    }

    /** How many meetings were held in {@code year}. */
    public int meetingsIn(int year) {
        return dsl.fetchCount(MEETING, inYear(year));
    }

    /** Whether any meeting was held in {@code year} (the first one found ends the search). */
    public boolean anyMeetingIn(int year) {
        return dsl.fetchExists(MEETING, inYear(year));
    }

    private static Condition joinedNotLeft(LocalDate date) {
        return MEMBER.JOINED_ON.isNull().or(MEMBER.JOINED_ON.le(date))
                .and(MEMBER.LEFT_ON.isNull().or(MEMBER.LEFT_ON.gt(date)));
    }

    private static Condition onRoster(LocalDate date) {
        return DSL.exists(DSL.selectOne().from(MEMBERSHIP)
                .where(MEMBERSHIP.MEMBER_ID.eq(MEMBER.ID)).and(validOn(date))).and(joinedNotLeft(date));
    }

    private static Condition validOn(LocalDate date) {
        return MEMBERSHIP.START_ON.le(date).and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(date)));
    }

    private static Condition inYear(int year) {
        return MEETING.HELD_AT.ge(LocalDate.of(year, 1, 1).atStartOfDay())
                .and(MEETING.HELD_AT.lt(LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }
}
