package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partydesk.app.Workspace;
import org.partydesk.logic.ledgers.HeaderAliases;
import org.partydesk.logic.ledgers.LedgerMessage;
import org.partydesk.office.ledgers.LedgerFileException;
import org.partydesk.office.ledgers.LedgerReader;
import org.partydesk.store.ColumnMappingRepository;

/**
 * The column mapping of one import (decision 0016): what the clerk chose ({@link ImportOptions#columns()}),
 * what was remembered for a sheet with the same header, and the header aliases that read the file with both;
 * after a written import, the chosen mapping is stored for the header of each sheet read.
 */
final class ColumnMaps {
    private final LedgerKind kind;
    private final Workspace workspace;
    /** Normalised header text → field key, as chosen for this import. */
    private final Map<String, String> chosen;
    /** Normalised header text → field key, as remembered for the headers of this file's sheets. */
    private final Map<String, String> remembered = new LinkedHashMap<>();
    private final HeaderAliases aliases;

    private ColumnMaps(LedgerKind kind, Workspace workspace, Path file, ImportOptions options) {
        this.kind = kind;
        this.workspace = workspace;
        this.chosen = new LinkedHashMap<>();
        options.columns().forEach((header, field) -> chosen.put(HeaderAliases.normalize(header), LedgerFields.key(kind, field)));
        HeaderAliases base = KindGuess.aliases(kind);
        ColumnMappingRepository repo = new ColumnMappingRepository(workspace.database());
        Map<String, String> any = valid(repo.findAll(kind.name()));
        if (!any.isEmpty()) {
            // the headers as the earlier imports found them, with every mapping of the kind
            Map<String, String> finding = new LinkedHashMap<>(any);
            finding.putAll(chosen);
            try {
                for (LedgerReader.Header h : LedgerReader.headers(file, options.sheet(), base.mapped(finding))) {
                    valid(repo.find(kind.name(), key(h))).forEach(remembered::putIfAbsent);
                }
            } catch (LedgerFileException e) {
                // the import's own reading says what is wrong with the file
            }
        }
        Map<String, String> all = new LinkedHashMap<>(remembered);
        all.putAll(chosen);
        this.aliases = base.mapped(all);
    }

    /** The header aliases of {@code kind} when no mapping applies: the columns by their names (and aliases). */
    static HeaderAliases byNames(LedgerKind kind) {
        return KindGuess.aliases(kind).mapped(Map.of());
    }

    /** Whether this import reads the columns by their names only: nothing chosen, nothing remembered for the file's header. */
    boolean byNamesOnly() {
        return chosen.isEmpty() && remembered.isEmpty();
    }

    /** The mapping of an import of {@code file} as {@code kind} with {@code options}. */
    static ColumnMaps of(LedgerKind kind, Workspace workspace, Path file, ImportOptions options) {
        return new ColumnMaps(kind, workspace, file, options);
    }

    /** The stored mappings whose fields the kind still has. */
    private Map<String, String> valid(Map<String, String> stored) {
        Map<String, String> out = new LinkedHashMap<>();
        stored.forEach((header, field) -> {
            if (LedgerFields.IGNORE.equals(field) || LedgerFields.of(kind).stream().anyMatch(f -> f.key().equals(field))) {
                out.put(header, field);
            }
        });
        return out;
    }

    /** The header aliases that read the file: the kind's, with the remembered and chosen mapping on top. */
    HeaderAliases aliases() {
        return aliases;
    }

    /** A sheet's header as stored: its normalised column names in column order, joined by '|'. */
    static String key(LedgerReader.Header header) {
        return String.join("|", new TreeMap<>(header.headerTexts()).values().stream().map(HeaderAliases::normalize).toList());
    }

    /** Each column of each sheet read, with its field and samples, in workbook and column order. */
    List<ColumnMapping> mappings(List<LedgerReader.Result> sheets) {
        List<ColumnMapping> out = new ArrayList<>();
        for (LedgerReader.Result r : sheets) {
            for (LedgerReader.Column c : r.columns()) {
                String n = HeaderAliases.normalize(c.header());
                ColumnMapping.Source source = chosen.containsKey(n) ? ColumnMapping.Source.CHOSEN
                        : remembered.containsKey(n) ? ColumnMapping.Source.REMEMBERED
                        : c.key() == null ? ColumnMapping.Source.NONE : ColumnMapping.Source.NAME;
                out.add(new ColumnMapping(r.header().sheet(), LedgerMessage.columnLetter(c.index()), c.header(), c.key(),
                        label(c), c.samples(), source));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The field a column is read as, by its name: a meetings ledger's 请假, 缺席 or 参会人员 column holding numbers (under
     * 参会情况) is read as the count, and is named so.
     */
    private String label(LedgerReader.Column c) {
        String countKey = kind != LedgerKind.MEETINGS || c.key() == null ? null : switch (c.key()) {
            case org.partydesk.logic.ledgers.MeetingLedger.ON_LEAVE -> org.partydesk.logic.ledgers.MeetingLedger.ON_LEAVE_COUNT;
            case org.partydesk.logic.ledgers.MeetingLedger.ABSENT -> org.partydesk.logic.ledgers.MeetingLedger.ABSENT_COUNT;
            case org.partydesk.logic.ledgers.MeetingLedger.ATTENDEES -> org.partydesk.logic.ledgers.MeetingLedger.PRESENT;
            default -> null;
        };
        boolean numbers = !c.samples().isEmpty() && c.samples().stream().allMatch(v -> v.strip().matches("\\d+\\s*人?"));
        return countKey != null && numbers ? LedgerFields.label(kind, countKey) : LedgerFields.label(kind, c.key());
    }

    /**
     * After a written import: when the clerk chose a mapping, stores for the header of each sheet read the
     * mapping of its columns (chosen, else remembered), so the next file with that header is read the same way.
     */
    void remember(List<LedgerReader.Header> headers) {
        if (chosen.isEmpty()) {
            return;
        }
        workspace.database().write(workspace.operator(), tx -> {
            for (LedgerReader.Header h : headers) {
                Map<String, String> mapping = new LinkedHashMap<>();
                for (String text : new TreeMap<>(h.headerTexts()).values()) {
                    String n = HeaderAliases.normalize(text);
                    String field = chosen.getOrDefault(n, remembered.get(n));
                    if (field != null) {
                        mapping.put(n, field);
                    }
                }
                if (!mapping.isEmpty()) {
                    ColumnMappingRepository.save(tx, kind.name(), key(h), mapping);
                }
            }
            return null;
        });
    }
}
