package org.partydesk.gui.responsibility;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.org.Roster;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;

/**
 * 责任清单 screen: the lists of a year as a tree (list → category → content → measure) with 责任主体,
 * 责任人, 时间节点, a coloured status and 完成率, all as of a date; the deadlines due within 30 days and the
 * missed ones; 完成率 per list and per owner; and, for the selected item, its 纪实 timeline with buttons to
 * add a record, correct one, and attach 佐证材料. "复制到下一年" copies the year's lists.
 */
public final class ResponsibilityView {
    private static final String STYLESHEET = "/org/partydesk/gui/responsibility/responsibility.css";
    private static final int YEARS_BACK = 4;

    /** A row of the tree: a list (item null) or an item of it, with its number such as 1.2.3. */
    private record Row(ListProgress list, ItemProgress item, String number) {
    }

    private final Responsibilities responsibilities;
    private final ResponsibilityModel model;
    private final EvidenceService evidence;
    private final I18n i18n;
    private final Background background;
    private final LocalDate today;

    private final ComboBox<Integer> year = new ComboBox<>();
    private final DatePicker asOf = Forms.isoDates(new DatePicker());
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final ObservableList<DeadlineAlert> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<DeadlineAlert> overdue = FXCollections.observableArrayList();
    private final Tab allTab = new Tab();
    private final Tab dueSoonTab = new Tab();
    private final Tab overdueTab = new Tab();
    private final Tab lettersTab = new Tab();
    private final LettersPane letters;
    private final ObservableList<ListStats> perList = FXCollections.observableArrayList();
    private final ObservableList<ListStats> perOwner = FXCollections.observableArrayList();
    private final Label itemTitle = new Label();
    private final ListView<ResponsibilityModel.RecordRow> records = new ListView<>();
    private final Button addRecord = new Button();
    private final Button correct = new Button();
    private final Button addEvidence = new Button();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    /** The leaf item whose records are shown, or null. */
    private ResponsibilityItem current;

    /** The screen over {@code ws}; its reads and work run through {@code background} (the shell's executor). */
    public ResponsibilityView(Workspace ws, I18n i18n, Background background) {
        this.responsibilities = new Responsibilities(ws);
        this.model = new ResponsibilityModel(responsibilities);
        this.evidence = new EvidenceService(ws);
        this.i18n = i18n;
        this.background = background;
        this.today = new Roster(ws).today();
        this.letters = new LettersPane(responsibilities, i18n,
                (letterId, after) -> attachFiles(EvidenceRecordType.RESPONSIBILITY_LETTER, letterId, after));

        root.setTop(toolbar());
        SplitPane left = new SplitPane(tabs(), summary());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.72);
        SplitPane split = new SplitPane(left, recordPane());
        split.setDividerPositions(0.64);
        root.setCenter(split);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        root.getStyleClass().add("responsibility-view");
        root.getStylesheets().addAll(Forms.screensStylesheet(),
                ResponsibilityView.class.getResource(STYLESHEET).toExternalForm());
        CjkFonts.apply(root);
        showItem(null);
        refresh();
    }

    public Node root() {
        return root;
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private FlowPane toolbar() {
        year.setId("yearChooser");
        for (int y = today.getYear() - YEARS_BACK; y <= today.getYear() + 1; y++) {
            year.getItems().add(y);
        }
        year.setValue(today.getYear());
        year.valueProperty().addListener((obs, old, value) -> refresh());
        asOf.setId("asOfDate");
        asOf.setEditable(true);
        asOf.setValue(today);
        asOf.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                refresh();
            }
        });
        Button copy = new Button(i18n.text("responsibility.copy.button"));
        copy.setId("copyYearButton");
        copy.setOnAction(e -> copyYear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return Fit.toolbar(new Label(i18n.text("responsibility.year")), year,
                new Label(i18n.text("responsibility.asOf")), asOf, gap, copy);
    }

    private TabPane tabs() {
        buildTree();
        allTab.setContent(tree);
        dueSoonTab.setContent(alertTable("dueSoonTable", dueSoon, "responsibility.dueSoon.empty"));
        overdueTab.setContent(alertTable("overdueTable", overdue, "responsibility.overdue.empty"));
        allTab.setId("allTab");
        dueSoonTab.setId("dueSoonTab");
        overdueTab.setId("overdueTab");
        lettersTab.setContent(letters.root());
        lettersTab.setText(i18n.format("responsibility.tab.letters", "0"));
        letters.countProperty().addListener((obs, old, n) ->
                lettersTab.setText(i18n.format("responsibility.tab.letters", String.valueOf(n))));
        lettersTab.setId("lettersTab");
        allTab.setText(i18n.text("responsibility.tab.all"));
        TabPane pane = new TabPane(allTab, dueSoonTab, overdueTab, lettersTab);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    private void buildTree() {
        tree.setId("responsibilityTree");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(tree);
        tree.setPlaceholder(new Label(i18n.text("responsibility.tree.empty")));
        TreeTableColumn<Row, ItemStatus> statusColumn = new TreeTableColumn<>(i18n.text("responsibility.column.status"));
        statusColumn.setId("status");
        statusColumn.setPrefWidth(70);
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().getValue().item() == null ? null : cell.getValue().getValue().item().status()));
        statusColumn.setCellFactory(column -> new StatusCell());
        tree.getColumns().addAll(List.of(
                treeColumn("content", 360, this::contentOf),
                treeColumn("owner", 110, r -> r.item() == null ? r.list().ownerName() : text(r.item().item().ownerText())),
                treeColumn("responsible", 100, r -> r.item() == null ? "" : text(r.item().item().responsibleText())),
                treeColumn("deadline", 190, this::deadlineOf),
                statusColumn,
                treeColumn("rate", 70, r -> r.item() == null ? rate(r.list().completion().completionRate())
                        : r.item().children().isEmpty() ? "" : rate(r.item().completion().completionRate()))));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                Row row = selected.getValue();
                showItem(row.item() == null ? null : row.item());
            }
        });
    }

    private TreeTableColumn<Row, String> treeColumn(String id, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(i18n.text("responsibility.column." + id));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        return c;
    }

    /** The status of an item in words, coloured by the style class {@code status-done} etc. */
    private final class StatusCell extends TreeTableCell<Row, ItemStatus> {
        @Override
        protected void updateItem(ItemStatus value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeIf(c -> c.startsWith("status-"));
            if (empty || value == null) {
                setText(null);
            } else {
                setText(statusText(value));
                getStyleClass().add(statusClass(value));
            }
        }
    }

    private TableView<DeadlineAlert> alertTable(String id, ObservableList<DeadlineAlert> rows, String emptyKey) {
        TableView<DeadlineAlert> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(i18n.text(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.getColumns().addAll(List.of(
                tableColumn("responsibility.column.list", 160, (DeadlineAlert a) -> a.list().name()),
                tableColumn("responsibility.column.content", 300, (DeadlineAlert a) -> a.item().text()),
                tableColumn("responsibility.column.responsible", 100, (DeadlineAlert a) -> text(a.item().responsibleText())),
                tableColumn("responsibility.column.deadline", 150, (DeadlineAlert a) ->
                        i18n.format("responsibility.deadline.label", a.deadline().label(), a.deadline().dueOn().toString()))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, alert) -> {
            if (alert != null) {
                showLeaf(alert.item());
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> tableColumn(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private Node summary() {
        TableView<ListStats> lists = statsTable("statsPerList", perList,
                tableColumn("responsibility.column.list", 180, ListStats::listName));
        TableView<ListStats> owners = statsTable("statsPerOwner", perOwner,
                tableColumn("responsibility.column.owner", 120, ListStats::ownerName));
        VBox listBox = new VBox(new Label(i18n.text("responsibility.summary.perList")), lists);
        VBox ownerBox = new VBox(new Label(i18n.text("responsibility.summary.perOwner")), owners);
        listBox.getStyleClass().add("screen-section");
        ownerBox.getStyleClass().add("screen-section");
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox.setVgrow(owners, Priority.ALWAYS);
        HBox.setHgrow(listBox, Priority.ALWAYS);
        HBox.setHgrow(ownerBox, Priority.ALWAYS);
        return new HBox(listBox, ownerBox);
    }

    private TableView<ListStats> statsTable(String id, ObservableList<ListStats> rows, TableColumn<ListStats, String> name) {
        TableView<ListStats> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.setPlaceholder(new Label(i18n.text("responsibility.tree.empty")));
        table.getColumns().addAll(List.of(name,
                tableColumn("responsibility.column.items", 60, (ListStats s) -> String.valueOf(s.completion().items())),
                tableColumn("responsibility.column.dueDeadlines", 70,
                        (ListStats s) -> String.valueOf(s.completion().dueDeadlines())),
                tableColumn("responsibility.column.metDeadlines", 70,
                        (ListStats s) -> String.valueOf(s.completion().metDueDeadlines())),
                tableColumn("responsibility.column.overdueItems", 70,
                        (ListStats s) -> String.valueOf(s.completion().overdueItems())),
                tableColumn("responsibility.column.rate", 70, (ListStats s) -> rate(s.completion().completionRate()))));
        return table;
    }

    private Node recordPane() {
        itemTitle.setId("itemTitle");
        itemTitle.setWrapText(true);
        itemTitle.getStyleClass().add("record-item-title");
        records.setId("recordList");
        records.setPlaceholder(new Label(i18n.text("responsibility.records.empty")));
        records.setCellFactory(view -> new RecordCell());
        addRecord.setId("addRecordButton");
        addRecord.setText(i18n.text("responsibility.record.add"));
        addRecord.setOnAction(e -> addRecord());
        correct.setId("correctButton");
        correct.setText(i18n.text("responsibility.record.correct"));
        correct.setOnAction(e -> correctRecord());
        addEvidence.setId("addEvidenceButton");
        addEvidence.setText(i18n.text("responsibility.record.addEvidence"));
        addEvidence.setOnAction(e -> addEvidence());
        records.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> updateButtons());
        FlowPane buttons = Fit.row(addRecord, correct, addEvidence);
        buttons.getStyleClass().add("screen-buttons");
        VBox pane = new VBox(new Label(i18n.text("responsibility.records.title")), itemTitle, records, buttons);
        pane.getStyleClass().add("screen-section");
        VBox.setVgrow(records, Priority.ALWAYS);
        return pane;
    }

    /** One 纪实: date and who, the text (struck through when corrected) and its marks. */
    private final class RecordCell extends ListCell<ResponsibilityModel.RecordRow> {
        @Override
        protected void updateItem(ResponsibilityModel.RecordRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ProgressRecord r = row.record();
            Label head = new Label(i18n.format("responsibility.record.head", r.recordedOn().toString(),
                    text(r.recordedByName())));
            head.getStyleClass().add("record-head");
            Label body = new Label(r.text());
            body.setWrapText(true);
            body.getStyleClass().add("record-text");
            HBox marks = new HBox();
            marks.getStyleClass().add("record-marks");
            if (row.completes() != null) {
                marks.getChildren().add(mark("record-completes", i18n.format("responsibility.record.completesMark",
                        row.completes().label(), row.completes().dueOn().toString())));
            }
            if (row.corrects() != null) {
                marks.getChildren().add(mark("record-correction", i18n.format("responsibility.record.correctionMark",
                        row.corrects().recordedOn().toString())));
            }
            if (row.corrected()) {
                marks.getChildren().add(mark("record-corrected-mark", i18n.text("responsibility.record.correctedMark")));
            }
            if (row.evidenceCount() > 0) {
                marks.getChildren().add(mark("record-evidence", i18n.format("responsibility.record.evidenceMark",
                        String.valueOf(row.evidenceCount()))));
            }
            VBox box = new VBox(head, body, marks);
            box.getStyleClass().add("record-box");
            if (row.corrected()) {
                box.getStyleClass().add("record-corrected");
            }
            box.setMaxWidth(getListView().getWidth() - 30);
            setGraphic(box);
        }

        private Label mark(String styleClass, String text) {
            Label l = new Label(text);
            l.getStyleClass().addAll("record-mark", styleClass);
            return l;
        }
    }

    // ---- data ------------------------------------------------------------------------------------------

    /** Reloads everything for the chosen year and date in the background, keeping the shown item. */
    private void refresh() {
        Integer y = year.getValue();
        LocalDate date = asOf.getValue();
        if (y == null || date == null) {
            return;
        }
        background.load("responsibility.loading", p -> model.read(y, date), this::show);
    }

    private void show(ResponsibilityModel.Snapshot snapshot) {
        TreeItem<Row> top = new TreeItem<>();
        for (ListProgress list : snapshot.lists()) {
            TreeItem<Row> node = new TreeItem<>(new Row(list, null, ""));
            node.setExpanded(true);
            list.items().forEach(item -> node.getChildren().add(treeItem(list, item, snapshot)));
            top.getChildren().add(node);
        }
        tree.setRoot(top);
        dueSoon.setAll(snapshot.dueSoon());
        overdue.setAll(snapshot.overdue());
        dueSoonTab.setText(i18n.format("responsibility.tab.dueSoon", String.valueOf(dueSoon.size())));
        overdueTab.setText(i18n.format("responsibility.tab.overdue", String.valueOf(overdue.size())));
        letters.show(snapshot.year(), snapshot.letters());
        perList.setAll(snapshot.perList());
        perOwner.setAll(snapshot.perOwner());
        status.setText(i18n.format("responsibility.status.bar", String.valueOf(snapshot.year()),
                snapshot.date().toString(), String.valueOf(snapshot.lists().size()), String.valueOf(overdue.size())));
        if (current != null) {
            Optional<TreeItem<Row>> again = find(top, current.id());
            again.ifPresentOrElse(found -> tree.getSelectionModel().select(found), () -> showItem(null));
            if (again.isPresent()) {
                showRecords();
            }
        }
    }

    private TreeItem<Row> treeItem(ListProgress list, ItemProgress item, ResponsibilityModel.Snapshot snapshot) {
        TreeItem<Row> node = new TreeItem<>(new Row(list, item, snapshot.number(item.item().id())));
        node.setExpanded(true);
        item.children().forEach(child -> node.getChildren().add(treeItem(list, child, snapshot)));
        return node;
    }

    private static Optional<TreeItem<Row>> find(TreeItem<Row> node, int itemId) {
        Row row = node.getValue();
        if (row != null && row.item() != null && row.item().item().id() == itemId) {
            return Optional.of(node);
        }
        for (TreeItem<Row> child : node.getChildren()) {
            Optional<TreeItem<Row>> found = find(child, itemId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Shows an item of the tree: a leaf's records, or for a parent a hint that records go on leaves. */
    private void showItem(ItemProgress item) {
        if (item == null) {
            current = null;
            itemTitle.setText(i18n.text("responsibility.records.chooseItem"));
            records.getItems().clear();
        } else if (!item.children().isEmpty()) {
            current = null;
            itemTitle.setText(i18n.format("responsibility.records.chooseLeaf", item.item().text()));
            records.getItems().clear();
        } else {
            showLeaf(item.item());
            return;
        }
        updateButtons();
    }

    private void showLeaf(ResponsibilityItem item) {
        current = item;
        itemTitle.setText(item.text());
        showRecords();
    }

    /** Reads the records of the shown leaf in the background and lists them. */
    private void showRecords() {
        int itemId = current.id();
        background.load("responsibility.loading", p -> model.records(itemId), rows -> {
            if (current != null && current.id() == itemId) {
                records.getItems().setAll(rows);
                updateButtons();
            }
        });
    }

    private void updateButtons() {
        ResponsibilityModel.RecordRow selected = records.getSelectionModel().getSelectedItem();
        addRecord.setDisable(current == null);
        correct.setDisable(current == null || selected == null || selected.corrected());
        addEvidence.setDisable(current == null || selected == null);
    }

    // ---- actions ---------------------------------------------------------------------------------------

    private void addRecord() {
        ResponsibilityItem item = current;
        new RecordDialog(root, i18n, i18n.text("responsibility.record.add"), item,
                responsibilities.deadlines(item.id()), recordDateDefault(), null,
                record -> responsibilities.addRecord(item.id(), record))
                .showAndWait().ifPresent(id -> refresh());
    }

    private void correctRecord() {
        ProgressRecord old = records.getSelectionModel().getSelectedItem().record();
        ResponsibilityItem item = current;
        new RecordDialog(root, i18n, i18n.text("responsibility.record.correct"), item,
                responsibilities.deadlines(item.id()), old.recordedOn(), old,
                record -> responsibilities.correctRecord(old.id(), record))
                .showAndWait().ifPresent(id -> refresh());
    }

    /** The date a new record starts with: the status date, moved into the chosen year. */
    private LocalDate recordDateDefault() {
        return ResponsibilityModel.recordDateDefault(asOf.getValue() == null ? today : asOf.getValue(), year.getValue());
    }

    private void addEvidence() {
        int recordId = records.getSelectionModel().getSelectedItem().record().id();
        attachFiles(EvidenceRecordType.PROGRESS_RECORD, recordId, this::showRecords);
    }

    /** Chooses files, stores them as evidence of the record through the shell's executor, then runs {@code after}. */
    private void attachFiles(EvidenceRecordType type, int recordId, Runnable after) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("responsibility.record.addEvidence"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        background.run("responsibility.addingEvidence", p -> evidence.addFiles(paths, type, recordId, p), ids -> {
            status.setText(i18n.format("responsibility.evidence.added", String.valueOf(ids.size())));
            after.run();
        });
    }

    private void copyYear() {
        int from = year.getValue();
        if (!Dialogs.confirm(root, i18n.text("responsibility.copy.button"),
                i18n.format("responsibility.copy.confirm", String.valueOf(from), String.valueOf(from + 1)))) {
            return;
        }
        background.run("responsibility.copying", p -> responsibilities.copyYearToNext(from), ids ->
                Dialogs.info(root, i18n.text("responsibility.copy.button"),
                        i18n.format("responsibility.copy.done", String.valueOf(ids.size()), String.valueOf(from + 1))));
    }

    // ---- texts -----------------------------------------------------------------------------------------

    private String contentOf(Row row) {
        return row.item() == null ? row.list().list().name() : row.number() + "  " + row.item().item().text();
    }

    /** 时间节点: the cadence and the next deadline not yet met (or that all are met). */
    private String deadlineOf(Row row) {
        if (row.item() == null || !row.item().children().isEmpty()) {
            return "";
        }
        String cadence = i18n.label(row.item().item().cadence());
        return row.item().deadlines().stream().filter(d -> !d.met()).map(DeadlineState::deadline)
                .min(Comparator.comparing(Deadline::dueOn))
                .map(d -> i18n.format("responsibility.deadline.next", cadence, d.label(), d.dueOn().toString()))
                .orElseGet(() -> row.item().deadlines().isEmpty() ? cadence
                        : i18n.format("responsibility.deadline.allMet", cadence));
    }

    private String statusText(ItemStatus value) {
        return i18n.label(value);
    }

    private static String statusClass(ItemStatus value) {
        return "status-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(i18n.locale(), "%.0f%%", rate.getAsDouble() * 100)
                : i18n.text("responsibility.rate.none");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
