package org.partydesk.gui.meetings;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

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
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.PersonRef;

/**
 * 三会一课: the meetings (会议记录) filtered by unit, type, year and quarter or month, and tag, with the
 * selected meeting shown beside the list (its facts, attendance and 佐证材料: add files or drop them
 * there); 新建 / 修改 open the {@link MeetingEditor} in place of the list. The second tab is the 红黄旗
 * {@link ComplianceMatrixPane}.
 */
public final class MeetingsSection implements Section {
    private static final String STYLESHEET = "/org/partydesk/gui/meetings/meetings.css";

    private final Shell shell;
    private final I18n i18n;
    private final ComboBox<Choice<Integer>> unit = new ComboBox<>();
    private final ComboBox<Choice<MeetingType>> type = new ComboBox<>();
    private final ComboBox<Choice<Integer>> year = new ComboBox<>();
    private final ComboBox<Choice<Integer>> period = new ComboBox<>();
    private final ComboBox<Choice<String>> tag = new ComboBox<>();
    private TableView<MeetingSummary> table;
    private final VBox detail = new VBox(8);
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    /** The filter, the list and the selected meeting, with every read and write (no controls). */
    private MeetingsModel model;
    /** The editor shown in place of the list, or null. */
    private MeetingEditor editor;
    private final TabPane tabs = new TabPane();
    private final Tab listTab = new Tab();
    private final Tab complianceTab = new Tab();
    private ComplianceMatrixPane compliance;

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
        model = new MeetingsModel(new Meetings(shell.workspace()), new EvidenceService(shell.workspace()),
                new Roster(shell.workspace()), shell, i18n);
        table = Tables.table("meetingTable", i18n.text("meetings.empty"),
                wide(Fit.sample(column("meetings.column.heldAt", 132, (MeetingSummary m) -> Fit.MINUTES.format(m.heldAt())), Fit.DATE_MINUTE)),
                wide(Fit.sample(column("meetings.column.unit", 150, (MeetingSummary m) -> model.unitName(m.orgUnitId())), "机关第十六党支部")),
                wide(column("meetings.column.types", 125, (MeetingSummary m) -> model.typesText(m.types()))),
                column("meetings.column.theme", 260, MeetingSummary::theme),
                column("meetings.column.tags", 70, (MeetingSummary m) -> String.join("、", m.tags())),
                fixed(column("meetings.column.expected", 64, (MeetingSummary m) -> model.expectedText(m.counts()))),
                fixed(column("meetings.column.present", 44, (MeetingSummary m) -> String.valueOf(m.counts().present()))),
                fixed(column("meetings.column.onLeave", 44, (MeetingSummary m) -> String.valueOf(m.counts().onLeave()))),
                fixed(column("meetings.column.absent", 44, (MeetingSummary m) -> String.valueOf(m.counts().absent()))));
        table.setItems(model.rows);
        // until the first list arrives, the empty table says it is being read (not that no meeting matches)
        ((Label) table.getPlaceholder()).textProperty().bind(javafx.beans.binding.Bindings.when(model.listed())
                .then(i18n.text("meetings.empty")).otherwise(i18n.text("meetings.loading") + "…"));
        // the table's selection and the model's selected row follow each other
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> {
            if (m != model.selectedRow().get()) {
                model.choose(m);
            }
        });
        model.selectedRow().addListener((obs, old, m) -> {
            if (m == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != m) {
                table.getSelectionModel().select(m);
                table.scrollTo(m);
            }
        });
        model.shown().addListener((obs, old, shown) -> showDetail(shown));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.selected() != null) {
                edit(model.selected());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.selected() != null) {
                edit(model.selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && model.selected() != null) {
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
        list.setTop(toolbar());
        status.textProperty().bind(model.status());
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        list.setBottom(status);

        compliance = new ComplianceMatrixPane(shell, model.today().getYear(), this::showMeetingsOf);
        model.firstYear().addListener((obs, old, y) -> compliance.startYear(y));
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
        showDetail(null);
        return root;
    }

    @Override
    public void onShow() {
        model.open();
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
        model.reveal(hit.id(), () -> {
            closeEditor();
            tabs.getSelectionModel().select(listTab);
        });
    }

    /** The list of a unit's meetings in a period (from a cell of the 红黄旗 matrix). */
    private void showMeetingsOf(int unitId, CompliancePeriod p) {
        model.showMeetingsOf(unitId, p);
        tabs.getSelectionModel().select(listTab);
    }

    @Override
    public boolean nextTourView(int index) {
        switch (index) {
            case 0 -> {
                MeetingSummary withLeave = model.tourMeeting();
                if (withLeave == null) {
                    return false;
                }
                model.load(withLeave.id(), this::edit);
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
            case 3 -> {
                return compliance.showFirstPending();
            }
            default -> {
                return false;
            }
        }
    }

    // ---- the list ---------------------------------------------------------------------------------------

    private javafx.scene.layout.VBox toolbar() {
        unit.setId("unitFilter");
        unit.setVisibleRowCount(16);
        type.setId("typeFilter");
        year.setId("yearFilter");
        period.setId("periodFilter");
        tag.setId("tagFilter");
        unit.setItems(model.units);
        type.setItems(model.types);
        year.setItems(model.years);
        period.setItems(model.periods);
        tag.setItems(model.tags);
        unit.valueProperty().bindBidirectional(model.unit);
        type.valueProperty().bindBidirectional(model.type);
        year.valueProperty().bindBidirectional(model.year);
        period.valueProperty().bindBidirectional(model.period);
        tag.valueProperty().bindBidirectional(model.tag);
        period.disableProperty().bind(model.everyYear());
        Button add = new Button(i18n.text("meetings.new"));
        add.setId("newMeeting");
        add.getStyleClass().add("primary");
        add.setOnAction(e -> newMeeting());
        Button edit = new Button(i18n.text("meetings.edit"));
        edit.setId("editMeeting");
        edit.disableProperty().bind(model.shown().isNull());
        edit.setOnAction(e -> edit(model.selected()));
        Button delete = new Button(i18n.text("meetings.delete"));
        delete.setId("deleteMeeting");
        delete.disableProperty().bind(model.shown().isNull());
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
        Meeting m = model.selected();
        if (m == null) {
            return;
        }
        VoidedMeetingsModel.VoidForm form = model.voiding().voidForm(m.id());
        VoidDialogs.confirmDelete(shell, Fit.MINUTES.format(m.heldAt()), m.theme(), form, close -> model.delete(form, () -> {
            close.run();
            recheckCompliance();
        }));
    }

    /** The voided meetings, each of which can be restored. */
    private void showVoided() {
        VoidDialogs.showVoided(shell, model.voiding(), model::unitName, () -> {
            model.refresh();
            recheckCompliance();
        });
    }

    /** The 红黄旗 again once it has been shown (the meetings changed). */
    private void recheckCompliance() {
        if (compliance.matrix() != null) {
            compliance.refresh();
        }
    }

    // ---- the selected meeting ---------------------------------------------------------------------------

    /** The meeting beside the list with its files (null: a hint that none is selected). */
    private void showDetail(MeetingsModel.Shown shown) {
        detail.getChildren().clear();
        if (shown == null) {
            Label hint = new Label(i18n.text("meetings.detail.none"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            detail.getChildren().add(hint);
            return;
        }
        Meeting m = shown.meeting();
        Label title = new Label(m.theme());
        title.setId("detailTheme");
        title.setWrapText(true);
        title.getStyleClass().add("page-title");
        GridPane facts = new GridPane();
        facts.getStyleClass().add("details");
        facts.setHgap(10);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "meetings.column.heldAt", Fit.MINUTES.format(m.heldAt()));
        r = fact(facts, r, "meetings.column.unit", model.unitName(m.orgUnitId()));
        r = fact(facts, r, "meetings.editor.place", m.place());
        r = fact(facts, r, "meetings.column.types", model.typesText(m.types()));
        r = fact(facts, r, "meetings.editor.host", name(m.host()));
        r = fact(facts, r, "meetings.editor.recorder", name(m.recorder()));
        r = fact(facts, r, "meetings.editor.lecturer", name(m.lecturer()));
        r = fact(facts, r, "meetings.column.tags", String.join("、", m.tags()));
        if (m.election()) {
            fact(facts, r, "meetings.editor.election", i18n.text("meetings.detail.yes"));
        }
        detail.getChildren().addAll(title, facts);
        Label counts = new Label(model.countsText(m.counts()));
        counts.setWrapText(true);
        counts.setId("detailCounts");
        counts.getStyleClass().add("sheet-counts");
        detail.getChildren().addAll(heading("meetings.sheet.title"), counts);
        for (AttendanceEntry a : m.attendance()) {
            if (a.status() != AttendanceStatus.PRESENT) {
                detail.getChildren().add(wrapped(absenceText(i18n, a, model.today())));
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

    /** A line of the details for someone absent or on leave: a make-up on a day still to come is 定于, not 已于. */
    static String absenceText(I18n i18n, AttendanceEntry a, LocalDate today) {
        if (a.status() == AttendanceStatus.ABSENT) {
            return a.leaveReason() == null ? i18n.format("meetings.detail.absent", a.name())
                    : i18n.format("meetings.detail.absentReason", a.name(), a.leaveReason());
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
        if (model.selected() != null && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean ok = model.selected() != null && event.getDragboard().hasFiles();
        if (ok) {
            addEvidence(event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }

    /** Adds files linked to the selected meeting, in the background (a refused file adds nothing). */
    public void addEvidence(List<Path> files) {
        model.addEvidence(files);
    }

    // ---- editing ----------------------------------------------------------------------------------------

    /** 新建会议: for the unit chosen in the filter (else the first branch), today at 9:00. */
    private void newMeeting() {
        model.newMeeting(this::open, () -> Dialogs.info(root, i18n.text("meetings.new"), i18n.text("meetings.error.noUnits")));
    }

    private void edit(Meeting m) {
        open(model.editor(m));
    }

    /** The editor in place of the list; after a save the list shows the saved meeting, in its year, and the 红黄旗 are checked again. */
    private void open(MeetingEditorModel editorModel) {
        editor = new MeetingEditor(editorModel, i18n, id -> {
            model.saved(id);
            recheckCompliance(); // the 红黄旗 follow the saved meeting without 重新检查
        }, this::closeEditor);
        root.setCenter(editor.root());
        CjkFonts.apply(root);
        root.applyCss(); // the editor's fields join the scene with their skins (it scrolls)
        root.layout();
        editor.firstField().requestFocus(); // not the search box: the clerk types the meeting at once
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
