package org.partydesk.app.dues;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.logic.DuesRules;
import org.partydesk.logic.UnitNames;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's 党费 figures summed by SQLite (decision 0024) against the former reckoning of every member's every month
 * through {@link DuesBook}: months paid, part paid, paid nothing, waived and not recorded at all, bases of two years
 * (one of 0 元, one with a voluntary amount), a 预备党员 admitted in the year, a member without a base and one moved
 * between branches; each year seen from several days (a past year, the current year late and early in it).
 */
class DuesYearFiguresTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        int zhang = f.member("张伟");
        int li = f.member("李四");
        int wang = f.member("王五");
        int zhao = f.member("赵六");
        int chen = f.member("陈新");
        dues.setBase(zhang, 2025, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
        dues.setBase(zhang, 2026, DuesBaseKind.SALARY, new BigDecimal("6200"), new BigDecimal("100"), null);
        dues.setBase(li, 2025, DuesBaseKind.PENSION, new BigDecimal("5000"), null, null);
        dues.setBase(wang, 2026, DuesBaseKind.STUDENT, null, null, null);
        dues.setBase(chen, 2026, DuesBaseKind.SALARY, new BigDecimal("3000"), null, null);
        dues.setBase(zhao, 2026, DuesBaseKind.SALARY, BigDecimal.ZERO, null, null);
        Random random = new Random(20261201L);
        for (int member : List.of(zhang, li, wang, chen, zhao)) {
            for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2026, 12)); m = m.plusMonths(1)) {
                if (!dues.month(member, m).state().equals(DuesMonth.State.NOT_DUE)) {
                    // 王五 owes May to November of 2026: months paid nothing and months not recorded
                    boolean owing = member == wang && m.isAfter(YearMonth.of(2026, 4));
                    record(member, m, owing ? (m.getMonthValue() % 2 == 0 ? 5 : 9) : random.nextInt(10));
                }
            }
        }
        new org.partydesk.app.org.Members(f.ws).move(li, f.branch("第二党支部"), LocalDate.of(2026, 5, 1));
    }

    private void record(int member, YearMonth m, int draw) {
        BigDecimal due = dues.due(member, m).orElseThrow();
        LocalDate day = m.atDay(12);
        if (draw < 4) {
            dues.pay(member, m, due, day, "组织委员", null);
        } else if (draw < 5) {
            dues.pay(member, m, due.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN), day, "组织委员", null);
        } else if (draw < 6) {
            dues.pay(member, m, BigDecimal.ZERO, null, null, null);
        } else if (draw < 7) {
            dues.waive(member, m, "机关党委批准");
        } // else: the month is not recorded
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theYearsFiguresAreThoseOfEveryMemberMonthByMonth() {
        for (LocalDateTime now : List.of(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 3, 20, 9, 0),
                LocalDateTime.of(2026, 1, 15, 9, 0), LocalDateTime.of(2027, 7, 1, 9, 0))) {
            f.clock.set(now);
            for (int year = 2024; year <= 2027; year++) {
                if (year > now.getYear()) {
                    continue;
                }
                Dues.YearByBranch expected = formerFigures(year);
                Dues.YearByBranch byBranch = dues.yearByBranch(year);
                String what = year + " seen on " + now.toLocalDate();
                assertThat(byBranch.total()).as(what).isEqualTo(expected.total());
                assertThat(byBranch.branches()).as(what).isEqualTo(expected.branches());
                Dues.YearFigures y = dues.year(year);
                assertThat(new DuesFigures(year + "年", y.due(), y.paid(), y.behind6())).as(what).isEqualTo(expected.total());
            }
        }
        f.clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(dues.year(2026).behind6()).as("the sample has members six months behind").isPositive();
        assertThat(dues.yearByBranch(2026).branches()).extracting(DuesFigures::unit).contains("第一党支部", "第二党支部");
    }

    @Test
    void theAnnualSummarysDuesAreTheMonthsEndedAndTheWorkbooksRowsReckonedOnOrOnceForBothInAYearEnded() {
        for (LocalDateTime now : List.of(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 1, 15, 9, 0),
                LocalDateTime.of(2027, 7, 1, 9, 0))) {
            f.clock.set(now);
            for (int year = 2024; year <= now.getYear(); year++) {
                String what = year + " seen on " + now.toLocalDate();
                Dues.Annual both = dues.annual(year, true);
                assertThat(both.ended()).as(what).isEqualTo(dues.endedMonths(year));
                assertThat(both.byBranch()).as(what).isEqualTo(dues.yearByBranch(year));
                Dues.Annual summaryOnly = dues.annual(year, false);
                assertThat(summaryOnly.ended()).as(what).isEqualTo(both.ended());
                assertThat(summaryOnly.byBranch()).as(what).isNull();
            }
        }
        f.clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(dues.annual(2025, true).ended().through()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(dues.annual(2025, true).byBranch().branches()).as("2025 has dues to compare").isNotEmpty();
        assertThat(dues.annual(2026, true).ended().through()).as("this year: up to last month").isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aBranchsMonthsGridAndMembersBehindAreTheBureausBookKeptToTheBranch() {
        MemberRepository members = new MemberRepository(f.ws.database());
        for (LocalDateTime now : List.of(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 6, 20, 9, 0))) {
            f.clock.set(now);
            YearMonth thisMonth = YearMonth.from(now);
            DuesBook whole = dues.book(YearMonth.of(2019, 1), YearMonth.of(2026, 12));
            for (String name : List.of("第一党支部", "第二党支部")) {
                int branch = f.branch(name);
                String what = name + " seen on " + now.toLocalDate();
                List<Dues.Totals> year = dues.branchYear(branch, 2026);
                for (YearMonth m = YearMonth.of(2025, 1); !m.isAfter(thisMonth); m = m.plusMonths(1)) {
                    LocalDate end = m.atEndOfMonth();
                    List<Integer> ids = members.branchIdsOfAll(end).entrySet().stream()
                            .filter(e -> e.getValue() == branch).map(Map.Entry::getKey).sorted().toList();
                    assertThat(members.branchMemberIds(branch, end)).as(what + " " + m).containsExactlyInAnyOrderElementsOf(ids);
                    Dues.Totals expected = formerTotals(whole, ids, m);
                    assertThat(dues.branchMonth(branch, m)).as(what + " " + m).isEqualTo(expected);
                    if (m.getYear() == 2026) {
                        assertThat(year.get(m.getMonthValue() - 1)).as(what + " " + m).isEqualTo(expected);
                    }
                    for (int id : ids) {
                        assertThat(dues.month(id, m)).as(what + " " + m + " member " + id).isEqualTo(whole.month(id, m));
                    }
                    if (m.isBefore(thisMonth)) {
                        List<Dues.BehindMember> all = dues.behindAt(null, m);
                        assertThat(dues.behindAt(branch, m)).as(what + " behind at " + m)
                                .isEqualTo(all.stream().filter(b -> ids.contains(b.memberId())).toList());
                    }
                }
                for (Dues.MemberYear row : dues.grid(branch, 2026)) {
                    for (int i = 0; i < 12; i++) {
                        assertThat(row.months().get(i)).as(what + " grid " + row.name() + " month " + (i + 1))
                                .isEqualTo(whole.month(row.memberId(), YearMonth.of(2026, i + 1)));
                    }
                    assertThat(row.base()).isEqualTo(whole.base(row.memberId(), 2026).orElse(null));
                }
            }
        }
        f.clock.set(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(java.util.stream.Stream.of("第一党支部", "第二党支部")
                .flatMap(b -> dues.behindAt(f.branch(b), YearMonth.of(2026, 10)).stream()).map(Dues.BehindMember::name))
                .as("members behind were compared: 王五 owes since May").contains("王五");
    }

    /** A branch's month as {@code Dues.totals} reckons it, from the whole bureau's book. */
    private static Dues.Totals formerTotals(DuesBook book, List<Integer> ids, YearMonth month) {
        BigDecimal due = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        int waived = 0;
        int owing = 0;
        for (int id : ids) {
            DuesMonth dm = book.month(id, month);
            if (dm.state() == DuesMonth.State.NOT_DUE) {
                continue;
            }
            owing++;
            if (dm.state() == DuesMonth.State.WAIVED) {
                waived++;
                continue;
            }
            due = due.add(dm.due());
            paid = paid.add(dm.paid());
        }
        return new Dues.Totals(Dues.text(month), owing, due, paid, waived);
    }

    /** The figures as {@code Dues} reckoned them before decision 0024: every member's every month from one {@link DuesBook}. */
    private Dues.YearByBranch formerFigures(int year) {
        DuesRules rules = DuesRules.standard();
        LocalDate today = dues.today();
        YearMonth now = YearMonth.from(today);
        YearMonth last = YearMonth.of(year, 12).isAfter(now) ? now : YearMonth.of(year, 12);
        YearMonth from = YearMonth.of(year, 1).minusMonths(rules.flagMonths());
        String label = year + "年";
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        DuesBook book = dues.book(from, last);
        MemberRepository members = new MemberRepository(f.ws.database());
        List<Integer> ids = members.all().stream().map(Member::id).toList();
        YearMonth lastPaid = now.minusMonths(1);
        YearMonth through = lastPaid.isBefore(last) ? lastPaid : last;
        List<Integer> behind = ids.stream().filter(id -> book.behind(id, through).months() >= rules.flagMonths()).toList();
        BigDecimal due = zero;
        BigDecimal paid = zero;
        int none = Integer.MIN_VALUE;
        List<LocalDate> ends = new ArrayList<>(months.stream().map(YearMonth::atEndOfMonth).toList());
        ends.add(through.atEndOfMonth());
        Map<LocalDate, Map<Integer, Integer>> branchesOn = members.branchIdsOfAll(ends);
        Map<Integer, BigDecimal[]> sums = new HashMap<>();
        for (YearMonth m : months) {
            for (int id : ids) {
                DuesMonth dm = book.month(id, m);
                if (dm.state() == DuesMonth.State.NOT_DUE || dm.state() == DuesMonth.State.WAIVED) {
                    continue;
                }
                due = due.add(dm.due());
                paid = paid.add(dm.paid());
                BigDecimal[] sum = sums.computeIfAbsent(branchesOn.get(m.atEndOfMonth()).getOrDefault(id, none),
                        k -> new BigDecimal[] {zero, zero});
                sum[0] = sum[0].add(dm.due());
                sum[1] = sum[1].add(dm.paid());
            }
        }
        Map<Integer, Integer> behindBy = new HashMap<>();
        behind.forEach(id -> behindBy.merge(branchesOn.get(through.atEndOfMonth()).getOrDefault(id, none), 1, Integer::sum));
        List<OrgUnit> units = new OrgRepository(f.ws.database()).all().stream()
                .sorted(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::id)).toList();
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        List<Integer> order = new ArrayList<>(units.stream().map(OrgUnit::id).toList());
        order.add(none);
        List<DuesFigures> rows = new ArrayList<>();
        for (int unit : order) {
            BigDecimal[] sum = sums.get(unit);
            if (sum != null || behindBy.containsKey(unit)) {
                rows.add(new DuesFigures(unit == none ? Dues.NO_BRANCH : names.get(unit), sum == null ? zero : sum[0],
                        sum == null ? zero : sum[1], behindBy.getOrDefault(unit, 0)));
            }
        }
        if (months.isEmpty() || due.signum() == 0 && paid.signum() == 0 && behind.isEmpty() && sums.isEmpty()) {
            return new Dues.YearByBranch(new DuesFigures(label, zero, zero, 0), List.of());
        }
        return new Dues.YearByBranch(new DuesFigures(label, due, paid, behind.size()), rows);
    }
}
