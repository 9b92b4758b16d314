package org.partydesk.gui.reports;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.partydesk.app.org.Roster;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.Completion;
import org.partydesk.model.ListStats;

/**
 * 报表, four tabs: the annual summary's editor ({@link AnnualEditor}), the branch quarterly report
 * ({@link QuarterlyPane}), the statistics workbook ({@link WorkbookPane}) and how the responsibility lists
 * of a year stand today, per owner and per list (leaf items, due, done, overdue, 完成率), counted from the rows.
 */
public final class ReportsSection implements Section {
    private static final String STYLESHEET = "/org/partydesk/gui/reports/reports.css";

    private final Shell shell;
    private final I18n i18n;
    private final Responsibilities responsibilities;
    private final ReportFiles files;
    private ComboBox<Integer> year;
    private TableView<ListStats> perOwner;
    private TableView<ListStats> perList;
    private AnnualEditor annual;
    private QuarterlyPane quarterly;
    private WorkbookPane workbook;
    private TabPane tabs;

    public ReportsSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.responsibilities = new Responsibilities(shell.workspace());
        this.files = new ReportFiles(shell);
    }

    @Override
    public String id() {
        return Sections.REPORTS;
    }

    @Override
    public String titleKey() {
        return "section.reports";
    }

    @Override
    public Node view() {
        LocalDate today = new Roster(shell.workspace()).today();
        Reports reports = new Reports(shell.workspace());
        annual = new AnnualEditor(shell, reports, files, today.getYear());
        quarterly = new QuarterlyPane(shell, reports, files, today.getYear(), (today.getMonthValue() + 2) / 3);
        workbook = new WorkbookPane(shell, reports, files, today.getYear());
        tabs = new TabPane(tab("reports.tab.annual", "tabAnnual", annual.root()),
                tab("reports.tab.quarterly", "tabQuarterly", quarterly.root()),
                tab("reports.tab.workbook", "tabWorkbook", workbook.root()),
                tab("reports.tab.completion", "tabCompletion", completion(today.getYear())));
        tabs.setId("reportTabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> refresh(i.intValue()));
        tabs.getStylesheets().add(ReportsSection.class.getResource(STYLESHEET).toExternalForm());
        return tabs;
    }

    /** Replaces the save dialog of the report screens (tests answer it with a file of a temporary folder). */
    void saveDialog(BiFunction<FileChooser, Window, File> dialog) {
        files.saveDialog(dialog);
    }

    private Tab tab(String key, String id, Node content) {
        Tab t = new Tab(i18n.text(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private Node completion(int now) {
        year = Controls.years("reportsYear", now);
        year.valueProperty().addListener((obs, old, v) -> showCompletion());
        perOwner = stats("reportPerOwner", false);
        perList = stats("reportPerList", true);
        FlowPane top = Fit.row(new Label(i18n.text("reports.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, top, heading("reports.perOwner"), perOwner, heading("reports.perList"), perList);
        perOwner.setPrefHeight(180);
        VBox.setVgrow(perList, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
        return root;
    }

    /** Refreshes the tab in view only (each tab reads its figures in the background when it is shown). */
    @Override
    public boolean mayClose() {
        return annual == null || annual.mayClose();
    }

    @Override
    public void onShow() {
        refresh(tabs.getSelectionModel().getSelectedIndex());
    }

    private void refresh(int tab) {
        switch (tab) {
            case 0 -> annual.refresh();
            case 1 -> quarterly.refresh();
            case 2 -> workbook.refresh();
            default -> showCompletion();
        }
    }

    /** Reads how the chosen year's lists stand through the shell's executor. */
    private void showCompletion() {
        Integer y = year.getValue();
        if (y != null) {
            shell.load("reports.loading", p -> {
                LocalDate today = new Roster(shell.workspace()).today();
                return List.of(responsibilities.statsPerOwner(y, today), responsibilities.statsPerList(y, today));
            }, both -> {
                if (y.equals(year.getValue())) {
                    perOwner.getItems().setAll(both.get(0));
                    perList.getItems().setAll(both.get(1));
                }
            });
        }
    }

    private TableView<ListStats> stats(String id, boolean withList) {
        TableView<ListStats> t = Tables.table(id, i18n.text("reports.empty"),
                Tables.column(i18n.text("reports.ownerKind"), 90, s -> i18n.label(s.ownerKind())),
                Tables.column(i18n.text("reports.owner"), 140, ListStats::ownerName),
                Tables.column(i18n.text("reports.items"), 70, s -> String.valueOf(s.completion().items())),
                Tables.column(i18n.text("reports.due"), 70, s -> String.valueOf(s.completion().dueItems())),
                Tables.column(i18n.text("reports.done"), 70, s -> String.valueOf(s.completion().doneDueItems())),
                Tables.column(i18n.text("reports.overdue"), 70, s -> String.valueOf(s.completion().overdueItems())),
                Tables.column(i18n.text("reports.rate"), 80, s -> rate(s.completion())));
        if (withList) {
            t.getColumns().add(0, Tables.column(i18n.text("reports.list"), 260, ListStats::listName));
        }
        return t;
    }

    private String rate(Completion c) {
        return c.completionRate().isPresent()
                ? i18n.format("dashboard.percent", Math.round(c.completionRate().getAsDouble() * 1000) / 10.0) : "—";
    }

    private Label heading(String key) {
        return Controls.label(i18n, key, "section-heading");
    }
}
