package org.partydesk.app.sample;

import java.time.LocalDate;

/**
 * 发展党员 of the sample: up to two people per regular branch on the way into the party, at the stages 入党申请人,
 * 入党积极分子 and 发展对象, each step dated within the intervals of the rules (talk within a month, a year and more as
 * 积极分子 before 发展对象). Nobody is admitted, so the roster and every figure of the rest stay as they were.
 */
final class Recruits {
    private Recruits() {
    }

    /** Adds the records; returns how many. */
    static int build(SampleContext ctx, Roster roster) {
        int n = 0;
        LocalDate today = ctx.today;
        for (Roster.Unit b : roster.branches) {
            if (!b.regular() || !b.existsOn(today)) {
                continue;
            }
            int count = ctx.between(0, 2);
            for (int i = 0; i < count; i++) {
                boolean male = ctx.chance(0.5);
                String name = roster.name(male);
                LocalDate birth = today.minusYears(ctx.between(23, 38)).minusDays(ctx.between(0, 364));
                int stage = ctx.between(0, 2);
                LocalDate applied;
                LocalDate talk = null;
                LocalDate activist = null;
                LocalDate candidate = null;
                if (stage == 2) {
                    applied = today.minusMonths(ctx.between(20, 30));
                    talk = applied.plusDays(ctx.between(7, 25));
                    activist = applied.plusMonths(ctx.between(2, 4));
                    LocalDate earliest = activist.plusMonths(12);
                    candidate = earliest.plusDays(ctx.between(0, 60));
                    if (candidate.isAfter(today)) {
                        candidate = earliest.isAfter(today) ? null : today;
                    }
                } else if (stage == 1) {
                    applied = today.minusMonths(ctx.between(4, 14));
                    talk = applied.plusDays(ctx.between(7, 25));
                    activist = applied.plusMonths(ctx.between(2, 3));
                } else {
                    applied = today.minusDays(ctx.between(5, 60));
                    LocalDate talked = applied.plusDays(ctx.between(7, 25));
                    talk = talked.isAfter(today) || ctx.chance(0.3) ? null : talked;
                }
                ctx.recruit.add(name, male ? "MALE" : "FEMALE", birth, b.id, applied, talk, activist, candidate);
                n++;
            }
        }
        return n;
    }
}
