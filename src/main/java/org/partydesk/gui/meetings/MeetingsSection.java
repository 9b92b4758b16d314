package org.partydesk.gui.meetings;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.app.search.Hit;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PersonRef;

/**
 * 三会一课: the meetings (会议记录) filtered by unit, type, year and quarter or month, and tag, with the
 * selected meeting shown beside the list (its facts, attendance and 佐证材料: add files or drop them
 * there); 新建 / 修改 open the {@link MeetingEditor} in place of the list. The second tab is the 红黄旗
 * {@link ComplianceMatrixPane}.
 */
public final class MeetingsSection implements Section {
    private static final String STYLESHEET = "/org/partydesk/gui/meetings/meetings.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int YEARS_BACK = 9;

    private final Shell shell;
    /** The units in tree order, as of the last {@link #onShow()} (the filter and the editor offer them). */
    private List<MeetingEditorModel.UnitChoice> units = List.of();
    private final I18n i18n;
    private Meetings meetings;
    private EvidenceService evidence;
    private Roster roster;
    private final ComboBox<Choice<Integer>> unit = new ComboBox<>();
    private final ComboBox<Choice<MeetingType>> type = new ComboBox<>();
    private final ComboBox<Choice<Integer>> year = new ComboBox<>();
    private final ComboBox<Choice<Integer>> period = new ComboBox<>();
    private final ComboBox<Choice<String>> tag = new ComboBox<>();
    private final ObservableList<MeetingSummary> rows = FXCollections.observableArrayList();
    private TableView<MeetingSummary> table;
    private final VBox detail = new VBox(8);
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    /** The list's filter, reads and status line (no JavaFX). */
    private MeetingListModel listModel;
    /** The editor shown in place of the list, or null. */
    private MeetingEditor editor;
    private final TabPane tabs = new TabPane();
    private final Tab listTab = new Tab();
    private final Tab complianceTab = new Tab();
    private final Map<Integer, String> unitNames = new HashMap<>();
    private ComplianceMatrixPane compliance;
    private Meeting selected;
    private VoidedMeetingsModel voiding;
    private boolean filling;

    public MeetingsSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
    }

    @Override
    public String id() {
        return Sections.MEETINGS;
    }

    @Override
    public String titleKey() {
        return "section.meetings";
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut("Ctrl+N", i18n.text("meetings.help.new")),
                new Shortcut("Enter", i18n.text("meetings.help.open")),
                new Shortcut("Delete", i18n.text("meetings.help.delete")),
                new Shortcut("↑ ↓", i18n.text("meetings.help.move")),
                new Shortcut("1 / C", i18n.label(AttendanceStatus.PRESENT)),
                new Shortcut("2 / J", i18n.text("meetings.help.leave")),
                new Shortcut("3 / Q", i18n.label(AttendanceStatus.ABSENT)),
                new Shortcut("Enter", i18n.text("meetings.help.next")));
    }

    @Override
    public Node view() {
        meetings = new Meetings(shell.workspace());
        listModel = new MeetingListModel(meetings, i18n);
        voiding = new VoidedMeetingsModel(meetings);
        evidence = new EvidenceService(shell.workspace());
        roster = new Roster(shell.workspace());
        int thisYear = meetings.today().getYear();
        table = Tables.table("meetingTable", i18n.text("meetings.empty"),
                fixed(column("meetings.column.heldAt", 132, (MeetingSummary m) -> WHEN.format(m.heldAt()))),
                wide(column("meetings.column.unit", 150, (MeetingSummary m) -> unitName(m.orgUnitId()))),
                wide(column("meetings.column.types", 125, (MeetingSummary m) -> typesText(m.types()))),
                column("meetings.column.theme", 260, MeetingSummary::theme),
                column("meetings.column.tags", 70, (MeetingSummary m) -> String.join("、", m.tags())),
                fixed(column("meetings.column.expected", 64, (MeetingSummary m) -> expectedText(m.counts()))),
                fixed(column("meetings.column.present", 44, (MeetingSummary m) -> String.valueOf(m.counts().present()))),
                fixed(column("meetings.column.onLeave", 44, (MeetingSummary m) -> String.valueOf(m.counts().onLeave()))),
                fixed(column("meetings.column.absent", 44, (MeetingSummary m) -> String.valueOf(m.counts().absent()))));
        table.setItems(rows);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> showMeeting(m));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null) {
                edit(selected);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                edit(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected != null) {
                deleteSelected();
                e.consume();
            }
        });
        javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(i18n.text("meetings.delete"));
        deleteItem.setId("deleteMeetingItem");
        deleteItem.setOnAction(e -> deleteSelected());
        table.setContextMenu(new javafx.scene.control.ContextMenu(deleteItem));
        detail.setId("meetingDetail");
        detail.getStyleClass().add("meeting-detail");
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setOnDragOver(this::dragOver);
        detailScroll.setOnDragDropped(this::dropped);
        SplitPane split = new SplitPane(table, detailScroll);
        split.setDividerPositions(0.72);
        BorderPane list = new BorderPane(split);
        list.setTop(toolbar(thisYear));
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        list.setBottom(status);

        compliance = new ComplianceMatrixPane(shell, initialYear(thisYear), this::showMeetingsOf);
        listTab.setText(i18n.text("meetings.tab.list"));
        listTab.setId("meetingsListTab");
        listTab.setContent(list);
        complianceTab.setText(i18n.text("meetings.tab.compliance"));
        complianceTab.setId("complianceTab");
        complianceTab.setContent(compliance.root());
        tabs.getTabs().setAll(listTab, complianceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, t) -> {
            if (t == complianceTab && compliance.matrix() == null) {
                compliance.refresh();
            }
        });
        root.setCenter(tabs);
        root.getStyleClass().add("meetings-view");
        root.getStylesheets().addAll(Forms.screensStylesheet(),
                MeetingsSection.class.getResource(STYLESHEET).toExternalForm());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N && root.getCenter() == tabs) {
                newMeeting();
                e.consume();
            }
        });
        CjkFonts.apply(root);
        showMeeting(null);
        return root;
    }

    @Override
    public void onShow() {
        fillUnits();
        fillTags();
        refresh();
        if (compliance.matrix() != null) {
            compliance.refresh(); // the rules or the meetings may have changed elsewhere
        }
    }

    /** The list of meetings (its keys: Enter, Delete, Ctrl+N), or the editor's first field while it is open. */
    @Override
    public Node focusTarget() {
        return root.getCenter() == tabs ? table : editor == null ? null : editor.firstField();
    }

    @Override
    public void reveal(Hit hit) {
        meetings.load(hit.id()).ifPresent(m -> {
            closeEditor();
            tabs.getSelectionModel().select(listTab);
            filling = true;
            unit.getSelectionModel().selectFirst();
            type.getSelectionModel().selectFirst();
            tag.getSelectionModel().selectFirst();
            period.getSelectionModel().selectFirst();
            selectYear(m.heldAt().getYear());
            filling = false;
            refresh(m.id(), null);
        });
    }

    /** The list of a unit's meetings in a period (from a cell of the 红黄旗 matrix); its cells' meetings are not included. */
    private void showMeetingsOf(int unitId, CompliancePeriod p) {
        filling = true;
        unit.setValue(unit.getItems().stream().filter(c -> Objects.equals(c.value(), unitId)).findFirst().orElseGet(() -> {
            Choice<Integer> ended = new Choice<>(unitId, unitName(unitId)); // a unit that no longer exists today
            unit.getItems().add(ended);
            return ended;
        }));
        type.getSelectionModel().selectFirst();
        tag.getSelectionModel().selectFirst();
        selectYear(p.year());
        Integer part = p.month() != null ? p.month() : p.quarter() != null ? -p.quarter() : null;
        period.getItems().stream().filter(c -> Objects.equals(c.value(), part)).findFirst().ifPresent(period::setValue);
        filling = false;
        selected = null;
        refresh();
        tabs.getSelectionModel().select(listTab);
    }

    @Override
    public boolean nextTourView(int index) {
        switch (index) {
            case 0 -> {
                MeetingSummary withLeave = rows.stream().filter(m -> m.counts().onLeave() > 0 && m.counts().absent() > 0)
                        .reduce((a, b) -> b).orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1));
                if (withLeave == null) {
                    return false;
                }
                meetings.load(withLeave.id()).ifPresent(this::edit);
                return true;
            }
            case 1 -> {
                closeEditor();
                tabs.getSelectionModel().select(complianceTab);
                return true;
            }
            case 2 -> {
                return compliance.showFirstShortfall();
            }
            default -> {
                return false;
            }
        }
    }

    // ---- the list ---------------------------------------------------------------------------------------

    private javafx.scene.layout.VBox toolbar(int thisYear) {
        unit.setId("unitFilter");
        unit.setVisibleRowCount(16);
        type.setId("typeFilter");
        type.getItems().add(new Choice<>(null, i18n.text("meetings.filter.allTypes")));
        for (MeetingType t : MeetingType.values()) {
            type.getItems().add(new Choice<>(t, i18n.label(t)));
        }
        type.getSelectionModel().selectFirst();
        year.setId("yearFilter");
        year.getItems().add(new Choice<>(null, i18n.text("meetings.filter.allYears")));
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            year.getItems().add(new Choice<>(y, i18n.format("meetings.filter.yearValue", String.valueOf(y))));
        }
        selectYear(initialYear(thisYear));
        period.setId("periodFilter");
        period.getItems().add(new Choice<>(null, i18n.text("meetings.filter.wholeYear")));
        for (int q = 1; q <= 4; q++) {
            period.getItems().add(new Choice<>(-q, i18n.format("meetings.matrix.quarter", String.valueOf(q))));
        }
        for (int m = 1; m <= 12; m++) {
            period.getItems().add(new Choice<>(m, i18n.format("meetings.matrix.month", String.valueOf(m))));
        }
        period.getSelectionModel().selectFirst();
        period.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> year.getValue() == null || year.getValue().value() == null, year.valueProperty()));
        tag.setId("tagFilter");
        for (ComboBox<?> box : List.of(unit, type, year, period, tag)) {
            box.valueProperty().addListener((obs, old, v) -> {
                if (!filling) {
                    refresh();
                }
            });
        }
        Button add = new Button(i18n.text("meetings.new"));
        add.setId("newMeeting");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> newMeeting());
        Button edit = new Button(i18n.text("meetings.edit"));
        edit.setId("editMeeting");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(selected));
        Button delete = new Button(i18n.text("meetings.delete"));
        delete.setId("deleteMeeting");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        Button voided = new Button(i18n.text("meetings.voided"));
        voided.setId("voidedMeetings");
        voided.setOnAction(e -> showVoided());
        // the actions in a row of their own: beside the filters they fell into the toolbar's overflow menu
        FlowPane actions = Fit.toolbar(add, edit, delete, new Separator(), voided);
        FlowPane filters = Fit.toolbar(new Label(i18n.text("meetings.column.unit")), unit,
                new Label(i18n.text("meetings.column.types")), type,
                new Label(i18n.text("meetings.filter.period")), year, period,
                new Label(i18n.text("meetings.column.tags")), tag);
        return new javafx.scene.layout.VBox(actions, filters);
    }

    // ---- 作废 and 已作废 -----------------------------------------------------------------------------------

    /** Asks for the reason and whether the evidence links stay (default: kept), then deletes the selected meeting. */
    private void deleteSelected() {
        Meeting m = selected;
        if (m == null) {
            return;
        }
        VoidDialogs.confirmDelete(shell, WHEN.format(m.heldAt()), m.theme()).ifPresent(answer ->
                shell.run("meetings.deleting", voiding.delete(m.id(), answer.reason(), answer.keepEvidence()), done -> {
                    selected = null;
                    refresh();
                    if (compliance.matrix() != null) {
                        compliance.refresh();
                    }
                }));
    }

    /** The voided meetings, each of which can be restored. */
    private void showVoided() {
        VoidDialogs.showVoided(shell, voiding, this::unitName, () -> {
            refresh();
            if (compliance.matrix() != null) {
                compliance.refresh();
            }
        });
    }

    /** This year, or the year of the last meeting when there is none this year yet (e.g. a sample of an earlier year). */
    private int initialYear(int thisYear) {
        int last = meetings.lastMeetingDay().map(LocalDate::getYear).orElse(thisYear);
        return Math.min(last, thisYear);
    }

    private void selectYear(int y) {
        year.getItems().stream().filter(c -> Objects.equals(c.value(), y)).findFirst().ifPresentOrElse(year::setValue, () -> {
            Choice<Integer> c = new Choice<>(y, i18n.format("meetings.filter.yearValue", String.valueOf(y)));
            year.getItems().add(c);
            year.setValue(c);
        });
    }

    /** The units in tree order (indented), keeping the chosen one; and every unit's name for the table. */
    private void fillUnits() {
        unitNames.clear();
        meetings.units().forEach(u -> unitNames.put(u.id(), u.name()));
        Integer chosen = unit.getValue() == null ? null : unit.getValue().value();
        List<Choice<Integer>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, i18n.text("meetings.filter.allUnits")));
        units = unitChoices();
        units.forEach(u -> choices.add(new Choice<>(u.unit().id(), u.toString())));
        filling = true;
        unit.getItems().setAll(choices);
        unit.setValue(choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst().orElse(choices.get(0)));
        filling = false;
    }

    private void fillTags() {
        showTags(meetings.tags());
    }

    /** The tag filter offers these tags, keeping the chosen one. */
    private void showTags(List<String> tags) {
        String chosen = tag.getValue() == null ? null : tag.getValue().value();
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, i18n.text("meetings.filter.allTags")));
        tags.forEach(t -> choices.add(new Choice<>(t, t)));
        filling = true;
        tag.getItems().setAll(choices);
        tag.setValue(choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst().orElse(choices.get(0)));
        filling = false;
    }

    /** The units that hold meetings, as they stand today, in tree order and indented by depth. */
    private List<MeetingEditorModel.UnitChoice> unitChoices() {
        List<MeetingEditorModel.UnitChoice> out = new ArrayList<>();
        roster.tree().forEach(n -> collect(n, 0, out));
        return out;
    }

    private static void collect(OrgNode node, int depth, List<MeetingEditorModel.UnitChoice> out) {
        out.add(new MeetingEditorModel.UnitChoice(node.unit(), depth));
        node.children().forEach(c -> collect(c, depth + 1, out));
    }

    /** What the filter row chose. */
    private MeetingListModel.Choice choice() {
        return new MeetingListModel.Choice(unit.getValue() == null ? null : unit.getValue().value(),
                type.getValue() == null ? null : type.getValue().value(),
                year.getValue() == null ? null : year.getValue().value(),
                period.getValue() == null ? null : period.getValue().value(),
                tag.getValue() == null ? null : tag.getValue().value());
    }

    /** Reloads the list in the background, newest first, keeping the selected meeting. */
    private void refresh() {
        refresh(null, null);
    }

    /**
     * Reloads the list through the shell's executor, newest first; then selects {@code selectId} (null: the
     * meeting selected before, else the newest) and, when given, says {@code statusKey} in the status line.
     */
    private void refresh(Integer selectId, String statusKey) {
        if (meetings == null) {
            return;
        }
        Integer keep = selectId != null ? selectId : selected == null ? null : selected.id();
        MeetingListModel.Choice c = choice();
        shell.load("meetings.loading", p -> listModel.read(c), listing -> {
            rows.setAll(listing.meetings());
            status.setText(listModel.status(listing));
            if (keep != null) {
                select(keep);
            } else {
                selectNewest();
            }
            if (statusKey != null) {
                status.setText(i18n.text(statusKey));
            }
        });
    }

    private void select(int meetingId) {
        rows.stream().filter(m -> m.id() == meetingId).findFirst().ifPresentOrElse(m -> {
            table.getSelectionModel().select(m);
            table.scrollTo(m);
        }, this::selectNewest);
    }

    /** The newest meeting of the list is shown beside it (nothing when the list is empty). */
    private void selectNewest() {
        if (rows.isEmpty()) {
            table.getSelectionModel().clearSelection();
            showMeeting(null);
        } else {
            table.getSelectionModel().clearAndSelect(0);
            table.scrollTo(0);
        }
    }

    // ---- the selected meeting ---------------------------------------------------------------------------

    /** A meeting read for the details beside the list, with its 佐证材料. */
    private record Shown(Meeting meeting, List<EvidenceItem> files) {
    }

    /**
     * Reads the meeting of the list's row (and its files) through the shell's executor and shows it beside the
     * list; until it arrives no meeting is selected for 修改 or 删除. What arrives for a row no longer selected
     * is dropped.
     */
    private void showMeeting(MeetingSummary summary) {
        selected = null;
        if (summary == null) {
            showDetail(null);
            return;
        }
        int id = summary.id();
        shell.load("meetings.loading", p -> meetings.load(id)
                .map(m -> new Shown(m, evidence.linkedTo(EvidenceRecordType.MEETING, id))).orElse(null), shown -> {
                    MeetingSummary now = table.getSelectionModel().getSelectedItem();
                    if (now != null && now.id() == id) {
                        showDetail(shown);
                    }
                });
    }

    private void showDetail(Shown shown) {
        selected = shown == null ? null : shown.meeting();
        detail.getChildren().clear();
        if (selected == null) {
            Label hint = new Label(i18n.text("meetings.detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            detail.getChildren().add(hint);
            return;
        }
        Meeting m = selected;
        Label title = new Label(m.theme());
        title.setId("detailTheme");
        title.setWrapText(true);
        title.getStyleClass().add("page-title");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("details");
        facts.setHgap(10);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "meetings.column.heldAt", WHEN.format(m.heldAt()));
        r = fact(facts, r, "meetings.column.unit", unitName(m.orgUnitId()));
        r = fact(facts, r, "meetings.editor.place", m.place());
        r = fact(facts, r, "meetings.column.types", typesText(m.types()));
        r = fact(facts, r, "meetings.editor.host", name(m.host()));
        r = fact(facts, r, "meetings.editor.recorder", name(m.recorder()));
        r = fact(facts, r, "meetings.editor.lecturer", name(m.lecturer()));
        r = fact(facts, r, "meetings.column.tags", String.join("、", m.tags()));
        if (m.election()) {
            fact(facts, r, "meetings.editor.election", i18n.text("meetings.detail.yes"));
        }
        detail.getChildren().addAll(title, facts);
        Label counts = new Label(countsText(m.counts()));
        counts.setWrapText(true);
        counts.setId("detailCounts");
        counts.getStyleClass().add("sheet-counts");
        detail.getChildren().addAll(heading("meetings.sheet.title"), counts);
        for (AttendanceEntry a : m.attendance()) {
            if (a.status() != AttendanceStatus.PRESENT) {
                detail.getChildren().add(wrapped(absenceText(i18n, a, meetings.today())));
            }
        }
        if (!m.nonVotingAttendees().isEmpty()) {
            detail.getChildren().add(wrapped(i18n.format("meetings.detail.nonVoting", m.nonVotingAttendees().stream()
                    .map(n -> n.note() == null ? n.name() : n.name() + "（" + n.note() + "）")
                    .collect(Collectors.joining("、")))));
        }
        block("meetings.editor.agenda", m.agenda().isEmpty() ? null : numbered(m.agenda()));
        block("meetings.editor.minutes", m.minutes());
        block("meetings.editor.decisions", m.decisions());
        evidencePane(shown.files());
    }

    /** 应到 … 缺席 of a meeting; figures kept from its ledger (no sheet) are marked 按台账人数. */
    String countsText(AttendanceCounts c) {
        String text = i18n.format("meetings.sheet.counts", String.valueOf(c.expected()), String.valueOf(c.present()),
                String.valueOf(c.onLeave()), String.valueOf(c.absent()));
        return c.recorded() ? text + i18n.text("meetings.detail.recordedCounts") : text;
    }

    /** The 应到 cell of the list: marked when the figures are the ledger's (按台账人数). */
    private String expectedText(AttendanceCounts c) {
        return c.recorded() ? i18n.format("meetings.column.recordedCell", String.valueOf(c.expected()))
                : String.valueOf(c.expected());
    }

    /** A line of the details for someone absent or on leave: a make-up on a day still to come is 定于, not 已于. */
    static String absenceText(I18n i18n, AttendanceEntry a, java.time.LocalDate today) {
        if (a.status() == AttendanceStatus.ABSENT) {
            return i18n.format("meetings.detail.absent", a.name());
        }
        String reason = a.leaveReason() == null ? i18n.text("meetings.detail.noReason") : a.leaveReason();
        if (a.makeUpOn() == null) {
            return i18n.format("meetings.detail.leaveNoMakeUp", a.name(), reason);
        }
        // a make-up planned for a day still to come has not happened yet
        return i18n.format(a.makeUpOn().isAfter(today) ? "meetings.detail.leavePlanned" : "meetings.detail.leave",
                a.name(), reason, a.makeUpOn().toString());
    }

    private void evidencePane(List<EvidenceItem> linked) {
        ListView<EvidenceItem> files = new ListView<>();
        files.setId("meetingEvidence");
        files.setPrefHeight(110);
        files.setPlaceholder(new Label(i18n.text("meetings.evidence.empty")));
        files.getItems().setAll(linked);
        files.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.caption() == null ? item.originalName()
                        : item.originalName() + " · " + item.caption());
            }
        });
        Button add = new Button(i18n.text("meetings.evidence.add"));
        add.setId("addMeetingEvidence");
        add.setOnAction(e -> chooseEvidence());
        Label hint = new Label(i18n.text("meetings.evidence.dropHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        FlowPane line = Fit.row(add, hint);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        detail.getChildren().addAll(heading("meetings.evidence.title"), files, line);
    }

    private void chooseEvidence() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("meetings.evidence.add"));
        List<File> files = chooser.showOpenMultipleDialog(shell.window());
        if (files != null && !files.isEmpty()) {
            addEvidence(files.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent event) {
        if (selected != null && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean ok = selected != null && event.getDragboard().hasFiles();
        if (ok) {
            addEvidence(event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }

    /** Adds files linked to the selected meeting, in the background (a refused file adds nothing). */
    public void addEvidence(List<Path> files) {
        if (selected == null || files.isEmpty()) {
            return;
        }
        int meetingId = selected.id();
        shell.run("meetings.evidence.adding", p -> evidence.addFiles(files, EvidenceRecordType.MEETING, meetingId, p),
                ids -> {
                    status.setText(i18n.format("meetings.evidence.added", String.valueOf(ids.size())));
                    select(meetingId);
                    if (selected != null && selected.id() == meetingId) {
                        showMeeting(table.getSelectionModel().getSelectedItem());
                    }
                });
    }

    // ---- editing ----------------------------------------------------------------------------------------

    /** 新建会议: for the unit chosen in the filter (else the first branch), today at 9:00. */
    private void newMeeting() {
        Integer unitId = unit.getValue() == null ? null : unit.getValue().value();
        if (unitId == null) {
            unitId = units.stream().map(MeetingEditorModel.UnitChoice::unit).filter(u -> u.kind() == OrgKind.BRANCH)
                    .map(OrgUnit::id).findFirst().orElse(units.isEmpty() ? null : units.get(0).unit().id());
        }
        if (unitId == null) {
            org.partydesk.gui.common.Dialogs.info(root, i18n.text("meetings.new"), i18n.text("meetings.error.noUnits"));
            return;
        }
        Set<MeetingType> types = EnumSet.noneOf(MeetingType.class);
        if (type.getValue() != null && type.getValue().value() != null) {
            types.add(type.getValue().value());
        }
        LocalDateTime when = meetings.today().atTime(9, 0);
        Meeting fresh = new Meeting(null, unitId, when, null, null, null, null, "", types, List.of(), Set.of(), null,
                null, false, meetings.defaultSheet(unitId, when.toLocalDate(), types), List.<NonVotingAttendee>of());
        edit(fresh);
    }

    private void edit(Meeting m) {
        editor = new MeetingEditor(new MeetingEditorModel(meetings, i18n, m, units), i18n, this::saved, this::closeEditor);
        root.setCenter(editor.root());
        CjkFonts.apply(root);
        root.applyCss(); // the editor's fields join the scene with their skins (it scrolls)
        root.layout();
        editor.firstField().requestFocus(); // not the search box: the clerk types the meeting at once
    }

    /** What the list needs after a save: the tags (a new one may have been typed) and the year of the meeting. */
    private record AfterSave(List<String> tags, Integer year) {
    }

    /** After a save (read through the shell's executor): the list shows the saved meeting, in its year. */
    private void saved(int meetingId) {
        selected = null;
        shell.load("meetings.loading", p -> new AfterSave(meetings.tags(),
                meetings.load(meetingId).map(m -> m.heldAt().getYear()).orElse(null)), after -> {
                    showTags(after.tags());
                    Integer y = year.getValue() == null ? null : year.getValue().value();
                    if (after.year() != null && y != null && !y.equals(after.year())) {
                        filling = true;
                        selectYear(after.year());
                        period.getSelectionModel().selectFirst();
                        filling = false;
                    }
                    refresh(meetingId, "meetings.saved");
                });
    }

    private void closeEditor() {
        editor = null;
        if (root.getCenter() != tabs) {
            root.setCenter(tabs);
        }
        table.requestFocus();
    }

    // ---- texts ------------------------------------------------------------------------------------------

    private int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("field-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, l, v);
        return row + 1;
    }

    private void block(String key, String text) {
        if (text != null && !text.isBlank()) {
            detail.getChildren().addAll(heading(key), wrapped(text));
        }
    }

    private Label heading(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("section-heading");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static String numbered(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        return b.toString();
    }

    private String unitName(int id) {
        return unitNames.getOrDefault(id, "");
    }

    private String typesText(Set<MeetingType> types) {
        return types.stream().map(i18n::label).collect(Collectors.joining("、"));
    }

    private static String name(PersonRef p) {
        return p == null ? null : p.name();
    }

    /** A column that keeps its width (dates and counts must not be cut). */
    private static <T> javafx.scene.control.TableColumn<T, String> fixed(javafx.scene.control.TableColumn<T, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth() + 20);
        return c;
    }

    /** A column that may grow but not shrink below its width (branch names such as 机关第十六党支部). */
    private static <T> javafx.scene.control.TableColumn<T, String> wide(javafx.scene.control.TableColumn<T, String> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    private <T> javafx.scene.control.TableColumn<T, String> column(String key, double width,
                                                                    java.util.function.Function<T, String> value) {
        return Tables.column(i18n.text(key), width, value);
    }
}
