package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A report of a year without members or meetings, from an empty database: the window says so and asks first. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class EmptyYearReportTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("empty.db"), "tester");
        window = TestScreens.mainWindow(stage, ws, 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void theWorkbookOfAnEmptyYearIsWrittenOnlyWhenTheClerkGoesOnAnyway(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Sections.REPORTS));
        TestScreens.settle(window);
        ReportsSection section = (ReportsSection) window.sections().stream()
                .filter(s -> s.id().equals(Sections.REPORTS)).findFirst().orElseThrow();
        List<String> asked = new ArrayList<>();
        Path xlsx = dir.resolve("统计表.xlsx");
        section.saveDialog((chooser, owner) -> {
            asked.add(chooser.getInitialFileName());
            return xlsx.toFile();
        });
        robot.interact(() -> robot.lookup("#reportTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        int year = java.time.LocalDate.now(ws.database().clock()).getYear();

        robot.clickOn("#generateWorkbook");
        DialogPane warning = robot.lookup("#reportEmptyYear").queryAs(DialogPane.class);
        assertThat(warning.getContentText()).startsWith(year + "年没有在册党员：请先导入花名册\n" + year
                + "年没有会议记录：请先导入三会一课台账或登记会议").contains("仍要生成吗？");
        robot.clickOn((Button) warning.lookupButton(warning.getButtonTypes().get(1)));
        assertThat(asked).isEmpty();
        assertThat(xlsx).doesNotExist();

        robot.clickOn("#generateWorkbook");
        DialogPane again = robot.lookup("#reportEmptyYear").queryAs(DialogPane.class);
        robot.clickOn((Button) again.lookupButton(again.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> xlsx.toFile().exists());
        assertThat(asked).hasSize(1);
    }
}
