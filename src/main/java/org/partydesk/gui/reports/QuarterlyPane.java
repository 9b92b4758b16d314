package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

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
import org.partydesk.model.ComplianceReport;

/**
 * 支部季度报告: a branch, year and quarter; the report (纪实记录 style) is written in the background to a file
 * the clerk chooses and can then be opened in the word processor or printed. The table shows every branch's
 * 红黄旗 rating and meetings of the quarter; choosing a row chooses its branch.
 */
final class QuarterlyPane {
    private static final List<String> QUARTER_KEYS =
            List.of("reports.quarter1", "reports.quarter2", "reports.quarter3", "reports.quarter4");

    private final Shell shell;
    private final I18n i18n;
    private final Reports reports;
    private final ReportFiles files;
    private final ComboBox<String> branch = new ComboBox<>();
    private final ComboBox<Integer> year;
    private final ComboBox<Integer> quarter;
    private final Button open = new Button();
    private final Button print = new Button();
    private final Label written = new Label();
    private final TableView<BranchCompliance> table;
    private final VBox root;
    private Path last;

    QuarterlyPane(Shell shell, Reports reports, ReportFiles files, int thisYear, int thisQuarter) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.reports = reports;
        this.files = files;
        branch.setId("quarterlyBranch");
        branch.setPrefWidth(240);
        year = Controls.years("quarterlyYear", thisYear);
        quarter = Controls.numbered("quarterlyQuarter", i18n, QUARTER_KEYS);
        quarter.setValue(thisQuarter);
        year.valueProperty().addListener((obs, old, v) -> refresh());
        quarter.valueProperty().addListener((obs, old, v) -> refresh());

        Button generate = new Button(i18n.text("reports.quarterly.generate"));
        generate.setId("generateQuarterly");
        generate.getStyleClass().add("default-action");
        generate.setOnAction(e -> generate());
        open.setText(i18n.text("reports.open"));
        open.setId("openQuarterly");
        open.setOnAction(e -> files.open(last));
        print.setText(i18n.text("reports.print"));
        print.setId("printQuarterly");
        print.setOnAction(e -> files.print(last));
        open.setDisable(true);
        print.setDisable(true);
        written.setId("quarterlyWritten");
        written.getStyleClass().add("hint");
        written.setText(i18n.text("reports.quarterly.none"));
        FlowPane choose = Fit.row(new Label(i18n.text("reports.quarterly.branch")), branch,
                new Label(i18n.text("reports.year")), year, new Label(i18n.text("reports.quarterly.quarter")), quarter);
        choose.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = Fit.row(generate, open, print, written);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.hint(i18n, "reports.quarterly.hint");

        table = Tables.table("quarterlyBranches", i18n.text("reports.quarterly.empty"),
                Tables.column(i18n.text("reports.quarterly.branch"), 200, BranchCompliance::branch),
                Tables.column(i18n.text("reports.quarterly.rating"), 70, b -> i18n.label(b.rating())),
                Tables.column(i18n.text("reports.quarterly.held"), 360, this::held),
                Tables.column(i18n.text("reports.quarterly.shortfalls"), 300, this::shortfalls));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> {
            if (b != null && branch.getItems().contains(b.branch())) {
                branch.setValue(b.branch());
            }
        });
        root = new VBox(8, choose, actions, hint, Controls.label(i18n, "reports.quarterly.table", "section-heading"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("roster-pane");
    }

    Node root() {
        return root;
    }

    /** Reads the branches and the quarter's ratings again. */
    void refresh() {
        String chosen = branch.getValue();
        branch.getItems().setAll(reports.branches());
        branch.setValue(chosen != null && branch.getItems().contains(chosen) ? chosen
                : branch.getItems().isEmpty() ? null : branch.getItems().get(0));
        Integer y = year.getValue();
        Integer q = quarter.getValue();
        if (y == null || q == null) {
            return;
        }
        files.load(() -> new ComplianceCheck(shell.workspace()).run(y, q), (ComplianceReport r) -> {
            if (y.equals(year.getValue()) && q.equals(quarter.getValue())) {
                table.getItems().setAll(r.branches().stream().filter(b -> branch.getItems().contains(b.branch())).toList());
            }
        });
    }

    private String held(BranchCompliance b) {
        return b.held().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> i18n.label(e.getKey()) + e.getValue())
                .collect(Collectors.joining("、"));
    }

    private String shortfalls(BranchCompliance b) {
        return b.shortfalls().stream().map(s -> i18n.format("reports.quarterly.shortfall", i18n.label(s.type()), s.slot(),
                String.valueOf(s.held()), String.valueOf(s.required()))).distinct().collect(Collectors.joining("；"));
    }

    private void generate() {
        String b = branch.getValue();
        Integer y = year.getValue();
        Integer q = quarter.getValue();
        if (b == null || y == null || q == null || !files.goOnDespite(reports.missing(y))) {
            return;
        }
        files.chooseTarget("reports.quarterly.generate",
                i18n.format("reports.quarterly.fileName", b, String.valueOf(y),
                        i18n.text(QUARTER_KEYS.get(q - 1)), String.valueOf(q)), "docx")
                .ifPresent(docx -> shell.run("reports.quarterly.writing", p -> {
                    reports.writeQuarterly(b, y, q, docx, p);
                    return docx;
                }, done -> {
                    last = done;
                    open.setDisable(false);
                    print.setDisable(false);
                    written.setText(i18n.format("reports.quarterly.written", done));
                }));
    }
}
