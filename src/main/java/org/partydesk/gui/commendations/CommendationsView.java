package org.partydesk.gui.commendations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.commendations.CommendationsModel.Count;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.OrgUnit;

/**
 * 评先创优 screen: the commendations of a year, filtered by level, title and branch, with 授予时间,
 * 荣誉名称, 级别, 获奖对象, 授予单位 and 文号; counts of the year by level and by title; 批量登记 of monthly
 * honours, 新增表彰 of one honour with any recipients, 删除, and the list of 荣誉名称.
 */
public final class CommendationsView {
    private static final int YEARS_BACK = 5;

    private final CommendationsModel model;
    private final Background background;
    private final I18n i18n;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Choice<CommendationLevel>> level = new ComboBox<>();
    private final ComboBox<Choice<String>> title = new ComboBox<>();
    private final ComboBox<Choice<OrgUnit>> branch = new ComboBox<>();
    private final ObservableList<Commendation> rows = FXCollections.observableArrayList();
    private final TableView<Commendation> table = new TableView<>(rows);
    private final ObservableList<Count> byLevel = FXCollections.observableArrayList();
    private final ObservableList<Count> byTitle = FXCollections.observableArrayList();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    /** The screen over {@code ws}; its reads run through {@code background} (the shell's executor). */
    public CommendationsView(Workspace ws, I18n i18n, Background background) {
        this.model = new CommendationsModel(new Commendations(ws), new Roster(ws), i18n);
        this.background = background;
        this.i18n = i18n;
        root.setTop(toolbar());
        buildTable();
        SplitPane split = new SplitPane(table, summary());
        split.setDividerPositions(0.75);
        root.setCenter(split);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        root.getStyleClass().add("commendations-view");
        root.getStylesheets().add(Forms.screensStylesheet());
        CjkFonts.apply(root);
        background.load("commendations.loading", p -> model.setup(), this::setUp);
    }

    public Node root() {
        return root;
    }

    private FlowPane toolbar() {
        year.setId("yearFilter");
        level.setId("levelFilter");
        level.getItems().add(new Choice<>(null, i18n.text("commendations.filter.allLevels")));
        for (CommendationLevel l : CommendationLevel.values()) {
            level.getItems().add(new Choice<>(l, levelText(l)));
        }
        level.getSelectionModel().selectFirst();
        title.setId("titleFilter");
        branch.setId("branchFilter");

        Button batch = button("batchButton", "commendations.batch.button");
        batch.setOnAction(e -> background.load("commendations.loading", p -> model.batchSetup(), setup ->
                new BatchEntryDialog(root, model, background, setup, i18n, year.getValue())
                        .showAndWait().ifPresent(id -> refresh())));
        Button single = button("newButton", "commendations.single.button");
        single.setOnAction(e -> background.load("commendations.loading", p -> model.singleSetup(), setup ->
                new CommendationDialog(root, model, background, setup, i18n).showAndWait().ifPresent(id -> refresh())));
        Button delete = button("deleteButton", "commendations.delete.button");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Button titles = button("titlesButton", "commendations.titles.button");
        titles.setOnAction(e -> background.load("commendations.loading", p -> model.allTitles(), all -> {
            new TitlesDialog(root, model, background, all, i18n).showAndWait();
            background.load("commendations.loading", p -> model.titles(), this::showTitles);
        }));
        return Fit.toolbar(new Label(i18n.text("commendations.filter.year")), year,
                new Label(i18n.text("commendations.column.level")), level,
                new Label(i18n.text("commendations.column.title")), title,
                new Label(i18n.text("commendations.filter.branch")), branch,
                new Separator(), batch, single, delete, titles);
    }

    private Button button(String id, String key) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        return b;
    }

    /** Fills the filter row with what was read (this year and the five before it, the titles, the branches). */
    private void setUp(CommendationsModel.Setup setup) {
        for (int y = setup.thisYear() - YEARS_BACK; y <= setup.thisYear(); y++) {
            year.getItems().add(y);
        }
        year.setValue(setup.thisYear());
        showTitles(setup.titles());
        branch.getItems().add(new Choice<>(null, i18n.text("commendations.filter.allBranches")));
        setup.branches().forEach(u -> branch.getItems().add(new Choice<>(u, u.name())));
        branch.getSelectionModel().selectFirst();
        year.valueProperty().addListener((obs, old, value) -> refresh());
        level.valueProperty().addListener((obs, old, value) -> refresh());
        title.valueProperty().addListener((obs, old, value) -> refresh());
        branch.valueProperty().addListener((obs, old, value) -> refresh());
        refresh();
    }

    /** Fills the title filter from the list of titles, keeping the chosen one. */
    private void showTitles(List<String> names) {
        String chosen = title.getValue() == null ? null : title.getValue().value();
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, i18n.text("commendations.filter.allTitles")));
        names.forEach(n -> choices.add(new Choice<>(n, n)));
        title.getItems().setAll(choices);
        title.setValue(choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst()
                .orElse(choices.get(0)));
    }

    private void buildTable() {
        table.setId("commendationTable");
        table.setPlaceholder(new Label(i18n.text("commendations.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.getColumns().addAll(List.of(
                // a whole date and the usual titles at any font size; the names share what is left
                Fit.sample(column("awardedOn", 95, c -> c.awardedOn() == null ? "" : c.awardedOn().toString()),
                        Fit.DATE),
                Fit.sample(column("title", 130, Commendation::title), "双月作风标兵"),
                column("level", 60, c -> levelText(c.level())),
                column("recipients", 220, CommendationsView::recipientNames),
                column("awardedBy", 130, c -> c.awardedBy() == null ? "" : c.awardedBy()),
                column("documentNumber", 130, c -> c.documentNumber() == null ? "" : c.documentNumber())));
    }

    private TableColumn<Commendation, String> column(String id, double width, Function<Commendation, String> value) {
        TableColumn<Commendation, String> c = new TableColumn<>(i18n.text("commendations.column." + id));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
    }

    /** 获奖对象: the recipients' names joined with 、. */
    static String recipientNames(Commendation c) {
        return c.recipients().stream().map(Commendation.Recipient::displayName).collect(Collectors.joining("、"));
    }

    private Node summary() {
        TableView<Count> levels = countTable("countByLevel", byLevel, "commendations.column.level");
        TableView<Count> titles = countTable("countByTitle", byTitle, "commendations.column.title");
        VBox box = new VBox(new Label(i18n.text("commendations.summary.byLevel")), levels,
                new Label(i18n.text("commendations.summary.byTitle")), titles);
        box.getStyleClass().add("screen-section");
        VBox.setVgrow(titles, Priority.ALWAYS);
        // the four levels and a few titles whole at any font size: the side scrolls when the window is too low
        levels.setStyle("-fx-pref-height: 11em; -fx-min-height: 11em;");
        titles.setStyle("-fx-min-height: 9em;");
        ScrollPane side = new ScrollPane(box);
        side.setFitToWidth(true);
        side.setFitToHeight(true);
        return side;
    }

    private TableView<Count> countTable(String id, ObservableList<Count> counts, String nameKey) {
        TableView<Count> t = new TableView<>(counts);
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(t);
        t.setPlaceholder(new Label(i18n.text("commendations.table.empty")));
        TableColumn<Count, String> name = new TableColumn<>(i18n.text(nameKey));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<Count, String> count = new TableColumn<>(i18n.text("commendations.summary.count"));
        count.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(cell.getValue().count())));
        name.setPrefWidth(200); // the name takes the room, the count keeps its header's
        count.setPrefWidth(70);
        org.partydesk.gui.shell.Tables.byValue(count);
        t.getColumns().addAll(List.of(name, count));
        return t;
    }

    /** Reads the commendations of the chosen year, level, title and branch through the executor, and shows them. */
    private void refresh() {
        Integer y = year.getValue();
        if (y == null) {
            return;
        }
        CommendationLevel l = level.getValue() == null ? null : level.getValue().value();
        String t = title.getValue() == null ? null : title.getValue().value();
        Integer b = branch.getValue() == null || branch.getValue().value() == null ? null : branch.getValue().value().id();
        background.load("commendations.loading", p -> model.read(y, l, t, b), snapshot -> {
            rows.setAll(snapshot.rows());
            byLevel.setAll(snapshot.byLevel());
            byTitle.setAll(snapshot.byTitle());
            status.setText(snapshot.status());
        });
    }

    private void delete() {
        Commendation c = table.getSelectionModel().getSelectedItem();
        if (!Dialogs.confirm(root, i18n.text("commendations.delete.button"), i18n.format("commendations.delete.confirm",
                c.title(), recipientNames(c)))) {
            return;
        }
        background.run("commendations.deleting", p -> {
            model.delete(c.id());
            return c.id();
        }, deleted -> refresh());
    }

    private String levelText(CommendationLevel l) {
        return l == null ? "" : i18n.label(l);
    }
}
