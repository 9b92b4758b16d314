package org.partydesk.gui.transfer;

import java.io.File;
import java.nio.file.Path;

import java.util.Arrays;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.BackupService;
import org.partydesk.app.ledgers.ImportPreview;
import org.partydesk.app.ledgers.LedgerExport;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.LedgerTemplate;
import org.partydesk.gui.I18n;
import org.partydesk.gui.shell.Notice;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 台账导入导出: Excel ledgers of every kind the app provides (a blank template, an export filtered by year
 * and organisation, an import shown as a preview first, with the workbook offered back with a 导入结果
 * column when it has errors), and the whole ledger (database and evidence) exported to a backup file of
 * the clerk's choice and restored from one (the current database is kept as a copy first).
 */
public final class TransferSection implements Section {
    private final Shell shell;
    private final I18n i18n;

    public TransferSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
    }

    @Override
    public String id() {
        return Sections.TRANSFER;
    }

    @Override
    public String titleKey() {
        return "section.transfer";
    }

    @Override
    public Node view() {
        Button export = new Button(i18n.text("transfer.export"));
        export.setId("exportBackup");
        export.setOnAction(e -> {
            FileChooser chooser = chooser("transfer.export");
            chooser.setInitialFileName(i18n.text("transfer.fileName"));
            File file = chooser.showSaveDialog(shell.window());
            if (file != null) {
                export(file.toPath());
            }
        });
        Button restore = new Button(i18n.text("transfer.restore"));
        restore.setId("restoreBackup");
        restore.setOnAction(e -> {
            File file = chooser("transfer.restore").showOpenDialog(shell.window());
            if (file != null && confirm(file.toPath())) {
                restore(file.toPath());
            }
        });
        VBox root = new VBox(10,
                heading("ledger.heading"), text("ledger.text"), excelLedgers(),
                heading("transfer.exportHeading"), text("transfer.exportText"), export,
                heading("transfer.restoreHeading"), text("transfer.restoreText"), restore);
        root.getStyleClass().add("form-page");
        return root;
    }

    /** The kind chooser, the filters and the template, export and import buttons of the Excel ledgers. */
    private Node excelLedgers() {
        ComboBox<LedgerKind> kind = new ComboBox<>();
        kind.setId("ledgerKind");
        kind.getItems().setAll(Arrays.stream(LedgerKind.values()).filter(LedgerKind::available).toList());
        kind.getSelectionModel().selectFirst();
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LedgerKind k) {
                return k == null ? "" : i18n.label(k);
            }

            @Override
            public LedgerKind fromString(String s) {
                return null;
            }
        });
        TextField year = new TextField();
        year.setId("ledgerYear");
        year.setPromptText(i18n.text("ledger.yearPrompt"));
        year.setPrefColumnCount(8);
        TextField branch = new TextField();
        branch.setId("ledgerBranch");
        branch.setPromptText(i18n.text("ledger.branchPrompt"));
        Button template = new Button(i18n.text("ledger.template"));
        template.setId("ledgerTemplate");
        template.setOnAction(e -> saveAs("ledger.template", i18n.label(kind.getValue()) + i18n.text("ledger.templateSuffix"))
                .ifPresent(out -> template(kind.getValue(), out)));
        Button export = new Button(i18n.text("ledger.export"));
        export.setId("ledgerExport");
        export.setOnAction(e -> saveAs("ledger.export", i18n.label(kind.getValue()) + ".xlsx").ifPresent(out -> {
            String y = year.getText().strip();
            if (!y.isEmpty() && !y.matches("\\d{4}")) {
                Notice.info(shell.window(), i18n, i18n.text("ledger.badYear"));
                return;
            }
            String b = branch.getText().strip();
            exportLedger(kind.getValue(), out, new LedgerExport.Options(y.isEmpty() ? null : Integer.valueOf(y),
                    b.isEmpty() ? null : b, false));
        }));
        Button importButton = new Button(i18n.text("ledger.import"));
        importButton.setId("ledgerImport");
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.text("ledger.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx", "*.xls"));
            File file = chooser.showOpenDialog(shell.window());
            if (file != null) {
                importLedger(kind.getValue(), file.toPath());
            }
        });
        HBox filters = new HBox(8, new Label(i18n.text("ledger.kind")), kind, year, branch);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, template, export, importButton);
        return new VBox(8, filters, buttons);
    }

    /** Writes the blank template of {@code kind} in the background. */
    public void template(LedgerKind kind, Path out) {
        shell.run("ledger.writing", p -> {
            LedgerTemplate.write(kind, out);
            return out;
        }, done -> Notice.info(shell.window(), i18n, i18n.format("ledger.written", done)));
    }

    /** Exports the ledger of {@code kind} in the background. */
    public void exportLedger(LedgerKind kind, Path out, LedgerExport.Options options) {
        shell.run("ledger.exporting", p -> LedgerExport.write(kind, shell.workspace(), out, options, p),
                n -> Notice.info(shell.window(), i18n, i18n.format("ledger.exported", n, out)));
    }

    /** Reads and checks a ledger file in the background, then shows what the import would do. */
    public void importLedger(LedgerKind kind, Path file) {
        shell.run("ledger.reading", p -> LedgerImporter.open(kind, shell.workspace(), file), this::showPreview);
    }

    /**
     * The preview of an import: the summary and every warning and error. Without errors the clerk may
     * import; with errors nothing can be written and the workbook can be saved back with the messages.
     */
    void showPreview(LedgerImporter im) {
        ImportPreview p = im.preview();
        ListView<String> messages = new ListView<>();
        messages.setId("ledgerMessages");
        p.errors().forEach(m -> messages.getItems().add(i18n.format("ledger.error", m.text())));
        p.warnings().forEach(m -> messages.getItems().add(i18n.format("ledger.warning", m.text())));
        messages.setPrefSize(760, 320);
        Label summary = new Label(p.summary());
        summary.setId("ledgerSummary");
        summary.setWrapText(true);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(shell.window());
        dialog.setTitle(i18n.format("ledger.previewTitle", im.file().getFileName()));
        dialog.setHeaderText(i18n.text(p.hasErrors() ? "ledger.hasErrors" : "ledger.noErrors"));
        dialog.getDialogPane().setId("ledgerPreview");
        dialog.getDialogPane().setContent(new VBox(8, summary, messages));
        ButtonType go = new ButtonType(i18n.text(p.hasErrors() ? "ledger.saveAnnotated" : "ledger.apply"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == go).ifPresent(b -> {
            if (p.hasErrors()) {
                String name = im.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
                saveAs("ledger.saveAnnotated", name + i18n.text("ledger.annotatedSuffix")).ifPresent(out ->
                        shell.run("ledger.writing", t -> {
                            im.writeAnnotated(out);
                            return out;
                        }, done -> Notice.info(shell.window(), i18n, i18n.format("ledger.written", done))));
            } else {
                apply(im);
            }
        });
    }

    /** Imports in the background (one transaction; nothing is written when cancelled). */
    public void apply(LedgerImporter im) {
        shell.run("ledger.importing", im::apply,
                done -> Notice.info(shell.window(), i18n, i18n.format("ledger.imported", im.file().getFileName(), done.result())));
    }

    private java.util.Optional<Path> saveAs(String titleKey, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(shell.window());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    /** Writes the database and its evidence to {@code out} (a .zip) in the background. */
    public void export(Path out) {
        shell.run("transfer.exporting", p -> new BackupService(shell.workspace()).backup(out, p),
                done -> Notice.info(shell.window(), i18n, i18n.format("transfer.exported", done.file())));
    }

    private void restore(Path file) {
        shell.run("transfer.restoring", p -> new BackupService(shell.workspace()).restore(file), restored -> {
            Notice.info(shell.window(), i18n, i18n.format("transfer.restored", restored.previousCopy()));
            shell.openDatabase(shell.workspace().databaseFile());
        });
    }

    private boolean confirm(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.format("transfer.confirmRestore", file), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(shell.window());
        alert.setHeaderText(null);
        alert.setTitle(i18n.text("transfer.restore"));
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        return chooser;
    }

    private Label heading(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private Label text(String key) {
        Label l = new Label(i18n.text(key));
        l.setWrapText(true);
        return l;
    }
}
