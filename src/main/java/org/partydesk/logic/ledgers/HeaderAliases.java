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
        return Optional.ofNullable(byName.get(normalize(header)));
    }

    /** The column with this key. */
    public LedgerColumn column(String key) {
        return allColumns().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key));
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
