package org.partydesk.gui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.Workspace;
import org.partydesk.app.dashboard.Dashboard;
import org.partydesk.app.dashboard.GettingStarted;
import org.partydesk.app.dashboard.Reminders;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.MeetingType;

/**
 * View model of the 工作台: the period chosen (a year of those offered, a quarter), the tiles' texts, the two charts'
 * bars (meetings per month by type, the month not yet over marked 进行中; honours per level from 国家级 down to 局级, in
 * 批次), whether each chart has anything to show (else a sentence, and on a blank unit the getting-started next
 * step), the getting-started steps and the reminders. It alone calls the app layer, through the shell's executor
 * ({@link Background#load}); a later choice of period supersedes an earlier load. The view only binds.
 */
public final class DashboardModel {
    /** One bar (or bar segment) of a chart: its series, its category (the label under it) and its value. */
    public record Bar(String series, String category, int value) {
    }

    /** What one load read, off the FX thread. */
    record Loaded(LocalDate today, Dashboard.Overview overview, List<GettingStarted.Step> steps,
                  List<Reminders.Reminder> reminders) {
    }

    private final Dashboard dashboard;
    private final Background background;
    private final I18n i18n;
    private final GettingStartedViewModel gettingStarted;
    private final RemindersModel reminders;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper meetingsHeld = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper periodNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attendance = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper attendanceDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overdue = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper honours = new ReadOnlyStringWrapper("—");
    private final ReadOnlyStringWrapper honoursCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper honoursDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meetingsChartTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper honoursChartTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meetingsEmpty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper honoursEmpty = new ReadOnlyStringWrapper("");
    private final ObservableList<Bar> meetingBars = FXCollections.observableArrayList();
    private final ObservableList<Bar> honourBars = FXCollections.observableArrayList();
    /** Counts the loads started; only the newest one is shown. */
    private long generation;
    private boolean started;

    public DashboardModel(Workspace workspace, Background background, I18n i18n) {
        this.dashboard = new Dashboard(workspace);
        this.background = background;
        this.i18n = i18n;
        this.gettingStarted = new GettingStartedViewModel(workspace, i18n);
        this.reminders = new RemindersModel(workspace, i18n);
    }

    public GettingStartedViewModel gettingStarted() {
        return gettingStarted;
    }

    public RemindersModel reminders() {
        return reminders;
    }

    /** The years the chooser offers, newest first. */
    public ObservableList<Integer> years() {
        return years;
    }

    /** The year chosen; a change loads the period again. */
    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The quarter chosen (1–4); a change loads the period again. */
    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    /** True from the start of a load until its figures are shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty meetingsHeldProperty() {
        return meetingsHeld.getReadOnlyProperty();
    }

    /** Beside the period chosen while its quarter is not over: "（进行中，截至 12月5日）"; else empty. */
    public ReadOnlyStringProperty periodNoteProperty() {
        return periodNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attendanceProperty() {
        return attendance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attendanceDetailProperty() {
        return attendanceDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    /** The year's honours in 批次. */
    public ReadOnlyStringProperty honoursProperty() {
        return honours.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty honoursCaptionProperty() {
        return honoursCaption.getReadOnlyProperty();
    }

    /** "受表彰 12 人次、2 个集体", as the annual summary counts them. */
    public ReadOnlyStringProperty honoursDetailProperty() {
        return honoursDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meetingsChartTitleProperty() {
        return meetingsChartTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty honoursChartTitleProperty() {
        return honoursChartTitle.getReadOnlyProperty();
    }

    /** Instead of the meetings chart when the year has no meeting: what to say (empty while there is a chart). */
    public ReadOnlyStringProperty meetingsEmptyProperty() {
        return meetingsEmpty.getReadOnlyProperty();
    }

    /** Instead of the honours chart when the year has no honour (empty while there is a chart). */
    public ReadOnlyStringProperty honoursEmptyProperty() {
        return honoursEmpty.getReadOnlyProperty();
    }

    /** The meetings chart: per month (all months so far, in order) one segment per type held. */
    public ObservableList<Bar> meetingBars() {
        return meetingBars;
    }

    /** The honours chart: one bar per level, 国家级, 省级, 市级, 局级, in 批次. */
    public ObservableList<Bar> honourBars() {
        return honourBars;
    }

    /**
     * Reads the period to open on (today's quarter, or that of the last meeting when none is held this year yet),
     * then loads it; later choices of year or quarter load again. Once only.
     */
    public void start() {
        if (started) {
            refresh();
            return;
        }
        started = true;
        loading.set(true);
        background.load("dashboard.loadFailed", p -> dashboard.defaultDay(), shown -> {
            years.setAll(dashboard.years(shown));
            year.set(shown.getYear());
            quarter.set(Dashboard.quarterOf(shown));
            year.addListener((obs, old, v) -> refresh());
            quarter.addListener((obs, old, v) -> refresh());
            refresh();
        });
    }

    /** Loads the chosen period again (on each visit of the section, and after a change of period). */
    public void refresh() {
        if (year.get() == null || quarter.get() == null) {
            return;
        }
        int y = year.get();
        int q = quarter.get();
        long mine = ++generation;
        loading.set(true);
        background.load("dashboard.loadFailed", p -> read(y, q), data -> {
            if (mine == generation) {
                show(data);
            }
        });
    }

    private Loaded read(int y, int q) {
        LocalDate today = dashboard.today();
        return new Loaded(today, dashboard.overview(y, q), gettingStarted.read(), reminders.read(today));
    }

    private void show(Loaded data) {
        gettingStarted.show(data.steps());
        reminders.show(data.reminders());
        Dashboard.Overview o = data.overview();
        Dashboard.Figures f = o.figures();
        String y = String.valueOf(f.year());
        meetingsHeld.set(String.valueOf(f.meetingsHeld()));
        periodNote.set(f.inProgress() ? i18n.format("dashboard.quarterInProgress", String.valueOf(data.today().getMonthValue()),
                String.valueOf(data.today().getDayOfMonth())) : "");
        attendance.set(f.attendancePercent().isPresent()
                ? i18n.format("dashboard.percent", f.attendancePercent().getAsDouble()) : "—");
        attendanceDetail.set(i18n.format("dashboard.attendanceDetail", String.valueOf(f.present()), String.valueOf(f.expected())));
        overdue.set(String.valueOf(f.overdueItems()));
        Dashboard.Honours h = o.honours();
        honours.set(String.valueOf(h.batches()));
        honoursCaption.set(i18n.format("dashboard.honours", y));
        honoursDetail.set(h.collectives() == 0 ? i18n.format("dashboard.honoursPeople", String.valueOf(h.people()))
                : i18n.format("dashboard.honoursPeopleAndCollectives", String.valueOf(h.people()), String.valueOf(h.collectives())));

        meetingsChartTitle.set(i18n.format("dashboard.meetingsChart", y));
        honoursChartTitle.set(i18n.format("dashboard.honoursChart", y));
        meetingBars.setAll(o.noMeetings() ? List.of() : meetingBars(o.months()));
        honourBars.setAll(o.noHonours() ? List.of()
                : o.honours().byLevel().stream()
                        .map(l -> new Bar(i18n.text("dashboard.honoursSeries"), i18n.label(l.level()), l.batches())).toList());
        meetingsEmpty.set(o.noMeetings() ? i18n.format("dashboard.noMeetings", y) : "");
        honoursEmpty.set(o.noHonours() ? i18n.format("dashboard.noHonours", y) : "");
        loading.set(false);
    }

    /** The months in order; a month without meetings still has its place (a zero), the month not yet over its mark. */
    private List<Bar> meetingBars(List<Dashboard.Month> months) {
        List<MeetingType> types = months.stream().flatMap(m -> m.byType().keySet().stream()).distinct().sorted().toList();
        List<Bar> bars = new ArrayList<>();
        for (Dashboard.Month m : months) {
            String label = i18n.format(m.inProgress() ? "dashboard.monthInProgress" : "dashboard.month", String.valueOf(m.month()));
            for (MeetingType t : types) {
                bars.add(new Bar(i18n.label(t), label, m.byType().getOrDefault(t, 0)));
            }
        }
        return bars;
    }
}
