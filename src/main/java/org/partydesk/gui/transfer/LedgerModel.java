package org.partydesk.gui.transfer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partydesk.app.OutputPaths;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ColumnMapping;
import org.partydesk.app.ledgers.ImportMessage;
import org.partydesk.app.ledgers.ImportOptions;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.ImportRecord;
import org.partydesk.app.ledgers.LedgerExport;
import org.partydesk.app.ledgers.LedgerImport;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.LedgerTemplate;
import org.partydesk.app.ledgers.MeetingLedgerImport;
import org.partydesk.gui.common.I18n;

/**
 * The Excel ledgers pane without controls: the template, the export, and an import read and checked (off the FX
 * thread) into what its preview shows — the summary line, every error and warning sheet by sheet (errors first
 * within a sheet), the records with their sheet when there are several, a roster's date, the meetings ledger's
 * possible duplicates, and whether the import may be confirmed or the annotated copy saved; then the import, the
 * annotated copy, and the sentences that say what was done. It alone calls the app layer.
 */
final class LedgerModel {
    /** What the preview of a file shows. */
    record Preview(LedgerImporter importer, String summary, List<ImportMessage> messages, List<ImportRecord> records,
            boolean recordSheets, boolean columnSheets, String recordsNote, LocalDate asOf, List<ImportMessage> duplicates,
            String duplicatesText, boolean applyDisabled, boolean annotatedDisabled) {
    }

    private final Workspace ws;
    private final I18n i18n;

    LedgerModel(Workspace ws, I18n i18n) {
        this.ws = ws;
        this.i18n = i18n;
    }

    /** Writes the empty ledger of {@code kind} to {@code out}. */
    Path template(LedgerKind kind, Path out) {
        OutputPaths.check(ws, out, ".xlsx");
        LedgerTemplate.write(kind, out);
        return out;
    }

    /** Exports the ledger of {@code kind} (one year and one unit when given); how many records it holds. */
    int export(LedgerKind kind, Path out, Integer year, String unit, Progress progress) {
        return LedgerExport.export(kind, ws, out, new LedgerExport.Options(year, unit, false), progress);
    }

    /**
     * Reads and checks {@code file} as a ledger of {@code kind} (a roster describing {@code asOf}, null: as the file
     * says) with the columns the clerk chose (header → field, {@link ColumnMapModel#mapping}).
     */
    Preview read(LedgerKind kind, Path file, LocalDate asOf, Map<String, String> columns, Progress progress) {
        ImportOptions options = ImportOptions.NONE.withAsOf(asOf).withColumns(columns);
        return present(LedgerImporter.open(kind, ws, file, options, progress));
    }

    /** What the preview shows of an import read. */
    Preview present(LedgerImporter importer) {
        ImportPreview p = importer.preview();
        List<ImportMessage> all = new ArrayList<>(p.errors());
        all.addAll(p.warnings());
        // sheet by sheet, as the workbook orders them (both lists are), errors before warnings within a sheet
        List<String> sheetOrder = all.stream().map(ImportMessage::sheet).distinct().toList();
        all.sort(Comparator.comparingInt(m -> sheetOrder.indexOf(m.sheet())));
        List<ImportMessage> possible = p instanceof MeetingLedgerImport.Preview mp && !p.hasErrors() ? mp.duplicates() : List.of();
        String duplicatesText = possible.isEmpty() ? "" : i18n.format("ledger.duplicates", possible.size(),
                String.join("\n", possible.stream()
                        .map(m -> i18n.format("ledger.duplicates.row", String.valueOf(m.row()), m.reason())).toList()));
        return new Preview(importer,
                i18n.format(p.hasErrors() ? "ledger.previewRejected" : "ledger.preview", importer.file().getFileName(), p.summary()),
                List.copyOf(all), p.records(),
                p.records().stream().map(ImportRecord::sheet).filter(Objects::nonNull).distinct().count() > 1,
                p.columns().stream().map(ColumnMapping::sheet).distinct().count() > 1,
                p.recordsOmitted() > 0 ? i18n.format("ledger.recordsOmitted", p.recordsOmitted()) : "",
                p instanceof LedgerImport.Preview members ? members.asOf() : null,
                possible, duplicatesText, p.hasErrors() || !possible.isEmpty(), all.isEmpty());
    }

    /** Imports a file previewed without errors; a meetings ledger's possible duplicates are skipped or added as chosen. */
    ImportPreview apply(LedgerImporter importer, MeetingLedgerImport.Duplicates choice, Progress progress) {
        return importer instanceof MeetingLedgerImport m ? m.apply(progress, choice) : importer.apply(progress);
    }

    /** What the notice says after an import. */
    String imported(LedgerImporter importer, ImportPreview done) {
        return i18n.format("ledger.imported", importer.file().getFileName(), done.counts());
    }

    /** Writes the annotated copy of a previewed file to {@code out}. */
    Path saveAnnotated(LedgerImporter importer, Path out) {
        OutputPaths.check(ws, out, ".xlsx");
        importer.writeAnnotated(out);
        return out;
    }

    /** The file name proposed for the annotated copy of a previewed file. */
    String annotatedName(LedgerImporter importer) {
        String name = importer.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return i18n.format("ledger.annotatedName", name);
    }

    /**
     * The year typed in the year field: 2026 or 2026年; nothing typed is every year (null). Anything else is refused
     * naming the field (年份应写作四位数字，如2026), so that nothing is exported for a year that was not meant.
     */
    Integer year(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\s*年?").matcher(t);
        if (!m.matches()) {
            throw new org.partydesk.app.InputRejectedException(i18n.text("ledger.yearInvalid"));
        }
        return Integer.valueOf(m.group(1));
    }

    /** What is wrong with the 名册日期 typed ("" when nothing is), said beside the field. */
    final javafx.beans.property.StringProperty asOfProblem = new javafx.beans.property.SimpleStringProperty("");

    /**
     * The 名册日期 typed, in any form the ledgers write a day ({@link org.partydesk.app.TypedDates}: 2025-12-31,
     * 2025年12月31日, 2025.12.31 …); null when nothing is typed, or when the text is not a day: then
     * {@link #asOfProblem} says why (日期“2025-13-01”的月份应在1到12之间) and the field keeps what was typed.
     */
    LocalDate asOf(String typed) {
        try {
            LocalDate day = org.partydesk.app.TypedDates.parse(typed);
            asOfProblem.set("");
            return day;
        } catch (org.partydesk.app.InputRejectedException e) {
            asOfProblem.set(e.getMessage());
            return null;
        }
    }

    /** A unit typed in the unit field, else null: every unit. */
    static String unit(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
