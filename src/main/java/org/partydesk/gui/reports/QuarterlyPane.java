package org.partydesk.gui.reports;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.BranchCompliance;

/**
 * 支部季度报告: a branch, year and quarter; the report (纪实记录 style) is written in the background to a file
 * the clerk chooses and can then be opened in the word processor or printed. The table shows every branch's
 * 红黄旗 rating and meetings of the quarter; choosing a row chooses its branch. A thin view of {@link QuarterlyModel}.
 */
final class QuarterlyPane {
    private final ReportFiles files;
    private final QuarterlyModel model;
    private final VBox root;

    QuarterlyPane(Shell shell, Reports reports, ReportFiles files, int thisYear, int thisQuarter) {
        I18n i18n = shell.i18n();
        this.files = files;
        this.model = new QuarterlyModel(reports, new ComplianceCheck(shell.workspace()), shell, i18n, thisYear, thisQuarter);
        ComboBox<String> branch = new ComboBox<>(model.branches);
        branch.setId("quarterlyBranch");
        branch.setPrefWidth(240);
        branch.valueProperty().bindBidirectional(model.branch);
        ComboBox<Integer> year = Controls.years("quarterlyYear", thisYear);
        year.valueProperty().bindBidirectional(model.year);
        ComboBox<Integer> quarter = Controls.numbered("quarterlyQuarter", i18n, QuarterlyModel.QUARTER_KEYS);
        quarter.valueProperty().bindBidirectional(model.quarter);
        model.year.addListener((obs, old, v) -> model.refresh());
        model.quarter.addListener((obs, old, v) -> model.refresh());

        Button generate = new Button(i18n.text("reports.quarterly.generate"));
        generate.setId("generateQuarterly");
        generate.getStyleClass().add("default-action");
        generate.setOnAction(e -> generate());
        Button open = new Button(i18n.text("reports.open"));
        open.setId("openQuarterly");
        open.setOnAction(e -> files.open(model.written.get()));
        Button print = new Button(i18n.text("reports.print"));
        print.setId("printQuarterly");
        print.setOnAction(e -> files.print(model.written.get()));
        open.disableProperty().bind(model.written.isNull());
        print.disableProperty().bind(model.written.isNull());
        Label written = new Label();
        written.setId("quarterlyWritten");
        written.getStyleClass().add("hint");
        written.textProperty().bind(model.writtenText);
        FlowPane choose = Fit.row(new Label(i18n.text("reports.quarterly.branch")), branch,
                new Label(i18n.text("reports.year")), year, new Label(i18n.text("reports.quarterly.quarter")), quarter);
        choose.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = Fit.row(generate, open, print, written);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.hint(i18n, "reports.quarterly.hint");

        TableView<BranchCompliance> table = Tables.table("quarterlyBranches", i18n.text("reports.quarterly.empty"),
                Tables.column(i18n.text("reports.quarterly.branch"), 200, BranchCompliance::branch),
                Tables.column(i18n.text("reports.quarterly.rating"), 70, b -> i18n.label(b.rating())),
                Tables.wrapping(Tables.column(i18n.text("reports.quarterly.held"), 360, model::held)),
                Tables.wrapping(Tables.column(i18n.text("reports.quarterly.shortfalls"), 300, model::shortfalls)));
        table.setItems(model.rows);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> model.choose(b));
        root = new VBox(8, choose, actions, hint, Controls.label(i18n, "reports.quarterly.table", "section-heading"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
    }

    Node root() {
        return root;
    }

    /** Reads the branches and the quarter's ratings again. */
    void refresh() {
        model.refresh();
    }

    private void generate() {
        if (!model.ready()) {
            return;
        }
        model.missing(missing -> {
            if (files.goOnDespite(missing)) {
                files.chooseTarget("reports.quarterly.generate", model.fileName(), "docx").ifPresent(model::write);
            }
        });
    }
}
