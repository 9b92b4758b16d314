package org.partydesk.gui.settings;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import org.partydesk.app.ledgers.Imports;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;

/**
 * 设置 › 台账导入记录: every ledger import (time, operator, ledger, file, what it did, whether undone) and
 * 撤销本次导入 — confirmed first, run in the background; a refusal shows its reason (decision 0013).
 */
final class ImportHistoryPane {
    private final Shell shell;
    private final I18n i18n;
    private final ImportHistoryModel model;
    private final TableView<Imports.Entry> table;

    ImportHistoryPane(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new ImportHistoryModel(new Imports(shell.workspace()), i18n);
        this.table = Tables.table("importList", i18n.text("imports.none"),
                Tables.column(i18n.text("imports.id"), 50, e -> String.valueOf(e.id())),
                Fit.sample(Tables.column(i18n.text("imports.at"), 140, Imports.Entry::startedText), Fit.DATE_MINUTE),
                Tables.column(i18n.text("imports.operator"), 90, e -> e.batch().operator()),
                Tables.column(i18n.text("imports.kind"), 110, model::kind),
                Tables.column(i18n.text("imports.file"), 220, e -> e.batch().fileName()),
                Tables.column(i18n.text("imports.summary"), 160, Imports.Entry::summaryText),
                Tables.column(i18n.text("imports.state"), 200, model::state));
    }

    ImportHistoryModel model() {
        return model;
    }

    VBox view() {
        table.setItems(model.items());
        table.setPrefHeight(360);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selected().set(b));
        Button undo = new Button(i18n.text("imports.undo"));
        undo.setId("undoImport");
        undo.disableProperty().bind(model.undoDisabled());
        undo.setOnAction(e -> confirmAndUndo());
        Button refresh = new Button(i18n.text("backups.refresh"));
        refresh.setId("refreshImports");
        refresh.setOnAction(e -> refresh());
        Label hint = new Label(i18n.text("imports.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return new VBox(8, table, Fit.row(undo, refresh), hint);
    }

    /** Reads the imports again through the shell's executor. */
    void refresh() {
        shell.load("imports.loading", p -> model.read(), model::show);
    }

    private void confirmAndUndo() {
        Imports.Entry chosen = model.selected().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.confirmText(), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(shell.window());
        alert.setHeaderText(null);
        alert.setTitle(i18n.text("imports.undo"));
        alert.getDialogPane().setId("confirmUndoImport");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        shell.run("imports.undoing", p -> model.undoSelected(), done -> {
            refresh();
            Dialogs.notice(shell.window(), i18n, model.doneText(chosen, done));
        });
    }
}
