package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.BranchCompliance;

/**
 * 支部季度报告 without controls: the branch, year and quarter chosen, the branches to choose from, every branch's
 * 红黄旗 rating and meetings of the quarter (read in one go through the shell's executor), what a row says, and the
 * report written to a file with the line that names it. It alone calls the app layer.
 */
final class QuarterlyModel {
    static final List<String> QUARTER_KEYS =
            List.of("reports.quarter1", "reports.quarter2", "reports.quarter3", "reports.quarter4");

    /** The branches to choose from and the quarter's branches with their ratings. */
    record Snapshot(List<String> branches, List<BranchCompliance> rows) {
    }

    final ObjectProperty<String> branch = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    final ObservableList<String> branches = FXCollections.observableArrayList();
    final ObservableList<BranchCompliance> rows = FXCollections.observableArrayList();
    /** The report last written (null: none yet). */
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    final StringProperty writtenText = new SimpleStringProperty();

    private final Reports reports;
    private final ComplianceCheck check;
    private final Background background;
    private final I18n i18n;

    QuarterlyModel(Reports reports, ComplianceCheck check, Background background, I18n i18n, int thisYear, int thisQuarter) {
        this.reports = reports;
        this.check = check;
        this.background = background;
        this.i18n = i18n;
        year.set(thisYear);
        quarter.set(thisQuarter);
        writtenText.set(i18n.text("reports.quarterly.none"));
    }

    /** Reads the branches and the chosen quarter's ratings again, keeping the chosen branch. */
    void refresh() {
        Integer y = year.get();
        Integer q = quarter.get();
        if (y == null || q == null) {
            return;
        }
        background.load("reports.loading", p -> new Snapshot(reports.branches(), check.rate(y, q)), s -> {
            if (!y.equals(year.get()) || !q.equals(quarter.get())) {
                return; // another quarter was chosen meanwhile: its read follows
            }
            String chosen = branch.get();
            branches.setAll(s.branches());
            branch.set(chosen != null && branches.contains(chosen) ? chosen : branches.isEmpty() ? null : branches.get(0));
            rows.setAll(s.rows().stream().filter(b -> branches.contains(b.branch())).toList());
        });
    }

    /** Chooses the branch of a row of the table. */
    void choose(BranchCompliance row) {
        if (row != null && branches.contains(row.branch())) {
            branch.set(row.branch());
        }
    }

    /** The meetings a branch held in the quarter: 支部党员大会1、党课1 … */
    String held(BranchCompliance b) {
        return b.held().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> i18n.label(e.getKey()) + e.getValue())
                .collect(Collectors.joining("、"));
    }

    /** What a branch fell short of, one sentence per rule and slot. */
    String shortfalls(BranchCompliance b) {
        return b.shortfalls().stream().map(s -> i18n.format("reports.quarterly.shortfall", i18n.label(s.type()), s.slot(),
                String.valueOf(s.held()), String.valueOf(s.required()))).distinct().collect(Collectors.joining("；"));
    }

    /** True when a branch, year and quarter are chosen. */
    boolean ready() {
        return branch.get() != null && year.get() != null && quarter.get() != null;
    }

    /** What the chosen year lacks for a report (members, meetings), read through the executor. */
    void missing(java.util.function.Consumer<List<String>> then) {
        Integer y = year.get();
        background.load("reports.loading", p -> reports.missing(y), then);
    }

    /** The file name proposed for the chosen report. */
    String fileName() {
        int q = quarter.get();
        return i18n.format("reports.quarterly.fileName", branch.get(), String.valueOf(year.get()),
                i18n.text(QUARTER_KEYS.get(q - 1)), String.valueOf(q));
    }

    /** Writes the chosen branch's report of the chosen quarter to {@code docx} through the executor. */
    void write(Path docx) {
        String b = branch.get();
        int y = year.get();
        int q = quarter.get();
        background.run("reports.quarterly.writing", p -> {
            reports.writeQuarterly(b, y, q, docx, p);
            return docx;
        }, done -> {
            written.set(done);
            writtenText.set(i18n.format("reports.quarterly.written", done));
        });
    }
}
