package org.partydesk.gui.common;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Modal message boxes of the screens, owned by the window of a node. Titles and messages come from the
 * caller (the resource bundle, or the Chinese message of a refused input); the buttons are JavaFX's own.
 */
public final class Alerts {
    private Alerts() {
    }

    /** Shows an error and waits until the clerk closes it. */
    public static void error(Node owner, String title, String message) {
        show(Alert.AlertType.ERROR, owner, title, message);
    }

    /** Shows a piece of information and waits until the clerk closes it. */
    public static void info(Node owner, String title, String message) {
        show(Alert.AlertType.INFORMATION, owner, title, message);
    }

    /** Asks a question; true when the clerk pressed OK. */
    public static boolean confirm(Node owner, String title, String message) {
        Optional<ButtonType> answer = build(Alert.AlertType.CONFIRMATION, owner, title, message).showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private static void show(Alert.AlertType type, Node owner, String title, String message) {
        build(type, owner, title, message).showAndWait();
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
        CjkFonts.apply(alert.getDialogPane());
        return alert;
    }
}
