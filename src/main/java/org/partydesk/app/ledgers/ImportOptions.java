package org.partydesk.app.ledgers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to import a ledger file: only one sheet ({@code sheet}; null: every ledger sheet), the date a roster
 * describes ({@code asOf}; null: as the file says, else today; other kinds ignore it), what to do with a meetings
 * ledger's possible duplicate meetings ({@code duplicates}; null: a preview lists them as warnings and an
 * import stops on them), and the clerk's column mapping ({@code columns}: a header text as the file writes it →
 * a field's key or Chinese label, or 忽略; see {@link LedgerFields}). A mapping given here is remembered for
 * files whose sheet has the same header when the import is written (decision 0016).
 */
public record ImportOptions(String sheet, LocalDate asOf, MeetingLedgerImport.Duplicates duplicates,
                            Map<String, String> columns) {
    /** Every sheet, the date in the file, duplicates listed, columns by their names. */
    public static final ImportOptions NONE = new ImportOptions(null, null, null, Map.of());

    public ImportOptions {
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /*
     * equals and hashCode written out: the command line's import compares its options with those its reading ahead
     * started with, and a record's own equals is bootstrapped at its first call (java.lang.runtime.ObjectMethods),
     * which spun some forty classes of method handles, about 30 ms on the command's thread (issue 21).
     */

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ImportOptions other && java.util.Objects.equals(sheet, other.sheet)
                && java.util.Objects.equals(asOf, other.asOf) && duplicates == other.duplicates && columns.equals(other.columns);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(sheet);
        h = 31 * h + java.util.Objects.hashCode(asOf);
        h = 31 * h + java.util.Objects.hashCode(duplicates);
        return 31 * h + columns.hashCode();
    }

    public ImportOptions withSheet(String name) {
        return new ImportOptions(name, asOf, duplicates, columns);
    }

    public ImportOptions withAsOf(LocalDate date) {
        return new ImportOptions(sheet, date, duplicates, columns);
    }

    public ImportOptions withDuplicates(MeetingLedgerImport.Duplicates policy) {
        return new ImportOptions(sheet, asOf, policy, columns);
    }

    /** These options with {@code mapping} (header text → field) as the column mapping. */
    public ImportOptions withColumns(Map<String, String> mapping) {
        return new ImportOptions(sheet, asOf, duplicates, mapping);
    }

    /** These options with the column headed {@code header} read as {@code field} (a key, a label, or 忽略). */
    public ImportOptions withColumn(String header, String field) {
        Map<String, String> more = new LinkedHashMap<>(columns);
        more.put(header, field);
        return withColumns(more);
    }
}
