package org.partydesk.logic.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Small rules of written Chinese in reports: lists joined by 、 with 和 before the last item, 同志 after
 * names, percentages with one decimal, dates as 8月7日, numbers in Arabic numerals, and the numbering of
 * headings 一、 （一） 1. （1）.
 */
public final class ChineseText {
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private ChineseText() {
    }

    /**
     * "甲", "甲和乙", "甲、乙和丙"; empty for no items. Items in quotation marks or 书名号 that meet are not parted by a
     * 顿号 (GB/T 15834—2011, 4.5.3.5): “甲”“乙”和“丙”.
     */
    public static String join(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        StringBuilder b = new StringBuilder(items.get(0));
        for (int i = 1; i < n - 1; i++) {
            String item = items.get(i);
            boolean marked = (b.charAt(b.length() - 1) == '”' || b.charAt(b.length() - 1) == '》')
                    && (item.startsWith("“") || item.startsWith("《"));
            b.append(marked ? "" : "、").append(item);
        }
        return b.append("和").append(items.get(n - 1)).toString();
    }

    /** Names of people followed by 同志, a 顿号 between each two, as honour rolls write them: "王某、李某、赵某同志". */
    public static String comrades(List<String> names) {
        return names.isEmpty() ? "" : String.join("、", names) + "同志";
    }

    /** A rate 0–1 as a percentage with one decimal: 0.9312 → "93.1%". */
    public static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100.0);
    }

    /**
     * Months of a year (1–12) as ranges: [7, 8, 9] → "7—9月", [7, 9] → "7月、9月", [1, 2, 4] → "1—2月、4月"; empty for
     * none. The months are taken in order, each once.
     */
    public static String monthRanges(List<Integer> months) {
        List<Integer> sorted = months.stream().distinct().sorted().toList();
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? sorted.get(i) + "月" : sorted.get(i) + "—" + sorted.get(j) + "月");
            i = j + 1;
        }
        return String.join("、", parts);
    }

    /** "8月7日". */
    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "2025年8月7日". */
    public static String fullDate(LocalDate date) {
        return date.getYear() + "年" + monthDay(date);
    }

    /** A name in Chinese quotation marks: “月度作风标兵”; a name that has quotation marks of its own is left as it is. */
    public static String quoted(String s) {
        return s.contains("“") || s.contains("《") ? s : "“" + s + "”";
    }

    /**
     * A theme in quotation marks, its own quotation marks turned into inner ones:
     * “双报到”社区服务 → “‘双报到’社区服务”; a title in 《》 alone is left as it is.
     */
    public static String themeQuoted(String s) {
        String t = oneLine(s.strip());
        if (t.startsWith("《") && t.endsWith("》") && t.indexOf('《', 1) < 0) {
            return t;
        }
        return "“" + t.replace('“', '‘').replace('”', '’') + "”";
    }

    /**
     * Text typed on several lines of a cell (a theme with Alt+Enter before its “（集中学习+交流研讨）”) as one line of
     * prose: a line break between Chinese text, or next to a Chinese mark, is dropped; one between Latin words becomes a
     * space. Word and LibreOffice showed the break as a space before the “（”.
     */
    public static String oneLine(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\s\u3000]*\\R[\\s\u3000]*").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean latin = m.start() > 0 && m.end() < s.length() && s.charAt(m.start() - 1) < 0x2E80
                    && s.charAt(m.end()) < 0x2E80 && Character.isLetterOrDigit(s.charAt(m.start() - 1))
                    && Character.isLetterOrDigit(s.charAt(m.end()));
            m.appendReplacement(out, latin ? " " : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A compliance slot in words, its month in Arabic numerals as dates have it: "2025-07" → 7月, "2025-Q3" → 第三季度,
     * "2025" → 全年; anything else as it is.
     */
    public static String periodLabel(String slot) {
        if (slot == null) {
            return "";
        }
        if (slot.matches("\\d{4}-\\d{2}")) {
            return Integer.parseInt(slot.substring(5)) + "月";
        }
        if (slot.matches("\\d{4}-Q[1-4]")) {
            return "第" + chineseNumber(slot.charAt(6) - '0') + "季度";
        }
        if (slot.matches("\\d{4}")) {
            return "全年";
        }
        return slot;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1–99). */
    public static String chineseNumber(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** The number of the {@code n}-th heading (from 1) of a level: 一、 （一） 1. （1）. */
    public static String headingNumber(int level, int n) {
        return switch (level) {
            case 1 -> chineseNumber(n) + "、";
            case 2 -> "（" + chineseNumber(n) + "）";
            case 3 -> n + ".";
            default -> "（" + n + "）";
        };
    }

    /**
     * The numbers of headings of these levels (1–4) in this order, each counted within the heading above it:
     * levels 1, 2, 2, 1, 3 → 一、 （一） （二） 二、 1.
     */
    public static List<String> headingNumbers(List<Integer> levels) {
        int[] numbers = new int[5];
        List<String> out = new java.util.ArrayList<>(levels.size());
        for (int level : levels) {
            numbers[level]++;
            for (int deeper = level + 1; deeper < numbers.length; deeper++) {
                numbers[deeper] = 0;
            }
            out.add(headingNumber(level, numbers[level]));
        }
        return out;
    }

    /** The text ending in 。 (or the sentence-final mark it already has). */
    public static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return "。！？；：".indexOf(last) >= 0 ? t : t + "。";
    }
}
