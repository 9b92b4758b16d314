package org.partydesk.logic;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.partydesk.model.Cadence;

/**
 * 时间节点 of a cadence for a year: MONTHLY the end of every month (1月 … 12月); QUARTERLY Mar 31, Jun 30,
 * Sep 30, Dec 31 (第1季度 … 第4季度); HALF_YEARLY Jun 30, Dec 31 (上半年, 下半年); YEARLY Dec 31 (全年); ONCE the given date (一次性).
 */
public final class Deadlines {
    /** A deadline before it is stored: its date and label. */
    public record Slot(LocalDate dueOn, String label) {
    }

    private static final String ONCE_LABEL = "一次性";

    private Deadlines() {
    }

    /**
     * The deadlines of {@code cadence} in {@code year}. {@code onceOn} is required for ONCE, must lie in
     * {@code year}, and is ignored for the other cadences.
     */
    public static List<Slot> of(Cadence cadence, int year, LocalDate onceOn) {
        Objects.requireNonNull(cadence, "cadence");
        return switch (cadence) {
            case MONTHLY -> IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> new Slot(endOf(year, Month.of(m)), m + "月")).toList();
            case QUARTERLY -> List.of(
                    new Slot(endOf(year, Month.MARCH), "第1季度"),
                    new Slot(endOf(year, Month.JUNE), "第2季度"),
                    new Slot(endOf(year, Month.SEPTEMBER), "第3季度"),
                    new Slot(endOf(year, Month.DECEMBER), "第4季度"));
            case HALF_YEARLY -> List.of(
                    new Slot(endOf(year, Month.JUNE), "上半年"),
                    new Slot(endOf(year, Month.DECEMBER), "下半年"));
            case YEARLY -> List.of(new Slot(endOf(year, Month.DECEMBER), "全年"));
            case ONCE -> {
                if (onceOn == null) {
                    throw new IllegalArgumentException("ONCE needs a date");
                }
                if (onceOn.getYear() != year) {
                    throw new IllegalArgumentException("ONCE date " + onceOn + " is not in " + year);
                }
                yield List.of(new Slot(onceOn, ONCE_LABEL));
            }
        };
    }

    /**
     * The same day and month in {@code year}; Feb 29 becomes Feb 28 in a year that has none. Used when a
     * list is copied to another year.
     */
    public static LocalDate sameDayIn(LocalDate date, int year) {
        return date.withYear(year);
    }

    private static LocalDate endOf(int year, Month month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }
}
