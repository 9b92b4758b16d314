package org.partydesk.gui.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import javafx.beans.property.ReadOnlyStringWrapper;
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

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.Meeting;
import org.partydesk.model.RecordedCounts;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PersonRef;

/**
 * 登记 / 修改会议: unit, date and time, place, the meeting types (several at once), host, recorder,
 * lecturer (党课), theme, agenda items (议题, one per line), tags, minutes, decisions, election flag, the
 * attendance sheet (rebuilt from who belonged to the unit when the date, unit or types change) and the
 * non-voting attendees (列席). On 保存 the quorum warnings are shown first; the clerk may save anyway.
 */
final class MeetingEditor {
    private static final String TIME_PATTERN = "\\d{1,2}:\\d{2}";

    private final Meetings meetings;
    private final I18n i18n;
    private final Integer id;
    private final IntConsumer onSaved;
    private final ComboBox<UnitChoice> unit = new ComboBox<>();
    private final DatePicker date = Forms.isoDates(new DatePicker());
    private final TextField time = new TextField();
    private final TextField place = new TextField();
    private final Map<MeetingType, CheckBox> types = new EnumMap<>(MeetingType.class);
    private final ComboBox<String> host = person("meetingHost");
    private final ComboBox<String> recorder = person("meetingRecorder");
    private final ComboBox<String> lecturer = person("meetingLecturer");
    private final TextField theme = new TextField();
    private final TextArea agenda = area("meetingAgenda", 3);
    private final TextField tags = new TextField();
    private final TextArea minutes = area("meetingMinutes", 4);
    private final TextArea decisions = area("meetingDecisions", 2);
    private final CheckBox election = new CheckBox();
    private final AttendanceSheet sheet;
    /** The figures the ledger gave (按台账人数), kept while the sheet stays empty; null for most meetings. */
    private final RecordedCounts recorded;
    private final TableView<NonVotingAttendee> nonVoting = new TableView<>();
    private final BorderPane root = new BorderPane();

    /** A unit as the editor offers it, indented by its depth in the tree. */
    record UnitChoice(OrgUnit unit, int depth) {
        @Override
        public String toString() {
            return "　".repeat(depth) + unit.name();
        }
    }

    /**
     * @param meeting the meeting to change, or a new one (id null) with its unit and day filled in
     * @param units   the units that may hold it, in tree order
     * @param onSaved called with the id after a save; {@code onClose} runs on 取消 and after a save
     */
    MeetingEditor(Meetings meetings, I18n i18n, Meeting meeting, List<UnitChoice> units, IntConsumer onSaved,
                  Runnable onClose) {
        this.meetings = meetings;
        this.i18n = i18n;
        this.id = meeting.id();
        this.onSaved = saved -> {
            onSaved.accept(saved);
            onClose.run();
        };
        this.sheet = new AttendanceSheet(i18n);
        this.recorded = meeting.recorded();

        Label title = new Label(i18n.text(id == null ? "meetings.editor.new" : "meetings.editor.edit"));
        title.setId("editorTitle");
        title.getStyleClass().add("page-title");
        Button back = new Button(i18n.text("meetings.editor.back"));
        back.setId("editorBack");
        back.setOnAction(e -> onClose.run());
        HBox head = new HBox(12, back, title);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("screen-section");

        unit.setId("meetingUnit");
        unit.getItems().setAll(units);
        if (units.stream().noneMatch(u -> u.unit().id() == meeting.orgUnitId())) {
            meetings.unit(meeting.orgUnitId()).ifPresent(u -> unit.getItems().add(new UnitChoice(u, 0)));
        }
        unit.getItems().stream().filter(u -> u.unit().id() == meeting.orgUnitId()).findFirst().ifPresent(unit::setValue);
        unit.setVisibleRowCount(16);
        date.setId("meetingDate");
        date.setEditable(true);
        date.setPrefWidth(130);
        date.setValue(meeting.heldAt().toLocalDate());
        time.setId("meetingTime");
        time.setPrefColumnCount(5);
        time.setText(String.format("%02d:%02d", meeting.heldAt().getHour(), meeting.heldAt().getMinute()));
        place.setId("meetingPlace");
        place.setText(text(meeting.place()));
        FlowPane typeBoxes = new FlowPane(12, 6);
        typeBoxes.setId("meetingTypes");
        for (MeetingType t : MeetingType.values()) {
            CheckBox box = new CheckBox(i18n.label(t));
            box.setId("type-" + t.name());
            box.setSelected(meeting.types().contains(t));
            types.put(t, box);
            typeBoxes.getChildren().add(box);
        }
        host.setValue(name(meeting.host()));
        recorder.setValue(name(meeting.recorder()));
        lecturer.setValue(name(meeting.lecturer()));
        lecturer.disableProperty().bind(types.get(MeetingType.PARTY_LESSON).selectedProperty().not());
        theme.setId("meetingTheme");
        theme.setText(text(meeting.theme()));
        agenda.setText(String.join("\n", meeting.agenda()));
        agenda.setPromptText(i18n.text("meetings.editor.agendaPrompt"));
        tags.setId("meetingTags");
        tags.setText(String.join("、", meeting.tags()));
        tags.setPromptText(i18n.text("meetings.editor.tagsPrompt"));
        minutes.setText(text(meeting.minutes()));
        decisions.setText(text(meeting.decisions()));
        election.setId("meetingElection");
        election.setText(i18n.text("meetings.editor.election"));
        election.setSelected(meeting.election());

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, label("meetings.column.unit"), unit);
        HBox when = new HBox(6, Forms.dateField(date), time, new Label(i18n.text("meetings.editor.timeHint")));
        when.setAlignment(Pos.CENTER_LEFT);
        form.addRow(r++, label("meetings.column.heldAt"), when);
        form.addRow(r++, label("meetings.editor.place"), place);
        form.addRow(r++, label("meetings.column.types"), typeBoxes);
        form.addRow(r++, label("meetings.column.theme"), theme);
        HBox roles = new HBox(6, host, new Label(i18n.text("meetings.editor.recorder")), recorder,
                new Label(i18n.text("meetings.editor.lecturer")), lecturer);
        roles.setAlignment(Pos.CENTER_LEFT);
        form.addRow(r++, label("meetings.editor.host"), roles);
        form.addRow(r++, label("meetings.editor.agenda"), agenda);
        form.addRow(r++, label("meetings.column.tags"), tags);
        form.addRow(r++, label("meetings.editor.minutes"), minutes);
        form.addRow(r++, label("meetings.editor.decisions"), decisions);
        form.addRow(r++, new Label(), election);
        form.addRow(r, label("meetings.editor.nonVoting"), nonVotingPane(meeting.nonVotingAttendees()));
        unit.setMaxWidth(Double.MAX_VALUE);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);

        sheet.setEntries(meeting.attendance());
        Label sheetTitle = new Label(i18n.text("meetings.sheet.title"));
        sheetTitle.getStyleClass().add("section-heading");
        VBox sheetPane = new VBox(6, sheetTitle, sheet.root());
        if (recorded != null) {
            // the ledger gave numbers only: they stay until a sheet is filled in, which replaces them
            AttendanceCounts c = recorded.effective();
            Label note = new Label(i18n.format("meetings.editor.recordedNote", String.valueOf(c.expected()),
                    String.valueOf(c.present()), String.valueOf(c.onLeave()), String.valueOf(c.absent())));
            note.setId("recordedNote");
            note.setWrapText(true);
            note.getStyleClass().add("hint");
            Button fill = new Button(i18n.text("meetings.editor.fillSheet"));
            fill.setId("fillSheet");
            fill.setOnAction(e -> rebuildSheet());
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
        HBox buttons = new HBox(8, save, cancel);
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

        // the sheet follows who belonged to the unit on the day, for these types
        unit.valueProperty().addListener((obs, old, v) -> rebuildSheet());
        date.valueProperty().addListener((obs, old, v) -> rebuildSheet());
        types.values().forEach(b -> b.selectedProperty().addListener((obs, old, v) -> rebuildSheet()));
        sheet.table().getItems().addListener((javafx.collections.ListChangeListener<AttendanceSheet.Row>) c -> offerNames());
        offerNames();
    }

    /** The first field of the form (the unit), which takes the focus when the editor opens. */
    Node firstField() {
        return unit;
    }

    Node root() {
        return root;
    }

    private void rebuildSheet() {
        if (unit.getValue() == null || date.getValue() == null) {
            return;
        }
        sheet.rebuild(meetings.defaultSheet(unit.getValue().unit().id(), date.getValue(), chosenTypes()));
    }

    /** The host, recorder and lecturer lists offer the names on the sheet (a guest's name may be typed). */
    private void offerNames() {
        List<String> names = sheet.table().getItems().stream().map(r -> r.name).toList();
        for (ComboBox<String> box : List.of(host, recorder, lecturer)) {
            String value = box.getValue();
            box.getItems().setAll(names);
            box.setValue(value);
        }
    }

    private Set<MeetingType> chosenTypes() {
        Set<MeetingType> out = EnumSet.noneOf(MeetingType.class);
        types.forEach((t, box) -> {
            if (box.isSelected()) {
                out.add(t);
            }
        });
        return out;
    }

    private Node nonVotingPane(List<NonVotingAttendee> initial) {
        nonVoting.setId("nonVotingTable");
        nonVoting.getItems().setAll(initial);
        nonVoting.setPrefHeight(110);
        nonVoting.setPlaceholder(new Label(i18n.text("meetings.editor.nonVotingEmpty")));
        nonVoting.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<NonVotingAttendee, String> nameColumn = new TableColumn<>(i18n.text("meetings.sheet.name"));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<NonVotingAttendee, String> noteColumn = new TableColumn<>(i18n.text("meetings.editor.nonVotingNote"));
        noteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue().note())));
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
            String n = name.getText().strip();
            Integer memberId = meetings.memberId(n).orElse(null);
            nonVoting.getItems().add(new NonVotingAttendee(memberId, n, blankToNull(note.getText())));
            name.clear();
            note.clear();
        });
        Button remove = new Button(i18n.text("meetings.editor.nonVotingRemove"));
        remove.disableProperty().bind(nonVoting.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> nonVoting.getItems().remove(nonVoting.getSelectionModel().getSelectedItem()));
        HBox line = new HBox(6, name, note, add, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, nonVoting, line);
    }

    /** Builds the meeting, shows the quorum warnings (the clerk may save anyway) and saves it. */
    void save() {
        Meeting m;
        try {
            m = meeting();
        } catch (InputRejectedException e) {
            Dialogs.error(root, i18n.text("meetings.error.title"), e.getMessage());
            return;
        }
        try {
            List<String> warnings = meetings.warnings(m);
            if (!warnings.isEmpty() && !Dialogs.confirm(root, i18n.text("meetings.quorum.title"),
                    i18n.format("meetings.quorum.message", String.join("\n", warnings)))) {
                return;
            }
            Meetings.Saved saved = id == null ? meetings.record(m) : meetings.update(m);
            onSaved.accept(saved.id());
        } catch (InputRejectedException e) {
            Dialogs.error(root, i18n.text("meetings.error.title"), e.getMessage());
        }
    }

    private Meeting meeting() {
        if (unit.getValue() == null) {
            throw new InputRejectedException(i18n.text("meetings.error.unit"));
        }
        LocalDate day = date.getValue();
        if (day == null) {
            throw new InputRejectedException(i18n.text("meetings.error.date"));
        }
        LocalTime at;
        try {
            String t = time.getText() == null ? "" : time.getText().strip().replace('：', ':');
            at = t.isEmpty() ? LocalTime.of(9, 0) : t.matches(TIME_PATTERN)
                    ? LocalTime.parse(t.length() == 4 ? "0" + t : t) : null;
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null) {
            throw new InputRejectedException(i18n.format("meetings.error.time", time.getText()));
        }
        Map<String, Integer> ids = sheet.memberIdsByName();
        List<String> agendaItems = Arrays.stream(agenda.getText().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<String> tagSet = new LinkedHashSet<>();
        Arrays.stream(tags.getText().split("[、，,;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(tagSet::add);
        boolean lesson = types.get(MeetingType.PARTY_LESSON).isSelected();
        return new Meeting(id, unit.getValue().unit().id(), LocalDateTime.of(day, at), blankToNull(place.getText()),
                ref(host, ids), ref(recorder, ids), lesson ? ref(lecturer, ids) : null, theme.getText().strip(),
                chosenTypes(), agendaItems, tagSet, blankToNull(minutes.getText()), blankToNull(decisions.getText()),
                election.isSelected(), sheet.entries(), List.copyOf(nonVoting.getItems()), recorded);
    }

    /** A role as typed: a member of the sheet (or of the roster) by name, else a guest known by name. */
    private PersonRef ref(ComboBox<String> box, Map<String, Integer> ids) {
        String name = box.getEditor().getText() == null ? null : blankToNull(box.getEditor().getText());
        if (name == null) {
            return null;
        }
        Integer memberId = ids.containsKey(name) ? ids.get(name) : meetings.memberId(name).orElse(null);
        return new PersonRef(memberId, name);
    }

    private ComboBox<String> person(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setEditable(true);
        box.setPrefWidth(110);
        return box;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = org.partydesk.gui.common.Forms.tabMovesFocus(new TextArea());
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    private Label label(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String name(PersonRef p) {
        return p == null ? null : p.name();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
