package org.partydesk.app.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.partydesk.app.sample.Roster.Person;
import org.partydesk.app.sample.Roster.Unit;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;

/**
 * 三会一课 and the rest of organisational life over the sample years, following the default
 * compliance rules, with a few branches that fall short in the current year (yellow and red flags).
 */
final class Meetings {
    private static final LocalTime[] TIMES = {LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(14, 30), LocalTime.of(15, 0)};

    /** A meeting to be written. */
    static final class Plan {
        final Unit unit;
        final LocalDate date;
        final List<MeetingType> types = new ArrayList<>();
        String theme;
        Person lecturer;
        final List<String> tags = new ArrayList<>();
        int id;

        Plan(Unit unit, LocalDate date, MeetingType type, String theme) {
            this.unit = unit;
            this.date = date;
            this.types.add(type);
            this.theme = theme;
        }

        boolean is(MeetingType type) {
            return types.contains(type);
        }
    }

    /** How a branch falls short in the current year. */
    private static final class Shortfall {
        final Set<Integer> noCommittee = new HashSet<>();
        final Set<Integer> noThemedDay = new HashSet<>();
        boolean noLessons;
    }

    private final SampleContext ctx;
    private final Roster roster;
    private final List<Shortfall> shortfalls = new ArrayList<>();
    private final Set<Unit> silentSecretaries = new HashSet<>();
    private final List<Person> staff;
    /** The current year's meetings, for the evidence photos. */
    final List<Plan> currentYear = new ArrayList<>();
    int count;

    private Meetings(SampleContext ctx, Roster roster) {
        this.ctx = ctx;
        this.roster = roster;
        this.staff = roster.people.stream().filter(p -> p.staff && !p.roleHolder).toList();
    }

    static Meetings build(SampleContext ctx, Roster roster, int progressFrom, int progressTo) {
        Meetings m = new Meetings(ctx, roster);
        m.chooseShortfalls();
        for (int y = ctx.firstYear; y <= ctx.year; y++) {
            ctx.progress.checkCancelled();
            ctx.progress.update(progressFrom + (long) (progressTo - progressFrom) * (y - ctx.firstYear) / ctx.shape.years(), 100,
                    "会议 " + y);
            m.year(y);
        }
        return m;
    }

    private void chooseShortfalls() {
        List<Unit> regular = new ArrayList<>(roster.branches.stream().filter(Unit::regular).toList());
        int lastMonth = ctx.today.getMonthValue();
        shortfalls.addAll(Collections.nCopies(roster.branches.size(), null));
        for (int i = 0; i < ctx.shape.yellowBranches() + ctx.shape.redBranches() && !regular.isEmpty(); i++) {
            Unit b = regular.remove(ctx.rnd.nextInt(regular.size()));
            Shortfall s = new Shortfall();
            if (i < ctx.shape.yellowBranches()) {
                int misses = ctx.between(1, 2);
                for (int k = 0; k < misses; k++) {
                    (ctx.chance(0.5) ? s.noCommittee : s.noThemedDay).add(ctx.between(1, lastMonth));
                }
            } else if ((i - ctx.shape.yellowBranches()) % 2 == 0) {
                s.noLessons = true;
            } else {
                for (int k = 0; k < Math.max(4, lastMonth / 2); k++) {
                    s.noThemedDay.add(ctx.between(1, lastMonth));
                    s.noCommittee.add(ctx.between(1, lastMonth));
                }
            }
            shortfalls.set(roster.branches.indexOf(b), s);
        }
        for (int i = 0; i < ctx.shape.nonLecturingSecretaries() && !regular.isEmpty(); i++) {
            silentSecretaries.add(regular.remove(ctx.rnd.nextInt(regular.size())));
        }
    }

    private void year(int y) {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < roster.branches.size(); i++) {
            Unit b = roster.branches.get(i);
            Shortfall s = y == ctx.year ? shortfalls.get(i) : null;
            branchYear(b, y, s == null ? new Shortfall() : s, plans);
        }
        leadingGroupYear(y, plans);
        if (y == ctx.year || ctx.shape.fromText()) {
            tagLectures(plans, y == ctx.year ? ctx.shape.lectureTags() : ctx.shape.lectureTags() / 2);
        }
        for (Plan p : plans) {
            write(p);
        }
        if (y == ctx.year) {
            currentYear.addAll(plans);
        }
    }

    private boolean usable(Unit u, LocalDate d) {
        return !d.isAfter(ctx.today) && u.existsOn(d);
    }

    private void branchYear(Unit b, int y, Shortfall s, List<Plan> plans) {
        Plan[] themedDays = new Plan[13];
        for (int m = 1; m <= 12; m++) {
            LocalDate d = ctx.day(y, m, 3, 12);
            if (usable(b, d) && !s.noCommittee.contains(m)) {
                plans.add(new Plan(b, d, MeetingType.BRANCH_COMMITTEE, ctx.text.pick("theme.committee", ctx.rnd)));
            }
            LocalDate td = ctx.day(y, m, 14, 28);
            if (usable(b, td) && !s.noThemedDay.contains(m)) {
                boolean twoMountains = ctx.chance(0.06);
                Plan p = new Plan(b, td, MeetingType.THEMED_PARTY_DAY,
                        ctx.text.pick(twoMountains ? "theme.two_mountains" : "theme.themed_day", ctx.rnd));
                if (twoMountains) {
                    p.tags.add(ctx.text.at("tags", 1));
                }
                themedDays[m] = p;
                plans.add(p);
            }
            for (Unit cell : b.cells) {
                LocalDate cd = ctx.day(y, m, 5, 25);
                if (usable(cell, cd)) {
                    plans.add(new Plan(cell, cd, MeetingType.CELL_MEETING, ctx.text.pick("theme.cell", ctx.rnd)));
                }
            }
        }
        boolean secretaryLectured = silentSecretaries.contains(b);
        for (int q = 0; q < 4; q++) {
            LocalDate ad = ctx.day(y, 3 * q + ctx.between(1, 3), 8, 26);
            if (usable(b, ad)) {
                plans.add(new Plan(b, ad, MeetingType.BRANCH_ASSEMBLY, ctx.text.pick("theme.assembly", ctx.rnd)));
            }
            if (s.noLessons) {
                continue;
            }
            int month = 3 * q + ctx.between(1, 3);
            Plan lesson = themedDays[month];
            if (lesson == null || ctx.chance(0.4)) {
                LocalDate ld = ctx.day(y, month, 3, 27);
                if (!usable(b, ld)) {
                    continue;
                }
                lesson = new Plan(b, ld, MeetingType.PARTY_LESSON, ctx.text.pick("theme.lesson", ctx.rnd));
                plans.add(lesson);
            } else {
                lesson.types.add(MeetingType.PARTY_LESSON);
            }
            if (!secretaryLectured && b.secretary != null) {
                lesson.lecturer = b.secretary;
                secretaryLectured = true;
            } else if (silentSecretaries.contains(b) || b.committee.size() < 2) {
                lesson.lecturer = ctx.pick(roster.leaders);
            } else {
                lesson.lecturer = b.committee.get(ctx.between(1, b.committee.size() - 1));
            }
        }
        LocalDate od = ctx.day(y, ctx.between(1, 2), 10, 27);
        if (usable(b, od)) {
            Plan p = new Plan(b, od, MeetingType.ORGANIZATIONAL_LIFE_MEETING, ctx.text.format("theme.org_life", 0, y - 1));
            p.types.add(MeetingType.MEMBER_APPRAISAL);
            plans.add(p);
        }
    }

    private void leadingGroupYear(int y, List<Plan> plans) {
        Unit lg = roster.leadingGroup;
        LocalDate dd = ctx.day(y, ctx.between(1, 2), 10, 27);
        if (usable(lg, dd)) {
            plans.add(new Plan(lg, dd, MeetingType.DEMOCRATIC_LIFE_MEETING, ctx.text.format("theme.democratic_life", 0, y - 1)));
        }
        int skipped = ctx.between(1, 12);
        for (int m = 1; m <= 12; m++) {
            LocalDate d = ctx.day(y, m, 5, 25);
            if (m != skipped && usable(lg, d)) {
                plans.add(new Plan(lg, d, MeetingType.CENTRAL_GROUP_STUDY, ctx.text.pick("theme.central_group", ctx.rnd)));
            }
        }
    }

    /** Marks {@code n} of the year's party lessons as 生态文明大讲堂. */
    private void tagLectures(List<Plan> plans, int n) {
        List<Plan> lessons = new ArrayList<>(plans.stream().filter(p -> p.is(MeetingType.PARTY_LESSON) && p.tags.isEmpty()).toList());
        for (int i = 0; i < n && !lessons.isEmpty(); i++) {
            Plan p = lessons.remove(ctx.rnd.nextInt(lessons.size()));
            p.theme = ctx.text.pick("theme.lecture", ctx.rnd);
            p.tags.add(ctx.text.at("tags", 0));
        }
    }

    // ---- rows

    private void write(Plan p) {
        Unit u = p.unit;
        List<Person> expected = expected(p);
        Person host = u.kind == org.partydesk.model.OrgKind.LEADING_GROUP ? roster.leaders.get(0)
                : u.kind == org.partydesk.model.OrgKind.CELL ? (expected.isEmpty() ? null : expected.get(0))
                : u.secretary;
        Person recorder = null;
        for (Person e : expected) {
            if (e != host && e.absentFrom == null && (recorder == null || e.roleHolder && !recorder.roleHolder)) {
                recorder = e;
            }
        }
        p.id = ctx.meeting.newId();
        count++;
        LocalDateTime at = p.date.atTime(TIMES[ctx.rnd.nextInt(TIMES.length)]);
        ctx.meeting.add(p.id, u.id, at, ctx.text.pick("places", ctx.rnd),
                host == null ? null : host.id, host == null ? null : host.name,
                recorder == null ? null : recorder.id, recorder == null ? null : recorder.name,
                p.lecturer == null ? null : p.lecturer.id, p.lecturer == null ? null : p.lecturer.name,
                p.theme, ctx.text.format("minutes", ctx.rnd.nextInt(ctx.text.list("minutes").size()),
                        host == null ? u.name : host.name, p.theme));
        for (MeetingType t : p.types) {
            ctx.meetingType.add(p.id, t.name());
        }
        int agenda = ctx.between(1, 3);
        List<String> items = ctx.text.list("agenda");
        int first = ctx.rnd.nextInt(items.size());
        for (int i = 0; i < agenda; i++) {
            ctx.agendaItem.add(p.id, i + 1, items.get((first + i * 5) % items.size()));
        }
        for (String tag : p.tags) {
            ctx.meetingTag.add(p.id, tag);
        }
        for (Person e : expected) {
            attend(p, e, e == host || e == recorder || e == p.lecturer);
        }
        boolean guest = p.is(MeetingType.BRANCH_ASSEMBLY) && ctx.chance(0.15)
                || p.is(MeetingType.CENTRAL_GROUP_STUDY) && ctx.chance(0.5);
        if (guest && !staff.isEmpty()) {
            Person g = ctx.pick(staff);
            if (!expected.contains(g)) {
                ctx.nonVotingAttendee.add(p.id, g.id, g.name, ctx.text.at("notes", p.is(MeetingType.CENTRAL_GROUP_STUDY) ? 1 : 0));
            }
        }
    }

    private List<Person> expected(Plan p) {
        if (p.is(MeetingType.BRANCH_COMMITTEE)) {
            List<Person> out = new ArrayList<>();
            for (Person c : p.unit.committee) {
                if (p.unit.membersOn(p.date).contains(c)) {
                    out.add(c);
                }
            }
            return out;
        }
        return p.unit.membersOn(p.date);
    }

    private void attend(Plan p, Person e, boolean mustBeThere) {
        AttendanceStatus status = AttendanceStatus.PRESENT;
        String reason = null;
        LocalDate makeUp = null;
        if (e.absentFrom != null && !p.date.isBefore(e.absentFrom)) {
            status = AttendanceStatus.ABSENT;
        } else if (!mustBeThere) {
            double r = ctx.rnd.nextDouble();
            if (r < 0.075) {
                status = AttendanceStatus.ON_LEAVE;
                reason = ctx.text.pick("leave.reasons", ctx.rnd);
                if (ctx.chance(0.8)) {
                    LocalDate d = p.date.plusDays(ctx.between(2, 10));
                    makeUp = d.isAfter(ctx.today) ? null : d;
                }
            } else if (r < 0.09) {
                status = AttendanceStatus.ABSENT;
            }
        }
        ctx.attendance.add(p.id, e.id, status.name(), reason, makeUp);
    }
}
