package org.partydesk.logic.ledgers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the header of a ledger column among the names clerks give it (身份证号, 身份证号码,
 * 公民身份号码 …). Matching ignores spaces, full-width/half-width differences, a leading or trailing
 * "*" and a trailing note in brackets such as "（必填）" or "(选填)".
 */
public final class HeaderAliases {
    private static final Pattern TRAILING_NOTE = Pattern.compile("([（(\\[【][^）)\\]】]*[）)\\]】])+$");
    private static final Pattern STARS = Pattern.compile("^[*＊]+|[*＊:：]+$");

    private final List<LedgerColumn> columns;
    private final List<LedgerColumn> readOnly;
    private final Map<String, LedgerColumn> byName = new HashMap<>();
    /** The kind's own aliases when these are {@link #mapped}; this otherwise. */
    private final HeaderAliases base;
    /** Header texts (normalised) the clerk mapped to a column or to {@link #IGNORE}; looked up before the names. */
    private final Map<String, LedgerColumn> mapped;
    /** How the ledger reads its sheets beyond the names: declared with its columns, kept by {@link #mapped}. */
    private final Reading reading;

    /**
     * What a ledger declares with its columns: a required column's key → the keys of those that may stand in for it
     * ({@link #standIn}: any one of them); the column a heading row is read into ({@link #headingRows}; null: such rows are skipped); a
     * header text (normalised) → the column it names when another header takes the one it names alone ({@link #elseAs});
     * a required column's key → what its missing-column error adds ({@link #whenMissing}).
     */
    private record Reading(Map<String, List<String>> standIns, String headingKey, Map<String, String> elseAs,
                           Map<String, String> whenMissing, String branchHeadingKey) {
        static final Reading NONE = new Reading(Map.of(), null, Map.of(), Map.of(), null);

        private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
            Map<String, V> more = new HashMap<>(map);
            more.put(key, value);
            return Map.copyOf(more);
        }
    }

    /** The field key of a column mapped to nothing: the column is not imported (忽略). */
    public static final String IGNORE = "ignore";
    /** The column a header mapped to {@link #IGNORE} matches. */
    private static final LedgerColumn IGNORED = new LedgerColumn(IGNORE, "忽略", List.of(), LedgerColumn.Kind.IGNORED,
            List.of(), "", 0);

    public HeaderAliases(List<LedgerColumn> columns) {
        this(columns, List.of());
    }

    /**
     * {@code columns} are written in templates and exports and read on import; {@code readOnly} are only
     * read, when a file has them (政治面貌, 人员类别 of rosters kept by other systems).
     */
    public HeaderAliases(List<LedgerColumn> columns, List<LedgerColumn> readOnly) {
        this.columns = List.copyOf(columns);
        this.readOnly = List.copyOf(readOnly);
        for (LedgerColumn c : allColumns()) {
            byName.put(normalize(c.header()), c);
            c.aliases().forEach(a -> byName.put(normalize(a), c));
        }
        this.base = this;
        this.mapped = Map.of();
        this.reading = Reading.NONE;
    }

    private HeaderAliases(HeaderAliases base, Map<String, LedgerColumn> mapped, Reading reading) {
        this.columns = base.columns;
        this.readOnly = base.readOnly;
        this.byName.putAll(base.byName);
        this.base = mapped.isEmpty() ? this : base;
        this.mapped = Map.copyOf(mapped);
        this.reading = reading;
    }

    /** These columns read as {@code reading} says (one of the declarations below added). */
    private HeaderAliases with(Reading reading) {
        return new HeaderAliases(this, Map.of(), reading);
    }

    /** These columns where the missing-column error of the required column {@code key} ends with {@code text}. */
    public HeaderAliases whenMissing(String key, String text) {
        column(key);
        Reading r = reading;
        return with(new Reading(r.standIns(), r.headingKey(), r.elseAs(), Reading.with(r.whenMissing(), key, text),
                r.branchHeadingKey()));
    }

    /** What the missing-column error of {@code key} adds ({@link #whenMissing}), or "". */
    public String whenMissing(String key) {
        return reading.whenMissing().getOrDefault(key, "");
    }

    /**
     * These columns where the header {@code header} names the column {@code key} when the sheet has another header for
     * the column it names alone: 请假 beside 请假人员 is the number on leave, 时间 beside 日期 the time of day.
     */
    public HeaderAliases elseAs(String header, String key) {
        column(key);
        Reading r = reading;
        return with(new Reading(r.standIns(), r.headingKey(), Reading.with(r.elseAs(), normalize(header), key), r.whenMissing(),
                r.branchHeadingKey()));
    }

    /** The column {@code header} names when the one it names alone is taken ({@link #elseAs}), or null. */
    public String elseAs(String header) {
        return header == null ? null : reading.elseAs().get(normalize(header));
    }

    /**
     * These columns where a row holding only a numbered heading (一、政治建设, （二）组织建设: a category written across
     * the table above its items) is data, its text in the column {@code key}, instead of a line of instructions.
     */
    public HeaderAliases headingRows(String key) {
        column(key);
        Reading r = reading;
        return with(new Reading(r.standIns(), key, r.elseAs(), r.whenMissing(), r.branchHeadingKey()));
    }

    /**
     * These columns where a sheet without the column {@code key} may name the branch of its rows in a row of its own
     * above them (一、机关第一党支部（4人）, then its members, then 二、监测站党支部 …): each such heading gives the rows
     * under it, up to the next one, the branch in {@code key}. Read so only when the heading comes before the first
     * data row; elsewhere such a row stays a skipped line of text.
     */
    public HeaderAliases branchHeadings(String key) {
        column(key);
        Reading r = reading;
        return with(new Reading(r.standIns(), r.headingKey(), r.elseAs(), r.whenMissing(), key));
    }

    /** The column the branch headings of a sheet without it give ({@link #branchHeadings}), or null. */
    public String branchHeadingKey() {
        return reading.branchHeadingKey();
    }

    /** The column a heading row is read into ({@link #headingRows}), or null when such rows are skipped. */
    public String headingKey() {
        return reading.headingKey();
    }

    /**
     * These columns where a sheet with the column {@code alternative} need not have the required column {@code key}
     * (a list written as 类别 | 内容 | 落实措施 needs no 序号; a 评选期 gives the day of an honour without 授予时间).
     */
    public HeaderAliases standIn(String key, String alternative) {
        return standIn(key, List.of(alternative));
    }

    /** {@link #standIn(String, String)} with several columns, any one of which stands in (a dues sheet's 1月 … 12月). */
    public HeaderAliases standIn(String key, List<String> alternatives) {
        column(key);
        alternatives.forEach(this::column);
        Reading r = reading;
        return with(new Reading(Reading.with(r.standIns(), key, List.copyOf(alternatives)), r.headingKey(), r.elseAs(),
                r.whenMissing(), r.branchHeadingKey()));
    }

    /** Whether a sheet whose columns are {@code present} lacks the required column {@code key} and what stands in for it. */
    public boolean lacks(java.util.Set<String> present, String key) {
        List<String> alternatives = reading.standIns().getOrDefault(key, List.of());
        return !present.contains(key) && alternatives.stream().noneMatch(present::contains);
    }

    /** The column that may stand in for the required column {@code key}, if any. */
    public Optional<LedgerColumn> standInFor(String key) {
        return reading.standIns().getOrDefault(key, List.of()).stream().findFirst().map(this::column);
    }

    /**
     * These aliases with the clerk's column mapping on top: each header text of {@code mapping} (as written;
     * compared {@link #normalize normalised}) names the column with the given key, or no column when the key
     * is {@link #IGNORE}. Throws {@link IllegalArgumentException} for a key that is no column.
     */
    public HeaderAliases mapped(Map<String, String> mapping) {
        if (mapping.isEmpty()) {
            return base;
        }
        Map<String, LedgerColumn> byHeader = new java.util.LinkedHashMap<>();
        mapping.forEach((header, key) -> byHeader.put(normalize(header), IGNORE.equals(key) ? IGNORED : column(key)));
        return new HeaderAliases(base, byHeader, base.reading);
    }

    /** The kind's own aliases, without a clerk's mapping. */
    public HeaderAliases base() {
        return base;
    }

    /** The column a header text names by the column names alone (no mapping), if it names one. */
    public Optional<LedgerColumn> matchByName(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(byName.get(normalize(header)));
    }

    /** The columns templates and exports write. */
    public List<LedgerColumn> columns() {
        return columns;
    }

    /** The columns only read on import, never written. */
    public List<LedgerColumn> readOnlyColumns() {
        return readOnly;
    }

    /** Every column an import recognises: the written ones, then the read-only ones. */
    public List<LedgerColumn> allColumns() {
        List<LedgerColumn> all = new java.util.ArrayList<>(columns);
        all.addAll(readOnly);
        return List.copyOf(all);
    }

    /** The column a header cell names, if it names one. */
    public Optional<LedgerColumn> match(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String n = normalize(header);
        LedgerColumn chosen = mapped.get(n);
        return Optional.ofNullable(chosen != null ? chosen : byName.get(n));
    }

    /** The column with this key. */
    public LedgerColumn column(String key) {
        // asked per cell by the row checks: a walk over the two lists, without copying them as allColumns() does
        for (LedgerColumn c : columns) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        for (LedgerColumn c : readOnly) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }

    /** The header text reduced to what matching compares. */
    public static String normalize(String header) {
        String s = Texts.compact(header);
        String before;
        do {
            before = s;
            s = STARS.matcher(TRAILING_NOTE.matcher(s).replaceAll("")).replaceAll("");
        } while (!s.equals(before));
        return s;
    }
}
