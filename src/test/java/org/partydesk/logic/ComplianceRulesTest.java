package org.partydesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.model.MeetingType.BRANCH_COMMITTEE;
import static org.partydesk.model.MeetingType.CELL_MEETING;
import static org.partydesk.model.MeetingType.DEMOCRATIC_LIFE_MEETING;
import static org.partydesk.model.MeetingType.MEMBER_APPRAISAL;
import static org.partydesk.model.MeetingType.PARTY_LESSON;

class ComplianceRulesTest {
    static final List<ComplianceRule> RULES = List.of(
            new ComplianceRule(1, BRANCH_COMMITTEE, OrgKind.BRANCH, PeriodKind.MONTH, 1, true),
            new ComplianceRule(2, PARTY_LESSON, OrgKind.BRANCH, PeriodKind.QUARTER, 1, true),
            new ComplianceRule(3, MEMBER_APPRAISAL, OrgKind.BRANCH, PeriodKind.YEAR, 1, true),
            new ComplianceRule(4, CELL_MEETING, OrgKind.CELL, PeriodKind.MONTH, 1, true),
            new ComplianceRule(5, DEMOCRATIC_LIFE_MEETING, OrgKind.LEADING_GROUP, PeriodKind.YEAR, 1, true),
            new ComplianceRule(6, MeetingType.THEMED_PARTY_DAY, OrgKind.BRANCH, PeriodKind.MONTH, 1, false));
    static final CompliancePeriod YEAR = new CompliancePeriod(2025, null);
    static final LocalDate AFTER = LocalDate.of(2026, 1, 10);

    static OrgUnit branch(int id, String name) {
        return new OrgUnit(id, 100, OrgKind.BRANCH, name, null, false, null, null, id);
    }

    static final OrgUnit ORGAN = new OrgUnit(100, null, OrgKind.ORGAN_COMMITTEE, "机关党委", null, false, null, null, 1);

    /** Everything a branch needs in 2025, except the months and quarters skipped. */
    static List<HeldCount> complete(int unit, Set<Integer> noCommitteeIn, Set<Integer> noLessonInQuarter, boolean appraisal) {
        List<HeldCount> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            if (!noCommitteeIn.contains(m)) {
                out.add(new HeldCount(unit, BRANCH_COMMITTEE, 2025, m, 1));
            }
        }
        for (int q = 1; q <= 4; q++) {
            if (!noLessonInQuarter.contains(q)) {
                out.add(new HeldCount(unit, PARTY_LESSON, 2025, q * 3, 1));
            }
        }
        if (appraisal) {
            out.add(new HeldCount(unit, MEMBER_APPRAISAL, 2025, 12, 1));
        }
        return out;
    }

    static BranchCompliance only(List<HeldCount> held, CompliancePeriod period, LocalDate today) {
        return ComplianceRules.evaluate(RULES, List.of(ORGAN, branch(1, "第一党支部")), held, period, today).get(0);
    }

    @Test
    void greenWhenNoSlotIsShort() {
        BranchCompliance r = only(complete(1, Set.of(), Set.of(), true), YEAR, AFTER);
        assertThat(r.rating()).isEqualTo(Rating.GREEN);
        assertThat(r.shortfalls()).isEmpty();
        assertThat(r.held()).containsEntry(BRANCH_COMMITTEE, 12).containsEntry(PARTY_LESSON, 4)
                .containsEntry(MEMBER_APPRAISAL, 1).doesNotContainKey(MeetingType.THEMED_PARTY_DAY);
    }

    @Test
    void yellowWithOneOrTwoShortSlotsWhenEveryTypeWasHeld() {
        BranchCompliance one = only(complete(1, Set.of(4), Set.of(), true), YEAR, AFTER);
        assertThat(one.rating()).isEqualTo(Rating.YELLOW);
        assertThat(one.shortfalls()).containsExactly(new Shortfall(BRANCH_COMMITTEE, "2025-04", 1, 0, null));
        BranchCompliance two = only(complete(1, Set.of(4), Set.of(3), true), YEAR, AFTER);
        assertThat(two.rating()).isEqualTo(Rating.YELLOW);
        assertThat(two.shortfalls()).containsExactly(new Shortfall(BRANCH_COMMITTEE, "2025-04", 1, 0, null),
                new Shortfall(PARTY_LESSON, "2025-Q3", 1, 0, null));
    }

    @Test
    void redWhenARequiredTypeWasNeverHeldEvenWithOneShortSlot() {
        BranchCompliance r = only(complete(1, Set.of(), Set.of(), false), YEAR, AFTER);
        assertThat(r.shortfalls()).containsExactly(new Shortfall(MEMBER_APPRAISAL, "2025", 1, 0, null));
        assertThat(r.rating()).isEqualTo(Rating.RED);
        assertThat(r.held()).containsEntry(MEMBER_APPRAISAL, 0);
    }

    @Test
    void redWithThreeShortSlots() {
        BranchCompliance r = only(complete(1, Set.of(2, 5, 8), Set.of(), true), YEAR, AFTER);
        assertThat(r.shortfalls()).extracting(Shortfall::slot).containsExactly("2025-02", "2025-05", "2025-08");
        assertThat(r.rating()).isEqualTo(Rating.RED);
    }

    @Test
    void slotsNotYetOverAreNotCountedButTheirMeetingsAreHeld() {
        // 2025-06-15: June, Q2 and the year are not over; July onwards nothing was held yet.
        List<HeldCount> held = new ArrayList<>(complete(1, Set.of(6, 7, 8, 9, 10, 11, 12), Set.of(2, 3, 4), false));
        held.add(new HeldCount(1, BRANCH_COMMITTEE, 2025, 6, 2));
        BranchCompliance r = only(held, YEAR, LocalDate.of(2025, 6, 15));
        assertThat(r.rating()).isEqualTo(Rating.GREEN);
        assertThat(r.held()).containsEntry(BRANCH_COMMITTEE, 7);
        // on the last day of a month the month is still open
        assertThat(only(complete(1, Set.of(5), Set.of(), true), YEAR, LocalDate.of(2025, 5, 31)).rating()).isEqualTo(Rating.GREEN);
        assertThat(only(complete(1, Set.of(5), Set.of(), true), YEAR, LocalDate.of(2025, 6, 1)).shortfalls())
                .containsExactly(new Shortfall(BRANCH_COMMITTEE, "2025-05", 1, 0, null));
    }

    @Test
    void aQuarterHasThreeMonthlySlotsOneQuarterlyAndTheYearlyOnlyInTheFourth() {
        CompliancePeriod q2 = new CompliancePeriod(2025, 2);
        BranchCompliance r = only(complete(1, Set.of(4, 5), Set.of(2), false), q2, AFTER);
        assertThat(r.shortfalls()).extracting(Shortfall::slot).containsExactly("2025-04", "2025-05", "2025-Q2");
        assertThat(r.held()).containsEntry(BRANCH_COMMITTEE, 1).containsEntry(PARTY_LESSON, 0);
        assertThat(r.rating()).isEqualTo(Rating.RED);
        // no appraisal all year: only the Q4 view judges the yearly requirement, on the whole year
        assertThat(only(complete(1, Set.of(), Set.of(), false), new CompliancePeriod(2025, 3), AFTER).rating())
                .isEqualTo(Rating.GREEN);
        assertThat(only(complete(1, Set.of(), Set.of(), false), new CompliancePeriod(2025, 4), AFTER).shortfalls())
                .containsExactly(new Shortfall(MEMBER_APPRAISAL, "2025", 1, 0, null));
        List<HeldCount> appraisedInMarch = new ArrayList<>(complete(1, Set.of(), Set.of(), false));
        appraisedInMarch.add(new HeldCount(1, MEMBER_APPRAISAL, 2025, 3, 1));
        assertThat(only(appraisedInMarch, new CompliancePeriod(2025, 4), AFTER).rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void aTemporaryBranchIsRatedOnlyForTheSlotsItExistedThrough() {
        OrgUnit temporary = new OrgUnit(2, 100, OrgKind.BRANCH, "临时党支部", null, true,
                LocalDate.of(2025, 3, 15), LocalDate.of(2025, 8, 20), 2);
        List<HeldCount> held = List.of(new HeldCount(2, BRANCH_COMMITTEE, 2025, 4, 1),
                new HeldCount(2, BRANCH_COMMITTEE, 2025, 5, 1), new HeldCount(2, BRANCH_COMMITTEE, 2025, 7, 1),
                new HeldCount(2, PARTY_LESSON, 2025, 5, 1), new HeldCount(2, PARTY_LESSON, 2025, 8, 1));
        var results = ComplianceRules.evaluate(RULES, List.of(ORGAN, temporary), held, YEAR, AFTER);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.shortfalls()).containsExactly(new Shortfall(BRANCH_COMMITTEE, "2025-06", 1, 0, null));
            assertThat(r.rating()).isEqualTo(Rating.YELLOW);
        });
        OrgUnit endedBefore = new OrgUnit(3, 100, OrgKind.BRANCH, "已撤销党支部", null, true,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 3);
        assertThat(ComplianceRules.evaluate(RULES, List.of(ORGAN, endedBefore), List.of(), YEAR, AFTER)).isEmpty();
    }

    @Test
    void cellsAreRatedPerCellAndTheLeadingGroupIsListedInTreeOrder() {
        OrgUnit group = new OrgUnit(50, null, OrgKind.LEADING_GROUP, "局党组", null, false, null, null, 0);
        OrgUnit b = branch(1, "第一党支部");
        OrgUnit cellA = new OrgUnit(10, 1, OrgKind.CELL, "第一党小组", null, false, null, null, 1);
        OrgUnit cellB = new OrgUnit(11, 1, OrgKind.CELL, "第二党小组", null, false, null, null, 2);
        OrgUnit b2 = new OrgUnit(7, 100, OrgKind.BRANCH, "第二党支部", null, false, null, null, 2);
        List<HeldCount> held = new ArrayList<>(complete(1, Set.of(), Set.of(), true));
        held.addAll(complete(7, Set.of(), Set.of(), true));
        for (int m = 1; m <= 12; m++) {
            held.add(new HeldCount(10, CELL_MEETING, 2025, m, 1));
            if (m != 3) {
                held.add(new HeldCount(11, CELL_MEETING, 2025, m, 1));
            }
        }
        held.add(new HeldCount(50, DEMOCRATIC_LIFE_MEETING, 2025, 12, 1));
        var results = ComplianceRules.evaluate(RULES, List.of(b2, cellB, b, ORGAN, cellA, group), held, YEAR, AFTER);
        assertThat(results).extracting(BranchCompliance::branch).containsExactly("局党组", "第一党支部", "第二党支部");
        assertThat(results.get(0).rating()).isEqualTo(Rating.GREEN);
        assertThat(results.get(0).held()).containsOnlyKeys(DEMOCRATIC_LIFE_MEETING);
        BranchCompliance first = results.get(1);
        assertThat(first.held()).containsEntry(CELL_MEETING, 23);
        assertThat(first.shortfalls()).containsExactly(new Shortfall(CELL_MEETING, "2025-03", 1, 0, "第二党小组"));
        assertThat(first.rating()).isEqualTo(Rating.YELLOW);
        assertThat(results.get(2).held()).doesNotContainKey(CELL_MEETING);
        assertThat(results.get(2).rating()).isEqualTo(Rating.GREEN);
    }

    @Test
    void whileThePeriodRunsItsOpenSlotsLackingMeetingsArePendingAndNotRated() {
        // 2025-11-20: November and the fourth quarter run; October has ended
        OrgUnit b = branch(1, "第一党支部");
        List<HeldCount> held = List.of(new HeldCount(1, BRANCH_COMMITTEE, 2025, 10, 1));
        BranchCompliance q4 = ComplianceRules.evaluate(RULES, List.of(ORGAN, b), held, new CompliancePeriod(2025, 4),
                LocalDate.of(2025, 11, 20)).get(0);
        assertThat(q4.rating()).isEqualTo(Rating.GREEN);
        assertThat(q4.shortfalls()).isEmpty();
        // this month's 支委会, the quarter's 党课 and the year's 民主评议 are still to be held; December has not begun
        assertThat(q4.pending()).containsExactly(new Shortfall(BRANCH_COMMITTEE, "2025-11", 1, 0, null),
                new Shortfall(PARTY_LESSON, "2025-Q4", 1, 0, null), new Shortfall(MEMBER_APPRAISAL, "2025", 1, 0, null));
        // once the quarter has ended nothing is pending: what was missed is a shortfall
        BranchCompliance ended = ComplianceRules.evaluate(RULES, List.of(ORGAN, b), held, new CompliancePeriod(2025, 4),
                AFTER).get(0);
        assertThat(ended.pending()).isEmpty();
        assertThat(ended.shortfalls()).extracting(Shortfall::slot).containsExactly("2025-11", "2025-12", "2025-Q4", "2025");
    }
}
