package org.partydesk.gui.dashboard;

import java.awt.Font;
import java.util.stream.IntStream;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.partydesk.app.dashboard.Dashboard;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 工作台: the getting-started steps while a new bureau has some left, the member-life reminders (预备期, 谈话, 换届;
 * a click opens the member or organisation), tiles for the chosen quarter (meetings held, attendance rate, overdue responsibility items,
 * honours of the year) and two charts (meetings per month by type, honours by level). A click on a tile
 * or a chart opens the section behind it.
 */
public final class DashboardSection implements Section {
    private final Shell shell;
    private final I18n i18n;
    private final Dashboard dashboard;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> quarter = new ComboBox<>();
    private final Label meetings = number("tileMeetingsValue");
    private final Label attendance = number("tileAttendanceValue");
    private final Label attendanceDetail = new Label();
    private final Label overdue = number("tileOverdueValue");
    private final Label honours = number("tileHonoursValue");
    private final Label honoursCaption = new Label();
    private final ChartViewer meetingsChart = new ChartViewer(null);
    private final ChartViewer honoursChart = new ChartViewer(null);
    private final GettingStartedViewModel gettingStarted;
    private final RemindersModel reminders;
    /** Counts the loads started; only the newest one is shown. */
    private long generation;

    public DashboardSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.dashboard = new Dashboard(shell.workspace());
        this.gettingStarted = new GettingStartedViewModel(shell.workspace(), i18n);
        this.reminders = new RemindersModel(shell.workspace(), i18n);
    }

    @Override
    public String id() {
        return Sections.DASHBOARD;
    }

    @Override
    public String titleKey() {
        return "section.dashboard";
    }

    @Override
    public Node view() {
        java.time.LocalDate today = dashboard.today();
        IntStream.rangeClosed(today.getYear() - 4, today.getYear()).boxed().sorted(java.util.Comparator.reverseOrder())
                .forEach(year.getItems()::add);
        quarter.getItems().setAll(1, 2, 3, 4);
        year.setId("dashboardYear");
        quarter.setId("dashboardQuarter");
        year.setConverter(converter("dashboard.year"));
        quarter.setConverter(converter("dashboard.quarter"));
        // the quarter shown first depends on the meetings held: read in the background, then the figures load
        shell.load("dashboard.loadFailed", p -> dashboard.defaultDay(), shown -> {
            if (!year.getItems().contains(shown.getYear())) {
                year.getItems().add(shown.getYear());
            }
            year.setValue(shown.getYear());
            quarter.setValue((shown.getMonthValue() - 1) / 3 + 1);
            year.valueProperty().addListener((obs, old, v) -> onShow());
            quarter.valueProperty().addListener((obs, old, v) -> onShow());
            onShow();
        });
        HBox period = new HBox(8, new Label(i18n.text("dashboard.period")), year, quarter);
        period.setAlignment(Pos.CENTER_LEFT);

        HBox tiles = new HBox(12,
                tile("tileMeetings", meetings, new Label(i18n.text("dashboard.meetingsHeld")), Sections.MEETINGS),
                tile("tileAttendance", attendance, new VBox(new Label(i18n.text("dashboard.attendance")), attendanceDetail),
                        Sections.MEETINGS),
                tile("tileOverdue", overdue, new Label(i18n.text("dashboard.overdue")), Sections.RESPONSIBILITY),
                tile("tileHonours", honours, honoursCaption, Sections.COMMENDATIONS));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));

        meetingsChart.setId("meetingsChart");
        honoursChart.setId("honoursChart");
        meetingsChart.addChartMouseListener(opens(Sections.MEETINGS));
        honoursChart.addChartMouseListener(opens(Sections.COMMENDATIONS));
        HBox charts = new HBox(12, meetingsChart, honoursChart);
        HBox.setHgrow(meetingsChart, Priority.ALWAYS);
        meetingsChart.setPrefWidth(640);
        honoursChart.setPrefWidth(360);
        VBox.setVgrow(charts, Priority.ALWAYS);

        GettingStartedPane steps = new GettingStartedPane(gettingStarted, i18n, shell::show);
        RemindersPane reminding = new RemindersPane(reminders, i18n, shell::open);
        VBox root = new VBox(12, steps.root(), reminding.root(), period, tiles, charts);
        root.getStyleClass().add("dashboard");
        root.setId("dashboard");
        return root;
    }

    /**
     * Loads the figures and charts of the chosen period through the shell's executor (on a large bureau they
     * take a second or more, and the window must show at once) and shows them when they arrive; a later choice
     * of period supersedes an earlier load.
     */
    @Override
    public void onShow() {
        if (year.getValue() == null || quarter.getValue() == null) {
            return;
        }
        int y = year.getValue();
        int q = quarter.getValue();
        long mine = ++generation;
        shell.load("dashboard.loadFailed", p -> load(y, q), data -> {
            if (mine == generation) {
                show(data, mine);
            }
        });
    }

    /**
     * What the dashboard shows for one period, computed off the FX thread: the figures, and the charts' data
     * (the charts themselves are made after the figures are drawn, see {@link #showCharts}).
     */
    private record Loaded(int year, Dashboard.Figures figures, DefaultCategoryDataset perMonth, DefaultCategoryDataset byLevel,
                          java.util.List<org.partydesk.app.dashboard.GettingStarted.Step> steps,
                          java.util.List<org.partydesk.app.dashboard.Reminders.Reminder> reminders) {
    }

    private Loaded load(int y, int q) {
        Dashboard.Figures f = dashboard.figures(y, q);
        DefaultCategoryDataset perMonth = new DefaultCategoryDataset();
        dashboard.meetingsPerMonth(y).forEach(c -> perMonth.addValue(c.count(), i18n.label(c.type()),
                i18n.format("dashboard.month", String.valueOf(c.month()))));
        DefaultCategoryDataset byLevel = new DefaultCategoryDataset();
        dashboard.honoursByLevel(y).forEach(c -> byLevel.addValue(c.count(), i18n.text("dashboard.honoursSeries"), i18n.label(c.level())));
        return new Loaded(y, f, perMonth, byLevel, gettingStarted.read(), reminders.read(dashboard.today()));
    }

    private void show(Loaded data, long mine) {
        Dashboard.Figures f = data.figures();
        gettingStarted.show(data.steps());
        reminders.show(data.reminders());
        meetings.setText(String.valueOf(f.meetingsHeld()));
        attendance.setText(f.attendanceRate().isPresent()
                ? i18n.format("dashboard.percent", Math.round(f.attendanceRate().getAsDouble() * 1000) / 10.0) : "—");
        attendanceDetail.setText(i18n.format("dashboard.attendanceDetail", String.valueOf(f.present()), String.valueOf(f.expected())));
        overdue.setText(String.valueOf(f.overdueItems()));
        honours.setText(String.valueOf(f.honoursOfYear()));
        honoursCaption.setText(i18n.format("dashboard.honours", String.valueOf(data.year())));
        javafx.scene.Scene scene = meetings.getScene();
        if (scene == null) {
            showCharts(data, mine);
            return;
        }
        // the chart theme starts AWT and loads its fonts (a second of CPU on a slow PC): only once the figures are
        // laid out and drawn, so the first window is not kept waiting for the charts
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> showCharts(data, mine));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Makes the period's charts off the FX thread and shows them, unless a later period was chosen meanwhile. */
    private void showCharts(Loaded data, long mine) {
        if (mine != generation) {
            return;
        }
        shell.load("dashboard.loadFailed", p -> new JFreeChart[] {
            style(ChartFactory.createStackedBarChart(
                    i18n.format("dashboard.meetingsChart", String.valueOf(data.year())), null, i18n.text("dashboard.meetings"),
                    data.perMonth(), PlotOrientation.VERTICAL, true, true, false)),
            style(ChartFactory.createBarChart(
                    i18n.format("dashboard.honoursChart", String.valueOf(data.year())), null,
                    i18n.text("dashboard.honoursSeries"), data.byLevel(), PlotOrientation.VERTICAL, false, true, false))
        }, charts -> {
            if (mine == generation) {
                meetingsChart.setChart(charts[0]);
                honoursChart.setChart(charts[1]);
            }
        });
    }

    /** Chinese-capable fonts for the chart texts (AWT fonts, not the scene's). */
    private static JFreeChart style(JFreeChart chart) {
        String family = CjkFonts.installedFamily().orElse(Font.SANS_SERIF);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(java.awt.Color.WHITE);
        theme.setRangeGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
        theme.setChartBackgroundPaint(java.awt.Color.WHITE);
        theme.apply(chart);
        return chart;
    }

    private ChartMouseListenerFX opens(String sectionId) {
        return new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                shell.show(sectionId);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks open a section
            }
        };
    }

    private Button tile(String id, Label value, Node caption, String sectionId) {
        VBox box = new VBox(4, value, caption);
        box.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button();
        b.setGraphic(box);
        b.setId(id);
        b.getStyleClass().add("tile");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> shell.show(sectionId));
        return b;
    }

    private static Label number(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("tile-number");
        return l;
    }

    private javafx.util.StringConverter<Integer> converter(String key) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : i18n.format(key, String.valueOf(v));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
    }
}
