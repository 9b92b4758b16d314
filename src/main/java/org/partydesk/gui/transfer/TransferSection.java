package org.partydesk.gui.transfer;

import java.io.File;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.BackupService;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.RestoreBackup;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 台账导入导出: Excel ledgers of each kind provided (花名册, 三会一课台账 …) as an empty template, an export,
 * or an import that is previewed first (rows to add and update, warnings, errors with sheet, row and
 * column) and written only when the clerk confirms, with the annotated workbook offered back when there
 * are problems ({@link LedgerPane}); and the whole ledger (database and evidence) exported to a backup
 * file of the clerk's choice, and restored from one (the current database is kept as a copy first).
 */
public final class TransferSection implements Section {
    private final Shell shell;
    private final I18n i18n;
    private LedgerPane ledgers;

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
            if (file != null) {
                RestoreBackup.confirmAndRestore(shell, file.toPath());
            }
        });
        ledgers = new LedgerPane(shell);
        VBox root = new VBox(10, ledgers.view(),
                heading("transfer.exportHeading"), text("transfer.exportText"), export,
                heading("transfer.restoreHeading"), text("transfer.restoreText"), restore);
        root.getStyleClass().add("form-page");
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** The Excel ledgers part of the section (built with the view). */
    public LedgerPane ledgers() {
        return ledgers;
    }

    /** Writes the database and its evidence to {@code out} (a .zip) in the background. */
    public void export(Path out) {
        shell.run("transfer.exporting", p -> new BackupService(shell.workspace()).backup(out, p),
                done -> Dialogs.notice(shell.window(), i18n, i18n.format("transfer.exported", done.file())));
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
