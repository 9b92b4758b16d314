package org.partydesk.gui.dashboard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.dashboard.Dashboard;
import org.partydesk.app.dashboard.GettingStarted.StepKind;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.ReportFigure;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 工作台's view model without a window, through {@link Background#sameThread}, on real SQLite files: the sample
 * bureau of 2025 seen on 2025-12-05 (December not over yet), a small roster with chosen honours, and a blank unit.
 */
class DashboardModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);
    @TempDir
    Path dir;

    private Workspace open(String name) {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        return Workspace.of(Database.open(dir.resolve(name), clock), "王干事");
    }

    private static DashboardModel started(Workspace ws) {
        DashboardModel model = new DashboardModel(ws, Background.sameThread(I18N), I18N);
        model.start();
        return model;
    }

    private static List<String> categories(List<DashboardModel.Bar> bars) {
        return bars.stream().map(DashboardModel.Bar::category).distinct().toList();
    }

    @Test
    void theSampleBureauOpensOnTodaysQuarterWithEveryMonthSoFarAndTheMonthNotOverMarked() {
        try (Workspace ws = open("sample.db")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            DashboardModel model = started(ws);

            assertThat(model.years()).containsExactly(2025, 2024, 2023, 2022, 2021);
            assertThat(model.yearProperty().get()).isEqualTo(2025);
            assertThat(model.quarterProperty().get()).isEqualTo(4);
            assertThat(model.loadingProperty().get()).isFalse();
            assertThat(categories(model.meetingBars())).containsExactly("1月", "2月", "3月", "4月", "5月", "6月", "7月",
                    "8月", "9月", "10月", "11月", "12月\n进行中");
            assertThat(model.periodNoteProperty().get()).isEqualTo("（本季度进行中，截至 12月5日）");
            assertThat(model.attendanceProperty().get()).endsWith("%");
            assertThat(model.meetingsEmptyProperty().get()).isEmpty();
            assertThat(model.meetingsChartTitleProperty().get()).isEqualTo("2025 年各月会议（按类型）");

            // a past quarter of the same year is over: no mark; the months stay the year's
            model.quarterProperty().set(2);
            assertThat(model.periodNoteProperty().get()).isEmpty();
            assertThat(categories(model.meetingBars())).last().isEqualTo("12月\n进行中");
            // a past year: twelve finished months, none marked
            model.yearProperty().set(2024);
            assertThat(model.meetingBars()).allSatisfy(b -> assertThat(b.category()).doesNotContain("进行中"));
        }
    }

    @Test
    void theSampleBureausHonoursAreCountedInBatchesAndPeopleAsTheAnnualSummaryCountsThem() {
        try (Workspace ws = open("sample.db")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            DashboardModel model = started(ws);

            assertThat(categories(model.honourBars())).containsExactly("国家级", "省级", "市级", "局级");
            int batches = Integer.parseInt(model.honoursProperty().get());
            assertThat(model.honourBars().stream().mapToInt(DashboardModel.Bar::value).sum()).isEqualTo(batches);
            assertThat(batches).isPositive();
            assertThat(model.honoursCaptionProperty().get()).isEqualTo("2025 年获得表彰（批次）");
            assertThat(model.honoursDetailProperty().get()).startsWith("受表彰 ").contains(" 人次");

            // the annual summary's 获得上级表彰N批次 is the dashboard's bars above 局级
            Reports reports = new Reports(ws);
            String text = reports.factSentences(reports.stats(2025)).get(ReportFigure.COMMENDATIONS_BY_LEVEL);
            Matcher above = Pattern.compile("获得上级表彰(\\d+)批次").matcher(text);
            assertThat(above.find()).as("the summary states the honours from above: %s", text).isTrue();
            int aboveBureau = model.honourBars().stream().filter(b -> !b.category().equals("局级"))
                    .mapToInt(DashboardModel.Bar::value).sum();
            assertThat(Integer.parseInt(above.group(1))).isEqualTo(aboveBureau);
            // and its 受表彰的有M人次 the same 人次 (members honoured) the dashboard counts, above 局级
            Matcher people = Pattern.compile("受表彰的有(\\d+)人次").matcher(text);
            assertThat(people.find()).isTrue();
            assertThat(Integer.parseInt(people.group(1))).isEqualTo(new Dashboard(ws).honoursByLevel(2025).stream()
                    .filter(l -> l.level() != CommendationLevel.BUREAU).mapToInt(Dashboard.LevelCount::people).sum());
        }
    }

    @Test
    void honourBarsFollowTheLevelsFromTheHighestDownNotTheirCounts() {
        try (Workspace ws = open("honours.db")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            int zhang = ids.members().get("张伟");
            int li = ids.members().get("李娜");
            int branch = ids.units().get(RosterFixture.BRANCH_1);
            Commendations c = new Commendations(ws);
            record(c, 1, CommendationLevel.BUREAU, List.of(Commendation.Recipient.member(zhang)));
            record(c, 2, CommendationLevel.BUREAU, List.of(Commendation.Recipient.member(li)));
            record(c, 3, CommendationLevel.BUREAU, List.of(Commendation.Recipient.branch(branch)));
            record(c, 4, CommendationLevel.MUNICIPAL, List.of(Commendation.Recipient.member(zhang), Commendation.Recipient.member(li)));
            record(c, 5, CommendationLevel.NATIONAL, List.of(Commendation.Recipient.member(zhang), Commendation.Recipient.member(li),
                    Commendation.Recipient.branch(branch)));

            DashboardModel model = started(ws);

            assertThat(model.honourBars()).extracting(DashboardModel.Bar::category, DashboardModel.Bar::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("国家级", 1), org.assertj.core.groups.Tuple.tuple("省级", 0),
                            org.assertj.core.groups.Tuple.tuple("市级", 1), org.assertj.core.groups.Tuple.tuple("局级", 3));
            assertThat(model.honoursProperty().get()).isEqualTo("5");
            assertThat(model.honoursDetailProperty().get()).isEqualTo("受表彰 6 人次、2 个集体");
            assertThat(model.honoursChartTitleProperty().get()).isEqualTo("2025 年表彰（按级别，批次）");
            assertThat(model.honoursEmptyProperty().get()).isEmpty();
            assertThat(model.meetingsEmptyProperty().get()).as("no meetings in the fixture").isEqualTo("2025 年还没有会议记录。");
            assertThat(model.meetingBars()).isEmpty();
        }
    }

    /** An honour of its own document {@code number}: the same honour, day and number twice to one recipient is refused. */
    private static void record(Commendations c, int number, CommendationLevel level, List<Commendation.Recipient> recipients) {
        c.record(new Commendation(null, "优秀共产党员", level, "局党组", LocalDate.of(2025, 6, 30), PeriodKind.YEAR, null, null,
                "表彰〔2025〕" + number + "号", null, recipients));
    }

    @Test
    void aBlankUnitShowsNoEmptyChartsButItsNextStep() {
        try (Workspace ws = open("blank.db")) {
            new Organisation(ws).setUpBureau("某市生态环境局", "王干事");
            DashboardModel model = started(ws);

            assertThat(model.yearProperty().get()).isEqualTo(2025);
            assertThat(model.meetingBars()).as("no chart with a 0–1 axis").isEmpty();
            assertThat(model.honourBars()).isEmpty();
            assertThat(model.meetingsEmptyProperty().get()).isEqualTo("2025 年还没有会议记录。");
            assertThat(model.honoursEmptyProperty().get()).isEqualTo("2025 年还没有表彰记录。");
            assertThat(model.gettingStarted().nextProperty().get().kind()).isEqualTo(StepKind.ROSTER);
            assertThat(model.attendanceProperty().get()).isEqualTo("—");
            assertThat(model.meetingsHeldProperty().get()).isEqualTo("0");
            assertThat(model.honoursDetailProperty().get()).isEqualTo("受表彰 0 人次");

            // the clerk hid the steps: the next step is still what the empty chart area leads to
            model.gettingStarted().hide();
            model.refresh();
            assertThat(model.gettingStarted().visibleProperty().get()).isFalse();
            assertThat(model.gettingStarted().nextProperty().get().kind()).isEqualTo(StepKind.ROSTER);
            assertThat(model.meetingsEmptyProperty().get()).isEqualTo("2025 年还没有会议记录。");
        }
    }

    @Test
    void anEmptyDatabaseLoadsWithoutFailingAndLeadsToTheFirstStep() {
        try (Workspace ws = open("empty.db")) {
            DashboardModel model = started(ws);
            assertThat(model.loadingProperty().get()).isFalse();
            assertThat(model.meetingBars()).isEmpty();
            assertThat(model.gettingStarted().nextProperty().get().kind()).isEqualTo(StepKind.BUREAU);
            assertThat(model.reminders().lines()).isEmpty();
        }
    }
}
