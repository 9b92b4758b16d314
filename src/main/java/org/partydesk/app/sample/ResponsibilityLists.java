package org.partydesk.app.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.partydesk.app.sample.Roster.Person;
import org.partydesk.model.Cadence;
import org.partydesk.model.ListOwnerKind;

/**
 * The responsibility lists of every sample year (党组集体责任清单 28 items, 党组书记第一责任清单 17,
 * one 班子成员领导责任清单 of 15 per leadership member, the 考评细则 6/20/60), their deadlines, the
 * progress records that meet most of them, and the signed 《党风廉政建设责任书》.
 */
final class ResponsibilityLists {
    private final SampleContext ctx;
    private final Roster roster;
    private final List<Person> recorders;
    /** Last year's list ids in a fixed order, for copied_from_id. */
    private List<Integer> previous = List.of();

    private ResponsibilityLists(SampleContext ctx, Roster roster) {
        this.ctx = ctx;
        this.roster = roster;
        this.recorders = roster.people.stream().filter(p -> p.staff && !p.roleHolder).toList();
    }

    static void build(SampleContext ctx, Roster roster) {
        ResponsibilityLists lists = new ResponsibilityLists(ctx, roster);
        for (int y = ctx.firstYear; y <= ctx.year; y++) {
            ctx.progress.checkCancelled();
            lists.year(y);
        }
    }

    private void year(int y) {
        SampleText t = ctx.text;
        Person secretary = roster.leaders.get(0);
        List<Integer> ids = new ArrayList<>();
        int collective = list(y, t.at("list.names", 0), ListOwnerKind.LEADING_GROUP, roster.leadingGroup.id, null, ids);
        flat(collective, t.list("list.collective"), roster.leadingGroup.name, null, y);
        int first = list(y, t.at("list.names", 1), ListOwnerKind.SECRETARY, null, secretary.id, ids);
        flat(first, t.list("list.secretary"), secretary.name, secretary, y);
        List<Integer> personal = new ArrayList<>();
        for (Person leader : roster.leaders) {
            int id = list(y, t.at("list.names", 2), ListOwnerKind.LEADERSHIP_MEMBER, null, leader.id, ids);
            personal.add(id);
            flat(id, t.list("list.leadership"), leader.name, leader, y);
        }
        int evaluation = list(y, t.at("list.names", 3), ListOwnerKind.ORGAN_COMMITTEE, roster.organCommittee.id, null, ids);
        nested(evaluation, t.list("list.evaluation"), y);
        previous = ids;

        LocalDate signed = ctx.day(y, 2, 10, 28);
        if (signed.isAfter(ctx.today)) {
            return;
        }
        for (int i = 1; i < roster.leaders.size(); i++) {
            Person leader = roster.leaders.get(i);
            ctx.letter.add(y, personal.get(i), t.at("list.names", 4), secretary.name, leader.name, signed, leader.jobTitle);
        }
        for (Roster.Unit b : roster.branches) {
            if (b.secretary != null && b.existsOn(signed)) {
                ctx.letter.add(y, null, t.at("list.names", 4), secretary.name, b.secretary.name, signed, b.name);
            }
        }
    }

    private int list(int y, String name, ListOwnerKind kind, Integer unitId, Integer memberId, List<Integer> ids) {
        int id = ctx.list.newId();
        Integer copiedFrom = ids.size() < previous.size() ? previous.get(ids.size()) : null;
        ids.add(id);
        ctx.list.add(id, y, name, kind.name(), unitId, memberId, copiedFrom);
        return id;
    }

    private void flat(int listId, List<String> texts, String owner, Person person, int y) {
        for (int i = 0; i < texts.size(); i++) {
            Cadence cadence = cadence();
            int id = item(listId, null, 1, i + 1, texts.get(i), owner, cadence);
            if (person != null) {
                ctx.itemOwner.add(id, person.id);
            }
            deadlines(id, cadence, person, y);
        }
    }

    private void nested(int listId, List<String> lines, int y) {
        Integer[] parents = new Integer[4];
        int[] seq = new int[4];
        for (String line : lines) {
            int level = line.charAt(0) - '0';
            seq[level]++;
            if (level < 3) {
                seq[level + 1] = 0;
            }
            Cadence cadence = level == 3 ? cadence() : Cadence.YEARLY;
            int id = item(listId, parents[level - 1], level, seq[level], line.substring(2), roster.organCommittee.name, cadence);
            parents[level] = id;
            if (level == 3) {
                deadlines(id, cadence, null, y);
            }
        }
    }

    private int item(int listId, Integer parentId, int level, int seq, String text, String owner, Cadence cadence) {
        int id = ctx.item.newId();
        ctx.item.add(id, listId, parentId, level, seq, text, owner, ctx.pick(roster.organDepartments), cadence.name());
        return id;
    }

    private Cadence cadence() {
        double r = ctx.rnd.nextDouble();
        return r < 0.3 ? Cadence.QUARTERLY : r < 0.5 ? Cadence.HALF_YEARLY : r < 0.9 ? Cadence.YEARLY : Cadence.ONCE;
    }

    private void deadlines(int itemId, Cadence cadence, Person owner, int y) {
        SampleText t = ctx.text;
        List<LocalDate> dues = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        switch (cadence) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    LocalDate end = java.time.YearMonth.of(y, m).atEndOfMonth();
                    dues.add(end);
                    labels.add(t.format("deadline.labels", 4, y, m, end.getDayOfMonth()));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    dues.add(LocalDate.of(y, 3 * q, 1).withDayOfMonth(LocalDate.of(y, 3 * q, 1).lengthOfMonth()));
                    labels.add(t.format("deadline.labels", 0, y, q));
                }
            }
            case HALF_YEARLY -> {
                dues.add(LocalDate.of(y, 6, 30));
                labels.add(t.format("deadline.labels", 1, y));
                dues.add(LocalDate.of(y, 12, 31));
                labels.add(t.format("deadline.labels", 2, y));
            }
            case YEARLY -> {
                dues.add(LocalDate.of(y, 12, 31));
                labels.add(t.format("deadline.labels", 3, y));
            }
            case ONCE -> {
                LocalDate d = ctx.day(y, ctx.between(3, 11), 1, 28);
                dues.add(d);
                labels.add(t.format("deadline.labels", 4, y, d.getMonthValue(), d.getDayOfMonth()));
            }
        }
        for (int i = 0; i < dues.size(); i++) {
            int id = ctx.deadline.newId();
            ctx.deadline.add(id, itemId, dues.get(i), labels.get(i));
            progress(itemId, id, dues.get(i), owner);
        }
    }

    private void progress(int itemId, int deadlineId, LocalDate due, Person owner) {
        Person by = owner != null ? owner : ctx.pick(recorders);
        String text = ctx.text.pick("progress", ctx.rnd);
        if (due.isAfter(ctx.today)) {
            if (ctx.chance(0.3)) {
                LocalDate d = ctx.dateBetween(due.minusDays(80), ctx.today);
                if (!d.isAfter(ctx.today) && d.getYear() == due.getYear()) {
                    record(itemId, null, d, text, by);
                }
            }
            return;
        }
        double r = ctx.rnd.nextDouble();
        if (r < 0.85) {
            record(itemId, deadlineId, due.minusDays(ctx.between(0, 25)), text, by);
        } else if (r < 0.92) {
            LocalDate late = due.plusDays(ctx.between(1, 20));
            if (!late.isAfter(ctx.today)) {
                record(itemId, deadlineId, late, text, by);
            }
        }
    }

    private void record(int itemId, Integer deadlineId, LocalDate on, String text, Person by) {
        LocalDateTime created = on.atTime(ctx.between(9, 17), ctx.between(0, 59));
        ctx.progressRecord.add(itemId, on, text, by.id, by.name, deadlineId, created);
    }
}
