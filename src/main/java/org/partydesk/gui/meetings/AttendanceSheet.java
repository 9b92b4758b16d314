package org.partydesk.gui.meetings;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.meetings.MeetingEditorModel.Row;
import org.partydesk.model.AttendanceStatus;

/**
 * The attendance sheet of the meeting editor: one row per expected member with 出席 / 请假 / 缺席, the
 * leave reason and the make-up date (补课). Fast with the keyboard: the arrow keys move, 1 or C sets 出席,
 * 2 or J sets 请假 (and goes to the reason; Enter there comes back), 3 or Q sets 缺席, Enter goes to the
 * next person. 应到 / 实到 / 请假 / 缺席 are counted live from the rows (by {@link MeetingEditorModel}, whose rows
 * the sheet shows).
 */
final class AttendanceSheet {
    private final I18n i18n;
    private final ObservableList<Row> rows;
    private final TableView<Row> table;
    private final TextField reason = new TextField();
    private final DatePicker makeUp = Forms.isoDates(new DatePicker());
    private final Label counts = new Label();
    private final VBox root;
    private Row editing;
    private String swallow;

    /**
     * @param rows   the rows of the editor's model (the sheet shows and changes them)
     * @param sheetCounts 应到 … 缺席 as the model counts them
     */
    AttendanceSheet(I18n i18n, ObservableList<Row> rows, ReadOnlyStringProperty sheetCounts) {
        this.i18n = i18n;
        this.rows = rows;
        this.table = new TableView<>(rows);
        counts.textProperty().bind(sheetCounts);
        table.setId("attendanceSheet");
        table.setPlaceholder(new Label(i18n.text("meetings.sheet.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        TableColumn<Row, String> number = column(i18n.text("meetings.sheet.number"), 40,
                r -> String.valueOf(rows.indexOf(r) + 1));
        TableColumn<Row, String> name = column(i18n.text("meetings.sheet.name"), 90, r -> r.name);
        TableColumn<Row, AttendanceStatus> status = new TableColumn<>(i18n.text("meetings.sheet.status"));
        status.setId("statusColumn");
        status.setPrefWidth(70);
        status.setCellValueFactory(cell -> cell.getValue().status);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<Row, String> reasonColumn = new TableColumn<>(i18n.text("meetings.sheet.reason"));
        reasonColumn.setPrefWidth(130);
        reasonColumn.setCellValueFactory(cell -> cell.getValue().reason);
        TableColumn<Row, String> makeUpColumn = new TableColumn<>(i18n.text("meetings.sheet.makeUp"));
        makeUpColumn.setPrefWidth(95);
        makeUpColumn.setCellValueFactory(cell -> {
            Row r = cell.getValue();
            return javafx.beans.binding.Bindings.createStringBinding(
                    () -> r.makeUp.get() == null ? "" : r.makeUp.get().toString(), r.makeUp);
        });
        table.getColumns().addAll(List.of(number, name, status, reasonColumn, makeUpColumn));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> edit(row));

        reason.setId("leaveReason");
        reason.setPromptText(i18n.text("meetings.sheet.reasonPrompt"));
        reason.textProperty().addListener((obs, old, text) -> {
            if (editing != null) {
                editing.reason.set(text);
            }
        });
        reason.addEventFilter(KeyEvent.KEY_PRESSED, this::backToSheet);
        // the key that set 请假 moved the focus here: its typed character is not part of the reason
        reason.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallow != null && swallow.equalsIgnoreCase(e.getCharacter())) {
                e.consume();
            }
            swallow = null;
        });
        makeUp.setId("makeUpDate");
        makeUp.setEditable(true);
        makeUp.setPromptText("2025-06-30");
        makeUp.valueProperty().addListener((obs, old, day) -> {
            if (editing != null) {
                editing.makeUp.set(day);
            }
        });
        makeUp.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, this::backToSheet);
        HBox.setHgrow(reason, Priority.ALWAYS);
        FlowPane leave = Fit.row(new Label(i18n.text("meetings.sheet.reason")), reason,
                new Label(i18n.text("meetings.sheet.makeUp")), Forms.dateField(makeUp));
        leave.setAlignment(Pos.CENTER_LEFT);
        edit(null);

        counts.setId("sheetCounts");
        counts.getStyleClass().add("sheet-counts");
        // a new list (another unit, day or types) starts on its first person
        rows.addListener((javafx.collections.ListChangeListener<Row>) change -> {
            boolean newList = false;
            while (change.next()) {
                newList |= change.wasAdded() || change.wasRemoved();
            }
            if (newList && !rows.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        if (!rows.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        Label hint = new Label(i18n.text("meetings.sheet.hint"));
        hint.setId("sheetHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new VBox(6, counts, table, leave, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    TableView<Row> table() {
        return table;
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // Ctrl+C copies, Ctrl+2 is the window's: only the plain keys mark
        }
        Row row = table.getSelectionModel().getSelectedItem();
        AttendanceStatus status = statusFor(e.getCode());
        if (status != null && row != null) {
            row.status.set(status);
            edit(row);
            if (status == AttendanceStatus.ON_LEAVE) {
                swallow = e.getText();
                reason.requestFocus();
                reason.selectAll();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            next();
            e.consume();
        }
    }

    /** The status a key sets: 1 / C 出席, 2 / J 请假, 3 / Q 缺席. */
    static AttendanceStatus statusFor(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1, C -> AttendanceStatus.PRESENT;
            case DIGIT2, NUMPAD2, J -> AttendanceStatus.ON_LEAVE;
            case DIGIT3, NUMPAD3, Q -> AttendanceStatus.ABSENT;
            default -> null;
        };
    }

    /** Enter in the reason or make-up field: back to the sheet, on the next person; Escape: back, same person. */
    private void backToSheet(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
            if (e.getSource() == makeUp.getEditor()) {
                makeUp.setValue(makeUp.getConverter().fromString(makeUp.getEditor().getText()));
            }
            table.requestFocus();
            if (e.getCode() == KeyCode.ENTER) {
                next();
            }
            e.consume();
        }
    }

    private void next() {
        int i = table.getSelectionModel().getSelectedIndex();
        if (i + 1 < rows.size()) {
            table.getSelectionModel().clearAndSelect(i + 1);
            table.getFocusModel().focus(i + 1);
            table.scrollTo(Math.max(0, i - 3));
        }
    }

    /** The reason and make-up fields follow the selected row; they are open only for 请假. */
    private void edit(Row row) {
        editing = null;
        boolean leave = row != null && row.status.get() == AttendanceStatus.ON_LEAVE;
        reason.setText(row == null ? "" : row.reason.get());
        makeUp.setValue(row == null ? null : row.makeUp.get());
        reason.setDisable(!leave);
        makeUp.setDisable(!leave);
        editing = row;
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
    }

    /** 出席 / 请假 / 缺席 in words, coloured by the style class {@code attendance-present} etc. */
    private final class StatusCell extends TableCell<Row, AttendanceStatus> {
        @Override
        protected void updateItem(AttendanceStatus value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeIf(c -> c.startsWith("attendance-"));
            if (empty || value == null) {
                setText(null);
            } else {
                setText(i18n.label(value));
                getStyleClass().add("attendance-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
    }
}
