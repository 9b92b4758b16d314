package org.partydesk.app.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.partydesk.app.sample.Roster.Person;
import org.partydesk.app.sample.Roster.Unit;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecipientKind;

/**
 * 评先创优 of the sample years: 月度 and 双月作风标兵 (153 and 26 recipients in the current year),
 * 党员先锋岗, 红旗党支部, and municipal, provincial and national honours with document numbers.
 */
final class Commendations {
    private static final int MONTHLY_RECIPIENTS = 153;
    private static final int[] TWO_MONTH_RECIPIENTS = {4, 4, 4, 4, 5, 5};

    private final SampleContext ctx;
    private final Roster roster;
    private final List<Person> active;
    /** The current year's commendations (id and date), for the evidence photos. */
    final List<Awarded> currentYear = new ArrayList<>();
    private int documentNumber;

    /** A commendation written for the current year. */
    record Awarded(int id, LocalDate on, String title) {
    }

    private Commendations(SampleContext ctx, Roster roster) {
        this.ctx = ctx;
        this.roster = roster;
        this.active = roster.people.stream().filter(p -> p.category == MemberCategory.ACTIVE).toList();
    }

    static Commendations build(SampleContext ctx, Roster roster) {
        Commendations c = new Commendations(ctx, roster);
        for (int y = ctx.firstYear; y <= ctx.year; y++) {
            c.year(y);
        }
        return c;
    }

    private void year(int y) {
        boolean current = y == ctx.year;
        documentNumber = ctx.between(2, 6);
        List<Integer> monthly = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            monthly.add(current ? MONTHLY_RECIPIENTS / 12 : ctx.between(8, 12));
        }
        if (current) {
            List<Integer> months = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
            Collections.shuffle(months, ctx.rnd);
            for (int i = 0; i < MONTHLY_RECIPIENTS % 12; i++) {
                monthly.set(months.get(i), monthly.get(months.get(i)) + 1);
            }
        }
                for (int m = 1; m <= 12; m++) {
            LocalDate start = LocalDate.of(y, m, 1);
            members(y, title(0), CommendationLevel.BUREAU, PeriodKind.MONTH, start, start.plusMonths(1).minusDays(1),
                    ctx.day(y, m, 25, 28), monthly.get(m - 1));
        }
        List<Integer> twoMonth = new ArrayList<>();
        for (int n : TWO_MONTH_RECIPIENTS) {
            twoMonth.add(current ? n : ctx.between(3, 4));
        }
        Collections.shuffle(twoMonth, ctx.rnd);
        for (int k = 0; k < 6; k++) {
            LocalDate start = LocalDate.of(y, 2 * k + 1, 1);
            members(y, title(1), CommendationLevel.BUREAU, PeriodKind.TWO_MONTHS, start, start.plusMonths(2).minusDays(1),
                    ctx.day(y, 2 * k + 2, 25, 28), twoMonth.get(k));
        }
        LocalDate yearStart = LocalDate.of(y, 1, 1);
        LocalDate yearEnd = LocalDate.of(y, 12, 31);
        members(y, title(2), CommendationLevel.BUREAU, PeriodKind.YEAR, yearStart, yearEnd, LocalDate.of(y, 7, 1), ctx.between(6, 10));
        members(y, title(3), CommendationLevel.MUNICIPAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 6, 26, 30), ctx.between(2, 3));
        members(y, title(4), CommendationLevel.MUNICIPAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 6, 26, 30), ctx.between(1, 2));
        branches(y, title(6), CommendationLevel.MUNICIPAL, ctx.day(y, 6, 26, 30), 1);
        branches(y, title(7), CommendationLevel.BUREAU, ctx.day(y, 12, 20, 28), 3);
        if ((ctx.year - y) % 2 == 0) {
            members(y, title(5), CommendationLevel.PROVINCIAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 11, 10, 28), 2);
        }
        if (current) {
            int id = commendation(y, title(8), CommendationLevel.NATIONAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 4, 25, 29));
            if (id > 0) {
                ctx.recipient.add(id, RecipientKind.EXTERNAL.name(), null, null, ctx.text.at("external.collectives", 0));
            }
            members(y, title(9), CommendationLevel.NATIONAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 6, 3, 5), 1);
        } else if (y == ctx.year - 1) {
            members(y, title(5), CommendationLevel.NATIONAL, PeriodKind.YEAR, yearStart, yearEnd, ctx.day(y, 12, 5, 20), 1);
        }
    }

    private String title(int index) {
        return ctx.text.at("commendation.titles", index);
    }

    /** Writes a commendation unless it lies after "today"; returns its id, or 0 when not written. */
    private int commendation(int y, String title, CommendationLevel level, PeriodKind period, LocalDate start, LocalDate end, LocalDate on) {
        if (on.isAfter(ctx.today)) {
            return 0;
        }
        int awarder = switch (level) {
            case BUREAU -> 0;
            case MUNICIPAL -> 1;
            case PROVINCIAL -> 2;
            case NATIONAL -> 3;
        };
        String number = ctx.text.format("commendation", 4 + awarder, y,
                awarder == 0 ? documentNumber++ : ctx.between(3, 60));
        int id = ctx.commendation.newId();
        ctx.commendation.add(id, title, level.name(), ctx.text.at("commendation", awarder), on, period.name(), start, end, number);
        if (y == ctx.year) {
            currentYear.add(new Awarded(id, on, title));
        }
        return id;
    }

    private void members(int y, String title, CommendationLevel level, PeriodKind period, LocalDate start, LocalDate end,
                         LocalDate on, int n) {
        int id = commendation(y, title, level, period, start, end, on);
        if (id == 0) {
            return;
        }
        List<Person> pool = new ArrayList<>(active);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            Person p = pool.remove(ctx.rnd.nextInt(pool.size()));
            ctx.recipient.add(id, RecipientKind.MEMBER.name(), p.id, null, null);
        }
    }

    private void branches(int y, String title, CommendationLevel level, LocalDate on, int n) {
        int id = commendation(y, title, level, PeriodKind.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), on);
        if (id == 0) {
            return;
        }
        List<Unit> pool = new ArrayList<>(roster.branches.stream().filter(Unit::regular).toList());
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            Unit b = pool.remove(ctx.rnd.nextInt(pool.size()));
            ctx.recipient.add(id, RecipientKind.BRANCH.name(), null, b.id, null);
        }
    }
}
