package org.partydesk.gui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.partydesk.gui.common.I18n;

/** A short information dialog that does not wait (so long work can report its end). */
public final class Notice {
    private Notice() {
    }

    public static Alert info(Window owner, I18n i18n, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("notice");
        alert.show();
        return alert;
    }
}
