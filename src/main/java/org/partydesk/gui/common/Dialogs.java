package org.partydesk.gui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.partydesk.app.AppLog;
import org.partydesk.app.InputRejectedException;

/**
 * The one dialog service of the window: every error a clerk sees is also written to the log
 * ({@code <data folder>/logs/partydesk.log}), failures with their stack trace in an expandable 详细信息
 * area. Used by the screens, the shell's background work and the handler of uncaught errors alike.
 * Titles and messages come from the caller (the resource bundle, or the Chinese message of refused input).
 */
public final class Dialogs {
    private static final Logger LOG = Logger.getLogger("org.partydesk");

    private Dialogs() {
    }

    /**
     * A failure: logged with its stack trace, shown without waiting in plain words (our Chinese message, else a
     * general sentence) with the technical text under 详细信息. {@code whatKey} names what failed.
     */
    public static Alert failure(Window owner, I18n i18n, String whatKey, Throwable error) {
        InputRejectedException refused = refusal(error);
        if (refused != null) {
            return refused(owner, i18n, whatKey, refused);
        }
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
        CjkFonts.apply(alert.getDialogPane(), owner);
        alert.show();
        return alert;
    }

    /**
     * Refused input ({@link InputRejectedException}) is no failure: its Chinese sentence alone, without 未能… above it
     * or a stack trace under it, logged as information (what was being done and the sentence), shown without waiting.
     */
    private static Alert refused(Window owner, I18n i18n, String whatKey, InputRejectedException refused) {
        logRefusal(i18n.text(whatKey), refused.getMessage());
        Alert alert = new Alert(Alert.AlertType.WARNING, refused.getMessage());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("refusal");
        alert.getDialogPane().setMinWidth(420);
        CjkFonts.apply(alert.getDialogPane(), owner);
        alert.show();
        return alert;
    }

    /** Writes refused input to the log as information: what was being done and why it was refused, no stack trace. */
    public static void logRefusal(String what, String sentence) {
        LOG.log(Level.INFO, what + "：" + sentence);
    }

    /** The refusal of input that {@code error} is or was caused by; null when it is another failure. */
    public static InputRejectedException refusal(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof InputRejectedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** An error in words (e.g. refused input): logged, then shown until the clerk closes it. */
    public static void error(Node owner, String title, String message) {
        logRefusal(title, message);
        build(Alert.AlertType.ERROR, owner, title, message).showAndWait();
    }

    /** A failure in words with its cause: logged with the stack trace, then shown until the clerk closes it. */
    public static void error(Node owner, String title, String message, Throwable cause) {
        AppLog.error(title + "：" + message, cause);
        build(Alert.AlertType.ERROR, owner, title, message).showAndWait();
    }

    /** A piece of information, shown until the clerk closes it. */
    public static void info(Node owner, String title, String message) {
        build(Alert.AlertType.INFORMATION, owner, title, message).showAndWait();
    }

    /** Asks a question; true when the clerk pressed OK (确定). */
    public static boolean confirm(Node owner, String title, String message) {
        Optional<ButtonType> answer = build(Alert.AlertType.CONFIRMATION, owner, title, message).showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    /** A short piece of information that does not wait (so long work can report its end). */
    public static Alert notice(Window owner, I18n i18n, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("notice");
        CjkFonts.apply(alert.getDialogPane(), owner);
        alert.show();
        return alert;
    }

    /** What a clerk reads: messages of our own (Chinese) as they are, anything else as a general sentence. */
    public static String plainText(I18n i18n, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof InputRejectedException) && !hasChinese(e.getMessage())) {
            e = e.getCause();
        }
        return hasChinese(e.getMessage()) ? e.getMessage() : i18n.text("error.general");
    }

    private static boolean hasChinese(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Alert build(Alert.AlertType type, Node owner, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        alert.getDialogPane().setMinWidth(420);
        CjkFonts.apply(alert.getDialogPane(), owner == null || owner.getScene() == null ? null : owner.getScene().getWindow());
        return alert;
    }
}
