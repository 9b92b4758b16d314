package org.partydesk.gui.meetings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.ComplianceMatrix;
import org.partydesk.app.meetings.PendingWords;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Rating;
import org.partydesk.model.Shortfall;

/**
 * What the 红黄旗 tab shows, apart from its controls: the check it runs (the only call into app), the words of each
 * cell (a period not begun says 未开始, a month or quarter not over and nothing missing yet says 进行中, not 绿旗),
 * what a clicked cell lacks and held, and the status line's counts; for a year that runs, the line saying so and
 * each cell's slots still to be held (尚待召开), in the words of the command line's {@code check}
 * ({@link PendingWords}). Tested without a robot ({@code ComplianceMatrixModelTest}); {@link ComplianceMatrixPane}
 * runs the check through the shell's executor.
 */
final class ComplianceMatrixModel {
    private final ComplianceCheck check;
    private final I18n i18n;

    ComplianceMatrixModel(ComplianceCheck check, I18n i18n) {
        this.check = check;
        this.i18n = i18n;
    }

    /** The check of {@code year} by month or by quarter, as work for the executor. */
    BackgroundTask.Work<ComplianceMatrix> check(int year, boolean monthly) {
        return progress -> check.matrix(year, monthly);
    }

    /** The words of a cell, with the style class of its colour; null text for an empty cell. */
    record CellText(String text, String styleClass) {
    }

    /**
     * A cell's words: empty (a unit that did not exist), 未开始, 进行中, or its rating; with how many slots are still to be
     * held in it (待开 2) while they run. They never change the rating or its colour (decision 0052).
     */
    CellText cell(BranchCompliance b, boolean started, boolean ongoing) {
        if (b == null) {
            return new CellText("", "rating-none");
        }
        if (!started) {
            return new CellText(i18n.text("meetings.matrix.notStarted"), "rating-future");
        }
        // the cell's own short words (Green, Ongoing in English; 绿旗, 进行中 as elsewhere in Chinese): 13 columns share a row
        String words = soFar(b, ongoing) ? i18n.text("meetings.matrix.cellOngoing")
                : i18n.text(switch (b.rating()) {
                    case GREEN -> "meetings.matrix.cell.GREEN";
                    case YELLOW -> "meetings.matrix.cell.YELLOW";
                    case RED -> "meetings.matrix.cell.RED";
                });
        String style = soFar(b, ongoing) ? "rating-ongoing" : "rating-" + b.rating().name().toLowerCase(java.util.Locale.ROOT);
        return new CellText(b.pending().isEmpty() ? words
                : i18n.format("meetings.matrix.pendingMark", words, String.valueOf(b.pending().size())), style);
    }

    /** Whether the year shown runs on the database clock's today ({@link #asOf}): its pending slots are shown. */
    boolean running(ComplianceMatrix m) {
        return m.running();
    }

    /** The day the check was made as of (the database clock's today). */
    java.time.LocalDate asOf(ComplianceMatrix m) {
        return m.today();
    }

    /** The line over a running year's matrix, in the command line's words ("" for a year that has ended). */
    String runningLine(ComplianceMatrix m) {
        return m.running() ? PendingWords.running(m.today()) : "";
    }

    /** The slots still to be held in a cell, in the command line's words (党课 第四季度 应开1次，已开0次). */
    List<String> pendingLines(BranchCompliance b) {
        return b == null ? List.of() : b.pending().stream()
                .map(s -> String.join(" ", PendingWords.slot(s)) + PendingWords.cells(s)).toList();
    }

    /** A cell's tooltip: the heading and the slots still to be held, or null when none are. */
    String pendingTooltip(BranchCompliance b) {
        List<String> lines = pendingLines(b);
        return lines.isEmpty() ? null : PendingWords.HEADING + "\n" + String.join("\n", lines);
    }

    /** Nothing is missing yet in a period not over: not a 绿旗 until it ends. */
    private static boolean soFar(BranchCompliance b, boolean ongoing) {
        return ongoing && b.rating() == Rating.GREEN;
    }

    /** A cell's rating in words: 进行中 for a period not over with nothing missing yet, else the rating. */
    private String ratingWords(BranchCompliance b, boolean ongoing) {
        return soFar(b, ongoing) ? i18n.text("meetings.matrix.ongoing") : i18n.label(b.rating());
    }

    /** The heading over a clicked cell: the unit, the period and its rating (进行中 as in the cell). */
    String cellTitle(ComplianceMatrix.Row row, BranchCompliance b, CompliancePeriod period, boolean ongoing) {
        return i18n.format("meetings.matrix.cellTitle", row.name(), periodText(period), ratingWords(b, ongoing));
    }

    /**
     * What a clicked cell lacks (one line a shortfall, or that nothing is missing), then what it held, then, while its
     * period runs, the slots still to be held under the command line's heading.
     */
    List<String> cellLines(BranchCompliance b) {
        List<String> lines = new ArrayList<>();
        for (Shortfall s : b.shortfalls()) {
            lines.add(s.unitName() == null
                    ? i18n.format("meetings.matrix.shortfall", i18n.label(s.type()), s.slot(), String.valueOf(s.required()),
                            String.valueOf(s.held()))
                    : i18n.format("meetings.matrix.cellShortfall", i18n.label(s.type()), s.slot(), String.valueOf(s.required()),
                            String.valueOf(s.held()), s.unitName()));
        }
        if (lines.isEmpty()) {
            lines.add(i18n.text("meetings.matrix.noShortfall"));
        }
        StringBuilder held = new StringBuilder();
        for (Map.Entry<MeetingType, Integer> e : b.held().entrySet()) {
            if (e.getValue() != 0) {
                held.append(held.length() == 0 ? "" : "、")
                        .append(i18n.format("meetings.matrix.heldCount", i18n.label(e.getKey()), String.valueOf(e.getValue())));
            }
        }
        lines.add(i18n.format("meetings.matrix.held", held.length() == 0 ? i18n.text("meetings.matrix.none") : held.toString()));
        if (!b.pending().isEmpty()) {
            lines.add(PendingWords.HEADING);
            lines.addAll(pendingLines(b));
        }
        return lines;
    }

    /** The status line under a matrix: the year, how many units, how many of each flag for the year, the reminders. */
    String status(ComplianceMatrix m) {
        Map<Rating, Long> counts = m.rows().stream().collect(Collectors.groupingBy(
                r -> r.year().rating(), () -> new EnumMap<>(Rating.class), Collectors.counting()));
        return i18n.format("meetings.matrix.status", String.valueOf(m.year()), String.valueOf(m.rows().size()),
                String.valueOf(counts.getOrDefault(Rating.GREEN, 0L)), String.valueOf(counts.getOrDefault(Rating.YELLOW, 0L)),
                String.valueOf(counts.getOrDefault(Rating.RED, 0L)), String.valueOf(m.flags().size()));
    }

    /** The title of a period column: 1月 … 12月, or 第一季度 …. */
    String columnTitle(ComplianceMatrix m, int column) {
        return m.periods().size() == 12 ? i18n.format("meetings.matrix.month", String.valueOf(column + 1))
                : i18n.format("meetings.matrix.quarter", String.valueOf(column + 1));
    }

    String periodText(CompliancePeriod p) {
        if (p.month() != null) {
            return i18n.format("meetings.matrix.monthOf", String.valueOf(p.year()), String.valueOf(p.month()));
        }
        return p.quarter() != null
                ? i18n.format("meetings.matrix.quarterOf", String.valueOf(p.year()), String.valueOf(p.quarter()))
                : i18n.format("meetings.matrix.yearOf", String.valueOf(p.year()));
    }
}
