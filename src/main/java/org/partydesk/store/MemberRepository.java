package org.partydesk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.store.jooq.tables.records.MemberRecord;
import org.partydesk.store.jooq.tables.records.MembershipRecord;

import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * Party members (党员) and their membership of units over time (组织关系). A member belongs to a unit
 * on a date when a {@code membership} row has {@code start_on ≤ date} and no {@code end_on} or
 * {@code end_on ≥ date}.
 */
public final class MemberRepository {
    private final Database db;

    public MemberRepository(Database db) {
        this.db = db;
    }

    /**
     * The members of a unit on {@code date}, or with {@code includeSubtree} of the unit and every
     * unit below it (each member once), ordered by name.
     */
    public List<Member> members(int unitId, boolean includeSubtree, LocalDate date) {
        Collection<Integer> units = includeSubtree ? new OrgRepository(db).subtreeIds(unitId) : List.of(unitId);
        return db.read().selectFrom(MEMBER)
                .where(MEMBER.ID.in(db.read().select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                        .where(MEMBERSHIP.ORG_UNIT_ID.in(units)).and(validOn(date))))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(MemberRepository::toModel);
    }

    /** How many members {@link #members} returns. */
    public int count(int unitId, boolean includeSubtree, LocalDate date) {
        Collection<Integer> units = includeSubtree ? new OrgRepository(db).subtreeIds(unitId) : List.of(unitId);
        return db.read().fetchCount(db.read().selectDistinct(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.ORG_UNIT_ID.in(units)).and(validOn(date)));
    }

    /** For every unit with members on {@code date}: the ids of its direct members. */
    public Map<Integer, Set<Integer>> memberIdsByUnit(LocalDate date) {
        return memberIdsByUnit(DSL.noCondition(), date);
    }

    /**
     * {@link #memberIdsByUnit(LocalDate)} of the members whose id is at most {@code lastMember}: those stored before an
     * import that has written more since (the roster import matches its rows against the members as they were).
     */
    public Map<Integer, Set<Integer>> memberIdsByUnit(LocalDate date, int lastMember) {
        return memberIdsByUnit(MEMBERSHIP.MEMBER_ID.le(lastMember), date);
    }

    private Map<Integer, Set<Integer>> memberIdsByUnit(Condition members, LocalDate date) {
        Map<Integer, Set<Integer>> out = new HashMap<>();
        db.read().select(MEMBERSHIP.ORG_UNIT_ID, MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP).where(members).and(validOn(date))
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return out;
    }

    /** The name of the branch (党支部) a member belongs to on {@code date}, directly or through a cell. */
    public Optional<String> branchName(int memberId, LocalDate date) {
        return Optional.ofNullable(branchNames(List.of(memberId), date).get(memberId));
    }

    /**
     * Member id → name of the branch (党支部) each member belongs to on {@code date}: a branch they
     * belong to directly, else the branch above a cell (党小组) they belong to. Members of no branch are
     * missing from the map.
     */
    public Map<Integer, String> branchNames(Collection<Integer> memberIds, LocalDate date) {
        return branchNames(MEMBERSHIP.MEMBER_ID.in(memberIds), date);
    }

    /** {@link #branchNames(Collection, LocalDate)} for every member (no limit on their number). */
    public Map<Integer, String> branchNamesOfAll(LocalDate date) {
        return branchNames(DSL.noCondition(), date);
    }

    /** Member id → id of the branch each member belongs to on {@code date}, as {@link #branchNamesOfAll}. */
    public Map<Integer, Integer> branchIdsOfAll(LocalDate date) {
        return branchIds(DSL.noCondition(), date);
    }

    /**
     * The members whose branch on {@code date} is {@code branchId}, by the rule of {@link #branchIdsOfAll(LocalDate)}
     * (the same members): only the memberships of the members in that branch, or in a unit under it, that day are read.
     */
    public List<Integer> branchMemberIds(int branchId, LocalDate date) {
        var in = MEMBERSHIP.as("in_branch");
        var unit = ORG_UNIT.as("in_unit");
        Condition ofBranch = MEMBERSHIP.MEMBER_ID.in(DSL.select(in.MEMBER_ID).from(in).join(unit).on(unit.ID.eq(in.ORG_UNIT_ID))
                .where(validOn(in, date))
                .and(unit.ID.eq(branchId).or(unit.PARENT_ID.eq(branchId))));
        List<Integer> out = new ArrayList<>();
        branchesOf(ofBranch, date).forEach((member, branch) -> {
            if (branch.id() == branchId) {
                out.add(member);
            }
        });
        return out;
    }

    /** {@link #branchIdsOfAll(LocalDate)} of the members whose id is at most {@code lastMember}. */
    public Map<Integer, Integer> branchIdsOfAll(LocalDate date, int lastMember) {
        return branchIds(MEMBERSHIP.MEMBER_ID.le(lastMember), date);
    }

    private Map<Integer, Integer> branchIds(Condition members, LocalDate date) {
        Map<Integer, Integer> out = new HashMap<>();
        branchesOf(members, date).forEach((member, branch) -> out.put(member, branch.id()));
        return out;
    }

    /**
     * {@link #branchIdsOfAll(LocalDate)} on each of {@code dates} (a year's month ends: 党费 per branch), from one read
     * of the memberships valid on any of them; the same rule decides each day (the latest membership of a 党支部, else
     * of a 党小组 under one). SQLite says which of the days each membership covers, as the bits of one number, and which
     * branch it counts for: no dates and no unit kinds leave the database (the large sample's year is 11,000 rows).
     */
    public Map<LocalDate, Map<Integer, Integer>> branchIdsOfAll(Collection<LocalDate> dates) {
        Map<LocalDate, Map<Integer, Integer>> out = new HashMap<>();
        List<LocalDate> days = dates.stream().distinct().sorted().toList();
        for (int from = 0; from < days.size(); from += DAYS_PER_READ) {
            out.putAll(branchIdsOn(days.subList(from, Math.min(days.size(), from + DAYS_PER_READ))));
        }
        return out;
    }

    /** How many days one read of {@link #branchIdsOfAll(Collection)} answers: a bit of a long for each. */
    private static final int DAYS_PER_READ = 62;

    private Map<LocalDate, Map<Integer, Integer>> branchIdsOn(List<LocalDate> days) {
        var unit = ORG_UNIT.as("unit");
        var parent = ORG_UNIT.as("parent");
        Condition branch = unit.KIND.eq(OrgKind.BRANCH.name());
        Field<Long> covered = DSL.inline(0L);
        for (int i = 0; i < days.size(); i++) {
            covered = covered.plus(DSL.when(validOn(days.get(i)), DSL.inline(1L << i)).otherwise(DSL.inline(0L)));
        }
        List<Map<Integer, Integer>> direct = new ArrayList<>();
        List<Map<Integer, Integer>> throughCell = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            direct.add(new HashMap<>());
            throughCell.add(new HashMap<>());
        }
        db.read().select(MEMBERSHIP.MEMBER_ID, DSL.when(branch, unit.ID).otherwise(parent.ID), DSL.field(branch), covered)
                .from(MEMBERSHIP)
                .join(unit).on(unit.ID.eq(MEMBERSHIP.ORG_UNIT_ID))
                .leftJoin(parent).on(parent.ID.eq(unit.PARENT_ID))
                .where(MEMBERSHIP.START_ON.le(days.get(days.size() - 1)))
                .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(days.get(0))))
                .and(branch.or(unit.KIND.eq(OrgKind.CELL.name()).and(parent.KIND.eq(OrgKind.BRANCH.name()))))
                .orderBy(MEMBERSHIP.START_ON.desc(), MEMBERSHIP.ID.desc())
                .forEach(r -> {
                    List<Map<Integer, Integer>> byDay = Boolean.TRUE.equals(r.value3()) ? direct : throughCell;
                    long bits = r.value4();
                    for (int i = 0; bits != 0; i++, bits >>>= 1) {
                        if ((bits & 1) != 0) {
                            byDay.get(i).putIfAbsent(r.value1(), r.value2());
                        }
                    }
                });
        Map<LocalDate, Map<Integer, Integer>> out = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            throughCell.get(i).forEach(direct.get(i)::putIfAbsent);
            out.put(days.get(i), direct.get(i));
        }
        return out;
    }

    /** Every member on the roster, whatever their membership, ordered by id. */
    public List<Member> all() {
        return db.read().selectFrom(MEMBER).orderBy(MEMBER.ID).fetch(MemberRepository::toModel);
    }

    /** The members who belong to any unit on {@code date}, ordered by name. */
    public List<Member> membersOn(LocalDate date) {
        return db.read().selectFrom(MEMBER)
                .where(MEMBER.ID.in(db.read().select(MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP).where(validOn(date))))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(MemberRepository::toModel);
    }

    private Map<Integer, String> branchNames(Condition members, LocalDate date) {
        Map<Integer, String> out = new HashMap<>();
        branchesOf(members, date).forEach((member, branch) -> out.put(member, branch.name()));
        return out;
    }

    private record Branch(int id, String name, LocalDate startOn) {
    }

    /**
     * Member id → first day of the membership through which each member belongs to his branch on
     * {@code date} (the branch of {@link #branchIdsOfAll}).
     */
    public Map<Integer, LocalDate> branchStartsOfAll(LocalDate date) {
        return branchStarts(DSL.noCondition(), date);
    }

    /** {@link #branchStartsOfAll(LocalDate)} of the members whose id is at most {@code lastMember}. */
    public Map<Integer, LocalDate> branchStartsOfAll(LocalDate date, int lastMember) {
        return branchStarts(MEMBERSHIP.MEMBER_ID.le(lastMember), date);
    }

    private Map<Integer, LocalDate> branchStarts(Condition members, LocalDate date) {
        Map<Integer, LocalDate> out = new HashMap<>();
        branchesOf(members, date).forEach((member, branch) -> out.put(member, branch.startOn()));
        return out;
    }

    private Map<Integer, Branch> branchesOf(Condition members, LocalDate date) {
        var unit = ORG_UNIT.as("unit");
        var parent = ORG_UNIT.as("parent");
        Map<Integer, Branch> direct = new HashMap<>();
        Map<Integer, Branch> throughCell = new HashMap<>();
        db.read().select(MEMBERSHIP.MEMBER_ID, unit.KIND, unit.NAME, parent.KIND, parent.NAME, unit.ID, parent.ID,
                        MEMBERSHIP.START_ON)
                .from(MEMBERSHIP)
                .join(unit).on(unit.ID.eq(MEMBERSHIP.ORG_UNIT_ID))
                .leftJoin(parent).on(parent.ID.eq(unit.PARENT_ID))
                .where(members).and(validOn(date))
                .orderBy(MEMBERSHIP.START_ON.desc(), MEMBERSHIP.ID.desc())
                .forEach(r -> {
                    if (OrgKind.BRANCH.name().equals(r.value2())) {
                        direct.putIfAbsent(r.value1(), new Branch(r.value6(), r.value3(), r.value8()));
                    } else if (OrgKind.CELL.name().equals(r.value2()) && OrgKind.BRANCH.name().equals(r.value4())) {
                        throughCell.putIfAbsent(r.value1(), new Branch(r.value7(), r.value5(), r.value8()));
                    }
                });
        throughCell.forEach(direct::putIfAbsent);
        return direct;
    }

    /** The members {@code ids} (those that exist), by name, then id. */
    public List<Member> byIds(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read().selectFrom(MEMBER).where(MEMBER.ID.in(ids)).orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(MemberRepository::toModel);
    }

    /** One member by id. */
    public Optional<Member> find(int memberId) {
        return db.read().selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).fetchOptional(MemberRepository::toModel);
    }

    /** One row of a member's history of units: the unit, its kind, and the days of the membership. */
    public record MembershipRow(int orgUnitId, String unitName, OrgKind kind, LocalDate startOn, LocalDate endOn) {
    }

    /** Every membership of a member, newest first (the branch history). */
    public List<MembershipRow> memberships(int memberId) {
        return membershipsWhere(MEMBERSHIP.MEMBER_ID.eq(memberId)).getOrDefault(memberId, List.of());
    }

    /** {@link #memberships(int)} of every member, by member id. */
    public Map<Integer, List<MembershipRow>> membershipsOfAll() {
        return membershipsWhere(DSL.noCondition());
    }

    private Map<Integer, List<MembershipRow>> membershipsWhere(Condition which) {
        Map<Integer, List<MembershipRow>> out = new HashMap<>();
        db.read().select(MEMBERSHIP.MEMBER_ID, MEMBERSHIP.ORG_UNIT_ID, ORG_UNIT.NAME, ORG_UNIT.KIND, MEMBERSHIP.START_ON,
                        MEMBERSHIP.END_ON)
                .from(MEMBERSHIP).join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEMBERSHIP.ORG_UNIT_ID))
                .where(which)
                .orderBy(MEMBERSHIP.START_ON.desc(), MEMBERSHIP.ID.desc())
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                        new MembershipRow(r.value2(), r.value3(), OrgKind.valueOf(r.value4()), r.value5(), r.value6())));
        return out;
    }

    /**
     * Ends every open membership of a unit on {@code lastDay} (a membership that starts later ends on its
     * first day); audited. Returns how many were ended.
     */
    public static int endMemberships(Tx tx, int orgUnitId, LocalDate lastDay) {
        int n = 0;
        for (MembershipRecord r : tx.dsl().selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.ORG_UNIT_ID.eq(orgUnitId)).and(MEMBERSHIP.END_ON.isNull()).fetch()) {
            r.setEndOn(r.getStartOn().isAfter(lastDay) ? r.getStartOn() : lastDay);
            tx.update(r);
            n++;
        }
        return n;
    }

    /** Adds a member (its id is ignored) and returns the new id; audited. */
    public static int add(Tx tx, Member member) {
        MemberRecord r = tx.dsl().newRecord(MEMBER);
        copyInto(member, r);
        return tx.insert(r);
    }

    /**
     * Adds members (their ids ignored), each with a membership of the unit at the same index of {@code unitIds}
     * from {@code startOn}, as batches: the same rows and audit rows as {@link #add} and {@link #addMembership}
     * one by one. Returns the new member ids in order.
     */
    public static List<Integer> addAll(Tx tx, List<Member> members, List<Integer> unitIds, LocalDate startOn) {
        return addAll(tx, members, unitIds, java.util.Collections.nCopies(members.size(), startOn));
    }

    /** {@link #addAll(Tx, List, List, LocalDate)} with each membership's own first day. */
    public static List<Integer> addAll(Tx tx, List<Member> members, List<Integer> unitIds, List<LocalDate> startOns) {
        List<Integer> ids = insertMembers(tx, members);
        addMemberships(tx, ids, unitIds, startOns);
        return ids;
    }

    /**
     * Inserts new members (their ids unset) as one batch without their memberships, which {@link #addMemberships}
     * then writes; returns their new ids in order. Audited as {@link Tx#insertAll} audits.
     */
    public static List<Integer> insertMembers(Tx tx, List<Member> members) {
        // the stored values without a record per member (the roster import's hot path)
        List<Object[]> rows = new ArrayList<>(members.size());
        for (Member m : members) {
            rows.add(values(m));
        }
        return tx.insertAll(MEMBER, MEMBER_COLUMNS, rows);
    }

    /** The open memberships of members just inserted ({@link #insertMembers}): each member's unit and first day, as one batch. */
    public static void addMemberships(Tx tx, List<Integer> memberIds, List<Integer> unitIds, List<LocalDate> startOns) {
        List<Object[]> memberships = new ArrayList<>(memberIds.size());
        for (int i = 0; i < memberIds.size(); i++) {
            memberships.add(new Object[] {memberIds.get(i), unitIds.get(i), startOns.get(i)});
        }
        tx.insertAll(MEMBERSHIP, MEMBERSHIP_COLUMNS, memberships);
    }

    /** The stored columns of a member but its id, in the order of {@link #values}. */
    private static final List<org.jooq.Field<?>> MEMBER_COLUMNS = List.of(MEMBER.NAME, MEMBER.GENDER, MEMBER.ETHNICITY,
            MEMBER.BIRTH_DATE, MEMBER.ID_NUMBER, MEMBER.EDUCATION, MEMBER.STATUS, MEMBER.CATEGORY, MEMBER.PHONE,
            MEMBER.JOINED_ON, MEMBER.FULL_MEMBER_ON, MEMBER.DEPARTMENT_ID, MEMBER.JOB_TITLE, MEMBER.LEADERSHIP_MEMBER,
            MEMBER.PARTY_AFFAIRS_STAFF, MEMBER.DUAL_ORGANIZATIONAL_LIFE, MEMBER.LEFT_ON);
    /** The columns of a new, open membership (its end_on stays null, the column's default: one value fewer to bind a row). */
    private static final List<org.jooq.Field<?>> MEMBERSHIP_COLUMNS = List.of(MEMBERSHIP.MEMBER_ID, MEMBERSHIP.ORG_UNIT_ID,
            MEMBERSHIP.START_ON);

    /** Sets every stored field of the record from the model (not the id). */
    private static void copyInto(Member member, MemberRecord r) {
        Object[] values = values(member);
        for (int i = 0; i < values.length; i++) {
            @SuppressWarnings("unchecked")
            org.jooq.Field<Object> f = (org.jooq.Field<Object>) MEMBER_COLUMNS.get(i);
            r.set(f, values[i]);
        }
    }

    /** A member's stored values (enums by name), one per column of {@link #MEMBER_COLUMNS}: his record's but the id. */
    private static Object[] values(Member m) {
        return new Object[] {m.name(), m.gender() == null ? null : m.gender().name(), m.ethnicity(), m.birthDate(),
                m.idNumber(), m.education(), m.status().name(), m.category().name(), m.phone(), m.joinedOn(),
                m.fullMemberOn(), m.departmentId(), m.jobTitle(), m.leadershipMember(), m.partyAffairsStaff(),
                m.dualOrganizationalLife(), m.leftOn()};
    }

    /**
     * Stores the fields of {@code member} (matched by id) that differ from the stored row; audited with
     * before and after. Does nothing when nothing differs.
     */
    public static void update(Tx tx, Member member) {
        MemberRecord r = tx.dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(member.id())).fetchOptional()
                .orElseThrow(() -> new StoreException("党员记录不存在（编号 " + member.id() + "）"));
        copyInto(member, r);
        for (var f : r.fields()) {
            if (r.changed(f) && java.util.Objects.equals(r.original(f), r.get(f))) {
                r.changed(f, false);
            }
        }
        tx.update(r);
    }

    /**
     * Moves a member to another unit from {@code day}: every membership of a branch-level unit (anything
     * but the leading group) still open on {@code day} ends the day before (one that only starts on
     * {@code day} or later is removed), and a new one in {@code unitId} starts on {@code day}; audited.
     */
    public static void moveToUnit(Tx tx, int memberId, int unitId, LocalDate day) {
        var open = tx.dsl().selectFrom(MEMBERSHIP)
                .where(MEMBERSHIP.MEMBER_ID.eq(memberId))
                .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.ge(day)))
                .and(MEMBERSHIP.ORG_UNIT_ID.in(tx.dsl().select(ORG_UNIT.ID).from(ORG_UNIT)
                        .where(ORG_UNIT.KIND.ne(OrgKind.LEADING_GROUP.name()))))
                .fetch();
        for (MembershipRecord r : open) {
            if (r.getStartOn().isBefore(day)) {
                r.setEndOn(day.minusDays(1));
                tx.update(r);
            } else {
                tx.delete(r);
            }
        }
        addMembership(tx, memberId, unitId, day, null);
    }

    /** Records that a member belongs to a unit from {@code startOn} to {@code endOn} (null: still does); audited. */
    public static int addMembership(Tx tx, int memberId, int orgUnitId, LocalDate startOn, LocalDate endOn) {
        MembershipRecord r = tx.dsl().newRecord(MEMBERSHIP);
        r.setMemberId(memberId);
        r.setOrgUnitId(orgUnitId);
        r.setStartOn(startOn);
        r.setEndOn(endOn);
        return tx.insert(r);
    }

    /** The member who holds this ID number, other than {@code exceptId}, read inside a transaction. */
    public static Optional<Member> withIdNumber(Tx tx, String idNumber, Integer exceptId) {
        Condition which = MEMBER.ID_NUMBER.eq(idNumber);
        if (exceptId != null) {
            which = which.and(MEMBER.ID.ne(exceptId));
        }
        return tx.dsl().selectFrom(MEMBER).where(which).limit(1).fetchOptional(MemberRepository::toModel);
    }

    /** Why a member left the roster (left_reason), when recorded. */
    public Optional<String> leftReason(int memberId) {
        return db.read().select(MEMBER.LEFT_REASON).from(MEMBER).where(MEMBER.ID.eq(memberId))
                .fetchOptional(MEMBER.LEFT_REASON);
    }

    /**
     * Records that a member left the roster on {@code day} with {@code reason}: left_on and left_reason are
     * set, and every membership still running on that day ends that day (one that would start later ends
     * on its first day). Audited with before and after; nothing is deleted.
     */
    public static void leave(Tx tx, int memberId, LocalDate day, String reason) {
        MemberRecord r = tx.dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).fetchOptional()
                .orElseThrow(() -> new StoreException("党员记录不存在（编号 " + memberId + "）"));
        r.setLeftOn(day);
        r.setLeftReason(reason);
        tx.update(r);
        for (MembershipRecord m : tx.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.MEMBER_ID.eq(memberId))
                .and(MEMBERSHIP.END_ON.isNull().or(MEMBERSHIP.END_ON.gt(day))).fetch()) {
            m.setEndOn(m.getStartOn().isAfter(day) ? m.getStartOn() : day);
            tx.update(m);
        }
    }

    /** A member who had left is on the roster again (恢复党籍): left_on and the reason are cleared; audited. */
    public static void returnToRoster(Tx tx, int memberId) {
        MemberRecord r = tx.dsl().selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).fetchOptional()
                .orElseThrow(() -> new StoreException("党员记录不存在（编号 " + memberId + "）"));
        r.setLeftOn(null);
        r.setLeftReason(null);
        tx.update(r);
    }

    /** A member's memberships still running on {@code day} (their rows), read inside a transaction. */
    public static List<MembershipRow> membershipsOn(Tx tx, int memberId, LocalDate day) {
        return tx.dsl().select(MEMBERSHIP.ORG_UNIT_ID, ORG_UNIT.NAME, ORG_UNIT.KIND, MEMBERSHIP.START_ON, MEMBERSHIP.END_ON)
                .from(MEMBERSHIP).join(ORG_UNIT).on(ORG_UNIT.ID.eq(MEMBERSHIP.ORG_UNIT_ID))
                .where(MEMBERSHIP.MEMBER_ID.eq(memberId)).and(validOn(day))
                .orderBy(MEMBERSHIP.START_ON.desc(), MEMBERSHIP.ID.desc())
                .fetch(r -> new MembershipRow(r.value1(), r.value2(), OrgKind.valueOf(r.value3()), r.value4(), r.value5()));
    }

    /**
     * Lets the member's membership of a unit that is open and starts after {@code day} start on
     * {@code day} instead (a roster of an earlier date shows him there already); audited. Returns whether
     * there was such a membership.
     */
    public static boolean startMembershipOn(Tx tx, int memberId, int unitId, LocalDate day) {
        MembershipRecord r = tx.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.MEMBER_ID.eq(memberId))
                .and(MEMBERSHIP.ORG_UNIT_ID.eq(unitId)).and(MEMBERSHIP.END_ON.isNull()).and(MEMBERSHIP.START_ON.gt(day))
                .orderBy(MEMBERSHIP.START_ON).limit(1).fetchOne();
        if (r == null) {
            return false;
        }
        r.setStartOn(day);
        tx.update(r);
        return true;
    }

    /** Ends the member's open membership of a unit on {@code lastDay} (one that starts later is removed); audited. */
    public static void leaveUnit(Tx tx, int memberId, int unitId, LocalDate lastDay) {
        for (MembershipRecord r : tx.dsl().selectFrom(MEMBERSHIP).where(MEMBERSHIP.MEMBER_ID.eq(memberId))
                .and(MEMBERSHIP.ORG_UNIT_ID.eq(unitId)).and(MEMBERSHIP.END_ON.isNull()).fetch()) {
            if (r.getStartOn().isAfter(lastDay)) {
                tx.delete(r);
            } else {
                r.setEndOn(lastDay);
                tx.update(r);
            }
        }
    }

    private static Condition validOn(LocalDate date) {
        return validOn(MEMBERSHIP, date);
    }

    /** The memberships of {@code membership} (the table or an alias of it) valid on {@code date}. */
    private static Condition validOn(org.partydesk.store.jooq.tables.Membership membership, LocalDate date) {
        return membership.START_ON.le(date).and(membership.END_ON.isNull().or(membership.END_ON.ge(date)));
    }

    static Member toModel(MemberRecord r) {
        return new Member(r.getId(), r.getName(), r.getGender() == null ? null : Gender.valueOf(r.getGender()),
                r.getEthnicity(), r.getBirthDate(), r.getIdNumber(), r.getEducation(),
                MemberStatus.valueOf(r.getStatus()), MemberCategory.valueOf(r.getCategory()), r.getPhone(),
                r.getJoinedOn(), r.getFullMemberOn(), r.getDepartmentId(), r.getJobTitle(),
                Boolean.TRUE.equals(r.getLeadershipMember()), Boolean.TRUE.equals(r.getPartyAffairsStaff()),
                Boolean.TRUE.equals(r.getDualOrganizationalLife()), r.getLeftOn());
    }
}
