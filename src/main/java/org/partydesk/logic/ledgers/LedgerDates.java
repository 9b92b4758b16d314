package org.partydesk.logic.ledgers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as clerks type them into ledgers: 2019-07-01, 2019/7/1, 2019.07.01, 2019年7月1日, 20190701, and the
 * month-only forms 2019.07, 2019-7, 2019年7月, 201907. Full-width digits and punctuation and stray spaces
 * are normalised first. Also read (decision 0015): Chinese numerals (二〇二五年六月二十八日, 二零二五年), a
 * weekday note (（星期四）, 周四) dropped, 上旬/中旬/下旬 (the first day of the ten days, with a note), 5月8日
 * without a year when the caller knows the year (from the sheet's title, {@link #yearInTitle}), and an
 * Excel serial number stored as text (45678). Anything else is refused with a Chinese reason.
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
    private static final Pattern WEEKDAY = Pattern.compile("[（(]?(?:星期|周|礼拜)[一二三四五六日天七][）)]?");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("([〇零○Ｏ一二三四五六七八九十]+)(?=[年月日号旬])");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Pattern XUN = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月([上中下])旬");
    private static final Pattern DAY_NO_YEAR = Pattern.compile("(\\d{1,2})月(\\d{1,2})[日号]?");
    private static final Pattern HALF_DAY = Pattern.compile("(上午|下午|晚上|中午|全天)$");
    private static final Pattern SERIAL = Pattern.compile("[2-7]\\d{4}");
    /** Excel's day 0 (its serial numbers count from here, 1900 leap-year bug included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** A time of day: T9:00, 09:30:00, 上午9时, 下午2:30, 14点30分. */
    private static final String CLOCK = "(上午|下午|晚上|中午|T)?(\\d{1,2})(?::(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?|[时点](?:(\\d{1,2})分?|半)?)";
    private static final Pattern TIME = Pattern.compile(CLOCK + "$");
    private static final Pattern TIME_RANGE = Pattern.compile(CLOCK + "[-—–~～至到]+" + CLOCK.replace("|T)", ")") + "$");

    /** Earliest and latest years a ledger date may have. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private LedgerDates() {
    }

    /**
     * A parsed date. For the month-only forms {@code monthOnly} is true and {@code date} is the first
     * of that month.
     */
    public record ParsedDate(LocalDate date, boolean monthOnly, String note) {
        public ParsedDate(LocalDate date, boolean monthOnly) {
            this(date, monthOnly, null);
        }

        public YearMonth yearMonth() {
            return YearMonth.from(date);
        }
    }

    /**
     * A date with the time of day a ledger gave: {@code start} null when none was written, {@code end} the
     * end of a range (9:00-11:00), {@code note} what the clerk should know (上旬 read as its first day, 下午
     * without a clock time).
     */
    public record ParsedDateTime(ParsedDate date, java.time.LocalTime start, java.time.LocalTime end, String note) {
    }

    /**
     * Reads a date with an optional time or time range: "2025年5月8日（星期四）下午2:30", "2025-05-08 9:00-11:00",
     * "2025年5月8日 9:00—11:00", "5月8日上午" (with {@code defaultYear}). 上午/下午 without a clock time keep the
     * half day as 09:00 or 14:30 with a note. Throws {@link IllegalArgumentException} with a Chinese reason.
     */
    public static ParsedDateTime parseDateTime(String raw, Integer defaultYear) {
        if (raw != null && raw.length() == 16 && raw.charAt(10) == ' ' && raw.charAt(13) == ':' && isIsoDate(raw.substring(0, 10))
                && digits(raw, 11, 13) && digits(raw, 14, 16)) {
            // 2025-03-08 09:00 as exports write it: what the patterns below give (an impossible time still goes through them)
            int hour = Integer.parseInt(raw, 11, 13, 10);
            int minute = Integer.parseInt(raw, 14, 16, 10);
            if (hour <= 23 && minute <= 59) {
                return new ParsedDateTime(parse(raw.substring(0, 10), defaultYear), java.time.LocalTime.of(hour, minute), null, null);
            }
        }
        if (raw == null || normalize(raw).isEmpty()) {
            throw new IllegalArgumentException("日期为空");
        }
        String text = WEEKDAY.matcher(normalize(raw)).replaceAll("");
        java.time.LocalTime start = null;
        java.time.LocalTime end = null;
        String note = null;
        Matcher m = TIME_RANGE.matcher(text);
        if (m.find() && m.start() > 0) {
            start = clock(raw, m.group(1), m.group(2), m.group(3), m.group(4), m.group(0));
            end = clock(raw, m.group(5) != null ? m.group(5) : m.group(1), m.group(6), m.group(7), m.group(8), m.group(0));
            if (end.isBefore(start) && m.group(5) == null && "上午".equals(m.group(1))) {
                end = end.plusHours(12);
            }
            text = text.substring(0, m.start());
        } else if ((m = TIME.matcher(text)).find() && m.start() > 0) {
            start = clock(raw, m.group(1), m.group(2), m.group(3), m.group(4), m.group(0));
            text = text.substring(0, m.start());
        } else if ((m = HALF_DAY.matcher(text)).find() && m.start() > 0) {
            String half = m.group(1);
            start = switch (half) {
                case "上午" -> java.time.LocalTime.of(9, 0);
                case "中午" -> java.time.LocalTime.of(12, 0);
                case "下午" -> java.time.LocalTime.of(14, 30);
                case "晚上" -> java.time.LocalTime.of(19, 0);
                default -> null;
            };
            if (start != null) {
                note = "只写了“" + half + "”，没有具体时刻，按" + start + "记录";
            }
            text = text.substring(0, m.start());
        }
        ParsedDate date = parse(text, defaultYear);
        return new ParsedDateTime(date, start, end, date.note() != null ? date.note() : note);
    }

    private static java.time.LocalTime clock(String raw, String half, String h, String min, String minCn, String whole) {
        int hour = Integer.parseInt(h);
        String minuteText = min != null ? min : minCn;
        int minute = minuteText == null ? (whole.contains(h + "时半") || whole.contains(h + "点半") ? 30 : 0)
                : Integer.parseInt(minuteText);
        if (("下午".equals(half) || "晚上".equals(half)) && hour < 12) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            throw new TimeOfDayException("“" + raw.strip() + "”中的时刻不存在");
        }
        return java.time.LocalTime.of(hour, minute);
    }

    /** A time of day that does not exist (25:00): the caller names its column. */
    public static final class TimeOfDayException extends IllegalArgumentException {
        TimeOfDayException(String message) {
            super(message);
        }
    }

    /**
     * The year a sheet's title or the lines above its header give ("机关第一党支部2025年三会一课台账" → 2025), or
     * null when none does or they give different years.
     */
    public static Integer yearInTitle(java.util.List<String> lines) {
        Integer found = null;
        for (String line : lines == null ? java.util.List.<String>of() : lines) {
            String t = toArabic(Texts.toHalfWidth(line == null ? "" : line));
            Matcher m = TITLE_YEAR.matcher(t);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (found != null && found != y) {
                    return null;
                }
                found = y;
            }
        }
        return found;
    }

    /** Chinese numerals before 年, 月, 日, 号 or 旬 as digits: 二〇二五年六月二十八日 → 2025年6月28日. */
    static String toArabic(String text) {
        Matcher m = CHINESE_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String n = m.group(1).replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
            String digits;
            int ten = n.indexOf('十');
            if (ten < 0) {
                StringBuilder d = new StringBuilder();
                n.chars().forEach(c -> d.append(CHINESE_DIGITS.indexOf(c)));
                digits = d.toString();
            } else if (n.indexOf('十', ten + 1) >= 0 || n.length() > 3) {
                digits = m.group(1);
            } else {
                int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(n.charAt(0));
                int ones = ten == n.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(n.charAt(ten + 1));
                digits = String.valueOf(tens * 10 + ones);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(digits));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Parses {@code raw}; throws {@link IllegalArgumentException} whose message says in Chinese what
     * is wrong and which forms are accepted.
     */
    public static ParsedDate parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses {@code raw} as {@link #parse(String)}, with the year {@code defaultYear} (from the sheet's title;
     * null: unknown) where the text gives only month and day (5月8日, 5月上旬).
     */
    public static ParsedDate parse(String raw, Integer defaultYear) {
        if (isIsoDate(raw)) { // 2019-07-01 as exports and most rosters write it: what the patterns below give, without them
            return new ParsedDate(day(raw, raw.substring(0, 4), raw.substring(5, 7), raw.substring(8, 10)), false);
        }
        if (raw == null || normalize(raw).isEmpty()) {
            throw new IllegalArgumentException("日期为空");
        }
        String text = toArabic(WEEKDAY.matcher(TIME_SUFFIX.matcher(normalize(raw)).replaceFirst("$1")).replaceAll(""));
        text = HALF_DAY.matcher(text).replaceFirst("");
        Matcher m;
        if ((m = FULL.matcher(text)).matches() || (m = FULL_CHINESE.matcher(text)).matches()
                || (m = COMPACT.matcher(text)).matches()) {
            return new ParsedDate(day(raw, m.group(1), m.group(2), m.group(3)), false);
        }
        if ((m = XUN.matcher(text)).matches()) {
            String year = m.group(1) != null ? m.group(1) : defaultYear == null ? null : String.valueOf(defaultYear);
            if (year == null) {
                throw noYear(raw);
            }
            int first = switch (m.group(3)) {
                case "上" -> 1;
                case "中" -> 11;
                default -> 21;
            };
            LocalDate d = day(raw, year, m.group(2), String.valueOf(first));
            return new ParsedDate(d, false, "只写了“" + m.group(3) + "旬”，按该旬第一天（" + d + "）记录");
        }
        if ((m = DAY_NO_YEAR.matcher(text)).matches()) {
            if (defaultYear == null) {
                throw noYear(raw);
            }
            return new ParsedDate(day(raw, String.valueOf(defaultYear), m.group(1), m.group(2)), false);
        }
        if (SERIAL.matcher(text).matches()) {
            LocalDate d = EXCEL_EPOCH.plusDays(Integer.parseInt(text));
            if (d.getYear() >= 1960 && d.getYear() <= MAX_YEAR) {
                return new ParsedDate(d, false, "“" + text + "”是以文本保存的 Excel 日期序号，按" + d + "记录，请核对");
            }
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
     * zero of 2019.10, so the month cannot be told; 2019.3 is March (there is no thirtieth month).
     */
    public static ParsedDate parse(LedgerCell cell) {
        if (cell == null || cell.isEmptyValue()) {
            return null;
        }
        if (cell.date() != null) {
            return new ParsedDate(checkYear(cell.date()), false);
        }
        String text = cell.number() ? Texts.compact(cell.text()) : null;
        if (text != null && NUMBER_WITH_ONE_DECIMAL.matcher(text).matches()) {
            String y = text.substring(0, 4);
            String m = text.substring(5);
            if (!m.equals("1")) {
                return parse(y + "年" + m + "月");
            }
            throw new IllegalArgumentException("“" + text + "”被存成了数字，分不清是" + y + "年" + m + "月还是" + y + "年" + m
                    + "0月，请将该列设为文本或写成 " + y + "年" + m + "月");
        }
        ParsedDate parsed = parse(cell.text());
        if (text != null && SERIAL.matcher(text).matches() && parsed.note() != null) {
            // a number, not text: the cell lacks a date format, which is not the same slip as typing the serial as text
            return new ParsedDate(parsed.date(), false, serialNote(text, parsed.date().atStartOfDay()));
        }
        return parsed;
    }

    /** An Excel date serial as a number, with the fraction of a day its time is. */
    private static final Pattern SERIAL_WITH_TIME = Pattern.compile("([2-7]\\d{4})(\\.\\d+)?");

    /**
     * The day and time of a number cell that holds an Excel date serial because it lacks a date format (45724.6041666667
     * is 2025-03-08 14:30, 45724 its midnight); empty for any other cell.
     */
    public static java.util.Optional<java.time.LocalDateTime> serial(LedgerCell cell) {
        if (cell == null || !cell.number() || cell.date() != null) {
            return java.util.Optional.empty();
        }
        Matcher m = SERIAL_WITH_TIME.matcher(Texts.compact(cell.text()));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        LocalDate d = EXCEL_EPOCH.plusDays(Integer.parseInt(m.group(1)));
        if (d.getYear() < 1960 || d.getYear() > MAX_YEAR) {
            return java.util.Optional.empty();
        }
        long minutes = m.group(2) == null ? 0 : Math.round(Double.parseDouble("0" + m.group(2)) * 24 * 60);
        return java.util.Optional.of(d.atStartOfDay().plusMinutes(minutes));
    }

    /** The warning on a date serial in a number cell: it is read as {@code at} (its time shown when it has one). */
    public static String serialNote(String written, java.time.LocalDateTime at) {
        return "“" + written + "”是 Excel 日期序号（该格没有设为日期格式），按" + at.toLocalDate()
                + (at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "" : " " + at.toLocalTime()) + "记录，请核对";
    }

    /** Whether {@code cell} is a number such as 2025.3 or 2025.1 (a year and month Excel stored as a number). */
    public static boolean yearMonthNumber(LedgerCell cell) {
        return cell != null && cell.number() && cell.date() == null
                && NUMBER_WITH_ONE_DECIMAL.matcher(Texts.compact(cell.text())).matches();
    }

    /**
     * Whether {@code cell} is a number such as 1948.1 that {@link #parse(LedgerCell)} refuses as January or October, and
     * {@code known} (a date from elsewhere, as an ID number's) is in that year's January or October, which settles it.
     */
    public static boolean januaryOrOctober(LedgerCell cell, LocalDate known) {
        if (cell == null || !cell.number() || known == null) {
            return false;
        }
        String text = Texts.compact(cell.text());
        return NUMBER_WITH_ONE_DECIMAL.matcher(text).matches() && text.endsWith(".1")
                && Integer.parseInt(text.substring(0, 4)) == known.getYear()
                && (known.getMonthValue() == 1 || known.getMonthValue() == 10);
    }

    /** The date in a cell as {@link #parse(LedgerCell)}, with {@code defaultYear} for 5月8日 (null: unknown). */
    public static ParsedDate parse(LedgerCell cell, Integer defaultYear) {
        if (defaultYear == null || cell == null || cell.isEmptyValue() || cell.date() != null || cell.number()) {
            return parse(cell);
        }
        return parse(cell.text(), defaultYear);
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

    /** Whether {@code raw} is exactly yyyy-mm-dd (ASCII digits, no spaces). */
    private static boolean isIsoDate(String raw) {
        return raw != null && raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-'
                && digits(raw, 0, 4) && digits(raw, 5, 7) && digits(raw, 8, 10);
    }

    /** Whether the characters from {@code from} to {@code to} (excluded) are ASCII digits. */
    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException noYear(String raw) {
        return new IllegalArgumentException("日期“" + raw.strip() + "”没有年份，标题中也没有写年份；请写全年份，如 2025年5月8日，"
                + "或在标题中写明年份（如 2025年三会一课台账）");
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
