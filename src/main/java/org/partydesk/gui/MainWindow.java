package org.partydesk.gui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.model.OrgKind;

/**
 * The main window's content: the organisation tree on the left (name and member count), the members of
 * the selected unit and its subtree on the right with a name filter, and a status bar. Built from a
 * {@link Roster}, so tests build it without the {@code Application}.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/partydesk/gui/app.css";

    private final Roster roster;
    private final I18n i18n;
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MemberRow> shown = new FilteredList<>(rows);
    private final TreeView<OrgNode> tree = new TreeView<>();
    private final TableView<MemberRow> table = new TableView<>(shown);
    private final TextField filter = new TextField();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    public MainWindow(Roster roster, I18n i18n) {
        this.roster = roster;
        this.i18n = i18n;
        buildTree();
        buildTable();
        filter.setId("nameFilter");
        filter.setPromptText(i18n.text("filter.prompt"));
        filter.textProperty().addListener((obs, old, text) -> applyFilter(text));
        shown.addListener((ListChangeListener<MemberRow>) change -> updateStatus());

        VBox right = new VBox(filter, table);
        right.getStyleClass().add("roster-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(tree, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(tree, false);
        status.setId("statusBar");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setCenter(split);
        root.setBottom(status);
        root.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        CjkFonts.apply(root);

        if (!tree.getRoot().getChildren().isEmpty()) {
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
        }
        updateStatus();
    }

    /** The window title: the bureau's name when set, else the database file's name. */
    public String title() {
        Workspace ws = roster.workspace();
        String name = ws.setting(Workspace.BUREAU_NAME_SETTING).filter(s -> !s.isBlank())
                .orElse(ws.databaseFile().getFileName().toString());
        return i18n.format("window.title", name);
    }

    public Parent root() {
        return root;
    }

    private void buildTree() {
        tree.setId("orgTree");
        tree.getStyleClass().add("org-tree");
        TreeItem<OrgNode> invisibleRoot = new TreeItem<>();
        roster.tree().forEach(node -> invisibleRoot.getChildren().add(item(node)));
        tree.setRoot(invisibleRoot);
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new OrgCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) ->
                showMembers(selected == null ? null : selected.getValue()));
    }

    private static TreeItem<OrgNode> item(OrgNode node) {
        TreeItem<OrgNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(true);
        return item;
    }

    /** One unit of the tree: "name（count）", styled by kind, with the kind as tooltip. */
    private final class OrgCell extends TreeCell<OrgNode> {
        @Override
        protected void updateItem(OrgNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(c -> c.startsWith("org-"));
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(i18n.format("tree.unit", node.unit().name(), String.valueOf(node.memberCount())));
                setTooltip(new Tooltip(i18n.label(node.unit().kind())));
                getStyleClass().add(styleClassOf(node.unit().kind()));
            }
        }
    }

    private static String styleClassOf(OrgKind kind) {
        return "org-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void buildTable() {
        table.setId("memberTable");
        table.setPlaceholder(new Label(i18n.text("table.empty")));
        // columns share the width in proportion to their preferred widths: no column is cut off
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                column("column.name", 80, MemberRow::name),
                column("column.gender", 50, r -> i18n.label(r.gender())),
                column("column.status", 90, r -> i18n.label(r.status())),
                column("column.category", 80, r -> i18n.label(r.category())),
                column("column.branch", 150, MemberRow::branchName),
                column("column.department", 110, MemberRow::departmentName),
                column("column.jobTitle", 100, MemberRow::jobTitle),
                column("column.joinedOn", 95, r -> r.joinedOn() == null ? "" : r.joinedOn().toString()),
                column("column.idNumber", 165, MemberRow::maskedIdNumber),
                column("column.phone", 110, MemberRow::phone)));
    }

    private TableColumn<MemberRow, String> column(String key, double width, Function<MemberRow, String> value) {
        TableColumn<MemberRow, String> c = new TableColumn<>(i18n.text(key));
        c.setId(key.substring("column.".length()));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.7);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void showMembers(OrgNode node) {
        if (node == null) {
            rows.clear();
        } else {
            rows.setAll(roster.members(node.unit().id(), true, roster.today()));
        }
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(i18n.locale());
        shown.setPredicate(needle.isEmpty() ? null
                : row -> row.name() != null && row.name().toLowerCase(i18n.locale()).contains(needle));
    }

    private void updateStatus() {
        Workspace ws = roster.workspace();
        status.setText(i18n.format("status.bar", ws.databaseFile().toAbsolutePath(), ws.operator(),
                String.valueOf(shown.size())));
    }
}
