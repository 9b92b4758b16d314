package org.partydesk.gui.settings;

import java.time.format.DateTimeFormatter;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import org.partydesk.app.BackupService;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.RestoreBackup;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;

/**
 * The backups in the backup folder (automatic and 立即备份), newest first, and 恢复所选备份: the chosen
 * backup is checked, the current database kept as a copy, then replaced, and the window reopens it. The folder is
 * listed through the shell's executor ({@link SettingsModel#backups}).
 */
final class BackupList {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Shell shell;
    private final SettingsModel model;
    private final I18n i18n;
    private final TableView<BackupService.Entry> table;

    BackupList(Shell shell, SettingsModel model) {
        this.shell = shell;
        this.model = model;
        this.i18n = shell.i18n();
        this.table = Tables.table("backupList", i18n.text("backups.none"),
                Fit.sample(Tables.column(i18n.text("backups.madeAt"), 170, e -> e.madeAt() == null ? "" : WHEN.format(e.madeAt())),
                        Fit.DATE_SECOND),
                Tables.column(i18n.text("backups.size"), 100, BackupService.Entry::sizeText),
                Tables.column(i18n.text("backups.file"), 360, e -> e.file().getFileName().toString()));
    }

    VBox view() {
        table.setPrefHeight(200);
        Button restore = new Button(i18n.text("backups.restore"));
        restore.setId("restoreSelected");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> {
            BackupService.Entry chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                RestoreBackup.confirmAndRestore(shell, chosen.file());
            }
        });
        Button refresh = new Button(i18n.text("backups.refresh"));
        refresh.setId("refreshBackups");
        refresh.setOnAction(e -> refresh());
        Label hint = new Label(i18n.text("backups.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return new VBox(8, table, Fit.row(restore, refresh), hint);
    }

    /** Lists the backup folder again, through the shell's executor. */
    void refresh() {
        shell.load("backups.listFailed", p -> model.backups(), this::show);
    }

    /** Shows the backups of a listing. */
    void show(java.util.List<BackupService.Entry> backups) {
        table.getItems().setAll(backups);
    }
}
