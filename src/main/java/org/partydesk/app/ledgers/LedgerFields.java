package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partydesk.app.InputRejectedException;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerColumn;
import org.partydesk.logic.ledgers.Texts;

/**
 * The fields a column of a ledger can be mapped to (decision 0016): each column the kind reads, by its key
 * and its Chinese label (the header its templates write), and {@link #IGNORE} (忽略: the column is not imported).
 */
public final class LedgerFields {
    /** The key of "not imported". */
    public static final String IGNORE = HeaderAliases.IGNORE;
    /** The label of "not imported". */
    public static final String IGNORE_LABEL = "忽略";

    /** A field: its key and its Chinese label. */
    public record Field(String key, String label) {
    }

    private LedgerFields() {
    }

    /** The fields of {@code kind} a column can be mapped to, in template order (序号 left out). */
    public static List<Field> of(LedgerKind kind) {
        List<Field> out = new ArrayList<>();
        for (LedgerColumn c : KindGuess.aliases(kind).allColumns()) {
            if (c.kind() != LedgerColumn.Kind.IGNORED) {
                out.add(new Field(c.key(), c.header()));
            }
        }
        return List.copyOf(out);
    }

    /** The Chinese label of a field key (忽略 for {@link #IGNORE}); null for null. */
    public static String label(LedgerKind kind, String key) {
        if (key == null) {
            return null;
        }
        return IGNORE.equals(key) ? IGNORE_LABEL : KindGuess.aliases(kind).column(key).header();
    }

    /** The header texts among {@code headers} that no column of {@code preview} has (a mistyped --map). */
    public static List<String> notInFile(ImportPreview preview, java.util.Collection<String> headers) {
        java.util.Set<String> read = new java.util.HashSet<>();
        preview.columns().forEach(c -> read.add(HeaderAliases.normalize(c.header())));
        return headers.stream().filter(h -> !read.contains(HeaderAliases.normalize(h))).toList();
    }

    /**
     * The key of the field {@code name} names: its label (职务), its key (position), another name of it (现任职务)
     * or 忽略/不导入. Throws {@link InputRejectedException} naming the fields of the kind for anything else.
     */
    public static String key(LedgerKind kind, String name) {
        String n = name == null ? "" : Texts.compact(name);
        if (n.equals(IGNORE_LABEL) || n.equals("不导入") || n.equalsIgnoreCase(IGNORE)) {
            return IGNORE;
        }
        HeaderAliases aliases = KindGuess.aliases(kind);
        Optional<String> found = of(kind).stream().filter(f -> f.key().equals(n) || f.label().equals(n))
                .map(Field::key).findFirst()
                .or(() -> aliases.matchByName(n).filter(c -> c.kind() != LedgerColumn.Kind.IGNORED).map(LedgerColumn::key));
        return found.orElseThrow(() -> new InputRejectedException("“" + name + "”不是" + kind.label() + "的字段，可以对应的字段有："
                + String.join("、", of(kind).stream().map(Field::label).toList()) + "；不导入该列请写“忽略”"));
    }
}
