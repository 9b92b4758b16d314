package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.TestScreens;
import org.partydesk.model.DeadlineAlert;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The 责任清单 screen on the sample bureau of 2025 (its deadlines have all passed by now), headless. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ResponsibilityViewSampleTest {
    @TempDir
    Path dir;
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("sample.db"), "tester");
        SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
        ResponsibilityView view = new ResponsibilityView(ws, new I18n(Locale.SIMPLIFIED_CHINESE), Background.sameThread(new I18n(Locale.SIMPLIFIED_CHINESE)));
        TestScreens.show(stage, view.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theOverdueTabListsMissedDeadlinesAndShowsTheItemsRecords(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#yearChooser").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(2025));
        assertThat(robot.lookup("#responsibilityTree").queryAs(TreeTableView.class).getRoot().getChildren())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#statsPerList").queryAs(TableView.class).getItems()).isNotEmpty();

        @SuppressWarnings("unchecked")
        TableView<DeadlineAlert> overdue = robot.lookup("#overdueTable").queryAs(TableView.class);
        assertThat(overdue.getItems()).isNotEmpty();
        robot.clickOn("#overdueTab .tab-label");
        TableRow<?> first = robot.lookup("#overdueTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(first);
        DeadlineAlert alert = overdue.getItems().get(0);
        assertThat(robot.lookup("#itemTitle").queryAs(Label.class).getText()).isEqualTo(alert.item().text());

        // 完成率: per list, then per owner, each table showing all its rows without a scroll bar of its own
        robot.clickOn("#statsTab .tab-label");
        assertThat(scrolls(robot, "#statsPerList")).as("every list's row shown").isFalse();
        robot.clickOn("#statsByOwner");
        assertThat(robot.lookup("#statsPerOwner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#statsPerList").query().isVisible()).isFalse();
        assertThat(scrolls(robot, "#statsPerOwner")).as("every owner's row shown").isFalse();
    }

    /** Whether the table shows a vertical scroll bar (some of its rows hidden). */
    private static boolean scrolls(FxRobot robot, String table) {
        return robot.from(robot.lookup(table).queryAs(TableView.class)).lookup(".scroll-bar")
                .queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible());
    }
}
