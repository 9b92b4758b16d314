package org.partydesk.gui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.ledgers.ImportMessage;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.ImportRecord;
import org.partydesk.app.ledgers.LedgerImport;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.MeetingLedgerImport;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Shell;

/**
 * Excel ledgers in the transfer section: choose a kind (花名册, 三会一课台账 …), write its empty template,
 * export it (optionally one year, one unit), or import a file: the file is read and checked in the
 * background, the preview (counts, new branches, then every error and warning with sheet, row and column,
 * and the records to be written: new, updated, unchanged) fills the tables; a roster's preview shows its
 * date (名册日期), which the clerk may change to preview it again; and nothing is written until the clerk
 * confirms; with errors the import cannot be
 * confirmed and the annotated workbook can be saved instead. A thin view of {@link LedgerModel} (and
 * {@link ColumnMapModel}); all its reads and writes go through the shell's executor.
 */
public final class LedgerPane {
    private final Shell shell;
    private final I18n i18n;
    private final LedgerModel model;
    private final ComboBox<LedgerKind> kind = new ComboBox<>();
    private final TextField year = new TextField();
    private final TextField branch = new TextField();
    private final Label summary = new Label();
    private final TableView<ImportMessage> messages = new TableView<>();
    private final TableView<ImportRecord> records = new TableView<>();
    private final Label recordsNote = new Label();
    /** The records' sheet, shown when a workbook's records come from more than one sheet. */
    private TableColumn<ImportRecord, String> recordSheet;
    private final TextField asOf = new TextField();
    private final HBox asOfBox = new HBox(8);
    private final Button apply = new Button();
    private final Button annotated = new Button();
    private final Button discard = new Button();
    private final VBox previewBox = new VBox(8);
    /** The meetings ledger's possible duplicates and the clerk's two choices (hidden when there are none). */
    private final Label duplicates = new Label();
    private final Button skipDuplicates = new Button();
    private final Button addDuplicates = new Button();
    private final VBox duplicatesBox = new VBox(6);
    private LedgerImporter pending;
    /** The kind and roster date the pending preview was read with (null date: as the file says). */
    private LedgerKind pendingKind;
    private LocalDate pendingDate;
    /** The columns of the preview and the field each is read as, which the clerk may change. */
    private final ColumnMapModel columnMap;
    private final TableView<ColumnMapModel.Row> columns = new TableView<>();
    private TableColumn<ColumnMapModel.Row, String> columnSheet;
    private final Label mappingNote = new Label();
    /** The columns table, open when a column is not recognised or read as the clerk mapped it. */
    private final TitledPane columnsPane = new TitledPane();

    LedgerPane(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new LedgerModel(shell.workspace(), i18n);
        this.columnMap = new ColumnMapModel(i18n);
        columnMap.onChange(() -> {
            if (pending != null) {
                read(pendingKind, pending.file(), pendingDate);
            }
        });
    }

    Node view() {
        kind.setId("ledgerKind");
        kind.setItems(FXCollections.observableArrayList(LedgerKind.values()));
        kind.setCellFactory(v -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.getSelectionModel().selectFirst();
        kind.valueProperty().addListener((o, a, b) -> clearPreview());
        year.setId("ledgerYear");
        year.setPromptText(i18n.text("ledger.yearPrompt"));
        year.setPrefColumnCount(6);
        branch.setId("ledgerBranch");
        branch.setPromptText(i18n.text("ledger.branchPrompt"));
        branch.setPrefColumnCount(14);

        Button template = button("ledgerTemplate", "ledger.template", () -> {
            File f = chooser("ledger.template", i18n.format("ledger.templateName", label(kind.getValue()))).showSaveDialog(shell.window());
            if (f != null) {
                template(kind.getValue(), f.toPath());
            }
        });
        Button export = button("ledgerExport", "ledger.export", () -> {
            Integer y;
            try {
                y = model.year(year.getText());
            } catch (org.partydesk.app.InputRejectedException e) { // 20x6: said, and nothing exported
                Dialogs.error(year, i18n.text("ledger.export"), e.getMessage());
                year.requestFocus();
                return;
            }
            File f = chooser("ledger.export", label(kind.getValue()) + ".xlsx").showSaveDialog(shell.window());
            if (f != null) {
                export(kind.getValue(), f.toPath(), y, LedgerModel.unit(branch.getText()));
            }
        });
        Button open = button("ledgerImport", "ledger.import", () -> {
            FileChooser chooser = chooser("ledger.import", null);
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.text("ledger.importFiles"), "*.xlsx", "*.xls", "*.ods", "*.csv", "*.txt", "*.tsv"));
            File f = chooser.showOpenDialog(shell.window());
            if (f != null) {
                preview(kind.getValue(), f.toPath());
            }
        });

        summary.setId("ledgerSummary");
        summary.setWrapText(true);
        messages.setId("ledgerMessages");
        Fit.headers(messages);
        Fit.headers(records);
        messages.setPlaceholder(new Label(i18n.text("ledger.noMessages")));
        messages.setPrefHeight(170);
        records.setId("ledgerRecords");
        records.setPlaceholder(new Label(i18n.text("ledger.noRecords")));
        records.setPrefHeight(170);
        recordSheet = LedgerPane.<ImportRecord>column(i18n, "ledger.col.sheet", 110, r -> r.sheet() == null ? "" : r.sheet());
        recordSheet.setVisible(false);
        records.getColumns().setAll(List.of(recordSheet,
                LedgerPane.<ImportRecord>column(i18n, "ledger.col.action", 60, r -> r.action().label()),
                LedgerPane.<ImportRecord>column(i18n, "ledger.col.row", 50, r -> String.valueOf(r.row())),
                LedgerPane.<ImportRecord>column(i18n, "ledger.col.record", 420, ImportRecord::record),
                LedgerPane.<ImportRecord>column(i18n, "ledger.col.changes", 480, ImportRecord::changes)));
        recordsNote.setId("ledgerRecordsNote");
        columnsView();
        asOf.setId("ledgerAsOf");
        asOf.setPrefColumnCount(10);
        asOf.setPromptText("2025-12-31");
        asOf.setOnAction(e -> previewAgain());
        asOf.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                previewAgain();
            }
        });
        Label asOfHint = new Label();
        asOfHint.setId("ledgerAsOfHint");
        asOfHint.setWrapText(true);
        // a day that is not one is said in place of the hint, in red; the field keeps what was typed
        asOfHint.textProperty().bind(javafx.beans.binding.Bindings.when(model.asOfProblem.isEmpty())
                .then(i18n.text("ledger.asOfHint")).otherwise(model.asOfProblem));
        model.asOfProblem.addListener((o, was, problem) -> {
            asOfHint.getStyleClass().remove("field-problem");
            if (!problem.isEmpty()) {
                asOfHint.getStyleClass().add("field-problem");
            }
        });
        Label asOfLabel = new Label(i18n.text("ledger.asOf"));
        asOfLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // 名册日期 whole, never 名册…
        asOfBox.getChildren().setAll(asOfLabel, asOf, asOfHint);
        asOfBox.setAlignment(Pos.CENTER_LEFT);
        messages.getColumns().setAll(List.of(
                column("ledger.col.kind", 70, m -> i18n.text(m.error() ? "ledger.error" : "ledger.warning")),
                column("ledger.col.sheet", 110, ImportMessage::sheet),
                column("ledger.col.row", 50, m -> m.row() > 0 ? String.valueOf(m.row()) : ""),
                column("ledger.col.column", 120, m -> m.column() == null ? "" : m.column()
                        + (m.header() == null || m.header().isBlank() ? "" : "（" + m.header() + "）")),
                column("ledger.col.reason", 520, ImportMessage::reason)));
        apply.setId("ledgerApply");
        apply.setText(i18n.text("ledger.apply"));
        apply.setDefaultButton(true);
        apply.setOnAction(e -> applyPending());
        annotated.setId("ledgerAnnotated");
        annotated.setText(i18n.text("ledger.annotated"));
        annotated.setOnAction(e -> {
            if (pending != null) {
                File f = chooser("ledger.annotated", model.annotatedName(pending)).showSaveDialog(shell.window());
                if (f != null) {
                    saveAnnotated(f.toPath());
                }
            }
        });
        discard.setId("ledgerDiscard");
        discard.setText(i18n.text("ledger.discard"));
        discard.setOnAction(e -> clearPreview());
        duplicates.setId("ledgerDuplicates");
        duplicates.setWrapText(true);
        skipDuplicates.setId("ledgerSkipDuplicates");
        skipDuplicates.setText(i18n.text("ledger.duplicates.skip"));
        skipDuplicates.setOnAction(e -> applyPending(MeetingLedgerImport.Duplicates.SKIP));
        addDuplicates.setId("ledgerAddDuplicates");
        addDuplicates.setText(i18n.text("ledger.duplicates.add"));
        addDuplicates.setOnAction(e -> applyPending(MeetingLedgerImport.Duplicates.ADD));
        duplicatesBox.getChildren().setAll(duplicates, Fit.row(skipDuplicates, addDuplicates));
        showDuplicates("");
        previewBox.setId("ledgerPreview");
        previewBox.getChildren().setAll(summary, asOfBox, columnsPane,
                messages, duplicatesBox, new Label(i18n.text("ledger.records")),
                records, recordsNote, Fit.row(apply, annotated, discard));
        previewBox.setVisible(false);
        previewBox.setManaged(false);

        FlowPane choice = Fit.row(new Label(i18n.text("ledger.kind")), kind, new Label(i18n.text("ledger.year")), year,
                new Label(i18n.text("ledger.branch")), branch);
        choice.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(i18n.text("ledger.heading"));
        heading.getStyleClass().add("section-heading");
        Label text = new Label(i18n.text("ledger.text"));
        text.setWrapText(true);
        return new VBox(10, heading, text, choice, Fit.row(template, export, open), previewBox);
    }

    /** Writes the empty ledger of {@code kind} to {@code out}. */
    public void template(LedgerKind k, Path out) {
        shell.run("ledger.template", p -> model.template(k, out),
                done -> Dialogs.notice(shell.window(), i18n, i18n.format("ledger.written", done)));
    }

    /** Exports the ledger of {@code k} (one year and one unit when given) to {@code out} in the background. */
    public void export(LedgerKind k, Path out, Integer y, String unit) {
        shell.run("ledger.exporting", p -> model.export(k, out, y, unit, p),
                n -> Dialogs.notice(shell.window(), i18n, i18n.format("ledger.exported", n, out)));
    }

    /** Reads and checks {@code file} as a ledger of {@code k} in the background and shows its preview. */
    public void preview(LedgerKind k, Path file) {
        preview(k, file, null);
    }

    /** {@link #preview(LedgerKind, Path)} of a roster describing {@code date} (null: the date found in the file). */
    public void preview(LedgerKind k, Path file, LocalDate date) {
        clearPreview();
        read(k, file, date);
    }

    /** Reads {@code file} in the background with the columns chosen so far and shows its preview. */
    private void read(LedgerKind k, Path file, LocalDate date) {
        apply.setDisable(true);
        java.util.Map<String, String> mapping = columnMap.mapping();
        shell.run("ledger.reading", p -> model.read(k, file, date, mapping, p), im -> {
            pendingKind = k;
            pendingDate = date;
            show(im);
        });
    }

    /** The table of the preview's columns: sheet, letter, header, samples and a dropdown of the field. */
    private void columnsView() {
        columns.setId("ledgerColumns");
        Fit.headers(columns);
        columns.setPrefHeight(200);
        columnsPane.setId("ledgerColumnsPane");
        columnsPane.setAnimated(false); // opened with the preview: the buttons below must not move while the clerk reaches for them
        columnsPane.setText(i18n.text("ledger.columns"));
        columnsPane.setContent(new VBox(6, mappingNote, columns));
        columnsPane.setExpanded(false);
        columns.setItems(columnMap.rows());
        mappingNote.setId("ledgerMappingNote");
        mappingNote.setWrapText(true);
        mappingNote.textProperty().bind(columnMap.note());
        mappingNote.visibleProperty().bind(columnMap.note().isNotEmpty());
        mappingNote.managedProperty().bind(mappingNote.visibleProperty());
        columnSheet = LedgerPane.<ColumnMapModel.Row>column(i18n, "ledger.col.sheet", 110, ColumnMapModel.Row::sheet);
        TableColumn<ColumnMapModel.Row, ColumnMapModel.Choice> field = new TableColumn<>(i18n.text("ledger.col.field"));
        field.setPrefWidth(180);
        field.setCellValueFactory(d -> d.getValue().choice());
        field.setCellFactory(c -> new FieldCell());
        columns.getColumns().setAll(List.of(columnSheet,
                LedgerPane.<ColumnMapModel.Row>column(i18n, "ledger.col.column", 50, ColumnMapModel.Row::column),
                LedgerPane.<ColumnMapModel.Row>column(i18n, "ledger.col.header", 160, ColumnMapModel.Row::header),
                field,
                LedgerPane.<ColumnMapModel.Row>column(i18n, "ledger.col.samples", 420, ColumnMapModel.Row::samples)));
    }

    /** A dropdown of the fields a column can be read as, bound to its row's choice. */
    private final class FieldCell extends TableCell<ColumnMapModel.Row, ColumnMapModel.Choice> {
        private final ComboBox<ColumnMapModel.Choice> box = new ComboBox<>(columnMap.choices());
        private ColumnMapModel.Row bound;

        @Override
        protected void updateItem(ColumnMapModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.choice());
                bound = null;
            }
            int i = getIndex();
            if (empty || i < 0 || i >= getTableView().getItems().size()) {
                setGraphic(null);
                return;
            }
            bound = getTableView().getItems().get(i);
            box.valueProperty().bindBidirectional(bound.choice());
            setGraphic(box);
        }
    }

    /** Previews the pending roster again with the date typed in the 名册日期 field, when it differs. */
    private void previewAgain() {
        if (pending == null || !(pending.preview() instanceof LedgerImport.Preview p)) {
            return;
        }
        LocalDate date = model.asOf(asOf.getText());
        if (date == null) {
            if (asOf.getText() == null || asOf.getText().isBlank()) {
                asOf.setText(p.asOf().toString()); // emptied: the roster's own date again
            }
        } else if (!date.equals(p.asOf())) {
            read(LedgerKind.MEMBERS, pending.file(), date);
        }
    }

    private void show(LedgerModel.Preview shown) {
        pending = shown.importer();
        ImportPreview p = pending.preview();
        boolean roster = shown.asOf() != null;
        asOfBox.setVisible(roster);
        asOfBox.setManaged(roster);
        if (roster) {
            asOf.setText(shown.asOf().toString());
        }
        columnMap.show(pendingKind, p);
        columnsPane.setExpanded(columnMap.needsAttention());
        columnSheet.setVisible(shown.columnSheets());
        records.getItems().setAll(shown.records());
        recordSheet.setVisible(shown.recordSheets());
        recordsNote.setText(shown.recordsNote());
        messages.getItems().setAll(shown.messages());
        summary.setText(shown.summary());
        showDuplicates(shown.duplicatesText());
        apply.setDisable(shown.applyDisabled());
        annotated.setDisable(shown.annotatedDisabled());
        previewBox.setVisible(true);
        previewBox.setManaged(true);
    }

    /** Lists the rows that may repeat a stored meeting, with 跳过这些行 / 仍然新增; hidden when there are none. */
    private void showDuplicates(String text) {
        duplicates.setText(text);
        duplicatesBox.setVisible(!text.isEmpty());
        duplicatesBox.setManaged(!text.isEmpty());
    }

    private void applyPending() {
        applyPending(MeetingLedgerImport.Duplicates.STOP);
    }

    /** Imports the previewed file; a meetings ledger's possible duplicates are skipped or added as chosen. */
    public void applyPending(MeetingLedgerImport.Duplicates choice) {
        LedgerImporter importer = pending;
        if (importer == null || importer.preview().hasErrors()) {
            return;
        }
        shell.run("ledger.importing", p -> model.apply(importer, choice, p), done -> {
            clearPreview();
            Dialogs.notice(shell.window(), i18n, model.imported(importer, done));
        });
    }

    /** Writes the annotated copy of the previewed file to {@code out} in the background. */
    public void saveAnnotated(Path out) {
        LedgerImporter importer = pending;
        shell.run("ledger.annotating", p -> model.saveAnnotated(importer, out), done -> Dialogs.notice(shell.window(), i18n, i18n.format("ledger.written", done)));
    }

    private void clearPreview() {
        pending = null;
        columnMap.reset();
        showDuplicates("");
        messages.getItems().clear();
        records.getItems().clear();
        summary.setText("");
        previewBox.setVisible(false);
        previewBox.setManaged(false);
    }

    private String label(LedgerKind k) {
        return i18n.label(k);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private FileChooser chooser(String titleKey, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }

    private TableColumn<ImportMessage, String> column(String key, double width, Function<ImportMessage, String> value) {
        return column(i18n, key, width, value);
    }

    private static <T> TableColumn<T, String> column(I18n i18n, String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
    }

    private final class KindCell extends ListCell<LedgerKind> {
        @Override
        protected void updateItem(LedgerKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }
}
