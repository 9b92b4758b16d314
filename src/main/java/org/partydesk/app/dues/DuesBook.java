package org.partydesk.app.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.TreeMap;

import org.partydesk.logic.DuesRules;
import org.partydesk.model.DuesBase;
import org.partydesk.model.DuesPayment;
import org.partydesk.model.Member;

/**
 * What the database knows of 党费, read once: every member, every base and the payments of a span of months.
 * A member owes a month from the month he joined (预备党员 from the month admitted) and from January of the first
 * year he has a base (a base carries on into later years until a new one is set; before the first there is
 * nothing to check), through the month he left. A month with a payment row is judged by the row's due.
 */
public final class DuesBook {
    private final DuesRules rules;
    /** The first month whose payments were read: a run of unpaid months is not followed further back. */
    private final YearMonth from;
    private final Map<Integer, Member> members = new HashMap<>();
    private final Map<Integer, TreeMap<Integer, DuesBase>> bases = new HashMap<>();
    private final Map<Integer, Map<YearMonth, DuesPayment>> payments = new HashMap<>();

    DuesBook(DuesRules rules, YearMonth from, List<Member> members, List<DuesBase> bases, List<DuesPayment> payments) {
        this.rules = rules;
        this.from = from;
        members.forEach(m -> this.members.put(m.id(), m));
        bases.forEach(b -> this.bases.computeIfAbsent(b.memberId(), k -> new TreeMap<>()).put(b.year(), b));
        payments.forEach(p -> this.payments.computeIfAbsent(p.memberId(), k -> new HashMap<>()).put(p.month(), p));
    }

    public Member member(int id) {
        return members.get(id);
    }

    /** The base that applies in {@code year}: the year's own, else the latest before it. */
    public Optional<DuesBase> base(int memberId, int year) {
        TreeMap<Integer, DuesBase> of = bases.get(memberId);
        Entry<Integer, DuesBase> e = of == null ? null : of.floorEntry(year);
        return Optional.ofNullable(e == null ? null : e.getValue());
    }

    public Optional<DuesPayment> payment(int memberId, YearMonth month) {
        return Optional.ofNullable(payments.getOrDefault(memberId, Map.of()).get(month));
    }

    /** Whether the member was a member in {@code month} (joined by its end, not left before it). */
    public boolean member(int memberId, YearMonth month) {
        Member m = members.get(memberId);
        return m != null && member(rules, m.joinedOn(), m.leftOn(), month);
    }

    /** Whether a member admitted on {@code joinedOn} who left on {@code leftOn} (either null: not known) owes {@code month}. */
    static boolean member(DuesRules rules, LocalDate joinedOn, LocalDate leftOn, YearMonth month) {
        if (joinedOn != null && month.isBefore(rules.firstMonth(joinedOn))) {
            return false;
        }
        return leftOn == null || !month.isAfter(YearMonth.from(leftOn));
    }

    /** The due the rules give for a member's month (his base), or empty when he owes nothing then or has no base. */
    public Optional<BigDecimal> computedDue(int memberId, YearMonth month) {
        if (!member(memberId, month)) {
            return Optional.empty();
        }
        return base(memberId, month.getYear()).map(b -> rules.monthly(b.kind(), b.amount(), b.voluntary()));
    }

    /** One member's month as the ledger shows it. */
    public DuesMonth month(int memberId, YearMonth month) {
        Optional<DuesPayment> row = payment(memberId, month);
        if (row.isPresent()) {
            DuesPayment p = row.get();
            DuesMonth.State s = p.waived() ? DuesMonth.State.WAIVED
                    : p.settled() ? DuesMonth.State.PAID
                    : p.paid().signum() > 0 ? DuesMonth.State.PARTIAL : DuesMonth.State.UNPAID;
            return new DuesMonth(month, s, p.due(), p.paid(), p);
        }
        return computedDue(memberId, month)
                .map(d -> new DuesMonth(month, d.signum() == 0 ? DuesMonth.State.PAID : DuesMonth.State.UNPAID, d,
                        BigDecimal.ZERO.setScale(2), null))
                .orElseGet(() -> new DuesMonth(month, DuesMonth.State.NOT_DUE, null, null, null));
    }

    /**
     * The months unpaid in a row up to {@code through} (inclusive), counting back from it while months are owed
     * and not settled (not before the first month read); and the first of them.
     */
    Behind behind(int memberId, YearMonth through) {
        int n = 0;
        BigDecimal owed = BigDecimal.ZERO.setScale(2);
        YearMonth m = through;
        while (!m.isBefore(from)) {
            DuesMonth dm = month(memberId, m);
            if (!dm.owing()) {
                break;
            }
            n++;
            owed = owed.add(dm.due().subtract(dm.paid()));
            m = m.minusMonths(1);
        }
        return new Behind(n, n == 0 ? null : m.plusMonths(1), owed);
    }

    record Behind(int months, YearMonth since, BigDecimal owed) {
    }
}
