package org.partydesk.app.ledgers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.partydesk.logic.UnitNames;
import org.partydesk.logic.ledgers.MeetingEntry;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.logic.ledgers.MeetingLedger.RosterMember;
import org.partydesk.logic.ledgers.Texts;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

import static org.partydesk.store.jooq.Tables.COMMITTEE_ROLE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEETING_TYPE;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.MEMBERSHIP;

/**
 * The organisation as a meetings import needs it, read once: units by name, who belonged to each unit
 * over time (membership rows, a branch with its 党小组), committee roles, and the meetings each unit
 * already has by their identity. Answers "who was in this unit on this day" and "who was expected at this
 * meeting" in memory with the same rules as {@code MeetingRepository.expectedAttendees}, so 100,000 rows
 * need no query each.
 */
final class MeetingRosters {
    /** One membership or committee role of a member, with the day he left the roster. */
    private record Span(int memberId, String name, LocalDate start, LocalDate end, LocalDate leftOn) {
        boolean on(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day)) && (leftOn == null || leftOn.isAfter(day));
        }
    }

    /** Spans by member name and id: who belonged on a day comes out in roster order without sorting. */
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparing(Span::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Span::memberId);

    private final DSLContext dsl;
    /** Written 所在党支部 → unit, shared with the roster import (it knows the branches the import creates). */
    private final BranchNames branchNames;
    private final Map<Integer, OrgUnit> units;
    private final Map<Integer, List<Span>> memberships = new HashMap<>();
    private final Map<Integer, List<Span>> committees = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> meetingsByUnit = new HashMap<>();
    /** Per unit: its stored meetings by day, for the possible-duplicate check. */
    private final Map<Integer, Map<LocalDate, List<StoredMeeting>>> sameDayByUnit = new HashMap<>();

    /** A stored meeting as the possible-duplicate check compares it and its message names it. */
    record StoredMeeting(int id, LocalDateTime heldAt, String theme, Set<MeetingType> types) {
    }

    MeetingRosters(DSLContext dsl, List<OrgUnit> allUnits) {
        this.dsl = dsl;
        this.units = allUnits.stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
        this.branchNames = BranchNames.anyUnit(allUnits);
        Map<Integer, LocalDate> leftOn = new HashMap<>();
        Map<Integer, String> names = new HashMap<>();
        dsl.select(MEMBER.ID, MEMBER.NAME, MEMBER.LEFT_ON).from(MEMBER).forEach(r -> {
            names.put(r.value1(), r.value2());
            if (r.value3() != null) {
                leftOn.put(r.value1(), r.value3());
            }
        });
        dsl.select(MEMBERSHIP.MEMBER_ID, MEMBERSHIP.ORG_UNIT_ID, MEMBERSHIP.START_ON, MEMBERSHIP.END_ON).from(MEMBERSHIP)
                .forEach(r -> {
                    Span s = new Span(r.value1(), names.get(r.value1()), r.value3(), r.value4(), leftOn.get(r.value1()));
                    memberships.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(s);
                    OrgUnit unit = units.get(r.value2());
                    if (unit != null && unit.kind() == OrgKind.CELL && unit.parentId() != null) {
                        memberships.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(s);
                    }
                });
        dsl.select(COMMITTEE_ROLE.MEMBER_ID, COMMITTEE_ROLE.ORG_UNIT_ID, COMMITTEE_ROLE.START_ON, COMMITTEE_ROLE.END_ON)
                .from(COMMITTEE_ROLE)
                .forEach(r -> committees.computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(new Span(r.value1(), names.get(r.value1()), r.value3(), r.value4(), leftOn.get(r.value1()))));
        memberships.values().forEach(list -> list.sort(SPAN_ORDER));
        committees.values().forEach(list -> list.sort(SPAN_ORDER));
    }

    /**
     * The unit a ledger's 所在党支部 names ({@link BranchNames}: by name, or "名称（上级）" for a unit whose name is
     * not unique, such as a 党小组 under each branch), a new branch, or the problem with the name.
     */
    BranchNames.Resolved resolve(String name) {
        return branchNames.resolve(name);
    }

    /** {@link BranchNames#noteOnce}. */
    String noteOnce(String written, BranchNames.Resolved r) {
        return branchNames.noteOnce(written, r);
    }

    /** The new branch {@code name}, created under the organ committee on first use and a unit of these rosters. */
    OrgUnit create(String name, org.partydesk.store.Database db, org.partydesk.store.Tx tx) {
        OrgUnit unit = branchNames.create(name, db, tx);
        units.put(unit.id(), unit);
        written = null;
        return unit;
    }

    /**
     * The organisations (a branch, a 总支 or a committee, never a 党小组 on its own) other than {@code unitId} and its own
     * parent or 党小组 that a member named {@code name} belonged to on {@code day}, by the names reports give them
     * ("机关第二党支部", "机关第一党支部（第二基层党委）" where the name is shared), in the order of the tree's ids; empty when no
     * member of that name belonged anywhere else that day. For the message that says where a person named in a
     * meeting's row belonged (called only for a name the unit does not know, so each call may look at every roster).
     */
    List<String> elsewhere(String name, Integer unitId, LocalDate day) {
        if (name == null) {
            return List.of();
        }
        String wanted = name.strip();
        List<String> out = new ArrayList<>();
        memberships.keySet().stream().sorted().forEach(id -> {
            OrgUnit u = units.get(id);
            if (u == null || u.kind() == OrgKind.CELL || id.equals(unitId)
                    || unitId != null && units.get(unitId) != null && id.equals(units.get(unitId).parentId())) {
                return;
            }
            boolean there = memberships.get(id).stream().anyMatch(sp -> wanted.equals(sp.name()) && sp.on(day));
            if (there) {
                out.add(written(u));
            }
        });
        return out;
    }

    /** The members who belonged to the unit on {@code day} (a branch with its 党小组), ordered by name. */
    List<RosterMember> members(Integer unitId, LocalDate day) {
        return on(unitId == null ? List.of() : memberships.getOrDefault(unitId, List.of()), day);
    }

    /**
     * Who was expected (应到) at a meeting of these types of the unit on {@code day}: for a branch's
     * 支部委员会 alone its committee members that day, otherwise its {@code members} that day.
     */
    List<RosterMember> expected(Integer unitId, LocalDate day, Set<MeetingType> types, List<RosterMember> members) {
        if (unitId == null) {
            return List.of();
        }
        OrgUnit unit = units.get(unitId);
        boolean committeeOnly = unit != null && unit.kind() == OrgKind.BRANCH
                && types.equals(Set.of(MeetingType.BRANCH_COMMITTEE));
        return committeeOnly ? on(committees.getOrDefault(unitId, List.of()), day) : members;
    }

    /** A 党小组 named by its number ({@link OrgUnit#numbered}): 第一党小组, 第1小组, 一组. */
    private static final Pattern NUMBERED_CELL = Pattern.compile("第?(\\d{6})(?:党小组|小组|组)");

    /** Whether the unit is a branch whose 党小组会 may belong to one of its 党小组. */
    boolean isBranch(Integer unitId) {
        OrgUnit unit = unitId == null ? null : units.get(unitId);
        return unit != null && unit.kind() == OrgKind.BRANCH;
    }

    /** The 党小组 of each branch, in their order (read once: the import creates branches, never cells). */
    private Map<Integer, List<OrgUnit>> cellsByBranch;
    /** The units' names as ledgers write them, until a unit is created. */
    private Map<Integer, String> written;

    /** The 党小组 of a branch, in their order. */
    List<OrgUnit> cells(int branchId) {
        if (cellsByBranch == null) {
            cellsByBranch = units.values().stream().filter(u -> u.kind() == OrgKind.CELL && u.parentId() != null)
                    .sorted(OrgUnit.ORDER).collect(Collectors.groupingBy(OrgUnit::parentId));
        }
        return cellsByBranch.getOrDefault(branchId, List.of());
    }

    /** A unit's name as ledgers write it: "第一党小组（机关第三党支部）" where other units share the name. */
    String written(OrgUnit unit) {
        if (written == null) {
            written = UnitNames.qualifiedAll(units.values());
        }
        return written.getOrDefault(unit.id(), unit.name());
    }

    /**
     * The 党小组 of branch {@code branchId} that held a 党小组会 the branch's ledger lists: the one the theme, place or
     * content names (its name, or for a numbered one 第一党小组, 第1小组, 第一组), else the one every person the row
     * names (参会, 请假, 缺席) belonged to that day (not the 主持人's: a 书记 may lead another 党小组's meeting). Null when the branch has
     * no 党小组 or the row does not tell one (two named, or people of several).
     */
    OrgUnit cellOf(int branchId, MeetingEntry e) {
        List<OrgUnit> cells = cells(branchId);
        if (cells.isEmpty()) {
            return null;
        }
        String text = OrgUnit.numbered(Stream.of(e.theme(), e.place(), e.minutes()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n")));
        List<OrgUnit> named = cells.stream().filter(c -> namedIn(c.name(), text)).toList();
        if (!named.isEmpty()) {
            return named.size() == 1 ? named.get(0) : null;
        }
        LocalDate day = e.heldAt().toLocalDate();
        Set<OrgUnit> theirs = new java.util.LinkedHashSet<>();
        for (String name : e.people().stream().map(NamedNote::name).toList()) {
            for (OrgUnit c : cells) {
                if (memberships.getOrDefault(c.id(), List.of()).stream().anyMatch(s -> name.equals(s.name()) && s.on(day))) {
                    theirs.add(c);
                }
            }
        }
        return theirs.size() == 1 ? theirs.iterator().next() : null;
    }

    /**
     * Whether a text (numbers as {@link OrgUnit#numbered} writes them) names the cell: a numbered cell by 第N党小组,
     * 第N小组 or 第N组 anywhere, or N组 at the start of a line; any other by its whole name.
     */
    private static boolean namedIn(String cellName, String text) {
        Matcher own = NUMBERED_CELL.matcher(OrgUnit.numbered(cellName));
        if (!own.matches()) {
            return text.contains(cellName);
        }
        Matcher m = NUMBERED_CELL.matcher(text);
        while (m.find()) {
            boolean first = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
            boolean organise = m.end() < text.length() && text.charAt(m.end()) == '织'; // 第一组织生活会 is no cell
            if (m.group(1).equals(own.group(1)) && (text.charAt(m.start()) == '第' || first) && !organise) {
                return true;
            }
        }
        return false;
    }

    private static List<RosterMember> on(List<Span> spans, LocalDate day) {
        List<RosterMember> out = new ArrayList<>();
        int last = -1;
        for (Span s : spans) {
            // a member's spans are next to each other: keep him once
            if (s.memberId() != last && s.on(day)) {
                out.add(new RosterMember(s.memberId(), s.name()));
                last = s.memberId();
            }
        }
        return out;
    }

    /** The identity of a meeting: unit, time, types and theme. */
    static String key(int unitId, LocalDateTime heldAt, Set<MeetingType> types, String theme) {
        return unitId + "|" + heldAt + "|" + typesText(types) + "|" + Texts.clean(theme);
    }

    /** The types in their order as a list prints them ("[BRANCH_ASSEMBLY, PARTY_LESSON]"), without a stream per key. */
    private static String typesText(Set<MeetingType> types) {
        Iterable<MeetingType> ordered = types instanceof EnumSet ? types : types.stream().sorted().toList();
        StringBuilder sb = new StringBuilder("[");
        for (MeetingType t : ordered) {
            sb.append(sb.length() > 1 ? ", " : "").append(t.name());
        }
        return sb.append(']').toString();
    }

    /** The id of the unit's meeting with this identity, if it has one (read once per unit). */
    Integer existingMeeting(int unitId, LocalDateTime heldAt, Set<MeetingType> types, String theme) {
        Map<String, Integer> byKey = meetingsByUnit.computeIfAbsent(unitId, this::meetingsOf);
        return byKey.get(key(unitId, heldAt, types, theme));
    }

    private Map<String, Integer> meetingsOf(int unitId) {
        Map<Integer, Set<MeetingType>> types = new HashMap<>();
        dsl.select(MEETING_TYPE.MEETING_ID, MEETING_TYPE.TYPE).from(MEETING_TYPE).join(MEETING)
                .on(MEETING.ID.eq(MEETING_TYPE.MEETING_ID)).where(MEETING.ORG_UNIT_ID.eq(unitId))
                .forEach(r -> types.computeIfAbsent(r.value1(), k -> EnumSet.noneOf(MeetingType.class))
                        .add(MeetingType.valueOf(r.value2())));
        Map<String, Integer> out = new HashMap<>();
        Map<LocalDate, List<StoredMeeting>> byDay = new HashMap<>();
        dsl.select(MEETING.ID, MEETING.HELD_AT, MEETING.THEME).from(MEETING).where(MEETING.ORG_UNIT_ID.eq(unitId))
                .orderBy(MEETING.HELD_AT, MEETING.ID)
                .forEach(r -> {
                    Set<MeetingType> t = types.get(r.value1());
                    if (t != null) {
                        out.putIfAbsent(key(unitId, r.value2(), t, r.value3()), r.value1());
                        byDay.computeIfAbsent(r.value2().toLocalDate(), k -> new ArrayList<>())
                                .add(new StoredMeeting(r.value1(), r.value2(), r.value3(), t));
                    }
                });
        sameDayByUnit.put(unitId, byDay);
        return out;
    }

    /**
     * The unit's stored meetings held on {@code day} with any of these types (read with the identities): a row that
     * is none of them but shares unit, day and a type is a possible duplicate (党员大会 and 党员大会暨党课 too).
     */
    List<StoredMeeting> sameDay(int unitId, LocalDate day, Set<MeetingType> types) {
        meetingsByUnit.computeIfAbsent(unitId, this::meetingsOf);
        return sameDayByUnit.getOrDefault(unitId, Map.of()).getOrDefault(day, List.of()).stream()
                .filter(m -> overlap(m.types(), types)).toList();
    }

    /** Whether two meetings' types share one. */
    static boolean overlap(Set<MeetingType> a, Set<MeetingType> b) {
        return a.stream().anyMatch(b::contains);
    }
}
