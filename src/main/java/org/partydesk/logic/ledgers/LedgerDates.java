package org.partydesk.logic.ledgers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as clerks type them into ledgers: 2019-07-01, 2019/7/1, 2019.07.01, 2019年7月1日, 20190701, and the
 * month-only forms 2019.07, 2019-7, 2019年7月, 201907. Full-width digits and punctuation and stray spaces
 * are normalised first. Anything else is refused with a Chinese reason.
 */
public final class LedgerDates {
    private static final Pattern FULL = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern FULL_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月?");
    private static final Pattern MONTH_COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern NUMBER_WITH_ONE_DECIMAL = Pattern.compile("\\d{4}\\.\\d");
    private static final Pattern DATE_THEN_TIME = Pattern.compile("(\\d)\\s+(\\d{1,2}:)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TIME_SUFFIX = Pattern.compile("(\\d)[T ]?\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

    /** Earliest and latest years a ledger date may have. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private LedgerDates() {
    }

    /**
     * A parsed date. For the month-only forms {@code monthOnly} is true and {@code date} is the first
     * of that month.
     */
    public record ParsedDate(LocalDate date, boolean monthOnly) {
        public YearMonth yearMonth() {
            return YearMonth.from(date);
        }
    }

    /**
     * Parses {@code raw}; throws {@link IllegalArgumentException} whose message says in Chinese what
     * is wrong and which forms are accepted.
     */
    public static ParsedDate parse(String raw) {
        if (raw == null || normalize(raw).isEmpty()) {
            throw new IllegalArgumentException("日期为空");
        }
        String text = TIME_SUFFIX.matcher(normalize(raw)).replaceFirst("$1");
        Matcher m;
        if ((m = FULL.matcher(text)).matches() || (m = FULL_CHINESE.matcher(text)).matches()
                || (m = COMPACT.matcher(text)).matches()) {
            return new ParsedDate(day(raw, m.group(1), m.group(2), m.group(3)), false);
        }
        if ((m = MONTH.matcher(text)).matches() || (m = MONTH_CHINESE.matcher(text)).matches()
                || (m = MONTH_COMPACT.matcher(text)).matches()) {
            return new ParsedDate(day(raw, m.group(1), m.group(2), "1"), true);
        }
        throw new IllegalArgumentException("无法识别的日期“" + raw.strip()
                + "”，请写成 2019-07-01、2019/7/1、2019.07.01、2019年7月1日 或 20190701（只知年月可写 2019.07 或 2019年7月）");
    }

    /**
     * The date in a cell: an Excel date as it is, text in one of the forms of {@link #parse(String)};
     * null when the cell is blank or absent. A number such as 2019.1 is refused: Excel has dropped the
     * zero of 2019.10, so the month cannot be told.
     */
    public static ParsedDate parse(LedgerCell cell) {
        if (cell == null || cell.isEmptyValue()) {
            return null;
        }
        if (cell.date() != null) {
            return new ParsedDate(checkYear(cell.date()), false);
        }
        String text = Texts.compact(cell.text());
        if (cell.number() && NUMBER_WITH_ONE_DECIMAL.matcher(text).matches()) {
            String y = text.substring(0, 4);
            String m = text.substring(5);
            throw new IllegalArgumentException("“" + text + "”被存成了数字，分不清是" + y + "年" + m + "月还是" + y + "年" + m
                    + "0月，请将该列设为文本或写成 " + y + "年" + m + "月");
        }
        return parse(cell.text());
    }

    /**
     * A date Excel stored as a number is held to the same years as a typed one: a serial number such as
     * 1,528,000,000 is a date in year 4188689, which later breaks exports and reports.
     */
    public static LocalDate checkYear(LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("日期“" + date + "”的年份不合理（应在" + MIN_YEAR + "到" + MAX_YEAR + "年之间），"
                    + "可能是把别的数字设成了日期格式");
        }
        return date;
    }

    private static LocalDate day(String raw, String y, String m, String d) {
        int year = Integer.parseInt(y);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("日期“" + raw.strip() + "”的年份不合理");
        }
        int month = Integer.parseInt(m);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("日期“" + raw.strip() + "”的月份应在1到12之间");
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("日期“" + raw.strip() + "”不存在（" + year + "年" + month + "月没有" + d + "日）");
        }
    }

    /**
     * Full-width digits, letters and punctuation to ASCII; every kind of space removed except one
     * between a date and a time.
     */
    static String normalize(String raw) {
        String half = Texts.toHalfWidth(raw).strip();
        return SPACES.matcher(DATE_THEN_TIME.matcher(half).replaceAll("$1T$2")).replaceAll("");
    }
}
