package org.partydesk.app.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.MeetingType;
import org.partydesk.store.DashboardQueries;

/**
 * The figures of the dashboard (工作台) for a quarter: meetings held, attendance (实到 / 应到 over the
 * attendance rows), overdue responsibility items and honours of the year (批次 and 人次, as the annual summary
 * counts them); and the series of its charts (every month so far, the month not yet over marked; every level, 局级
 * to 国家级). Every figure is counted from rows by SQL aggregates.
 */
public final class Dashboard {
    private final Workspace ws;
    private final DashboardQueries queries;

    public Dashboard(Workspace ws) {
        this.ws = ws;
        this.queries = new DashboardQueries(ws.database());
    }

    /** Today by the database's clock. */
    public LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    /**
     * The day whose quarter the dashboard opens on: today, or — when nothing has been held this year yet, as after
     * importing last year's ledgers in December — the day of the last meeting held, so the tiles and charts show data.
     */
    public LocalDate defaultDay() {
        LocalDate today = today();
        if (queries.meetingsHeld(LocalDate.of(today.getYear(), 1, 1), today) > 0) {
            return today;
        }
        return new org.partydesk.store.MeetingRepository(ws.database()).lastMeetingDay()
                .filter(d -> d.isBefore(today)).orElse(today);
    }

    /** The years the period chooser offers: the last five up to today, and the year of {@code shown}; newest first. */
    public List<Integer> years(LocalDate shown) {
        int now = today().getYear();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (int y = now - 4; y <= now; y++) {
            years.add(y);
        }
        years.add(shown.getYear());
        return List.copyOf(years);
    }

    /** The quarter (1–4) of a day. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The tiles of quarter {@code quarter} (1–4) of {@code year}; overdue items as of the quarter's end or today;
     * {@code inProgress}: the quarter is not over yet.
     */
    public record Figures(int year, int quarter, boolean inProgress, int meetingsHeld, int present, int expected,
                          int overdueItems) {
        /** 出席率: present / expected; empty when nobody was expected. */
        public OptionalDouble attendanceRate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) present / expected);
        }

        /** 出席率 in percent, to one decimal (95.2); empty when nobody was expected. */
        public OptionalDouble attendancePercent() {
            return expected == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(Math.round(present * 1000.0 / expected) / 10.0);
        }
    }

    public Figures figures(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        CompliancePeriod period = new CompliancePeriod(year, quarter);
        LocalDate from = period.start();
        LocalDate to = period.end();
        DashboardQueries.Attendance attendance = queries.attendance(from, to);
        LocalDate today = today();
        LocalDate asOf = to.isBefore(today) ? to : today;
        int overdue = (int) new Responsibilities(ws).overdue(year, asOf).stream()
                .map(a -> a.item().id()).distinct().count();
        return new Figures(year, quarter, !to.isBefore(today) && !from.isAfter(today), queries.meetingsHeld(from, to),
                attendance.present(), attendance.expected(), overdue);
    }

    /**
     * One month of the meetings chart: the meetings held per type (in {@link MeetingType} order; a meeting of two
     * types counts once for each), and whether the month is not over yet (进行中).
     */
    public record Month(int month, boolean inProgress, Map<MeetingType, Integer> byType) {
        public Month {
            Map<MeetingType, Integer> copy = new EnumMap<>(MeetingType.class);
            copy.putAll(byType);
            byType = Collections.unmodifiableMap(copy);
        }

        public int total() {
            return byType.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * The months of {@code year} up to today (every month of a past year, none of a future one), each with its
     * meetings, a month without meetings included as such; and any later month that has meetings.
     */
    public List<Month> months(int year) {
        LocalDate today = today();
        TreeMap<Integer, Map<MeetingType, Integer>> counts = new TreeMap<>();
        queries.meetingsPerMonth(year).forEach(c -> counts.computeIfAbsent(c.month(), m -> new EnumMap<>(MeetingType.class))
                .merge(c.type(), c.count(), Integer::sum));
        int last = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        if (!counts.isEmpty()) {
            last = Math.max(last, counts.lastKey());
        }
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= last; m++) {
            months.add(new Month(m, year == today.getYear() && m == today.getMonthValue(), counts.getOrDefault(m, Map.of())));
        }
        return months;
    }

    /**
     * The honours of a level in a year, counted as the annual summary counts them: the commendations (批次), their
     * members (人次) and their collectives (个集体).
     */
    public record LevelCount(CommendationLevel level, int batches, int people, int collectives) {
    }

    /**
     * The levels as the honours chart shows them, highest first (国家级, 省级, 市级, 局级), as the annual summary's
     * chart of honours by level orders them.
     */
    public static final List<CommendationLevel> LEVELS = List.of(CommendationLevel.NATIONAL, CommendationLevel.PROVINCIAL,
            CommendationLevel.MUNICIPAL, CommendationLevel.BUREAU);

    /** The honours of the year at every level (a level without any counts zero), in the order of {@link #LEVELS}. */
    public List<LevelCount> honoursByLevel(int year) {
        Map<CommendationLevel, DashboardQueries.LevelHonours> read = new EnumMap<>(CommendationLevel.class);
        queries.honoursByLevel(year).forEach(h -> read.put(h.level(), h));
        return LEVELS.stream().map(l -> {
            DashboardQueries.LevelHonours h = read.get(l);
            return h == null ? new LevelCount(l, 0, 0, 0) : new LevelCount(l, h.batches(), h.people(), h.collectives());
        }).toList();
    }

    /** The honours of a year in all: 批次, 人次 and 个集体, as the annual summary says them. */
    public record Honours(int year, int batches, int people, int collectives, List<LevelCount> byLevel) {
        static Honours of(int year, List<LevelCount> byLevel) {
            return new Honours(year, byLevel.stream().mapToInt(LevelCount::batches).sum(),
                    byLevel.stream().mapToInt(LevelCount::people).sum(),
                    byLevel.stream().mapToInt(LevelCount::collectives).sum(), byLevel);
        }
    }

    public Honours honours(int year) {
        return Honours.of(year, honoursByLevel(year));
    }

    /** Everything the dashboard shows for a quarter of a year. */
    public record Overview(Figures figures, List<Month> months, Honours honours) {
        /** Whether the year has no meeting to chart. */
        public boolean noMeetings() {
            return months.stream().allMatch(m -> m.total() == 0);
        }

        /** Whether the year has no honour to chart. */
        public boolean noHonours() {
            return honours.batches() == 0;
        }
    }

    public Overview overview(int year, int quarter) {
        return new Overview(figures(year, quarter), months(year), honours(year));
    }
}
