package org.partydesk.gui.meetings;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;

/**
 * 登记 / 修改会议, a view over {@link MeetingEditorModel}: unit, date and time, place, the meeting types (several
 * at once), host, recorder, lecturer (党课), theme, agenda items (议题, one per line), tags, minutes, decisions,
 * election flag, the attendance sheet and the non-voting attendees (列席). What is wrong with the unit, the date
 * or the time is said under the field. On 保存 the quorum warnings are shown first; the clerk may save anyway.
 */
final class MeetingEditor {
    private final MeetingEditorModel model;
    private final I18n i18n;
    private final IntConsumer onSaved;
    private final ComboBox<MeetingEditorModel.UnitChoice> unit = new ComboBox<>();
    private final DatePicker date = Forms.isoDates(new DatePicker());
    private final TextField time = new TextField();
    private final ComboBox<String> host = person("meetingHost");
    private final ComboBox<String> recorder = person("meetingRecorder");
    private final ComboBox<String> lecturer = person("meetingLecturer");
    private final BorderPane root = new BorderPane();

    /**
     * @param model   the meeting to change, or a new one, as fields
     * @param onSaved called with the id after a save; {@code onClose} runs on 取消 and after a save
     */
    MeetingEditor(MeetingEditorModel model, I18n i18n, IntConsumer onSaved, Runnable onClose) {
        this.model = model;
        this.i18n = i18n;
        this.onSaved = saved -> {
            onSaved.accept(saved);
            onClose.run();
        };

        Label title = new Label(i18n.text(model.isNew() ? "meetings.editor.new" : "meetings.editor.edit"));
        title.setId("editorTitle");
        title.getStyleClass().add("page-title");
        Button back = new Button(i18n.text("meetings.editor.back"));
        back.setId("editorBack");
        back.setOnAction(e -> onClose.run());
        HBox head = new HBox(12, back, title);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("screen-section");

        unit.setId("meetingUnit");
        unit.setItems(model.units);
        unit.valueProperty().bindBidirectional(model.unit);
        unit.setVisibleRowCount(16);
        unit.setMaxWidth(Double.MAX_VALUE);
        date.setId("meetingDate");
        date.setEditable(true);
        date.valueProperty().bindBidirectional(model.date);
        time.setId("meetingTime");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.time);
        TextField place = field("meetingPlace", model.place);
        FlowPane typeBoxes = new FlowPane(12, 6);
        typeBoxes.setId("meetingTypes");
        for (MeetingType t : MeetingType.values()) {
            CheckBox box = new CheckBox(i18n.label(t));
            box.setId("type-" + t.name());
            box.selectedProperty().bindBidirectional(model.type(t));
            typeBoxes.getChildren().add(box);
        }
        host.valueProperty().bindBidirectional(model.host);
        recorder.valueProperty().bindBidirectional(model.recorder);
        lecturer.valueProperty().bindBidirectional(model.lecturer);
        lecturer.disableProperty().bind(model.type(MeetingType.PARTY_LESSON).not());
        TextField theme = field("meetingTheme", model.theme);
        TextArea agenda = area("meetingAgenda", 3, model.agenda);
        agenda.setPromptText(i18n.text("meetings.editor.agendaPrompt"));
        TextField tags = field("meetingTags", model.tags);
        tags.setPromptText(i18n.text("meetings.editor.tagsPrompt"));
        TextArea minutes = area("meetingMinutes", 4, model.minutes);
        TextArea decisions = area("meetingDecisions", 2, model.decisions);
        CheckBox election = new CheckBox(i18n.text("meetings.editor.election"));
        election.setId("meetingElection");
        election.selectedProperty().bindBidirectional(model.election);

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, label("meetings.column.unit"), new VBox(2, unit, problem("meetingUnitProblem", model.unitProblem())));
        FlowPane when = Fit.row(Forms.dateField(date), time, new Label(i18n.text("meetings.editor.timeHint")));
        when.setAlignment(Pos.CENTER_LEFT);
        form.addRow(r++, label("meetings.column.heldAt"), new VBox(2, when,
                problem("meetingDateMissing", model.dateProblem()), problem("meetingTimeProblem", model.timeProblem())));
        form.addRow(r++, label("meetings.editor.place"), place);
        form.addRow(r++, label("meetings.column.types"), typeBoxes);
        form.addRow(r++, label("meetings.column.theme"), theme);
        FlowPane roles = Fit.row(host, new Label(i18n.text("meetings.editor.recorder")), recorder,
                new Label(i18n.text("meetings.editor.lecturer")), lecturer);
        roles.setAlignment(Pos.CENTER_LEFT);
        form.addRow(r++, label("meetings.editor.host"), roles);
        form.addRow(r++, label("meetings.editor.agenda"), agenda);
        form.addRow(r++, label("meetings.column.tags"), tags);
        form.addRow(r++, label("meetings.editor.minutes"), minutes);
        form.addRow(r++, label("meetings.editor.decisions"), decisions);
        form.addRow(r++, new Label(), election);
        form.addRow(r, label("meetings.editor.nonVoting"), nonVotingPane());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);

        AttendanceSheet sheet = new AttendanceSheet(i18n, model.sheet, model.sheetCounts());
        Label sheetTitle = new Label(i18n.text("meetings.sheet.title"));
        sheetTitle.getStyleClass().add("section-heading");
        VBox sheetPane = new VBox(6, sheetTitle, sheet.root());
        if (model.recordedNote() != null) {
            // the ledger gave numbers only: they stay until a sheet is filled in, which replaces them
            Label note = new Label(model.recordedNote());
            note.setId("recordedNote");
            note.setWrapText(true);
            note.getStyleClass().add("hint");
            Button fill = new Button(i18n.text("meetings.editor.fillSheet"));
            fill.setId("fillSheet");
            fill.setOnAction(e -> model.rebuildSheet());
            sheetPane.getChildren().addAll(1, List.of(note, fill));
        }
        sheetPane.getStyleClass().add("screen-section");
        VBox.setVgrow(sheet.root(), Priority.ALWAYS);
        SplitPane split = new SplitPane(formScroll, sheetPane);
        split.setDividerPositions(0.55);

        Button save = new Button(i18n.text("meetings.editor.save"));
        save.setId("saveMeeting");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        Button cancel = new Button(i18n.text("meetings.editor.cancel"));
        cancel.setId("cancelMeeting");
        cancel.setOnAction(e -> onClose.run());
        FlowPane buttons = Fit.row(save, cancel);
        buttons.getStyleClass().addAll("screen-buttons", "screen-section");

        root.setTop(head);
        root.setCenter(split);
        root.setBottom(buttons);
        root.setId("meetingEditor");
        // Ctrl+S saves, as in the office programs a clerk knows
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.S) {
                e.consume();
                save();
            }
        });
        model.names.addListener((ListChangeListener<String>) c -> offerNames());
        offerNames();
    }

    /** The first field of the form (the unit), which takes the focus when the editor opens. */
    Node firstField() {
        return unit;
    }

    Node root() {
        return root;
    }

    /** The host, recorder and lecturer lists offer the names on the sheet (a guest's name may be typed). */
    private void offerNames() {
        for (ComboBox<String> box : List.of(host, recorder, lecturer)) {
            String value = box.getValue();
            box.getItems().setAll(model.names);
            box.setValue(value);
        }
    }

    private Node nonVotingPane() {
        TableView<NonVotingAttendee> nonVoting = new TableView<>(model.nonVoting);
        nonVoting.setId("nonVotingTable");
        nonVoting.setPrefHeight(110);
        nonVoting.setPlaceholder(new Label(i18n.text("meetings.editor.nonVotingEmpty")));
        nonVoting.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(nonVoting);
        TableColumn<NonVotingAttendee, String> nameColumn = new TableColumn<>(i18n.text("meetings.sheet.name"));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<NonVotingAttendee, String> noteColumn = new TableColumn<>(i18n.text("meetings.editor.nonVotingNote"));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? "" : c.getValue().note()));
        nonVoting.getColumns().addAll(List.of(nameColumn, noteColumn));
        TextField name = new TextField();
        name.setId("nonVotingName");
        name.setPromptText(i18n.text("meetings.sheet.name"));
        name.setPrefColumnCount(6);
        TextField note = new TextField();
        note.setId("nonVotingNote");
        note.setPromptText(i18n.text("meetings.editor.nonVotingNotePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(i18n.text("meetings.editor.nonVotingAdd"));
        add.setId("nonVotingAdd");
        add.disableProperty().bind(name.textProperty().isEmpty());
        add.setOnAction(e -> {
            model.addNonVoting(name.getText(), note.getText());
            name.clear();
            note.clear();
        });
        Button remove = new Button(i18n.text("meetings.editor.nonVotingRemove"));
        remove.disableProperty().bind(nonVoting.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.nonVoting.remove(nonVoting.getSelectionModel().getSelectedItem()));
        HBox line = new HBox(6, name, note, add, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, nonVoting, line);
    }

    /**
     * Saves through the model: a problem with the unit, date or time is said under the field, which takes the
     * focus; the quorum warnings are shown first (the clerk may save anyway).
     */
    void save() {
        // a role typed but not yet taken by its list (the focus is still in it) counts as typed
        for (ComboBox<String> box : List.of(host, recorder, lecturer)) {
            box.setValue(box.getEditor().getText());
        }
        if (!model.save(warnings -> Dialogs.confirm(root, i18n.text("meetings.quorum.title"),
                i18n.format("meetings.quorum.message", String.join("\n", warnings))), onSaved)) {
            (!model.unitProblem().get().isEmpty() ? unit : !model.dateProblem().get().isEmpty() ? date : time).requestFocus();
        }
    }

    private ComboBox<String> person(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(110);
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextArea area(String id, int rows, javafx.beans.property.StringProperty value) {
        TextArea a = Forms.tabMovesFocus(new TextArea());
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /** The sentence under a field that says what is wrong with it (shown only when something is). */
    private static Label problem(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Label label(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
