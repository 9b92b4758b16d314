package org.partydesk.gui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.partydesk.app.AppLog;
import org.partydesk.app.InputRejectedException;
import org.partydesk.gui.common.I18n;

/**
 * Shows a failure in plain words (the Chinese message of refused input, else a general sentence) with
 * the technical text in an expandable 详细信息 area, and writes it to the log file.
 */
public final class ErrorDialog {
    private ErrorDialog() {
    }

    /** Logs the error and shows the dialog without waiting. {@code whatKey} names what failed. */
    public static Alert show(Window owner, I18n i18n, String whatKey, Throwable error) {
        AppLog.error(i18n.text(whatKey), error);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(i18n.text(whatKey));
        alert.setContentText(plainText(i18n, error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(i18n.format("error.logged", AppLog.file()) + "\n\n" + trace);
        details.setId("errorDetails");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        alert.show();
        return alert;
    }

    /** What a clerk reads: messages of our own (Chinese) as they are, anything else as a general sentence. */
    static String plainText(I18n i18n, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof InputRejectedException) && !hasChinese(e.getMessage())) {
            e = e.getCause();
        }
        return hasChinese(e.getMessage()) ? e.getMessage() : i18n.text("error.general");
    }

    private static boolean hasChinese(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
