package org.partydesk.gui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.ComplianceMatrix;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Flag;
import org.partydesk.model.Rating;

/**
 * 红黄旗 matrix: branches (and the leading group) down, the months or quarters of a year across and the
 * whole year last, each cell green / yellow / red; a click on a cell lists what is missing there (the
 * short slots), what was held and, while the period runs, what is still to be held (尚待召开, also the cell's tooltip and
 * a mark in it; the line over the matrix says the year runs). Below: the year's attendance warnings. Computed in the
 * background.
 */
final class ComplianceMatrixPane {
    private static final int YEARS_BACK = 9;

    private final Shell shell;
    private final I18n i18n;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Choice<Boolean>> columns = new ComboBox<>();
    private final TableView<ComplianceMatrix.Row> table = new TableView<>();
    private final Label cellTitle = new Label();
    private final ListView<String> shortfalls = new ListView<>();
    private final TableView<Flag> flags;
    private final Label status = new Label();
    /** Over the matrix while its year runs: 截至…，本期尚未结束… (hidden for a year that has ended). */
    private final Label runningLine = new Label();
    private final BorderPane root = new BorderPane();
    private final ComplianceMatrixModel model;
    private ComplianceMatrix shown;
    private final Button openCell = new Button();
    private ComplianceMatrix.Row clicked;
    private CompliancePeriod clickedPeriod;
    private boolean running;
    private boolean pending;
    /** True while the year is set without a check (before the matrix is first shown). */
    private boolean quiet;

    /**
     * @param openMeetings shows the meetings of a unit in a period (the 查看会议 button under a clicked cell)
     */
    ComplianceMatrixPane(Shell shell, int thisYear, BiConsumer<Integer, CompliancePeriod> openMeetings) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new ComplianceMatrixModel(new ComplianceCheck(shell.workspace()), i18n);
        year.setId("complianceYear");
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            year.getItems().add(y);
        }
        year.setValue(thisYear);
        columns.setId("complianceColumns");
        columns.getItems().setAll(new Choice<>(true, i18n.text("meetings.matrix.byMonth")),
                new Choice<>(false, i18n.text("meetings.matrix.byQuarter")));
        columns.getSelectionModel().selectFirst();
        year.valueProperty().addListener((obs, old, v) -> {
            if (!quiet) {
                refresh();
            }
        });
        columns.valueProperty().addListener((obs, old, v) -> refresh());
        Button again = new Button(i18n.text("meetings.matrix.refresh"));
        again.setId("complianceRefresh");
        again.setOnAction(e -> refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label legend = new Label(i18n.text("meetings.matrix.legend"));
        legend.getStyleClass().add("hint");
        FlowPane bar = Fit.toolbar(new Label(i18n.text("meetings.filter.year")), year, columns, again, gap, legend);

        table.setId("complianceMatrix");
        table.setPlaceholder(new Label(i18n.text("meetings.matrix.empty")));
        table.getSelectionModel().setCellSelectionEnabled(true);

        cellTitle.setId("shortfallTitle");
        cellTitle.setWrapText(true);
        cellTitle.getStyleClass().add("section-heading");
        cellTitle.setText(i18n.text("meetings.matrix.clickHint"));
        shortfalls.setId("shortfallList");
        shortfalls.setPlaceholder(new Label(""));
        shortfalls.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0); // wrap at the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        openCell.setId("openCellMeetings");
        openCell.setText(i18n.text("meetings.matrix.openMeetings"));
        openCell.setDisable(true);
        openCell.setOnAction(e -> {
            if (clicked != null) {
                openMeetings.accept(clicked.orgUnitId(), clickedPeriod);
            }
        });
        VBox cellPane = new VBox(6, cellTitle, shortfalls, openCell);
        cellPane.getStyleClass().add("screen-section");
        VBox.setVgrow(shortfalls, Priority.ALWAYS);

        flags = Tables.table("flagTable", i18n.text("meetings.flags.empty"),
                Fit.sample(Tables.column(i18n.text("meetings.flags.kind"), 110, (Flag f) -> i18n.label(f.kind())),
                        Fit.longest(java.util.Arrays.stream(org.partydesk.model.FlagKind.values()).map(i18n::label))),
                Tables.column(i18n.text("meetings.column.unit"), 130, (Flag f) -> f.unitName() == null ? "" : f.unitName()),
                Tables.column(i18n.text("meetings.flags.member"), 70, (Flag f) -> f.memberName() == null ? "" : f.memberName()),
                Tables.wrapping(Tables.column(i18n.text("meetings.flags.message"), 360, Flag::message))); // whole, on more lines
        flags.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Flag f, boolean empty) {
                super.updateItem(f, empty);
                setTooltip(empty || f == null ? null : new javafx.scene.control.Tooltip(f.message()));
            }
        });
        Label flagsTitle = new Label(i18n.text("meetings.flags.title"));
        flagsTitle.setId("flagsTitle");
        flagsTitle.getStyleClass().add("section-heading");
        VBox flagPane = new VBox(6, flagsTitle, flags);
        flagPane.getStyleClass().add("screen-section");
        VBox.setVgrow(flags, Priority.ALWAYS);

        SplitPane lower = new SplitPane(cellPane, flagPane);
        lower.setDividerPositions(0.42);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        runningLine.setId("complianceRunning");
        runningLine.getStyleClass().add("hint");
        runningLine.setWrapText(true);
        runningLine.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
        runningLine.managedProperty().bind(runningLine.textProperty().isNotEmpty());
        runningLine.visibleProperty().bind(runningLine.managedProperty());
        root.setTop(new VBox(4, bar, runningLine));
        root.setCenter(split);
        status.setId("complianceStatus");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(status);
        root.setId("compliancePane");
    }

    Node root() {
        return root;
    }

    /** The matrix shown, or null before the first check has finished. */
    ComplianceMatrix matrix() {
        return shown;
    }

    /**
     * Runs the check of the chosen year in the background and shows it; asked again while it runs, it runs
     * once more when done (so the matrix always ends showing the last choice).
     */
    /** The year the matrix opens on (the list's first year), unless a matrix is shown already. */
    void startYear(int y) {
        if (shown == null && !running && year.getItems().contains(y)) {
            quiet = true;
            year.setValue(y);
            quiet = false;
        }
    }

    void refresh() {
        Integer y = year.getValue();
        boolean monthly = columns.getValue() == null || columns.getValue().value();
        if (y == null) {
            return;
        }
        if (running) {
            pending = true;
            return;
        }
        if (shell.tasks().busy()) {
            Dialogs.notice(shell.window(), i18n, i18n.text("task.busy"));
            return;
        }
        running = true;
        status.setText(i18n.text("meetings.matrix.running"));
        shell.tasks().run(BackgroundTask.of(model.check(y, monthly))
                .titled(i18n.text("meetings.matrix.task"))
                .onSuccess(m -> {
                    done();
                    show(m);
                    if (pending) {
                        pending = false;
                        refresh();
                    }
                })
                .onFailure(error -> {
                    done();
                    shell.fail("meetings.matrix.task", error);
                })
                .onCancelled(this::done));
    }

    private void done() {
        running = false;
        status.setText("");
    }

    private void show(ComplianceMatrix m) {
        shown = m;
        List<TableColumn<ComplianceMatrix.Row, ?>> cols = new ArrayList<>();
        TableColumn<ComplianceMatrix.Row, String> name = new TableColumn<>(i18n.text("meetings.column.unit"));
        name.setId("unitColumn");
        name.setPrefWidth(170);
        name.setMinWidth(140);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        cols.add(name);
        for (int i = 0; i < m.periods().size(); i++) {
            int column = i;
            cols.add(ratingColumn("period-" + (i + 1), model.columnTitle(m, i), r -> r.cells().get(column), m.started(column),
                    m.ongoing(column), m.ongoing(column),
                    (r, b) -> showCell(r, b, m.periods().get(column), m.ongoing(column))));
        }
        cols.add(ratingColumn("period-year", i18n.text("meetings.matrix.wholeYear"), ComplianceMatrix.Row::year, true, false,
                m.running(), (r, b) -> showCell(r, b, new CompliancePeriod(m.year(), null), false)));
        table.getColumns().setAll(cols);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.getItems().setAll(m.rows());
        flags.getItems().setAll(m.flags());
        cellTitle.setText(i18n.text("meetings.matrix.clickHint"));
        shortfalls.getItems().clear();
        clicked = null;
        openCell.setDisable(true);
        status.setText(model.status(m));
        runningLine.setText(model.runningLine(m));
    }

    private TableColumn<ComplianceMatrix.Row, BranchCompliance> ratingColumn(String id, String title,
            java.util.function.Function<ComplianceMatrix.Row, BranchCompliance> value, boolean started, boolean ongoing,
            boolean running, BiConsumer<ComplianceMatrix.Row, BranchCompliance> onClick) {
        TableColumn<ComplianceMatrix.Row, BranchCompliance> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(60);
        c.setMinWidth(48);
        // a month not over says so whole at any font size, and so does what it still owes while it runs (every column
        // alike: the constrained table then shares its width evenly)
        Fit.sample(c, running ? i18n.format("meetings.matrix.pendingMark", i18n.text("meetings.matrix.cellOngoing"), "9")
                : i18n.text("meetings.matrix.cellOngoing"));
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new RatingCell(started, ongoing, onClick));
        return c;
    }

    /** A cell of the matrix: the rating in words on its colour; a click shows what is missing. */
    final class RatingCell extends TableCell<ComplianceMatrix.Row, BranchCompliance> {
        private final boolean started;
        private final boolean ongoing;

        RatingCell(boolean started, boolean ongoing, BiConsumer<ComplianceMatrix.Row, BranchCompliance> onClick) {
            this.started = started;
            this.ongoing = ongoing;
            getStyleClass().add("rating-cell");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null && getTableRow() != null && getTableRow().getItem() != null) {
                    onClick.accept(getTableRow().getItem(), getItem());
                }
            });
        }

        @Override
        protected void updateItem(BranchCompliance b, boolean empty) {
            super.updateItem(b, empty);
            getStyleClass().removeIf(s -> s.startsWith("rating-") && !s.equals("rating-cell"));
            if (empty) {
                setText(null);
                setTooltip(null);
            } else {
                ComplianceMatrixModel.CellText words = model.cell(b, started, ongoing);
                setText(words.text());
                getStyleClass().add(words.styleClass());
                String pending = model.pendingTooltip(b);
                setTooltip(pending == null ? null : new javafx.scene.control.Tooltip(pending));
            }
        }

        /** The rating shown, or null for an empty cell, a unit that did not exist or a period not begun. */
        Rating rating() {
            return isEmpty() || getItem() == null || !started ? null : getItem().rating();
        }
    }

    /** What is missing for a unit in a period, and what it held. */
    private void showCell(ComplianceMatrix.Row row, BranchCompliance b, CompliancePeriod period, boolean ongoing) {
        clicked = row;
        clickedPeriod = period;
        openCell.setDisable(false);
        cellTitle.setText(model.cellTitle(row, b, period, ongoing));
        shortfalls.getItems().setAll(model.cellLines(b));
    }

    /** Shows the first cell with slots still to be held (for the screenshot tour); false when none. */
    boolean showFirstPending() {
        return showFirst((column, b) -> !b.pending().isEmpty());
    }

    /** Shows the shortfalls of the first cell that is not green (for the screenshot tour); false when none. */
    boolean showFirstShortfall() {
        return showFirst((column, b) -> shown.started(column) && b.rating() != Rating.GREEN);
    }

    /** Shows the first cell (row by row) that {@code wanted} takes, as a click does; false when none. */
    private boolean showFirst(java.util.function.BiPredicate<Integer, BranchCompliance> wanted) {
        if (shown == null) {
            return false;
        }
        for (ComplianceMatrix.Row r : shown.rows()) {
            for (int i = 0; i < r.cells().size(); i++) {
                BranchCompliance b = r.cells().get(i);
                if (b != null && wanted.test(i, b)) {
                    showCell(r, b, shown.periods().get(i), shown.ongoing(i));
                    table.getSelectionModel().clearAndSelect(shown.rows().indexOf(r), table.getColumns().get(i + 1));
                    return true;
                }
            }
        }
        return false;
    }
}
