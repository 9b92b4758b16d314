package org.partydesk.logic.ledgers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value tables of the ledgers, kept as data (decision 0015): one {@code .properties} file per field under
 * {@code org/partydesk/logic/ledgers/values/}, UTF-8, each line {@code 台账里的写法=记录的值}. A value is
 * looked up after {@link Texts#compact} and, when it is not in the table as written, once more without the
 * code another system put in front of it ("95_男", "223_正式党员", "21 大学", "011 公务员").
 * {@link #EMPTY} lists the ways of writing "nothing" (无, —, /, 空 …) that every column reads as blank.
 */
public final class LedgerValues {
    /** 无, —, /, 空 …: blank in every column. */
    public static final String EMPTY = "empty";
    public static final String GENDER = "gender";
    public static final String ETHNICITY = "ethnicity";
    public static final String EDUCATION = "education";
    /** 党籍: 正式党员 / 预备党员 (from 党员类别, 政治面貌, 人员类别). */
    public static final String PARTY_STANDING = "party-standing";
    /** 政治面貌 values of people who are not party members (群众, 共青团员 …). */
    public static final String NOT_A_MEMBER = "not-a-member";
    /** 在职 / 离退休 / 流动. */
    public static final String MEMBER_CATEGORY = "member-category";
    /** 编制 or job categories (公务员, 事业编制, 参公, 工勤 …): never a 党员类别. */
    public static final String JOB_CATEGORY = "job-category";
    /** 会议类型 words → {@code MeetingType} names. */
    public static final String MEETING_TYPE = "meeting-type";
    /** 级别 words → {@code CommendationLevel} names. */
    public static final String COMMENDATION_LEVEL = "commendation-level";

    /**
     * A code in front of a value: digits (or a letter and digits) then _ - . 、 : or a space, then the value,
     * which must not start with a digit ("2025 年" is no code).
     */
    private static final Pattern CODE = Pattern.compile("^[A-Za-z]?\\d{1,4}\\s*[_\\-.、:：|]?\\s*(?=[^\\s\\d年月日号时点分])(.+)$");
    private static final Pattern CODE_NEEDS_SEPARATOR = Pattern.compile("^[A-Za-z]?\\d{1,4}[_\\-.、:：|\\s].+$");

    private static final Map<String, Map<String, String>> TABLES = new ConcurrentHashMap<>();

    private LedgerValues() {
    }

    /** The whole table of a field: written form (compacted) → recorded value, in file order. */
    public static Map<String, String> table(String field) {
        return TABLES.computeIfAbsent(field, LedgerValues::load);
    }

    /**
     * The recorded value of {@code raw} in the table of {@code field}: as written, else without a leading
     * code; empty when neither is in the table.
     */
    public static Optional<String> lookup(String field, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Map<String, String> table = table(field);
        String s = Texts.compact(raw);
        String found = table.get(s);
        if (found == null) {
            String uncoded = withoutCode(raw);
            if (uncoded != null) {
                found = table.get(Texts.compact(uncoded));
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * A value without the code another system put in front of it ("868_汉族" → "汉族", "21 大学" → "大学"), or
     * null when it has no such code.
     */
    public static String withoutCode(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Texts.clean(raw);
        int digit = !s.isEmpty() && (s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' || s.charAt(0) >= 'a' && s.charAt(0) <= 'z') ? 1 : 0;
        if (digit >= s.length() || s.charAt(digit) < '0' || s.charAt(digit) > '9') {
            return null; // no code in front (what the pattern below requires first), without running it on every cell
        }
        if (!CODE_NEEDS_SEPARATOR.matcher(s).matches()) {
            return null;
        }
        Matcher m = CODE.matcher(s);
        return m.matches() ? m.group(1).strip() : null;
    }

    /**
     * The value of a free-text field with a table (民族, 学历): the table's value, else the text without
     * its code, else the text as written; null stays null.
     */
    public static String normalise(String field, String raw) {
        if (raw == null) {
            return null;
        }
        Optional<String> found = lookup(field, raw);
        if (found.isPresent()) {
            return found.get();
        }
        String uncoded = withoutCode(raw);
        return uncoded != null ? uncoded : raw;
    }

    /** Whether {@code raw} is one of the ways of writing "nothing" (无, —, /, 空 …). */
    public static boolean isEmptyMarker(String raw) {
        return raw != null && !longerThanAnyMarker(raw) && table(EMPTY).containsKey(Texts.compact(raw));
    }

    /** The longest way of writing "nothing" in {@link #EMPTY}. */
    private static final int LONGEST_MARKER = table(EMPTY).keySet().stream().mapToInt(String::length).max().orElse(0);

    /**
     * Whether {@code raw} has more characters that no kind of space is than the longest way of writing "nothing", so
     * that it cannot be one however it is compacted: asked of every cell of a ledger, this spares most of them the
     * compacting and the lookup (issue 21).
     */
    private static boolean longerThanAnyMarker(String raw) {
        if (raw.length() <= LONGEST_MARKER) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && ++kept > LONGEST_MARKER) {
                return true;
            }
        }
        return false;
    }

    /** The written forms of a table (for messages and tests). */
    public static Set<String> writtenForms(String field) {
        return table(field).keySet();
    }

    private static Map<String, String> load(String field) {
        String resource = "values/" + field + ".properties";
        try (InputStream in = LedgerValues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no value table " + resource);
            }
            Map<String, String> out = new LinkedHashMap<>();
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    out.put(Texts.compact((String) key), Texts.clean((String) value));
                    return super.put(key, value);
                }
            };
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
