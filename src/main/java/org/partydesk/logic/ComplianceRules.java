package org.partydesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.HeldCount;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.Rating;
import org.partydesk.model.Shortfall;

/**
 * 红黄旗: rates each branch (and the leading group) against the compliance rules for a year, a quarter or
 * a month.
 *
 * <p>Each active rule cuts the period into slots: a monthly rule has 12 slots in a year, 3 in a quarter
 * and 1 in a month, a quarterly rule 4 and 1 in a year and a quarter, a yearly rule 1 in a year. A slot
 * belongs to the period that holds its last month: in a quarter view a yearly rule is judged only in Q4,
 * on the whole year's meetings (in Q1–Q3 the year has not ended, so it is not counted against the
 * branch); in a month view a quarterly rule is judged in the quarter's last month on the whole quarter,
 * a yearly rule in December. A slot is short when fewer meetings than required were held in it. A slot
 * counts against the unit only when it has ended before {@code today} and the unit existed for the whole
 * of it (a branch set up or ended in the middle of a month is not rated for that month); meetings held in
 * uncounted slots still count as held.
 *
 * <p>CELL rules apply to each 党小组 of a branch; a branch's slot is short when any of its cells is short.
 * LEADING_GROUP rules rate the leading group, listed under its own name.
 *
 * <p>Rating: GREEN with no short slot; YELLOW with one or two short slots when every required type was held
 * at least once in the period; RED otherwise.
 */
public final class ComplianceRules {
    /**
     * The default requirements (支部工作条例 and common practice), as the first migration inserts them:
     * 支委会, 党小组会 (per cell) and 主题党日 monthly; 党员大会 and 党课 quarterly; 组织生活会 and 民主评议党员
     * yearly per branch; 民主生活会 yearly for the leading group.
     */
    public static final List<ComplianceRule> DEFAULTS = List.of(
            new ComplianceRule(null, MeetingType.BRANCH_COMMITTEE, OrgKind.BRANCH, PeriodKind.MONTH, 1, true),
            new ComplianceRule(null, MeetingType.CELL_MEETING, OrgKind.CELL, PeriodKind.MONTH, 1, true),
            new ComplianceRule(null, MeetingType.THEMED_PARTY_DAY, OrgKind.BRANCH, PeriodKind.MONTH, 1, true),
            new ComplianceRule(null, MeetingType.BRANCH_ASSEMBLY, OrgKind.BRANCH, PeriodKind.QUARTER, 1, true),
            new ComplianceRule(null, MeetingType.PARTY_LESSON, OrgKind.BRANCH, PeriodKind.QUARTER, 1, true),
            new ComplianceRule(null, MeetingType.ORGANIZATIONAL_LIFE_MEETING, OrgKind.BRANCH, PeriodKind.YEAR, 1, true),
            new ComplianceRule(null, MeetingType.MEMBER_APPRAISAL, OrgKind.BRANCH, PeriodKind.YEAR, 1, true),
            new ComplianceRule(null, MeetingType.DEMOCRATIC_LIFE_MEETING, OrgKind.LEADING_GROUP, PeriodKind.YEAR, 1, true));

    /** The unit kinds a rule may apply to, and the periods it may count in. */
    public static final List<OrgKind> RULE_UNIT_KINDS = List.of(OrgKind.BRANCH, OrgKind.CELL, OrgKind.LEADING_GROUP);
    public static final List<PeriodKind> RULE_PERIODS = List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);

    private ComplianceRules() {
    }

    /**
     * Rates every branch and leading group of {@code units} that existed during the period, in org tree
     * order (siblings by sort order, then name).
     *
     * @param units all org units (the tree is walked from its roots)
     * @param held  meetings per unit, type and month, covering at least the whole year of the period
     */
    public static List<BranchCompliance> evaluate(List<ComplianceRule> rules, List<OrgUnit> units, List<HeldCount> held,
                                                  CompliancePeriod period, LocalDate today) {
        return new Year(units, held, period.year()).evaluate(rules, period, today);
    }

    /**
     * What every period of one year is rated from, made once: the year's meetings held per unit, type and month, and
     * the units in org tree order with their cells. A matrix rates its months or quarters and the whole year from one.
     */
    public static final class Year {
        private final int year;
        private final Map<Integer, Map<MeetingType, int[]>> byUnit = new HashMap<>();
        private final Map<Integer, List<OrgUnit>> children;
        private final List<OrgUnit> treeOrder;

        /**
         * @param units all org units (the tree is walked from its roots)
         * @param held  meetings per unit, type and month, covering at least the whole {@code year}
         */
        public Year(List<OrgUnit> units, List<HeldCount> held, int year) {
            this.year = year;
            for (HeldCount h : held) {
                if (h.year() == year && h.month() >= 1 && h.month() <= 12) {
                    byUnit.computeIfAbsent(h.orgUnitId(), k -> new EnumMap<>(MeetingType.class))
                            .computeIfAbsent(h.type(), k -> new int[13])[h.month()] += h.count();
                }
            }
            children = childrenOf(units);
            treeOrder = treeOrder(units, children);
        }

        /** {@link ComplianceRules#evaluate} for {@code period}, a period of this year. */
        public List<BranchCompliance> evaluate(List<ComplianceRule> rules, CompliancePeriod period, LocalDate today) {
            if (period.year() != year) {
                throw new IllegalArgumentException("period " + period + " is not of " + year);
            }
            Map<PeriodKind, List<Slot>> slots = new EnumMap<>(PeriodKind.class); // a period kind's slots, the same for every unit
            List<BranchCompliance> out = new ArrayList<>();
            for (OrgUnit unit : treeOrder) {
                if ((unit.kind() == OrgKind.BRANCH || unit.kind() == OrgKind.LEADING_GROUP) && existedDuring(unit, period)) {
                    List<OrgUnit> cells = unit.kind() == OrgKind.BRANCH
                            ? children.getOrDefault(unit.id(), List.of()).stream().filter(c -> c.kind() == OrgKind.CELL).toList()
                            : List.of();
                    out.add(rate(unit, cells, rules, slots, byUnit, period, today));
                }
            }
            return out;
        }
    }

    private static Map<Integer, List<OrgUnit>> childrenOf(List<OrgUnit> units) {
        Map<Integer, List<OrgUnit>> children = new HashMap<>();
        for (OrgUnit u : units) {
            children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
        }
        children.values().forEach(list -> list.sort(OrgUnit.ORDER));
        return children;
    }

    /** The units in org tree order: pre-order from the roots, siblings by (sort order, name). */
    private static List<OrgUnit> treeOrder(List<OrgUnit> units, Map<Integer, List<OrgUnit>> children) {
        Set<Integer> ids = new java.util.HashSet<>();
        units.forEach(u -> ids.add(u.id()));
        List<OrgUnit> out = new ArrayList<>();
        // roots: no parent, or a parent that is not among the units
        List<OrgUnit> roots = new ArrayList<>();
        for (var e : children.entrySet()) {
            if (e.getKey() == null || !ids.contains(e.getKey())) {
                roots.addAll(e.getValue());
            }
        }
        roots.sort(OrgUnit.ORDER);
        java.util.ArrayDeque<OrgUnit> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            OrgUnit u = stack.pop();
            out.add(u);
            List<OrgUnit> kids = children.getOrDefault(u.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    private static boolean existedDuring(OrgUnit u, CompliancePeriod period) {
        return (u.establishedOn() == null || !u.establishedOn().isAfter(period.end()))
                && (u.endedOn() == null || u.endedOn().isAfter(period.start()));
    }

    /** A slot of a rule: its label, first and last month (1–12), and its first and last day. */
    private record Slot(String label, int firstMonth, int lastMonth, LocalDate first, LocalDate last) {
        Slot(String label, int year, int firstMonth, int lastMonth) {
            this(label, firstMonth, lastMonth, LocalDate.of(year, firstMonth, 1),
                    LocalDate.of(year, lastMonth, 1).plusMonths(1).minusDays(1));
        }
    }

    private static List<Slot> slots(PeriodKind kind, CompliancePeriod period) {
        int year = period.year();
        int from = period.start().getMonthValue();
        int to = period.end().getMonthValue();
        List<Slot> out = new ArrayList<>();
        switch (kind) {
            case MONTH -> {
                for (int m = from; m <= to; m++) {
                    out.add(new Slot(String.format("%d-%02d", year, m), year, m, m));
                }
            }
            case QUARTER -> {
                // a quarter belongs to the period that holds its last month (a month view: the quarter's last month)
                for (int q = 1; q <= 4; q++) {
                    if (q * 3 >= from && q * 3 <= to) {
                        out.add(new Slot(year + "-Q" + q, year, q * 3 - 2, q * 3));
                    }
                }
            }
            case YEAR -> {
                if (to == 12) {
                    out.add(new Slot(String.valueOf(year), year, 1, 12));
                }
            }
            default -> throw new IllegalArgumentException("no compliance slots for period " + kind);
        }
        return out;
    }

    private static boolean counted(OrgUnit unit, Slot slot, LocalDate today) {
        return today.isAfter(slot.last()) && unit.activeOn(slot.first()) && unit.activeOn(slot.last());
    }

    private static int heldIn(Map<Integer, Map<MeetingType, int[]>> byUnit, int unitId, MeetingType type,
                              int firstMonth, int lastMonth) {
        int[] months = byUnit.getOrDefault(unitId, Map.of()).get(type);
        if (months == null) {
            return 0;
        }
        int sum = 0;
        for (int m = firstMonth; m <= lastMonth; m++) {
            sum += months[m];
        }
        return sum;
    }

    private static BranchCompliance rate(OrgUnit unit, List<OrgUnit> cells, List<ComplianceRule> rules,
                                         Map<PeriodKind, List<Slot>> slots, Map<Integer, Map<MeetingType, int[]>> byUnit,
                                         CompliancePeriod period, LocalDate today) {
        int from = period.start().getMonthValue();
        int to = period.end().getMonthValue();
        List<OrgUnit> selfAndCells = new ArrayList<>();
        selfAndCells.add(unit);
        selfAndCells.addAll(cells);

        Map<MeetingType, Integer> held = new EnumMap<>(MeetingType.class);
        for (OrgUnit u : selfAndCells) {
            for (var e : byUnit.getOrDefault(u.id(), Map.of()).entrySet()) {
                int n = 0;
                for (int m = from; m <= to; m++) {
                    n += e.getValue()[m];
                }
                if (n > 0) {
                    held.merge(e.getKey(), n, Integer::sum);
                }
            }
        }

        List<Shortfall> shortfalls = new ArrayList<>();
        List<Shortfall> pending = new ArrayList<>();
        boolean requiredTypeNeverHeld = false;
        for (ComplianceRule rule : rules) {
            if (!rule.active() || rule.required() <= 0) {
                continue;
            }
            List<OrgUnit> rated;
            if (unit.kind() == OrgKind.BRANCH && rule.unitKind() == OrgKind.BRANCH
                    || unit.kind() == OrgKind.LEADING_GROUP && rule.unitKind() == OrgKind.LEADING_GROUP) {
                rated = List.of(unit);
            } else if (unit.kind() == OrgKind.BRANCH && rule.unitKind() == OrgKind.CELL && !cells.isEmpty()) {
                rated = cells;
            } else {
                continue;
            }
            boolean anyCounted = false;
            int heldInSlots = 0;
            for (Slot slot : slots.computeIfAbsent(rule.period(), kind -> slots(kind, period))) {
                Set<String> shortUnits = new LinkedHashSet<>();
                Set<String> owingUnits = new LinkedHashSet<>();
                int worst = Integer.MAX_VALUE;
                int worstOwing = Integer.MAX_VALUE;
                for (OrgUnit u : rated) {
                    int n = heldIn(byUnit, u.id(), rule.meetingType(), slot.firstMonth(), slot.lastMonth());
                    heldInSlots += n;
                    if (counted(u, slot, today)) {
                        anyCounted = true;
                        if (n < rule.required()) {
                            shortUnits.add(u.name());
                            worst = Math.min(worst, n);
                        }
                    } else if (!today.isAfter(slot.last()) && u.activeOn(slot.last()) && n < rule.required()) {
                        owingUnits.add(u.name()); // the slot runs: still to be held before it ends
                        worstOwing = Math.min(worstOwing, n);
                    }
                }
                if (!shortUnits.isEmpty()) {
                    shortfalls.add(new Shortfall(rule.meetingType(), slot.label(), rule.required(), worst,
                            rule.unitKind() == OrgKind.CELL ? String.join("、", shortUnits) : null));
                }
                if (!owingUnits.isEmpty() && !today.isBefore(slot.first())) {
                    pending.add(new Shortfall(rule.meetingType(), slot.label(), rule.required(), worstOwing,
                            rule.unitKind() == OrgKind.CELL ? String.join("、", owingUnits) : null));
                }
            }
            held.putIfAbsent(rule.meetingType(), 0);
            if (anyCounted && heldInSlots == 0) {
                requiredTypeNeverHeld = true;
            }
        }
        Rating rating;
        if (shortfalls.isEmpty()) {
            rating = Rating.GREEN;
        } else if (shortfalls.size() <= 2 && !requiredTypeNeverHeld) {
            rating = Rating.YELLOW;
        } else {
            rating = Rating.RED;
        }
        return new BranchCompliance(unit.id(), unit.name(), rating, held, shortfalls, pending);
    }
}
