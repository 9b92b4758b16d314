package org.partydesk.app.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MeetingType;
import org.partydesk.store.DashboardQueries;

/**
 * The figures of the dashboard (工作台) for a quarter: meetings held, attendance (实到 / 应到 over the
 * attendance rows), overdue responsibility items and honours of the year; and the series of its charts.
 * Every figure is counted from rows by SQL aggregates.
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

    /** The tiles of quarter {@code quarter} (1–4) of {@code year}; overdue items as of the quarter's end or today. */
    public record Figures(int year, int quarter, int meetingsHeld, int present, int expected, int overdueItems,
                          int honoursOfYear) {
        /** 出席率: present / expected; empty when nobody was expected. */
        public java.util.OptionalDouble attendanceRate() {
            return expected == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) present / expected);
        }
    }

    public Figures figures(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        DashboardQueries.Attendance attendance = queries.attendance(from, to);
        LocalDate asOf = to.isBefore(today()) ? to : today();
        int overdue = (int) new Responsibilities(ws).overdue(year, asOf).stream()
                .map(a -> a.item().id()).distinct().count();
        return new Figures(year, quarter, queries.meetingsHeld(from, to), attendance.present(), attendance.expected(),
                overdue, queries.commendations(year));
    }

    /** One bar segment of the meetings chart. */
    public record MonthCount(int month, MeetingType type, int count) {
    }

    public List<MonthCount> meetingsPerMonth(int year) {
        return queries.meetingsPerMonth(year).stream().map(m -> new MonthCount(m.month(), m.type(), m.count())).toList();
    }

    /** One bar of the honours chart. */
    public record LevelCount(CommendationLevel level, int count) {
    }

    public List<LevelCount> honoursByLevel(int year) {
        // by level, highest first (国家级 … 局级), as a clerk reads a list of honours; not by the stored name
        return queries.commendationsByLevel(year).stream().map(l -> new LevelCount(l.level(), l.count()))
                .sorted(java.util.Comparator.comparing(LevelCount::level)).toList();
    }
}
