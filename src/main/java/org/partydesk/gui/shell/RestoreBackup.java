package org.partydesk.gui.shell;

import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import org.partydesk.app.BackupService;
import org.partydesk.gui.common.Dialogs;

/**
 * Restoring a backup from a screen: the clerk confirms, the file is checked (integrity, schema version)
 * in the background, a copy of the current database is kept, the backup replaces it, and the window
 * reopens the database so that every screen shows the restored data. A file that fails the check
 * changes nothing and is reported in plain Chinese.
 */
public final class RestoreBackup {
    private RestoreBackup() {
    }

    /** When the backup was made (its file's time, 2026-12-07 18:05), for the question before it replaces everything. */
    static String madeAt(Path file) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(java.time.LocalDateTime.ofInstant(
                    java.nio.file.Files.getLastModifiedTime(file).toInstant(), java.time.ZoneId.systemDefault()));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Asks, then restores {@code file}; returns whether the clerk confirmed. */
    public static boolean confirmAndRestore(Shell shell, Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, shell.i18n().format("transfer.confirmRestore", file,
                madeAt(file)), ButtonType.OK, ButtonType.CANCEL);
        // replacing every record: Enter (or a hasty click on the default) must not do it
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        javafx.scene.control.Button cancel = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        alert.setOnShown(e -> cancel.requestFocus());
        alert.initOwner(shell.window());
        alert.setHeaderText(null);
        alert.setTitle(shell.i18n().text("transfer.restore"));
        alert.getDialogPane().setId("confirmRestore");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return false;
        }
        restore(shell, file);
        return true;
    }

    /** Restores {@code file} in the background, then reopens the database and says where the old copy is. */
    public static void restore(Shell shell, Path file) {
        restore(shell, file, false);
    }

    /**
     * Restores in the background; a backup of another bureau is restored only after the clerk confirms it,
     * in a second question naming both bureaus.
     */
    private static void restore(Shell shell, Path file, boolean otherBureau) {
        if (shell.tasks().busy()) {
            Dialogs.notice(shell.window(), shell.i18n(), shell.i18n().text("task.busy"));
            return;
        }
        shell.tasks().run(BackgroundTask.of(p -> new BackupService(shell.workspace()).restore(file, otherBureau))
                .titled(shell.i18n().text("transfer.restoring"))
                .onSuccess(restored -> {
                    javafx.stage.Window owner = shell.window(); // the reopened database gets a new main window
                    shell.openDatabase(shell.workspace().databaseFile());
                    Dialogs.notice(owner, shell.i18n(), shell.i18n().format("transfer.restored", restored.previousCopy()));
                })
                .onFailure(error -> {
                    if (error instanceof BackupService.OtherBureauException other && !otherBureau) {
                        Alert ask = new Alert(Alert.AlertType.WARNING, other.getMessage() + "\n\n"
                                + shell.i18n().text("transfer.confirmOtherBureau"), ButtonType.OK, ButtonType.CANCEL);
                        ask.initOwner(shell.window());
                        ask.setHeaderText(null);
                        ask.setTitle(shell.i18n().text("transfer.restore"));
                        ask.getDialogPane().setId("confirmOtherBureau");
                        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                            restore(shell, file, true);
                        }
                    } else if (BackupService.damagedInside(error)) {
                        // no copy of a database damaged inside can be kept: the file itself is, once the clerk agrees
                        Alert ask = new Alert(Alert.AlertType.WARNING, shell.i18n().format("transfer.confirmOverDamaged",
                                shell.workspace().databaseFile().getFileName(), file.getFileName()),
                                ButtonType.OK, ButtonType.CANCEL);
                        ask.initOwner(shell.window());
                        ask.setHeaderText(null);
                        ask.setTitle(shell.i18n().text("transfer.restore"));
                        ask.getDialogPane().setId("confirmOverDamaged");
                        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                            shell.restoreOverDamaged(file, error);
                        }
                    } else {
                        shell.fail("transfer.restoring", error);
                    }
                })
                .onCancelled(() -> Dialogs.notice(shell.window(), shell.i18n(), shell.i18n().text("task.cancelled"))));
    }
}
