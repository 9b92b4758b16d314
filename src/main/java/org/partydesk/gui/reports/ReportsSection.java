package org.partydesk.gui.reports;

import java.time.LocalDate;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.Completion;
import org.partydesk.model.ListStats;

/**
 * 报表: how the responsibility lists of a year stand today, per owner and per list (leaf items, due,
 * done, overdue, 完成率), counted from the rows.
 */
public final class ReportsSection implements Section {
    private final I18n i18n;
    private final Responsibilities responsibilities;
    private final ComboBox<Integer> year = new ComboBox<>();
    private TableView<ListStats> perOwner;
    private TableView<ListStats> perList;

    public ReportsSection(Shell shell) {
        this.i18n = shell.i18n();
        this.responsibilities = new Responsibilities(shell.workspace());
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
        int now = LocalDate.now().getYear();
        for (int y = now; y >= now - 4; y--) {
            year.getItems().add(y);
        }
        year.setValue(now);
        year.setId("reportsYear");
        year.valueProperty().addListener((obs, old, v) -> onShow());
        perOwner = stats("reportPerOwner", false);
        perList = stats("reportPerList", true);
        HBox top = new HBox(8, new Label(i18n.text("reports.year")), year);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, top, heading("reports.perOwner"), perOwner, heading("reports.perList"), perList);
        perOwner.setPrefHeight(180);
        VBox.setVgrow(perList, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
        return root;
    }

    @Override
    public void onShow() {
        if (year.getValue() != null) {
            LocalDate today = LocalDate.now();
            perOwner.getItems().setAll(responsibilities.statsPerOwner(year.getValue(), today));
            perList.getItems().setAll(responsibilities.statsPerList(year.getValue(), today));
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
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("section-heading");
        return l;
    }
}
