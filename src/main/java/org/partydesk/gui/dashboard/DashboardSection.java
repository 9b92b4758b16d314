package org.partydesk.gui.dashboard;

import java.awt.Font;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 工作台: the getting-started steps while a new bureau has some left, the member-life reminders (预备期, 谈话, 换届;
 * a click opens the member or organisation), tiles for the chosen quarter (meetings held, attendance rate, overdue
 * responsibility items, honours of the year in 批次 and 人次) and two charts (meetings per month by type, honours by
 * level); a chart with nothing to show gives way to a sentence and, on a blank unit, the next step. A click on a tile
 * or a chart opens the section behind it. A thin view over {@link DashboardModel}: it binds, and makes the charts.
 */
public final class DashboardSection implements Section {
    private static final double CHART_MIN_HEIGHT = 260;
    private static final double CHART_PREF_HEIGHT = 340;
    /** The window's font size without a setting (JavaFX's default), in pixels. */
    private static final double DEFAULT_FONT_PX = 13;
    private final Shell shell;
    private final I18n i18n;
    private final DashboardModel model;
    private final ChartViewer meetingsChart = new ChartViewer(null);
    private final ChartViewer honoursChart = new ChartViewer(null);
    /** 统计期间; its font is the window's (the charts' texts are sized after it). */
    private final Label periodLabel = new Label();
    /** Counts the charts made; only the newest are shown. */
    private long charts;

    public DashboardSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new DashboardModel(shell.workspace(), shell, i18n);
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
        ComboBox<Integer> year = new ComboBox<>(model.years());
        ComboBox<Integer> quarter = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        year.setId("dashboardYear");
        quarter.setId("dashboardQuarter");
        year.setConverter(converter("dashboard.year"));
        quarter.setConverter(converter("dashboard.quarter"));
        year.valueProperty().bindBidirectional(model.yearProperty());
        quarter.valueProperty().bindBidirectional(model.quarterProperty());
        periodLabel.setText(i18n.text("dashboard.period"));
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label periodNote = new Label();
        periodNote.setId("dashboardPeriodNote");
        periodNote.textProperty().bind(model.periodNoteProperty());
        periodNote.getStyleClass().add("field-label");
        HBox period = new HBox(8, periodLabel, year, quarter, periodNote);
        period.setAlignment(Pos.CENTER_LEFT);

        TilePane tiles = new TilePane(12, 12,
                tile("tileMeetings", number("tileMeetingsValue", model.meetingsHeldProperty()),
                        caption(new SimpleStringProperty(i18n.text("dashboard.meetingsHeld"))), Sections.MEETINGS),
                tile("tileAttendance", number("tileAttendanceValue", model.attendanceProperty()),
                        new VBox(caption(new SimpleStringProperty(i18n.text("dashboard.attendance"))),
                                caption(model.attendanceDetailProperty())),
                        Sections.MEETINGS),
                tile("tileOverdue", number("tileOverdueValue", model.overdueProperty()),
                        caption(new SimpleStringProperty(i18n.text("dashboard.overdue"))), Sections.RESPONSIBILITY),
                tile("tileHonours", number("tileHonoursValue", model.honoursProperty()),
                        new VBox(caption(model.honoursCaptionProperty()), caption(model.honoursDetailProperty())),
                        Sections.COMMENDATIONS));
        tiles.setId("dashboardTiles");
        tiles.setPrefColumns(tiles.getChildren().size());
        tiles.setTileAlignment(Pos.TOP_LEFT);
        // four tiles share the width; when a tile's captions need more (a large font), two rows of two (one of one)
        tiles.prefTileWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double widest = tiles.getChildren().stream().mapToDouble(t -> t.prefWidth(-1)).max().orElse(0);
            int n = tiles.getChildren().size();
            double gap = tiles.getHgap();
            int columns = (int) Math.max(1, Math.min(n, Math.floor((tiles.getWidth() + gap) / (widest + gap))));
            if (columns > 1 && columns < n) {
                columns = n / 2;
            }
            return Math.max(widest, Math.floor((tiles.getWidth() - (columns - 1) * gap) / columns));
        }, tiles.widthProperty(), periodLabel.fontProperty(), model.loadingProperty()));

        meetingsChart.setId("meetingsChart");
        honoursChart.setId("honoursChart");
        meetingsChart.setPrefWidth(640);
        honoursChart.setPrefWidth(360);
        meetingsChart.addChartMouseListener(opens(Sections.MEETINGS));
        honoursChart.addChartMouseListener(opens(Sections.COMMENDATIONS));
        Node meetingsArea = chartOrSentence(meetingsChart, model.meetingsEmptyProperty(), "meetingsEmpty", true);
        Node honoursArea = chartOrSentence(honoursChart, model.honoursEmptyProperty(), "honoursEmpty", false);
        HBox charts = new HBox(12, meetingsArea, honoursArea);
        HBox.setHgrow(meetingsArea, Priority.ALWAYS);
        // the charts keep a readable height: when the window is too low for everything, the page scrolls
        charts.setMinHeight(CHART_MIN_HEIGHT);
        charts.setPrefHeight(CHART_PREF_HEIGHT);
        VBox.setVgrow(charts, Priority.ALWAYS);
        model.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                chartsChanged(charts);
            }
        });

        GettingStartedPane steps = new GettingStartedPane(model.gettingStarted(), i18n, shell::show);
        RemindersPane reminding = new RemindersPane(model.reminders(), i18n, shell::open);
        VBox root = new VBox(12, steps.root(), reminding.root(), period, tiles, charts);
        root.getStyleClass().add("dashboard");
        root.setId("dashboard");
        model.start();
        ScrollPane page = new ScrollPane(root);
        page.setFitToWidth(true);
        // nothing is squeezed below its size (the page scrolls instead); a window with room to spare gives it to the charts
        root.minHeightProperty().bind(Bindings.createDoubleBinding(() -> page.getViewportBounds().getHeight(),
                page.viewportBoundsProperty()));
        return page;
    }

    /** Loads the chosen period again through the model (on each visit). */
    @Override
    public void onShow() {
        model.refresh();
    }

    /**
     * A chart, or in its place the sentence of {@code empty} while that is not blank; beside the meetings chart's
     * sentence, the getting-started next step of a blank unit with its button.
     */
    private Node chartOrSentence(ChartViewer chart, ReadOnlyStringProperty empty, String id, boolean withNextStep) {
        Label sentence = new Label();
        sentence.setId(id);
        sentence.setWrapText(true);
        sentence.textProperty().bind(empty);
        VBox placeholder = new VBox(8, sentence);
        if (withNextStep) {
            Label next = new Label();
            next.setId("dashboardNextStep");
            next.setWrapText(true);
            Button go = new Button(i18n.text("gettingStarted.go"));
            go.setId("dashboardNextStepGo");
            var step = model.gettingStarted().nextProperty();
            next.textProperty().bind(Bindings.createStringBinding(() -> step.get() == null ? ""
                    : i18n.format("dashboard.nextStep", step.get().title(), step.get().detail()), step));
            go.setOnAction(e -> shell.show(model.gettingStarted().open(step.get())));
            VBox nextBox = new VBox(6, next, go);
            // the next step, unless the getting-started steps above show it already
            BooleanBinding shown = step.isNotNull().and(model.gettingStarted().visibleProperty().not());
            nextBox.visibleProperty().bind(shown);
            nextBox.managedProperty().bind(shown);
            placeholder.getChildren().add(nextBox);
        }
        BooleanBinding none = empty.isNotEmpty();
        placeholder.visibleProperty().bind(none);
        placeholder.managedProperty().bind(none);
        chart.visibleProperty().bind(none.not());
        chart.managedProperty().bind(none.not());
        StackPane area = new StackPane(chart, placeholder);
        area.setPrefWidth(chart.getPrefWidth());
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        return area;
    }

    /**
     * Makes the charts of the model's bars off the FX thread (the chart theme starts AWT and loads its fonts, a second
     * of CPU on a slow PC) once the figures are laid out and drawn, so the first window is not kept waiting for them;
     * shows them unless newer bars arrived meanwhile.
     */
    private void chartsChanged(Node anyNode) {
        long mine = ++charts;
        String meetingsTitle = model.meetingsChartTitleProperty().get();
        String honoursTitle = model.honoursChartTitleProperty().get();
        DefaultCategoryDataset perMonth = dataset(model.meetingBars());
        DefaultCategoryDataset byLevel = dataset(model.honourBars());
        double scale = Math.max(1, periodLabel.getFont().getSize() / DEFAULT_FONT_PX);
        Runnable make = () -> {
            if (mine != charts) {
                return;
            }
            shell.load("dashboard.loadFailed", p -> new JFreeChart[] {
                style(ChartFactory.createStackedBarChart(meetingsTitle, null, i18n.text("dashboard.meetings"),
                        perMonth, PlotOrientation.VERTICAL, true, true, false), scale),
                style(ChartFactory.createBarChart(honoursTitle, null, i18n.text("dashboard.honoursSeries"),
                        byLevel, PlotOrientation.VERTICAL, false, true, false), scale)
            }, made -> {
                if (mine == charts) {
                    meetingsChart.setChart(made[0]);
                    honoursChart.setChart(made[1]);
                }
            });
        };
        javafx.scene.Scene scene = anyNode.getScene();
        if (scene == null) {
            make.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(make);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static DefaultCategoryDataset dataset(List<DashboardModel.Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bars.forEach(b -> data.addValue(b.value(), b.series(), b.category()));
        return data;
    }

    /**
     * Chinese-capable fonts for the chart texts (AWT fonts, not the scene's), sized after the window's font
     * ({@code scale}: its size over the default 13 px); a category label may take two lines rather than be cut short.
     */
    private static JFreeChart style(JFreeChart chart, double scale) {
        String family = CjkFonts.installedFamily().orElse(Font.SANS_SERIF);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, (int) Math.round(16 * scale)));
        theme.setLargeFont(new Font(family, Font.BOLD, (int) Math.round(13 * scale)));
        theme.setRegularFont(new Font(family, Font.PLAIN, (int) Math.round(12 * scale)));
        theme.setSmallFont(new Font(family, Font.PLAIN, (int) Math.round(10 * scale)));
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(java.awt.Color.WHITE);
        theme.setRangeGridlinePaint(new java.awt.Color(0xDD, 0xDD, 0xDD));
        theme.setChartBackgroundPaint(java.awt.Color.WHITE);
        theme.apply(chart);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f);
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
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setOnAction(e -> shell.show(sectionId));
        return b;
    }

    private static Label number(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("tile-number");
        l.textProperty().bind(text);
        return l;
    }

    /** A caption under a tile's number: never cut short (the tile is as wide as its captions at least). */
    private static Label caption(javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
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
