package org.partydesk.gui.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.ledgers.ColumnMapping;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerFields;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.gui.common.I18n;

/**
 * The column mapping of a ledger preview (decision 0016): one row per column of each sheet with the field it is
 * read as, a choice among the kind's fields, 未识别 and 忽略; a change of a choice is kept (by header text, for
 * every sheet with that header) and handed to {@link #onChange} so the pane previews the file again with it.
 */
final class ColumnMapModel {
    /** A choice of the dropdown: a field key (null: 未识别, {@link LedgerFields#IGNORE}: 忽略) and its label. */
    record Choice(String key, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One column of the preview: where it is, its header and samples, and the field chosen for it. */
    static final class Row {
        private final ColumnMapping column;
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();

        Row(ColumnMapping column, Choice initial) {
            this.column = column;
            choice.set(initial);
        }

        String sheet() {
            return column.sheet();
        }

        String column() {
            return column.column();
        }

        String header() {
            return column.header();
        }

        String samples() {
            return String.join("、", column.samples());
        }

        ColumnMapping mapping() {
            return column;
        }

        ObjectProperty<Choice> choice() {
            return choice;
        }
    }

    private final I18n i18n;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** The clerk's choices so far: header text → field key ({@link LedgerFields#IGNORE} for 未识别 and 忽略). */
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private Runnable onChange = () -> { };

    ColumnMapModel(I18n i18n) {
        this.i18n = i18n;
    }

    /** Called after the clerk changed a column's field (the pane previews again with {@link #mapping()}). */
    void onChange(Runnable action) {
        this.onChange = action;
    }

    ObservableList<Row> rows() {
        return rows;
    }

    /** The dropdown's choices: the kind's fields, then 未识别 and 忽略. */
    ObservableList<Choice> choices() {
        return choices;
    }

    /** "已按上次的列对应导入：…" when the preview applied a remembered mapping; empty otherwise. */
    ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    /** The mapping chosen so far, for the import's options: header text → field key. */
    Map<String, String> mapping() {
        return Map.copyOf(chosen);
    }

    /** Whether a column is not recognised or read as the clerk mapped it (now or for an earlier file). */
    boolean needsAttention() {
        return rows.stream().anyMatch(r -> r.mapping().source() != ColumnMapping.Source.NAME);
    }

    /** Forgets the choices (another file or kind). */
    void reset() {
        chosen.clear();
        rows.clear();
        note.set("");
    }

    /** Shows the columns of {@code preview} of a ledger of {@code kind}; the choices made so far stay. */
    void show(LedgerKind kind, ImportPreview preview) {
        List<Choice> all = new ArrayList<>();
        LedgerFields.of(kind).forEach(f -> all.add(new Choice(f.key(), f.label())));
        Choice none = new Choice(null, i18n.text("ledger.field.none"));
        Choice ignore = new Choice(LedgerFields.IGNORE, i18n.text("ledger.field.ignore"));
        all.add(none);
        all.add(ignore);
        if (!choices.equals(all)) {
            // a dropdown whose items are replaced drops its value: only on another kind
            choices.setAll(all);
        }
        List<Row> shown = new ArrayList<>();
        for (ColumnMapping c : preview.columns()) {
            Choice initial = c.field() == null ? none : LedgerFields.IGNORE.equals(c.field()) ? ignore
                    : all.stream().filter(x -> c.field().equals(x.key())).findFirst()
                    .orElse(new Choice(c.field(), c.fieldLabel()));
            Row row = new Row(c, initial);
            // only a choice other than the one the preview read with is a change (a dropdown may pass through null)
            row.choice().addListener((o, was, is) -> {
                if (is != null && !is.equals(initial)) {
                    choose(row, is);
                }
            });
            shown.add(row);
        }
        rows.setAll(shown);
        note.set(preview.mappingNote() == null ? "" : preview.mappingNote());
    }

    private void choose(Row row, Choice choice) {
        chosen.put(row.header(), choice.key() == null ? LedgerFields.IGNORE : choice.key());
        onChange.run();
    }
}
