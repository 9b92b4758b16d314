package org.partydesk.app.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.logic.DuesRules;
import org.partydesk.logic.UnitNames;
import org.partydesk.model.DuesBase;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.DuesRemittance;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.DuesRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.Tx;

/**
 * 党费 (issue 20, decision 0020): each member's yearly base, the due of each month by {@link DuesRules}, payments,
 * back-payments (补缴: paid after the month) and 减免 with the approval, per-branch monthly and yearly totals, the
 * branches' 上缴, the members behind by 3 and 6 months, and the collection rate (收缴率). Every write is one
 * audited transaction.
 */
public final class Dues {
    private final Workspace ws;
    private final DuesRules rules = DuesRules.standard();
    private final DuesRepository repo;
    private final MemberRepository members;

    public Dues(Workspace ws) {
        this.ws = ws;
        this.repo = new DuesRepository(ws.database());
        this.members = new MemberRepository(ws.database());
    }

    public LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    public DuesRules rules() {
        return rules;
    }

    /** Months unpaid in a row that are reminded (3, {@link DuesRules#remindMonths}). */
    public int remindMonths() {
        return rules.remindMonths();
    }

    // ---- bases ------------------------------------------------------------------------------------------

    /**
     * Sets a member's 党费基数 for {@code year}: its kind, the monthly 税后工资 or 离退休费 (元; ignored for the fixed
     * kinds) and the voluntary higher monthly amount (null: none). A second call for the same year changes it (the
     * audit trail keeps the earlier value); earlier years stay as the history. Returns the row's id.
     */
    public int setBase(int memberId, int year, DuesBaseKind kind, BigDecimal amount, BigDecimal voluntary, String note) {
        Member m = member(memberId);
        if (kind.hasAmount()) {
            if (amount == null) {
                throw new InputRejectedException("请填写“" + m.name() + "”每月的" + (kind == DuesBaseKind.SALARY ? "税后工资" : "离退休费")
                        + "（元），作为党费基数");
            }
            checkAmount(amount, "党费基数", true);
        }
        if (voluntary != null) {
            checkAmount(voluntary, "自愿交纳的金额", false);
        }
        DuesBase base = new DuesBase(null, memberId, year, kind, kind.hasAmount() ? amount : BigDecimal.ZERO, voluntary,
                today(), blank(note));
        return ws.database().write(ws.operator(), tx -> DuesRepository.putBase(tx, base));
    }

    /** A member's bases, year after year. */
    public List<DuesBase> history(int memberId) {
        return repo.basesOf(memberId);
    }

    /** The due of a member's month: the recorded one, else by his base; empty when he owes nothing then. */
    public Optional<BigDecimal> due(int memberId, YearMonth month) {
        return Optional.ofNullable(book(month, month, List.of(memberId)).month(memberId, month).due());
    }

    /** One member's month as the ledger shows it. */
    public DuesMonth month(int memberId, YearMonth month) {
        return book(month, month, List.of(memberId)).month(memberId, month);
    }

    // ---- payments -----------------------------------------------------------------------------------------

    /**
     * Records what a member paid for {@code month} on {@code paidOn} to {@code collector}; the due is the
     * month's by his base (a recorded month keeps its due). Paid on a day after the month, it is a 补缴. A month
     * recorded again is replaced (audited).
     */
    public DuesPayment pay(int memberId, YearMonth month, BigDecimal paid, LocalDate paidOn, String collector, String note) {
        return ws.database().write(ws.operator(), tx -> record(tx, memberId, month, null, paid, paidOn, collector, note));
    }

    /** Records one collection of a month for several members at once (batch entry): one transaction. */
    public List<DuesPayment> payAll(YearMonth month, Map<Integer, BigDecimal> paidByMember, LocalDate paidOn, String collector) {
        return ws.database().write(ws.operator(), tx -> {
            List<DuesPayment> out = new ArrayList<>();
            for (var e : paidByMember.entrySet()) {
                out.add(record(tx, e.getKey(), month, null, e.getValue(), paidOn, collector, null));
            }
            return out;
        });
    }

    /**
     * 减免 of a member's month, with the approval ({@code approval}: who approved, the document); what was paid
     * stays recorded.
     */
    public DuesPayment waive(int memberId, YearMonth month, String approval) {
        String note = blank(approval);
        Member m = member(memberId);
        if (note == null) {
            throw new InputRejectedException("减免“" + m.name() + "”" + text(month) + "的党费须写明批准情况（批准的党组织、日期或文号）");
        }
        return ws.database().write(ws.operator(), tx -> {
            DuesBook book = book(month, month, List.of(memberId));
            DuesMonth dm = book.month(memberId, month);
            if (dm.state() == DuesMonth.State.NOT_DUE) {
                throw new InputRejectedException(notDueReason(m, month));
            }
            DuesPayment p = new DuesPayment(null, memberId, month, dm.due(), dm.paid(),
                    dm.payment() == null ? null : dm.payment().paidOn(), dm.payment() == null ? null : dm.payment().collector(),
                    true, note, dm.payment() == null ? null : dm.payment().note());
            DuesRepository.putPayment(tx, p);
            return DuesRepository.payment(tx, memberId, month).orElseThrow();
        });
    }

    /**
     * Records a member's month inside {@code tx} (shared with the ledger import): {@code due} null takes the
     * month's due by the member's base. Refuses a month he owes nothing for, an amount below zero or finer than
     * a 分, a payment without its day or dated in the future.
     */
    DuesPayment record(Tx tx, int memberId, YearMonth month, BigDecimal due, BigDecimal paid, LocalDate paidOn,
                       String collector, String note) {
        Member m = member(memberId);
        checkAmount(paid, "实缴金额", true);
        if (paid.signum() > 0 && paidOn == null) {
            throw new InputRejectedException("请填写“" + m.name() + "”" + text(month) + "党费的交纳日期");
        }
        if (paidOn != null && paidOn.isAfter(today())) {
            throw new InputRejectedException("交纳日期 " + paidOn + " 晚于今天（" + today() + "）；请核对");
        }
        DuesBook book = book(month, month, List.of(memberId));
        DuesMonth dm = book.month(memberId, month);
        BigDecimal owed = due;
        if (owed == null) {
            owed = book.computedDue(memberId, month).orElse(dm.due());
        } else {
            checkAmount(owed, "应缴金额", true);
        }
        if (owed == null || !book.member(memberId, month)) {
            throw new InputRejectedException(notDueReason(m, month));
        }
        DuesPayment old = dm.payment();
        DuesPayment p = new DuesPayment(null, memberId, month, owed, paid.setScale(2), paidOn,
                blank(collector), old != null && old.waived(), old == null ? null : old.waiverNote(),
                note != null ? blank(note) : old == null ? null : old.note());
        DuesRepository.putPayment(tx, p);
        return DuesRepository.payment(tx, memberId, month).orElseThrow();
    }

    /** Why {@code m} owes nothing for {@code month}: not yet admitted, left, or no base (a sentence saying what to do). */
    public String notDueReason(Member m, YearMonth month) {
        if (m.joinedOn() != null && month.isBefore(rules.firstMonth(m.joinedOn()))) {
            return "“" + m.name() + "”" + m.joinedOn() + " 入党，" + text(month) + "还不需交纳党费。" + rules.startRule() + "。";
        }
        if (m.leftOn() != null && month.isAfter(YearMonth.from(m.leftOn()))) {
            return "“" + m.name() + "”已于 " + m.leftOn() + " 离开，" + text(month) + "不再交纳党费";
        }
        return "“" + m.name() + "”还没有核定" + month.getYear() + "年的党费基数；请先核定党费基数，再登记交纳";
    }

    // ---- 上缴 -----------------------------------------------------------------------------------------------

    /** Records a branch's 上缴 to the committee above, for the months {@code from} to {@code to}. Returns its id. */
    public int remit(int branchId, YearMonth from, YearMonth to, BigDecimal amount, LocalDate on, String note) {
        OrgUnit unit = unit(branchId);
        if (to.isBefore(from)) {
            throw new InputRejectedException("上缴的起止月份颠倒了：" + text(from) + "在" + text(to) + "之后");
        }
        checkAmount(amount, "上缴金额", false);
        if (on == null) {
            throw new InputRejectedException("请填写“" + unit.name() + "”上缴党费的日期");
        }
        return ws.database().write(ws.operator(), tx -> DuesRepository.addRemittance(tx,
                new DuesRemittance(null, branchId, unit.name(), from, to, amount, on, blank(note))));
    }

    public List<DuesRemittance> remittances(Integer branchId) {
        return repo.remittances(branchId);
    }

    // ---- totals ---------------------------------------------------------------------------------------------

    /** A span's totals: members who owed, due and paid (元, waived months left out), months waived, 收缴率. */
    public record Totals(String label, int members, BigDecimal due, BigDecimal paid, int waived) {
        /** paid / due, as a fraction with four decimals (0 when nothing was due: no dues are kept). */
        public BigDecimal rate() {
            return due.signum() == 0 ? BigDecimal.ZERO.setScale(4) : paid.divide(due, 4, RoundingMode.HALF_UP);
        }
    }

    /** A branch's month: the members of the branch at the month's end. */
    public Totals branchMonth(int branchId, YearMonth month) {
        List<Integer> ids = branchMembers(branchId, month);
        return totals(text(month), book(month, month, ids), ids, List.of(month));
    }

    /**
     * A branch's months {@code from} to {@code to} together (each month its members at the month's end), the dues read
     * once: members who owed, due and paid, months waived.
     */
    public Totals branchMonths(int branchId, YearMonth from, YearMonth to) {
        return span(text(from) + "至" + text(to), branchId, from, to, new ArrayList<>());
    }

    /**
     * How far the branch's dues are registered: the last month from {@code from} to {@code to} in which anyone then a
     * member of the branch has a month recorded (paid, unpaid or waived); empty when no such month. Months after it
     * are not entered yet, whatever the members paid.
     */
    public Optional<YearMonth> lastRecorded(int branchId, YearMonth from, YearMonth to) {
        Map<YearMonth, Set<Integer>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, new HashSet<>(branchMembers(branchId, m)));
        }
        List<Integer> everyone = byMonth.values().stream().flatMap(Set::stream).distinct().toList();
        return repo.payments(from, to, everyone).stream()
                .filter(p -> byMonth.get(p.month()).contains(p.memberId()))
                .map(DuesPayment::month).max(Comparator.naturalOrder());
    }

    /** A branch's year, month by month (January to December), then the whole year last. */
    public List<Totals> branchYear(int branchId, int year) {
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        List<Totals> out = new ArrayList<>();
        out.add(span(year + "年", branchId, from, to, out));
        return out;
    }

    /**
     * A branch's months {@code from} to {@code to} together, each month's own totals added to {@code perMonth}; the dues
     * of the members of any of the months read once.
     */
    private Totals span(String label, int branchId, YearMonth from, YearMonth to, List<Totals> perMonth) {
        Map<YearMonth, List<Integer>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            byMonth.put(m, branchMembers(branchId, m));
        }
        DuesBook book = book(from, to, byMonth.values().stream().flatMap(List::stream).distinct().toList());
        BigDecimal due = zero();
        BigDecimal paid = zero();
        int waived = 0;
        Set<Integer> everyone = new HashSet<>();
        for (var e : byMonth.entrySet()) {
            YearMonth month = e.getKey();
            List<Integer> ids = e.getValue();
            Totals t = totals(text(month), book, ids, List.of(month));
            perMonth.add(t);
            due = due.add(t.due());
            paid = paid.add(t.paid());
            waived += t.waived();
            ids.stream().filter(id -> book.month(id, month).state() != DuesMonth.State.NOT_DUE).forEach(everyone::add);
        }
        return new Totals(label, everyone.size(), due, paid, waived);
    }

    /**
     * A year's figures for the whole bureau (stats): due and paid of the months of {@code year} up to this month,
     * the 收缴率, and the members behind by the flag months (6) at the year's end (this year: at the end of last month,
     * as {@link #behind}).
     */
    public record YearFigures(int year, BigDecimal due, BigDecimal paid, BigDecimal rate, int behind6) {
    }

    public YearFigures year(int year) {
        DuesFigures t = figures(year, false, lastMonth(year)).byBranch().total();
        return new YearFigures(year, t.due(), t.paid(), t.rate(), t.behind6());
    }

    /**
     * A year's figures per branch (the statistics workbook): each member's month counted under the branch he belonged to
     * at the month's end, the members six months behind under their branch at the end of the last month counted; months
     * of members then in no branch under {@value #NO_BRANCH}. Only units with dues; in tree order. The rows add up to
     * {@code total}, which is {@link #year}.
     */
    public record YearByBranch(DuesFigures total, List<DuesFigures> branches) {
        public YearByBranch {
            branches = List.copyOf(branches);
        }
    }

    /** The row of the months of members in no 党支部 at the month's end. */
    public static final String NO_BRANCH = "未编入党支部的党员";

    public YearByBranch yearByBranch(int year) {
        return figures(year, true, lastMonth(year)).byBranch();
    }

    /**
     * The annual summary's 党费: the months of {@code year} that have ended (this year: up to last month, since this month
     * can still be paid), the branches with dues in them (tree order, without {@value #NO_BRANCH}) and how many members
     * owed dues in them; {@code through} is null when no month of the year has ended.
     */
    public record EndedMonths(DuesFigures total, YearMonth through, List<String> branches, int members) {
        public EndedMonths {
            branches = List.copyOf(branches);
        }
    }

    public EndedMonths endedMonths(int year) {
        return annual(year, false).ended();
    }

    /**
     * The annual summary's 党费 ({@link #endedMonths}) and, when {@code withBranches}, its workbook's
     * ({@link #yearByBranch}; else null). In a year before this one both are of January to December, and are reckoned
     * once: each reckoning reads every member's sums and the branches of every month's end.
     */
    public record Annual(EndedMonths ended, YearByBranch byBranch) {
    }

    public Annual annual(int year, boolean withBranches) {
        YearMonth through = DuesRules.lastEndedMonth(YearMonth.of(year, 12), today());
        Sums s = through.getYear() < year ? null : figures(year, true, through);
        EndedMonths ended = s == null
                ? new EndedMonths(new DuesFigures(year + "年", zero(), zero(), 0), null, List.of(), 0)
                : new EndedMonths(s.byBranch().total(), through, s.byBranch().branches().stream().map(DuesFigures::unit)
                        .filter(u -> !NO_BRANCH.equals(u)).toList(), s.members());
        if (!withBranches) {
            return new Annual(ended, null);
        }
        YearMonth last = lastMonth(year);
        return new Annual(ended, s != null && through.equals(last) ? s.byBranch() : figures(year, true, last).byBranch());
    }

    /** A year's figures and how many members owed dues in its months. */
    private record Sums(YearByBranch byBranch, int members) {
    }

    /**
     * {@link #year} and, when {@code perBranch}, {@link #yearByBranch}, with the sums of the payment rows made by SQLite
     * (decision 0024): only the months nobody recorded (each due by the member's base, as {@link DuesBook#month}) and the
     * unsettled months of the last six are reckoned here, never the year's rows one by one.
     */
    private Sums figures(int year, boolean perBranch, YearMonth last) {
        String label = year + "年";
        YearMonth from = YearMonth.of(year, 1).minusMonths(rules.flagMonths());
        // a year to come, or one before the first base and payment: nothing due, nobody behind
        if (last.getYear() < year || !repo.anyDue(from, last)) {
            return new Sums(new YearByBranch(new DuesFigures(label, zero(), zero(), 0), List.of()), 0);
        }
        YearMonth first = YearMonth.of(year, 1);
        YearMonth lastPaid = YearMonth.from(today()).minusMonths(1);
        YearMonth through = lastPaid.isBefore(last) ? lastPaid : last;
        // the flag months up to `through`, counted back no further than `from` (as DuesBook.behind)
        YearMonth behindFrom = through.minusMonths(rules.flagMonths() - 1);
        boolean anyBehind = !behindFrom.isBefore(from);
        YearMonth unrecordedFrom = anyBehind && behindFrom.isBefore(first) ? behindFrom : first;
        // months without a row that are due: member id -> month -> due (元)
        Map<Integer, Map<YearMonth, BigDecimal>> unrecorded = new HashMap<>();
        for (DuesRepository.Unrecorded u : repo.unrecorded(unrecordedFrom, last)) {
            for (YearMonth m = unrecordedFrom; !m.isAfter(last); m = m.plusMonths(1)) {
                if (!u.recorded().contains(m)) {
                    BigDecimal due = computedDue(u, m);
                    if (due != null) {
                        unrecorded.computeIfAbsent(u.memberId(), k -> new HashMap<>()).put(m, due);
                    }
                }
            }
        }
        // the members owing each of the flag months up to `through`: a row unsettled or a due month without a row
        List<Integer> behind = new ArrayList<>();
        if (anyBehind) {
            Map<Integer, Set<YearMonth>> unsettled = repo.unsettled(behindFrom, through);
            Set<Integer> candidates = new HashSet<>(unsettled.keySet());
            candidates.addAll(unrecorded.keySet());
            for (int id : candidates) {
                boolean owing = true;
                for (YearMonth m = behindFrom; owing && !m.isAfter(through); m = m.plusMonths(1)) {
                    BigDecimal due = unrecorded.getOrDefault(id, Map.of()).get(m);
                    owing = unsettled.getOrDefault(id, Set.of()).contains(m) || (due != null && due.signum() > 0);
                }
                if (owing) {
                    behind.add(id);
                }
            }
        }
        if (!perBranch) {
            long[] rows = repo.sums(first, last);
            BigDecimal due = yuan(rows[0]);
            for (Map<YearMonth, BigDecimal> months : unrecorded.values()) {
                for (var e : months.entrySet()) {
                    if (!e.getKey().isBefore(first)) {
                        due = due.add(e.getValue());
                    }
                }
            }
            return new Sums(new YearByBranch(new DuesFigures(label, due, yuan(rows[1]), behind.size()), List.of()), 0);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        int none = Integer.MIN_VALUE;
        List<LocalDate> ends = new ArrayList<>(months.stream().map(YearMonth::atEndOfMonth).toList());
        ends.add(through.atEndOfMonth());
        Map<LocalDate, Map<Integer, Integer>> branchesOn = members.branchIdsOfAll(ends);
        // each member's month under the branch he belonged to at its end: a member in one branch all year adds his
        // year's sums there, the few who moved are read month by month
        Map<Integer, long[]> sums = new HashMap<>();
        List<Integer> moved = new ArrayList<>();
        List<Map<Integer, Integer>> monthEnds = months.stream().map(m -> branchesOn.get(m.atEndOfMonth())).toList();
        Map<Integer, long[]> byMember = repo.sumsByMember(first, last);
        // the members who owed dues in the months: a recorded month not waived, or a due month nobody recorded
        Set<Integer> owing = new HashSet<>(byMember.keySet());
        unrecorded.forEach((id, byMonth) -> {
            if (byMonth.keySet().stream().anyMatch(m -> !m.isBefore(first))) {
                owing.add(id);
            }
        });
        byMember.forEach((id, rows) -> {
            int branch = monthEnds.get(0).getOrDefault(id, none);
            if (monthEnds.stream().allMatch(b -> b.getOrDefault(id, none) == branch)) {
                add(sums, branch, rows[0], rows[1]);
            } else {
                moved.add(id);
            }
        });
        repo.amountsOf(moved, first, last).forEach((id, byMonth) -> byMonth.forEach((m, rows) ->
                add(sums, branchesOn.get(m.atEndOfMonth()).getOrDefault(id, none), rows[0], rows[1])));
        long[] total = new long[2];
        unrecorded.forEach((id, byMonth) -> byMonth.forEach((m, due) -> {
            if (!m.isBefore(first)) {
                add(sums, branchesOn.get(m.atEndOfMonth()).getOrDefault(id, none), fen(due), 0);
            }
        }));
        sums.values().forEach(s -> {
            total[0] += s[0];
            total[1] += s[1];
        });
        Map<Integer, Integer> behindBy = new HashMap<>();
        Map<Integer, Integer> branchAtEnd = branchesOn.get(through.atEndOfMonth());
        behind.forEach(id -> behindBy.merge(branchAtEnd.getOrDefault(id, none), 1, Integer::sum));
        List<OrgUnit> units = new OrgRepository(ws.database()).all().stream()
                .sorted(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::id)).toList();
        Map<Integer, String> names = UnitNames.qualifiedAll(units);
        List<Integer> order = new ArrayList<>(units.stream().map(OrgUnit::id).toList());
        order.add(none);
        List<DuesFigures> rows = new ArrayList<>();
        for (int unit : order) {
            long[] sum = sums.get(unit);
            if (sum != null || behindBy.containsKey(unit)) {
                rows.add(new DuesFigures(unit == none ? NO_BRANCH : names.get(unit), sum == null ? zero() : yuan(sum[0]),
                        sum == null ? zero() : yuan(sum[1]), behindBy.getOrDefault(unit, 0)));
            }
        }
        return new Sums(new YearByBranch(new DuesFigures(label, yuan(total[0]), yuan(total[1]), behind.size()), rows),
                owing.size());
    }

    /** The due of a month without a row as {@link DuesBook#computedDue} gives it: null when not a member then or without a base. */
    private BigDecimal computedDue(DuesRepository.Unrecorded u, YearMonth month) {
        if (!DuesBook.member(rules, u.joinedOn(), u.leftOn(), month)) {
            return null;
        }
        DuesBase base = null;
        for (DuesBase b : u.bases()) { // by year
            if (b.year() <= month.getYear()) {
                base = b;
            }
        }
        return base == null ? null : rules.monthly(base.kind(), base.amount(), base.voluntary());
    }

    private static void add(Map<Integer, long[]> sums, int branch, long due, long paid) {
        long[] sum = sums.computeIfAbsent(branch, k -> new long[2]);
        sum[0] += due;
        sum[1] += paid;
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    /** The last month of {@code year} that counts: December, or this month in the current year. */
    private YearMonth lastMonth(int year) {
        YearMonth now = YearMonth.from(today());
        YearMonth dec = YearMonth.of(year, 12);
        return dec.isAfter(now) ? now : dec;
    }

    private Totals totals(String label, DuesBook book, List<Integer> ids, List<YearMonth> months) {
        BigDecimal due = zero();
        BigDecimal paid = zero();
        int waived = 0;
        Set<Integer> owing = new HashSet<>();
        for (int id : ids) {
            for (YearMonth m : months) {
                DuesMonth dm = book.month(id, m);
                if (dm.state() == DuesMonth.State.NOT_DUE) {
                    continue;
                }
                owing.add(id);
                if (dm.state() == DuesMonth.State.WAIVED) {
                    waived++;
                    continue;
                }
                due = due.add(dm.due());
                paid = paid.add(dm.paid());
            }
        }
        return new Totals(label, owing.size(), due, paid, waived);
    }

    // ---- behind -------------------------------------------------------------------------------------------

    /**
     * A member unpaid for {@code months} months in a row up to the last month that should be paid (since
     * {@code since}, {@code owed} 元); {@code flagged} at the flag months (6): for the branch secretary.
     */
    public record BehindMember(int memberId, String name, String branch, int months, YearMonth since, BigDecimal owed,
                               boolean flagged) {
    }

    /**
     * The members (of one branch; null: all) unpaid for at least the remind months (3) up to last month (this
     * month may still be paid), most months first; those at the flag months (6) are flagged with the rule.
     */
    public List<BehindMember> behind(Integer branchId) {
        return behind(branchId, YearMonth.from(today()).minusMonths(1), today());
    }

    /**
     * {@link #behind(Integer)} as it stood at the end of {@code through} (a quarter's report): the members of the branch
     * then, unpaid for at least the remind months up to {@code through} (not after last month).
     */
    public List<BehindMember> behindAt(Integer branchId, YearMonth through) {
        YearMonth lastPaid = YearMonth.from(today()).minusMonths(1);
        if (through.isBefore(lastPaid)) {
            return behind(branchId, through, through.atEndOfMonth());
        }
        return behind(branchId);
    }

    private List<BehindMember> behind(Integer branchId, YearMonth through, LocalDate day) {
        // a branch's: only its members of that day (the same members, in the same order, as filtering the bureau's)
        List<Integer> ids = branchId == null ? null : members.branchMemberIds(branchId, day);
        DuesBook book = ids == null ? book(through.minusYears(5), through) : book(through.minusYears(5), through, ids);
        Map<Integer, String> branchNames = ids == null ? members.branchNamesOfAll(day) : members.branchNames(ids, day);
        List<BehindMember> out = new ArrayList<>();
        for (Member m : ids == null ? members.membersOn(day) : members.byIds(ids)) {
            DuesBook.Behind b = book.behind(m.id(), through);
            if (b.months() >= rules.remindMonths()) {
                out.add(new BehindMember(m.id(), m.name(), branchNames.getOrDefault(m.id(), ""), b.months(), b.since(), b.owed(),
                        b.months() >= rules.flagMonths()));
            }
        }
        out.sort(Comparator.comparingInt(BehindMember::months).reversed().thenComparing(BehindMember::branch)
                .thenComparing(BehindMember::name));
        return out;
    }

    // ---- the grid of a branch's year ------------------------------------------------------------------------

    /** One member's row of a branch's year: his base for the year, the twelve months, months behind now. */
    public record MemberYear(int memberId, String name, DuesBase base, List<DuesMonth> months, int behind) {
    }

    /** The members of a branch in {@code year} (at its end, or today), each with his twelve months. */
    public List<MemberYear> grid(int branchId, int year) {
        YearMonth last = YearMonth.of(year, 12);
        LocalDate day = last.atEndOfMonth().isAfter(today()) ? today() : last.atEndOfMonth();
        YearMonth through = YearMonth.from(today()).minusMonths(1);
        List<Member> inBranch = members.members(branchId, true, day);
        DuesBook book = book(YearMonth.of(year, 1).minusYears(1), through.isAfter(last) ? through : last,
                inBranch.stream().map(Member::id).toList());
        List<MemberYear> out = new ArrayList<>();
        for (Member m : inBranch) {
            List<DuesMonth> months = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                months.add(book.month(m.id(), YearMonth.of(year, i)));
            }
            out.add(new MemberYear(m.id(), m.name(), book.base(m.id(), year).orElse(null), months,
                    book.behind(m.id(), through).months()));
        }
        return out;
    }

    /** The 党支部 that exist today, in the order of the tree. */
    public List<OrgUnit> branches() {
        return new OrgRepository(ws.database()).all().stream()
                .filter(u -> u.kind() == OrgKind.BRANCH && u.activeOn(today())).toList();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The book of every member with the payments of {@code from} to {@code to} (the ledger import checks against it). */
    public DuesBook book(YearMonth from, YearMonth to) {
        return new DuesBook(rules, from, members.all(), repo.bases(), repo.payments(from, to));
    }

    /**
     * {@link #book(YearMonth, YearMonth)} of the members {@code ids} only (their bases and payments): enough for anything
     * asked of those members, and a member's month or a branch's months no longer read the whole bureau's.
     */
    private DuesBook book(YearMonth from, YearMonth to, Collection<Integer> ids) {
        return new DuesBook(rules, from, members.byIds(ids), repo.basesOf(ids), repo.payments(from, to, ids));
    }

    /** The members of the branch at the end of {@code month}. */
    private List<Integer> branchMembers(int branchId, YearMonth month) {
        return members.branchMemberIds(branchId, month.atEndOfMonth());
    }

    private Member member(int id) {
        return members.find(id).orElseThrow(() -> new InputRejectedException("党员不存在（编号 " + id + "）"));
    }

    private OrgUnit unit(int id) {
        return new OrgRepository(ws.database()).all().stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new InputRejectedException("党组织不存在（编号 " + id + "）"));
    }

    static void checkAmount(BigDecimal amount, String what, boolean zeroAllowed) {
        if (amount == null) {
            throw new InputRejectedException("请填写" + what);
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new InputRejectedException(what + "应大于" + (zeroAllowed ? "或等于" : "") + "零（填的是 " + amount.toPlainString() + "）");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InputRejectedException(what + " " + amount.toPlainString() + " 元精确到了分以下；金额最多两位小数");
        }
        if (amount.compareTo(new BigDecimal("10000000")) >= 0) {
            throw new InputRejectedException(what + " " + amount.toPlainString() + " 元太大了；请核对");
        }
    }

    public static String text(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
