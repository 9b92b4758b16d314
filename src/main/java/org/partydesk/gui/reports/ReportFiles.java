package org.partydesk.gui.reports;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Shell;

/**
 * What the report screens do with files: ask where to save one (a save dialog that tests replace), offer
 * to open a written file, open or print it with the system's programs on a background thread (the window
 * never waits for the word processor).
 */
final class ReportFiles {
    private final Shell shell;
    private BiFunction<FileChooser, Window, File> saveDialog = FileChooser::showSaveDialog;

    ReportFiles(Shell shell) {
        this.shell = shell;
    }

    /** Replaces the save dialog (tests answer it with a file in a temporary folder). */
    void saveDialog(BiFunction<FileChooser, Window, File> dialog) {
        this.saveDialog = dialog;
    }

    /** Asks where to save a file of the given kind ({@code docx} or {@code xlsx}) under a proposed name. */
    Optional<Path> chooseTarget(String titleKey, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(shell.i18n().text(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                shell.i18n().text("docx".equals(extension) ? "reports.files.docx" : "reports.files.xlsx"), "*." + extension));
        File file = saveDialog.apply(chooser, shell.window());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /**
     * Before a report of a year that lacks members or meetings ({@code missing}, from {@code Reports.missing}):
     * says what is missing and asks whether to go on anyway; true when nothing is missing or the clerk goes on.
     */
    boolean goOnDespite(List<String> missing) {
        if (missing.isEmpty()) {
            return true;
        }
        ButtonType goOn = new ButtonType(shell.i18n().text("reports.empty.goOn"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(shell.i18n().text("reports.empty.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                String.join("\n", missing) + "\n\n" + shell.i18n().text("reports.empty.question"), goOn, cancel);
        if (shell.window() != null) {
            alert.initOwner(shell.window());
        }
        alert.setTitle(shell.i18n().text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("reportEmptyYear");
        return alert.showAndWait().filter(goOn::equals).isPresent();
    }

    /** Tells that {@code file} was written and offers to open it (the dialog does not wait). */
    void offerToOpen(String message, Path file) {
        ButtonType open = new ButtonType(shell.i18n().text("reports.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(shell.i18n().text("reports.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, open, close);
        if (shell.window() != null) {
            alert.initOwner(shell.window());
        }
        alert.setTitle(shell.i18n().text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("reportWritten");
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                open(file);
            }
        });
        alert.show();
    }

    /** Opens {@code file} in the system's program for it (the word processor for .docx), off the FX thread. */
    void open(Path file) {
        background(file, () -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return shell.i18n().format("reports.openUnsupported", file);
            }
            Desktop.getDesktop().open(file.toFile());
            return null;
        });
    }

    /**
     * Prints {@code file} through the system (its print dialog or the word processor's), off the FX thread;
     * where the system cannot print a document directly, opens it and says to print from the word processor.
     */
    void print(Path file) {
        background(file, () -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.PRINT)) {
                Desktop.getDesktop().print(file.toFile());
                return null;
            }
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return shell.i18n().text("reports.printFromWordProcessor");
            }
            return shell.i18n().format("reports.openUnsupported", file);
        });
    }

    /** Something for the desktop to do; returns a message to show the clerk, or null. */
    private interface DesktopAction {
        String run() throws Exception;
    }

    /**
     * Runs a desktop action through the shell's executor; a message it returns is shown as a notice. A failure
     * (the desktop's own text is English, e.g. "Failed to show URI") is shown in Chinese naming the file, with
     * the technical text under 详细信息 and in the log.
     */
    private void background(Path file, DesktopAction action) {
        shell.load("reports.opening", p -> {
            try {
                return Optional.ofNullable(action.run());
            } catch (Exception | LinkageError e) {
                throw new IllegalStateException(shell.i18n().format("reports.openFailed", file), e);
            }
        }, message -> message.ifPresent(text -> Dialogs.notice(shell.window(), shell.i18n(), text)));
    }
}
