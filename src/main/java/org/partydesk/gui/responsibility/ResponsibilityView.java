package org.partydesk.gui.responsibility;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
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
 * add a record, correct one, and attach 佐证材料. "复制到下一年" copies the year's lists. Under the tree, buttons make a
 * list and add, change, delete and move items (decision 0050).
 */
public final class ResponsibilityView {
    private static final String STYLESHEET = "/org/partydesk/gui/responsibility/responsibility.css";
    /** Where the tabs end and the 纪实 begin. */
    private static final double DIVIDER = 0.7;
    /** A usual 责任人 (a 处室's name) and 时间节点: their columns keep these widths whole at any font size. */
    private static final String RESPONSIBLE_SAMPLE = "固体废物处";
    private static final String DEADLINE_SAMPLE = "每季度，下一节点：2026-12-31";

    /** A row of the tree: a list (item null) or an item of it. */
    private record Row(ListProgress list, ItemProgress item) {
    }

    private final ResponsibilityModel model;
    private final I18n i18n;

    private final ComboBox<Integer> year = new ComboBox<>();
    private final DatePicker asOf = Forms.isoDates(new DatePicker());
    private final TreeTableView<Row> tree = new TreeTableView<>();
    private final Tab allTab = new Tab();
    private final Tab dueSoonTab = new Tab();
    private final Tab overdueTab = new Tab();
    private final Tab lettersTab = new Tab();
    private final Tab statsTab = new Tab();
    private final LettersPane letters;
    private final Label itemTitle = new Label();
    private final ListView<ResponsibilityModel.RecordRow> records = new ListView<>();
    private final Button addRecord = new Button();
    private final Button correct = new Button();
    private final Button addEvidence = new Button();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    /** The screen over {@code ws}; its reads and writes run through {@code background} (the shell's executor). */
    public ResponsibilityView(Workspace ws, I18n i18n, Background background) {
        this.model = new ResponsibilityModel(new Responsibilities(ws), new EvidenceService(ws), background, i18n,
                new Roster(ws).today());
        this.i18n = i18n;
        this.letters = new LettersPane(model, i18n, letterId -> attachFiles(EvidenceRecordType.RESPONSIBILITY_LETTER, letterId));

        root.setTop(toolbar());
        TabPane tabs = tabs();
        Node recordPane = recordPane();
        SplitPane split = new SplitPane(tabs, recordPane);
        split.setDividerPositions(DIVIDER);
        // the 完成率 tab takes the whole width (its tables have six columns); the 纪实 come back with the other tabs
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == statsTab) {
                split.getItems().setAll(tabs);
            } else if (split.getItems().size() == 1) {
                split.getItems().setAll(tabs, recordPane);
                split.setDividerPositions(DIVIDER);
            }
        });
        root.setCenter(split);
        status.textProperty().bind(model.status());
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        root.getStyleClass().add("responsibility-view");
        root.getStylesheets().addAll(Forms.screensStylesheet(),
                ResponsibilityView.class.getResource(STYLESHEET).toExternalForm());
        CjkFonts.apply(root);
        model.snapshot().addListener((obs, old, s) -> showTree(s));
        model.current().addListener((obs, old, item) -> updateButtons());
        updateButtons();
        model.refresh();
    }

    public Node root() {
        return root;
    }

    /** Reads the chosen year again (the section is shown again). */
    void refresh() {
        model.refresh();
    }

    /** For the screenshot tour: the 完成率统计 tab, then the first list's first leaf with its 纪实. */
    boolean tourView(int index) {
        TabPane tabs = allTab.getTabPane();
        switch (index) {
            case 0 -> {
                tabs.getSelectionModel().select(statsTab);
                return true;
            }
            case 1 -> {
                tabs.getSelectionModel().select(allTab);
                TreeItem<Row> leaf = tree.getRoot() == null || tree.getRoot().getChildren().isEmpty() ? null
                        : tree.getRoot().getChildren().get(0);
                while (leaf != null && !leaf.getChildren().isEmpty()) {
                    leaf = leaf.getChildren().get(0);
                }
                if (leaf == null || leaf.getValue().item() == null) {
                    return false;
                }
                tree.getSelectionModel().select(leaf);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private FlowPane toolbar() {
        year.setId("yearChooser");
        year.setItems(model.years);
        year.valueProperty().bindBidirectional(model.year);
        asOf.setId("asOfDate");
        asOf.setEditable(true);
        asOf.setValue(model.asOf.get());
        asOf.valueProperty().addListener((obs, old, value) -> {
            if (value != null) { // a date being typed is not a status date yet
                model.asOf.set(value);
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
        VBox all = new VBox(tree, itemButtons());
        VBox.setVgrow(tree, Priority.ALWAYS);
        allTab.setContent(all);
        dueSoonTab.setContent(alertTable("dueSoonTable", model.dueSoon, "responsibility.dueSoon.empty"));
        overdueTab.setContent(alertTable("overdueTable", model.overdue, "responsibility.overdue.empty"));
        dueSoonTab.textProperty().bind(model.dueSoonTitle());
        overdueTab.textProperty().bind(model.overdueTitle());
        allTab.setId("allTab");
        dueSoonTab.setId("dueSoonTab");
        overdueTab.setId("overdueTab");
        lettersTab.setContent(letters.root());
        lettersTab.textProperty().bind(model.lettersTitle());
        lettersTab.setId("lettersTab");
        allTab.setText(i18n.text("responsibility.tab.all"));
        statsTab.setId("statsTab");
        statsTab.setText(i18n.text("responsibility.tab.stats"));
        statsTab.setContent(summary());
        TabPane pane = new TabPane(allTab, dueSoonTab, overdueTab, lettersTab, statsTab);
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
        // 已逾期, 进行中 … (In progress, Not started …) shown whole at any font size, in the window's language
        Fit.sample(statusColumn, Fit.longest(java.util.Arrays.stream(ItemStatus.values()).map(i18n::label)));
        tree.getColumns().addAll(List.of(
                treeColumn("content", 360, r -> model.contentOf(r.list(), r.item())),
                treeColumn("owner", 110, r -> r.item() == null ? r.list().ownerName() : text(r.item().item().ownerText())),
                Fit.sample(treeColumn("responsible", 100, r -> r.item() == null ? "" : text(r.item().item().responsibleText())),
                        RESPONSIBLE_SAMPLE),
                Fit.sample(treeColumn("deadline", 190, r -> model.deadlineOf(r.item())), DEADLINE_SAMPLE),
                statusColumn,
                treeColumn("rate", 70, r -> model.rateOf(r.list(), r.item()))));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                model.select(selected.getValue().list(), selected.getValue().item());
            }
        });
    }

    /** Under the tree: 新建清单, and what can be done to the chosen list or item (each enabled as the view model says). */
    private FlowPane itemButtons() {
        Button newList = button("newListButton", "responsibility.list.add", this::createList);
        Button add = button("addItemButton", "responsibility.item.add", () -> itemForm(true, false));
        Button addChild = button("addChildButton", "responsibility.item.addChild", () -> itemForm(true, true));
        Button change = button("changeItemButton", "responsibility.item.change", () -> itemForm(false, false));
        Button delete = button("deleteButton", "responsibility.item.delete", this::deleteChosen);
        Button up = button("moveUpButton", "responsibility.item.moveUp", () -> model.move(true, this::refused));
        Button down = button("moveDownButton", "responsibility.item.moveDown", () -> model.move(false, this::refused));
        Button rename = button("renameListButton", "responsibility.list.rename", this::renameList);
        Button moveTo = button("moveToButton", "responsibility.item.moveTo", this::moveItem);
        rename.disableProperty().bind(model.chosenList().isNull());
        moveTo.disableProperty().bind(model.canChange().not());
        add.disableProperty().bind(model.canAddItem().not());
        addChild.disableProperty().bind(model.canAddChild().not());
        change.disableProperty().bind(model.canChange().not());
        delete.disableProperty().bind(model.canDelete().not());
        up.disableProperty().bind(model.canMoveUp().not());
        down.disableProperty().bind(model.canMoveDown().not());
        FlowPane row = Fit.row(newList, rename, new Separator(), add, addChild, change, delete, new Separator(), up, down,
                moveTo);
        row.getStyleClass().add("screen-buttons");
        row.setId("itemButtons");
        return row;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TreeTableColumn<Row, String> treeColumn(String id, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(i18n.text("responsibility.column." + id));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
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
                setText(i18n.label(value));
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
                model.chooseLeaf(alert.item());
                // the tree shows the same item chosen (the buttons under it act on it); one of another year, none
                Optional<TreeItem<Row>> row = tree.getRoot() == null ? Optional.empty() : find(tree.getRoot(), alert.item().id());
                row.ifPresentOrElse(r -> tree.getSelectionModel().select(r), () -> tree.getSelectionModel().clearSelection());
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> tableColumn(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(i18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
    }

    /**
     * 完成率 per list or per owner (two toggles beside it), one table at a time across the width, as tall as its rows
     * (no scroll bar of its own, its six columns whole at 16 pt); the pane scrolls only when a bureau has more
     * lists than the window has room for.
     */
    private Node summary() {
        TableView<ListStats> lists = statsTable("statsPerList", model.perList,
                tableColumn("responsibility.column.list", 180, ListStats::listName));
        TableView<ListStats> owners = statsTable("statsPerOwner", model.perOwner,
                tableColumn("responsibility.column.owner", 120, ListStats::ownerName));
        ToggleGroup which = new ToggleGroup();
        ToggleButton byList = new ToggleButton(i18n.text("responsibility.summary.perList"));
        byList.setId("statsByList");
        ToggleButton byOwner = new ToggleButton(i18n.text("responsibility.summary.perOwner"));
        byOwner.setId("statsByOwner");
        which.getToggles().addAll(byList, byOwner);
        which.selectToggle(byList);
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                which.selectToggle(old); // one of the two is always shown
            }
        });
        lists.visibleProperty().bind(byList.selectedProperty());
        owners.visibleProperty().bind(byOwner.selectedProperty());
        lists.managedProperty().bind(lists.visibleProperty());
        owners.managedProperty().bind(owners.visibleProperty());
        for (ToggleButton b : List.of(byList, byOwner)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the toggles beside the table, not above it: its rows keep the height
        VBox choices = new VBox(6, byList, byOwner);
        VBox tables = new VBox(lists, owners);
        HBox.setHgrow(tables, Priority.ALWAYS);
        HBox box = new HBox(8, choices, tables);
        box.getStyleClass().add("screen-section");
        ScrollPane pane = new ScrollPane(box);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }

    /**
     * Keeps a table as tall as its header and rows (room for the placeholder when empty): its rows have a fixed
     * size in em (responsibility.css), so the height follows the font size; the header is measured once shown.
     */
    private static void fitHeightToRows(TableView<?> table) {
        DoubleProperty header = new SimpleDoubleProperty();
        table.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> {
            if (table.lookup(".column-header-background") instanceof Region r) {
                header.bind(r.heightProperty());
            }
        }));
        DoubleBinding height = Bindings.createDoubleBinding(() -> {
            double cell = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 24;
            double head = header.get() > 0 ? header.get() : cell * 1.25;
            int rows = table.getItems().isEmpty() ? 2 : table.getItems().size();
            return Math.ceil(table.snappedTopInset() + table.snappedBottomInset() + head + rows * cell) + 2;
        }, Bindings.size(table.getItems()), table.fixedCellSizeProperty(), header, table.insetsProperty());
        table.minHeightProperty().bind(height);
        table.prefHeightProperty().bind(height);
        table.maxHeightProperty().bind(height);
    }

    private TableView<ListStats> statsTable(String id, ObservableList<ListStats> rows, TableColumn<ListStats, String> name) {
        TableView<ListStats> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.setPlaceholder(new Label(i18n.text("responsibility.tree.empty")));
        fitHeightToRows(table);
        table.getColumns().addAll(List.of(name,
                tableColumn("responsibility.column.items", 60, (ListStats s) -> String.valueOf(s.completion().items())),
                tableColumn("responsibility.column.dueDeadlines", 70,
                        (ListStats s) -> String.valueOf(s.completion().dueDeadlines())),
                tableColumn("responsibility.column.metDeadlines", 70,
                        (ListStats s) -> String.valueOf(s.completion().metDueDeadlines())),
                tableColumn("responsibility.column.overdueItems", 70,
                        (ListStats s) -> String.valueOf(s.completion().overdueItems())),
                tableColumn("responsibility.column.rate", 70, (ListStats s) -> model.rate(s.completion().completionRate()))));
        return table;
    }

    private Node recordPane() {
        itemTitle.setId("itemTitle");
        itemTitle.textProperty().bind(model.itemTitle());
        itemTitle.setWrapText(true);
        itemTitle.setMinHeight(Region.USE_PREF_SIZE); // a long item wraps instead of being cut
        itemTitle.getStyleClass().add("record-item-title");
        records.setId("recordList");
        records.setItems(model.records);
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

    /** The tree of what was read, keeping the shown item selected. */
    private void showTree(ResponsibilityModel.Snapshot snapshot) {
        TreeItem<Row> top = new TreeItem<>();
        for (ListProgress list : snapshot.lists()) {
            TreeItem<Row> node = new TreeItem<>(new Row(list, null));
            node.setExpanded(true);
            list.items().forEach(item -> node.getChildren().add(treeItem(list, item)));
            top.getChildren().add(node);
        }
        Integer item = model.itemToSelect();
        Integer list = model.listToSelect();
        TreeItem<Row> before = tree.getSelectionModel().getSelectedItem();
        Row was = before == null ? null : before.getValue();
        tree.setRoot(top);
        Optional<TreeItem<Row>> again = item != null ? find(top, item)
                : top.getChildren().stream().filter(n -> n.getValue().list().list().id().equals(list)).findFirst();
        again.ifPresent(found -> {
            tree.getSelectionModel().select(found);
            Row now = found.getValue();
            boolean same = was != null && (was.item() == null ? now.item() == null && was.list().list().id().equals(now.list().list().id())
                    : now.item() != null && was.item().item().id().equals(now.item().item().id()));
            if (!same) { // a new item or list: bring it into view (it may be below the window's bottom)
                scrollTo(found);
            }
        });
    }

    /**
     * Scrolls the tree just enough to show a row whole, once the new tree is laid out and again after that layout (the
     * first scroll goes by estimated row heights). {@code TreeTableView.scrollTo} puts the row at the top and, near the
     * end, left the last row just below the bottom; the flow's own {@code scrollTo} shows it whole.
     */
    private void scrollTo(TreeItem<Row> row) {
        Runnable show = () -> {
            int index = tree.getRow(row);
            if (index >= 0 && tree.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                flow.scrollTo(index);
            } else if (index >= 0) {
                tree.scrollTo(index);
            }
        };
        Platform.runLater(() -> {
            show.run();
            Platform.runLater(show);
        });
    }

    private static TreeItem<Row> treeItem(ListProgress list, ItemProgress item) {
        TreeItem<Row> node = new TreeItem<>(new Row(list, item));
        node.setExpanded(true);
        item.children().forEach(child -> node.getChildren().add(treeItem(list, child)));
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

    private void updateButtons() {
        ResponsibilityModel.RecordRow selected = records.getSelectionModel().getSelectedItem();
        boolean none = model.current().get() == null;
        addRecord.setDisable(none);
        correct.setDisable(none || selected == null || selected.corrected());
        addEvidence.setDisable(none || selected == null);
    }

    // ---- actions ---------------------------------------------------------------------------------------

    private void addRecord() {
        ResponsibilityItem item = model.current().get();
        model.deadlines(deadlines -> {
            FormSave form = new FormSave();
            new RecordDialog(root, i18n, i18n.text("responsibility.record.add"), item, deadlines,
                    new NewRecord(model.recordDateDefault(), "", null, "", null), form,
                    (typed, saved) -> model.addRecord(typed, form, saved)).showAndWait();
        });
    }

    /** The form of a correction, open until saved or cancelled; a refusal is said inside it. */
    private void correctRecord() {
        ProgressRecord old = records.getSelectionModel().getSelectedItem().record();
        ResponsibilityItem item = model.current().get();
        model.deadlines(deadlines -> {
            FormSave form = new FormSave();
            new RecordDialog(root, i18n, i18n.text("responsibility.record.correct"), item, deadlines,
                    new NewRecord(old.recordedOn(), old.text(), null, old.recordedByName(), old.completesDeadlineId()),
                    form, (typed, saved) -> model.correctRecord(old.id(), typed, form, saved)).showAndWait();
        });
    }

    private void addEvidence() {
        attachFiles(EvidenceRecordType.PROGRESS_RECORD, records.getSelectionModel().getSelectedItem().record().id());
    }

    /** Chooses files and has the view model store them as evidence of the record. */
    private void attachFiles(EvidenceRecordType type, int recordId) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("responsibility.record.addEvidence"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.attach(type, recordId, files.stream().map(File::toPath).toList());
        }
    }

    /** 新建清单: the form, open until the list is saved or the clerk cancels; a refusal is said inside it. */
    private void createList() {
        FormSave form = new FormSave();
        new ListDialog(root, i18n, model.listYear(), form,
                (name, kind, notes, saved) -> model.createList(name, kind, notes, form, saved)).showAndWait();
    }

    /** 重命名清单: the chosen list's name, open until saved or cancelled; a refusal is said inside it. */
    private void renameList() {
        FormSave form = new FormSave();
        RenameMoveDialogs.rename(root, i18n, model.chosenListName(), form,
                (name, saved) -> model.renameList(name, form, saved));
    }

    /** 移到…: the chosen item's new parent in the same list, open until moved or cancelled. */
    private void moveItem() {
        FormSave form = new FormSave();
        RenameMoveDialogs.move(root, i18n, model.moveHeader(), model.parentChoices(), form,
                (parentId, saved) -> model.moveItem(parentId, form, saved));
    }

    /** 添加条目 / 添加下级条目 ({@code adding}, {@code child}) or 修改条目: the form of the item, kept open as typed on a refusal. */
    private void itemForm(boolean adding, boolean child) {
        FormSave form = new FormSave();
        String title = i18n.text(!adding ? "responsibility.item.change" : child ? "responsibility.item.addChild"
                : "responsibility.item.add");
        new ItemDialog(root, i18n, title, model.formHeader(adding, child),
                adding ? model.newItemStart(child) : model.changeStart(), model.timingEditable(adding), form,
                (typed, saved) -> {
                    if (adding) {
                        model.addItem(typed, child, form, saved);
                    } else {
                        model.changeItem(typed, form, saved);
                    }
                }).showAndWait();
    }

    /** 删除: a refusal said at once (with what to do instead), else the question, then the deletion. */
    private void deleteChosen() {
        model.askDelete(this::refused, question -> {
            if (Dialogs.confirm(root, i18n.text("responsibility.item.delete"), question)) {
                model.deleteChosen(this::refused);
            }
        });
    }

    private void refused(String why) {
        Dialogs.error(root, i18n.text("responsibility.item.refused"), why);
    }

    private void copyYear() {
        int from = model.year.get();
        if (Dialogs.confirm(root, i18n.text("responsibility.copy.button"),
                i18n.format("responsibility.copy.confirm", String.valueOf(from), String.valueOf(from + 1)))) {
            model.copyYear(done -> Dialogs.info(root, i18n.text("responsibility.copy.button"), done));
        }
    }

    // ---- texts -----------------------------------------------------------------------------------------

    private static String statusClass(ItemStatus value) {
        return "status-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
