package org.partydesk.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Small helpers shared by the screens' forms. */
public final class Forms {
    /** The stylesheet of the feature screens and their dialogs (sections, button rows, forms). */
    public static final String SCREENS_STYLESHEET = "/org/partydesk/gui/screens.css";

    private Forms() {
    }

    /** The URL of {@link #SCREENS_STYLESHEET}, for a scene's or a node's stylesheets. */
    public static String screensStylesheet() {
        return Forms.class.getResource(SCREENS_STYLESHEET).toExternalForm();
    }

    /**
     * Makes a date picker show and accept dates as 2025-06-01, whatever the system's locale; text that is
     * not such a date leaves the picker empty.
     */
    public static DatePicker isoDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return picker;
    }

    /**
     * A form dialog with 确定 and 取消, owned by {@code owner} (when shown), titled {@code title} and styled as the
     * other screens' forms.
     */
    public static <T> javafx.scene.control.Dialog<T> dialog(javafx.stage.Window owner, String title) {
        javafx.scene.control.Dialog<T> dialog = new javafx.scene.control.Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().getStylesheets().add(screensStylesheet());
        return dialog;
    }

    /** The grid of a form: labels and fields, spaced as everywhere. */
    public static javafx.scene.layout.GridPane grid() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /**
     * Tab (and Shift+Tab) in a text area moves to the next (previous) field, as in every other field of a form,
     * instead of typing a tab character into 议题 or 会议记录; Ctrl+Tab still moves too.
     */
    public static <T extends javafx.scene.control.TextArea> T tabMovesFocus(T area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // TextArea moves the focus on Ctrl+Tab: hand it that
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
