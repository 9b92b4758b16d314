package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;

/**
 * 统计表: the figures of a year (as the annual summary and the workbook use them) in two tables, the
 * bureau's totals and each branch's members and meetings; 生成统计表 writes the .xlsx in the background.
 */
final class WorkbookPane {
    /** One line of a table: a name and its values. */
    record Line(String name, String value, String extra) {
    }

    private final Shell shell;
    private final I18n i18n;
    private final Reports reports;
    private final ReportFiles files;
    private final ComboBox<Integer> year;
    private final TableView<Line> totals;
    private final TableView<Line> perBranch;
    private final Button open = new Button();
    private final Label written = new Label();
    private final VBox root;
    private Path last;

    WorkbookPane(Shell shell, Reports reports, ReportFiles files, int thisYear) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.reports = reports;
        this.files = files;
        year = Controls.years("workbookYear", thisYear);
        year.valueProperty().addListener((obs, old, v) -> refresh());
        Button generate = new Button(i18n.text("reports.workbook.generate"));
        generate.setId("generateWorkbook");
        generate.getStyleClass().add("default-action");
        generate.setOnAction(e -> generate());
        open.setText(i18n.text("reports.open"));
        open.setId("openWorkbook");
        open.setDisable(true);
        open.setOnAction(e -> files.open(last));
        written.getStyleClass().add("hint");
        written.setId("workbookWritten");
        FlowPane top = Fit.row(new Label(i18n.text("reports.year")), year, generate, open, written);
        top.setAlignment(Pos.CENTER_LEFT);
        totals = Tables.table("workbookTotals", i18n.text("reports.loadingFigures"),
                Tables.column(i18n.text("reports.workbook.item"), 200, Line::name),
                Tables.column(i18n.text("reports.workbook.value"), 120, Line::value));
        perBranch = Tables.table("workbookBranches", i18n.text("reports.loadingFigures"),
                Tables.column(i18n.text("reports.quarterly.branch"), 220, Line::name),
                Tables.column(i18n.text("reports.workbook.members"), 80, Line::value),
                Tables.column(i18n.text("reports.workbook.meetings"), 80, Line::extra));
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
        Integer y = year.getValue();
        if (y != null) {
            files.load(() -> reports.stats(y), stats -> {
                if (y.equals(year.getValue())) {
                    show(stats);
                }
            });
        }
    }

    private void show(YearStats s) {
        List<Line> lines = new ArrayList<>();
        YearStats.Members m = s.members();
        lines.add(line("reports.workbook.membersTotal", m.total()));
        lines.add(line("reports.workbook.full", m.full()));
        lines.add(line("reports.workbook.probationary", m.probationary()));
        for (MeetingType t : MeetingType.values()) {
            lines.add(new Line(i18n.label(t), String.valueOf(s.meetingsOf(t)), ""));
        }
        YearStats.Attendance a = s.attendance();
        lines.add(line("reports.workbook.expected", a.expected()));
        lines.add(line("reports.workbook.present", a.present()));
        lines.add(line("reports.workbook.onLeave", a.onLeave()));
        lines.add(line("reports.workbook.absent", a.absent()));
        lines.add(new Line(i18n.text("reports.workbook.rate"),
                i18n.format("dashboard.percent", Math.round(a.rate() * 1000) / 10.0), ""));
        lines.add(line("reports.workbook.commendations", s.commendations().total()));
        for (CommendationLevel l : CommendationLevel.values()) {
            lines.add(new Line(i18n.label(l), String.valueOf(s.commendations().byLevel().getOrDefault(l, 0)), ""));
        }
        totals.getItems().setAll(lines);
        List<Line> branches = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.byBranch().entrySet()) {
            int meetings = s.meetingsByBranch().getOrDefault(e.getKey(), Map.of()).values().stream()
                    .mapToInt(Integer::intValue).sum();
            branches.add(new Line(e.getKey(), String.valueOf(e.getValue()), String.valueOf(meetings)));
        }
        perBranch.getItems().setAll(branches);
    }

    private Line line(String key, int value) {
        return new Line(i18n.text(key), String.valueOf(value), "");
    }

    private Label heading(String key) {
        return Controls.label(i18n, key, "section-heading");
    }

    private void generate() {
        Integer y = year.getValue();
        if (y == null || !files.goOnDespite(reports.missing(y))) {
            return;
        }
        files.chooseTarget("reports.workbook.generate", i18n.format("reports.workbook.fileName", String.valueOf(y)), "xlsx")
                .ifPresent(xlsx -> shell.run("reports.workbook.writing", p -> {
                    reports.writeWorkbook(y, xlsx, p);
                    return xlsx;
                }, done -> {
                    last = done;
                    open.setDisable(false);
                    written.setText(i18n.format("reports.written", done));
                    files.offerToOpen(i18n.format("reports.written", done), done);
                }));
    }
}
