package org.partydesk.app.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.partydesk.logic.DuesRules;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.MemberCategory;

/**
 * 党费 of the sample's last two years: every member a base set in January of the earlier year (税后工资 for those in work,
 * 离退休费 for retirees; a raise for some the next year), each month paid between the 5th and the 15th of it to the branch's
 * collector; a few members stopped paying half a year ago (flagged), a few more are one or two months behind, and some
 * paid a month late (补缴). Months not yet ended are left open; nothing is dated after the sample's today.
 */
final class DuesPayments {
    private DuesPayments() {
    }

    /** Adds the bases and payments; returns how many payments. */
    static int build(SampleContext ctx, Roster roster) {
        DuesRules rules = DuesRules.standard();
        int first = ctx.year - 1;
        YearMonth today = YearMonth.from(ctx.today);
        List<Roster.Person> people = roster.people;
        Set<Roster.Person> stopped = new HashSet<>();
        Set<Roster.Person> late = new HashSet<>();
        int behind = Math.max(1, people.size() / 100);
        while (stopped.size() < behind) {
            stopped.add(ctx.pick(people));
        }
        while (late.size() < behind * 2) {
            Roster.Person p = ctx.pick(people);
            if (!stopped.contains(p)) {
                late.add(p);
            }
        }
        int n = 0;
        for (Roster.Person p : people) {
            boolean retired = p.category == MemberCategory.RETIRED;
            DuesBaseKind kind = retired ? DuesBaseKind.PENSION : DuesBaseKind.SALARY;
            int base = retired ? ctx.between(35, 75) * 100 : ctx.between(40, 120) * 100 + (p.leader ? 4000 : 0);
            ctx.duesBase.add(p.id, first, kind.name(), base * 100, null, LocalDate.of(first, 1, 10), null);
            BigDecimal[] monthly = new BigDecimal[2];
            monthly[0] = rules.monthly(kind, BigDecimal.valueOf(base), null);
            monthly[1] = monthly[0];
            if (!retired && ctx.chance(0.3)) {
                int raised = base + ctx.between(2, 8) * 100;
                ctx.duesBase.add(p.id, ctx.year, kind.name(), raised * 100, null, LocalDate.of(ctx.year, 1, 10), null);
                monthly[1] = rules.monthly(kind, BigDecimal.valueOf(raised), null);
            }
            // the last month paid: half a year and more ago for those who stopped, a month or two ago for the late ones
            YearMonth lastPaid = stopped.contains(p) ? today.minusMonths(ctx.between(7, 9))
                    : late.contains(p) ? today.minusMonths(ctx.between(2, 3)) : today;
            YearMonth from = YearMonth.of(first, 1);
            YearMonth joined = rules.firstMonth(p.joinedOn);
            if (joined.isAfter(from)) {
                from = joined;
            }
            for (YearMonth m = from; !m.isAfter(today); m = m.plusMonths(1)) {
                BigDecimal due = monthly[m.getYear() - first];
                LocalDate paidOn = ctx.day(m.getYear(), m.getMonthValue(), 5, 15);
                if (ctx.chance(0.03)) {
                    paidOn = paidOn.plusMonths(1); // 补缴
                }
                if (m.isAfter(lastPaid) || paidOn.isAfter(ctx.today)) {
                    continue;
                }
                int fen = due.movePointRight(2).intValueExact();
                ctx.duesPayment.add(p.id, m.toString(), fen, fen, paidOn, "组织委员", false, null, null);
                n++;
            }
        }
        return n;
    }
}
