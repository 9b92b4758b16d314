package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceSettings;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.MeetingType;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.Rating;
import org.partydesk.store.Database;
import org.partydesk.store.MeetingFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 红黄旗 matrix and the rule editor of the settings, headless, on the hand-made bureau of
 * {@link MeetingFixture#bureau2025()} checked on 2026-01-10: 第一党支部 green, 第二党支部 missed its
 * 支委会 in April and May (yellow for the year), 第三党支部 never held a 党课 (red).
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ComplianceScreensTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC);
        ws = Workspace.of(Database.open(dir.resolve("compliance.db"), clock), "tester");
        new MeetingFixture(ws.database()).bureau2025();
        window = TestScreens.mainWindow(stage, ws, 1280, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void theMatrixColoursEachBranchAndAClickListsWhatIsMissing(FxRobot robot) {
        openMatrix(robot);
        assertThat(rating(robot, "第一党支部", "period-year")).isEqualTo(Rating.GREEN);
        assertThat(rating(robot, "第二党支部", "period-year")).isEqualTo(Rating.YELLOW);
        assertThat(rating(robot, "第三党支部", "period-year")).isEqualTo(Rating.RED);
        // a missed monthly 支委会 leaves the month without any: red for April, green for March
        assertThat(rating(robot, "第二党支部", "period-4")).isEqualTo(Rating.RED);
        assertThat(rating(robot, "第二党支部", "period-3")).isEqualTo(Rating.GREEN);
        // 临时党支部 was set up on 1 July: no rating before
        assertThat(rating(robot, "临时党支部", "period-6")).isNull();
        assertThat(rating(robot, "临时党支部", "period-8")).isEqualTo(Rating.GREEN);

        chooseQuarters(robot);
        assertThat(rating(robot, "第二党支部", "period-2")).isEqualTo(Rating.YELLOW);
        assertThat(rating(robot, "第二党支部", "period-3")).isEqualTo(Rating.GREEN);
        robot.clickOn(cell(robot, "第二党支部", "period-2"));
        assertThat(robot.lookup("#shortfallTitle").queryLabeled().getText()).isEqualTo("第二党支部 · 2025年第2季度：黄旗");
        assertThat(robot.lookup("#shortfallList").queryAs(ListView.class).getItems()).contains(
                "未达标：支部委员会，2025-04 应开 1 次，实开 0 次", "未达标：支部委员会，2025-05 应开 1 次，实开 0 次");

        robot.clickOn("#openCellMeetings");
        TableView<?> list = robot.lookup("#meetingTable").queryAs(TableView.class);
        assertThat(list.getItems()).singleElement().satisfies(m -> {
            org.partydesk.model.MeetingSummary meeting = (org.partydesk.model.MeetingSummary) m;
            assertThat(meeting.heldAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 6, 10));
            assertThat(meeting.types()).containsExactlyInAnyOrder(MeetingType.BRANCH_COMMITTEE, MeetingType.PARTY_LESSON);
        });
        assertThat(robot.lookup("#periodFilter").queryComboBox().getValue().toString()).isEqualTo("第2季度");
        assertThat(robot.lookup("#unitFilter").queryComboBox().getValue().toString().strip()).isEqualTo("第二党支部");
    }

    @Test
    void makingTheCommitteeRuleYearlyInTheSettingsTurnsTheYellowBranchGreen(FxRobot robot) {
        openMatrix(robot);
        assertThat(rating(robot, "第二党支部", "period-year")).isEqualTo(Rating.YELLOW);

        robot.interact(() -> window.show(Sections.SETTINGS));
        TestScreens.settle(window);
        robot.clickOn("#rulesTab");
        TableView<ComplianceRule> rules = robot.lookup("#complianceRules").queryAs(TableView.class);
        robot.interact(() -> rules.getSelectionModel().select(rules.getItems().stream()
                .filter(r -> r.meetingType() == MeetingType.BRANCH_COMMITTEE).findFirst().orElseThrow()));
        ComboBox<Choice<PeriodKind>> period = robot.lookup("#rulePeriod").queryAs(ComboBox.class);
        assertThat(period.getValue().value()).isEqualTo(PeriodKind.MONTH);
        robot.interact(() -> period.setValue(period.getItems().stream()
                .filter(c -> c.value() == PeriodKind.YEAR).findFirst().orElseThrow()));
        robot.clickOn("#ruleSave");
        assertThat(new ComplianceSettings(ws).rules()).filteredOn(r -> r.meetingType() == MeetingType.BRANCH_COMMITTEE)
                .singleElement().satisfies(r -> assertThat(r.period()).isEqualTo(PeriodKind.YEAR));

        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        waitFor(() -> rating(robot, "第二党支部", "period-year") == Rating.GREEN);
        assertThat(rating(robot, "第三党支部", "period-year")).isEqualTo(Rating.RED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeetingSavedInTheListIsInTheFlagsWithoutAskingForACheck(FxRobot robot) {
        openMatrix(robot);
        assertThat(rating(robot, "第二党支部", "period-4")).as("no 支部委员会 in April").isEqualTo(Rating.RED);

        robot.clickOn("#meetingsListTab");
        robot.clickOn("#newMeeting");
        TestScreens.settle(window);
        ComboBox<Object> unit = robot.lookup("#meetingUnit").queryAs(ComboBox.class);
        robot.interact(() -> unit.setValue(unit.getItems().stream()
                .filter(u -> u.toString().strip().equals("第二党支部")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#meetingDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2025, 4, 15)));
        robot.clickOn("#type-BRANCH_COMMITTEE");
        TestScreens.settle(window); // who is expected is read through the executor
        robot.clickOn("#meetingTheme").write("研究四月份工作");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        TestScreens.settle(window);
        assertThat(new org.partydesk.app.meetings.Meetings(ws).list(org.partydesk.model.MeetingFilter.ALL))
                .extracting(m -> m.theme()).contains("研究四月份工作");

        robot.clickOn("#complianceTab");
        waitFor(() -> rating(robot, "第二党支部", "period-4") == Rating.GREEN);
    }

    @Test
    void restoreDefaultsPutsBackTheEightRules(FxRobot robot) {
        robot.interact(() -> window.show(Sections.SETTINGS));
        TestScreens.settle(window);
        robot.clickOn("#rulesTab");
        TableView<?> rules = robot.lookup("#complianceRules").queryAs(TableView.class);
        assertThat(rules.getItems().stream().map(r -> ((ComplianceRule) r).active()).filter(a -> a).count()).isEqualTo(4);
        robot.clickOn("#ruleDefaults");
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((javafx.scene.control.Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(rules.getItems()).hasSize(8);
        assertThat(new ComplianceSettings(ws).rules()).allMatch(ComplianceRule::active).hasSize(8);
    }

    private void openMatrix(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn("#complianceTab");
        waitFor(() -> columns(robot) == 14 && robot.lookup("#complianceStatus").queryLabeled().getText().startsWith("2025 年"));
    }

    private void chooseQuarters(FxRobot robot) {
        ComboBox<Choice<Boolean>> columns = robot.lookup("#complianceColumns").queryAs(ComboBox.class);
        robot.interact(() -> columns.setValue(columns.getItems().get(1)));
        waitFor(() -> columns(robot) == 6);
    }

    /** The matrix's columns: the unit, the months or quarters, the whole year. */
    private static int columns(FxRobot robot) {
        return robot.lookup("#complianceMatrix").queryAs(TableView.class).getColumns().size();
    }

    private static ComplianceMatrixPane.RatingCell cell(FxRobot robot, String unit, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ComplianceMatrixPane.RatingCell> cells = robot.lookup(".rating-cell").queryAllAs(ComplianceMatrixPane.RatingCell.class)
                .stream().filter(c -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && unit.equals(c.getTableRow().getItem().name()) && column.equals(c.getTableColumn().getId()))
                .toList();
        assertThat(cells).as(unit + " " + column).hasSize(1);
        return cells.get(0);
    }

    private static Rating rating(FxRobot robot, String unit, String column) {
        return cell(robot, unit, column).rating();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the screen did not show the expected state in time", e);
        }
    }
}
