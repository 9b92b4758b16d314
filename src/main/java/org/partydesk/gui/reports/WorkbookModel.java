package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.MeetingType;
import org.partydesk.model.YearStats;

/**
 * 统计表 without controls: the chosen year, its figures as the two tables show them (the bureau's totals; each
 * branch's members and meetings), read through the shell's executor, and the workbook written to a file. It alone
 * calls the app layer.
 */
final class WorkbookModel {
    /** One line of a table: a name and its values. */
    record Line(String name, String value, String extra) {
    }

    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObservableList<Line> totals = FXCollections.observableArrayList();
    final ObservableList<Line> perBranch = FXCollections.observableArrayList();
    /** The workbook last written (null: none yet). */
    final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    final StringProperty writtenText = new SimpleStringProperty("");

    private final Reports reports;
    private final Background background;
    private final I18n i18n;

    WorkbookModel(Reports reports, Background background, I18n i18n, int thisYear) {
        this.reports = reports;
        this.background = background;
        this.i18n = i18n;
        year.set(thisYear);
    }

    /** Reads the chosen year's figures again. */
    void refresh() {
        Integer y = year.get();
        if (y != null) {
            background.load("reports.loading", p -> reports.stats(y), stats -> {
                if (y.equals(year.get())) {
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
        totals.setAll(lines);
        List<Line> branches = new ArrayList<>();
        for (Map.Entry<String, Integer> e : m.byBranch().entrySet()) {
            int meetings = s.meetingsByBranch().getOrDefault(e.getKey(), Map.of()).values().stream()
                    .mapToInt(Integer::intValue).sum();
            branches.add(new Line(e.getKey(), String.valueOf(e.getValue()), String.valueOf(meetings)));
        }
        perBranch.setAll(branches);
    }

    private Line line(String key, int value) {
        return new Line(i18n.text(key), String.valueOf(value), "");
    }

    /** What the chosen year lacks for a workbook (members, meetings), read through the executor. */
    void missing(Consumer<List<String>> then) {
        Integer y = year.get();
        background.load("reports.loading", p -> reports.missing(y), then);
    }

    /** The file name proposed for the chosen year's workbook. */
    String fileName() {
        return i18n.format("reports.workbook.fileName", String.valueOf(year.get()));
    }

    /** Writes the chosen year's workbook to {@code xlsx} through the executor; {@code then} gets the file. */
    void write(Path xlsx, Consumer<Path> then) {
        int y = year.get();
        background.run("reports.workbook.writing", p -> {
            reports.writeWorkbook(y, xlsx, p);
            return xlsx;
        }, done -> {
            written.set(done);
            writtenText.set(i18n.format("reports.written", done));
            then.accept(done);
        });
    }
}
