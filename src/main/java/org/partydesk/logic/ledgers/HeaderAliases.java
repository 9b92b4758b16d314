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
    private final Map<String, LedgerColumn> byName = new HashMap<>();

    public HeaderAliases(List<LedgerColumn> columns) {
        this.columns = List.copyOf(columns);
        for (LedgerColumn c : columns) {
            byName.put(normalize(c.header()), c);
            c.aliases().forEach(a -> byName.put(normalize(a), c));
        }
    }

    public List<LedgerColumn> columns() {
        return columns;
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
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
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
