package org.partydesk.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.TypedDates;

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
     * Makes a date picker show dates as 2025-06-01, whatever the system's locale, and accept a day in the forms
     * the ledgers accept (2026年12月3日, 2026.12.3, 2026/12/3, 20261203 …, see {@link DayConverter}). Text that is
     * not a day stays in the field (the value is empty) and {@link #dateProblem} says what is wrong; place the
     * picker with {@link #dateField} to show that sentence beside it. The field is sized in characters, so a
     * whole date shows at any font size.
     */
    public static DatePicker isoDates(DatePicker picker) {
        DayConverter converter = new DayConverter();
        picker.setConverter(converter);
        // wide enough for 2026-12-05 at any font size (a fixed width in pixels cut it at 16 pt)
        picker.getEditor().setPrefColumnCount(8);
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        picker.getProperties().put(DayConverter.class, converter);
        picker.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                converter.accepted();
            }
        });
        converter.problem().addListener((obs, old, text) -> {
            picker.pseudoClassStateChanged(INVALID, !text.isEmpty());
            picker.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
        });
        return picker;
    }

    private static final javafx.css.PseudoClass INVALID = javafx.css.PseudoClass.getPseudoClass("invalid");

    /** What is wrong with the text typed into a picker made by {@link #isoDates} (empty when nothing is). */
    public static ReadOnlyStringProperty dateProblem(DatePicker picker) {
        Object converter = picker.getProperties().get(DayConverter.class);
        return converter instanceof DayConverter c ? c.problem() : new SimpleStringProperty("");
    }

    /**
     * The picker with the sentence of {@link #dateProblem} under it, in a line kept for it even while there is none:
     * the sentence showing up moves no field below it (the next click still hits what the clerk aimed at).
     */
    public static javafx.scene.layout.VBox dateField(DatePicker picker) {
        javafx.scene.control.Label problem = problemLine(dateProblem(picker));
        problem.setMaxWidth(320);
        problem.setId(picker.getId() == null ? null : picker.getId() + "Problem");
        // a sentence longer than the line kept wraps: a dialog then grows to keep its buttons in view
        problem.textProperty().addListener((obs, old, text) -> javafx.application.Platform.runLater(() -> {
            if (picker.getScene() != null && picker.getScene().getWindow() instanceof javafx.stage.Stage s
                    && s.getOwner() != null && s.isShowing()) {
                s.sizeToScene();
            }
        }));
        return new javafx.scene.layout.VBox(2, picker, problem);
    }

    /**
     * The text of a date field: a day in any form {@link TypedDates} reads, shown back as 2025-06-01. Text that is
     * not a day gives no value but is kept as typed (not silently emptied), and {@link #problem()} says why.
     */
    public static final class DayConverter extends StringConverter<LocalDate> {
        private final StringProperty problem = new SimpleStringProperty("");
        private String rejected;

        public ReadOnlyStringProperty problem() {
            return problem;
        }

        /** A day was set: forget the text refused before. */
        void accepted() {
            rejected = null;
            problem.set("");
        }

        @Override
        public String toString(LocalDate date) {
            if (date == null) {
                return rejected == null ? "" : rejected;
            }
            return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                LocalDate day = TypedDates.parse(text);
                accepted();
                return day;
            } catch (InputRejectedException e) {
                rejected = text;
                problem.set(e.getMessage());
                return null;
            }
        }
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
        CjkFonts.apply(dialog.getDialogPane(), owner); // a dialog is its own scene: without it, Chinese shows as boxes on Linux
        return dialog;
    }

    /**
     * The sentence of a refused save inside a form (red, wrapping), in a line kept for it even while there is none,
     * so that it showing up moves no field or button under the clerk's pointer.
     */
    public static javafx.scene.control.Label problemLine(javafx.beans.value.ObservableStringValue problem) {
        javafx.scene.control.Label line = new javafx.scene.control.Label();
        line.setId("formProblem");
        line.getStyleClass().add("field-problem");
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        line.textProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(problem))
                .then(" ").otherwise(problem));
        return line;
    }

    /**
     * Makes a form dialog stay open on 确定 (OK): the button runs {@code save} instead, which closes the dialog once
     * the save is done (with {@link #closeSaved}) and otherwise leaves it open as typed, the refusal inside it
     * ({@link #problemLine}). The content gets that line under it; the window grows when the sentence needs more lines.
     */
    public static void savesInPlace(javafx.scene.control.Dialog<?> dialog, javafx.beans.value.ObservableStringValue problem,
            Runnable save) {
        savesInPlace(dialog, problem, new javafx.beans.property.SimpleBooleanProperty(false), save);
    }

    /**
     * {@link #savesInPlace(javafx.scene.control.Dialog, javafx.beans.value.ObservableStringValue, Runnable)} for a save
     * that runs a while ({@code saving}: the form's {@code FormSave.saving()}): meanwhile 确定 starts nothing, 取消 is
     * disabled and the window's close box does nothing, so a second click writes nothing more and a save under way is
     * not left behind by a form that looks cancelled.
     */
    public static void savesInPlace(javafx.scene.control.Dialog<?> dialog, javafx.beans.value.ObservableStringValue problem,
            javafx.beans.value.ObservableBooleanValue saving, Runnable save) {
        javafx.scene.Node content = dialog.getDialogPane().getContent();
        javafx.scene.control.Label line = problemLine(problem);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, content, line));
        problem.addListener((obs, old, text) -> {
            javafx.stage.Window w = dialog.getDialogPane().getScene() == null ? null
                    : dialog.getDialogPane().getScene().getWindow();
            if (w != null && w.isShowing()) {
                javafx.application.Platform.runLater(w::sizeToScene);
            }
        });
        javafx.scene.Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // the dialog closes when the save is done
            if (!saving.get()) {
                save.run();
            }
        });
        javafx.scene.Node cancel = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL);
        if (cancel != null && !cancel.disableProperty().isBound()) {
            cancel.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(saving::get, saving));
        }
        dialog.setOnCloseRequest(event -> {
            if (saving.get()) {
                event.consume();
            }
        });
    }

    /** Closes a dialog made to stay open by {@link #savesInPlace} with its result, once saved. */
    public static <T> void closeSaved(javafx.scene.control.Dialog<T> dialog, T result) {
        dialog.setResult(result);
        dialog.close();
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
