package org.partydesk.gui.reports;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;

/**
 * 统计表: the figures of a year (as the annual summary and the workbook use them) in two tables, the
 * bureau's totals and each branch's members and meetings; 生成统计表 writes the .xlsx in the background. A thin
 * view of {@link WorkbookModel}.
 */
final class WorkbookPane {
    private final I18n i18n;
    private final ReportFiles files;
    private final WorkbookModel model;
    private final VBox root;

    WorkbookPane(Shell shell, Reports reports, ReportFiles files, int thisYear) {
        this.i18n = shell.i18n();
        this.files = files;
        this.model = new WorkbookModel(reports, shell, i18n, thisYear);
        ComboBox<Integer> year = Controls.years("workbookYear", thisYear);
        year.valueProperty().bindBidirectional(model.year);
        model.year.addListener((obs, old, v) -> model.refresh());
        Button generate = new Button(i18n.text("reports.workbook.generate"));
        generate.setId("generateWorkbook");
        generate.getStyleClass().add("default-action");
        generate.setOnAction(e -> generate());
        Button open = new Button(i18n.text("reports.open"));
        open.setId("openWorkbook");
        open.disableProperty().bind(model.written.isNull());
        open.setOnAction(e -> files.open(model.written.get()));
        Label written = new Label();
        written.getStyleClass().add("hint");
        written.setId("workbookWritten");
        written.textProperty().bind(model.writtenText);
        FlowPane top = Fit.row(new Label(i18n.text("reports.year")), year, generate, open, written);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<WorkbookModel.Line> totals = Tables.table("workbookTotals", i18n.text("reports.loadingFigures"),
                Tables.column(i18n.text("reports.workbook.item"), 200, WorkbookModel.Line::name),
                Tables.column(i18n.text("reports.workbook.value"), 120, WorkbookModel.Line::value));
        totals.setItems(model.totals);
        TableView<WorkbookModel.Line> perBranch = Tables.table("workbookBranches", i18n.text("reports.loadingFigures"),
                Tables.column(i18n.text("reports.quarterly.branch"), 220, WorkbookModel.Line::name),
                Tables.column(i18n.text("reports.workbook.members"), 80, WorkbookModel.Line::value),
                Tables.column(i18n.text("reports.workbook.meetings"), 80, WorkbookModel.Line::extra));
        perBranch.setItems(model.perBranch);
        VBox left = new VBox(6, heading("reports.workbook.totals"), totals);
        VBox right = new VBox(6, heading("reports.workbook.perBranch"), perBranch);
        VBox.setVgrow(totals, Priority.ALWAYS);
        VBox.setVgrow(perBranch, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(400);
        right.setPrefWidth(500);
        HBox tables = new HBox(12, left, right);
        Label hint = Controls.hint(i18n, "reports.workbook.hint");
        root = new VBox(8, top, hint, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
    }

    Node root() {
        return root;
    }

    void refresh() {
        model.refresh();
    }

    private Label heading(String key) {
        return Controls.label(i18n, key, "section-heading");
    }

    private void generate() {
        if (model.year.get() == null) {
            return;
        }
        model.missing(missing -> {
            if (files.goOnDespite(missing)) {
                files.chooseTarget("reports.workbook.generate", model.fileName(), "xlsx").ifPresent(xlsx -> model.write(xlsx,
                        done -> files.offerToOpen(i18n.format("reports.written", done), done)));
            }
        });
    }
}
