package org.partydesk.gui.dues;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesFixture;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.DuesBaseKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The 党费 screen headless: November's collection of 第一党支部 entered in one go from the batch entry. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class DuesScreenTest {
    @TempDir
    static Path dir;
    private DuesFixture f;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        f = new DuesFixture(dir);
        Dues dues = new Dues(f.ws);
        dues.setBase(f.member("张伟"), 2026, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
        dues.setBase(f.member("李四"), 2026, DuesBaseKind.PENSION, new BigDecimal("5000"), null, null);
        window = TestScreens.mainWindow(stage, f.ws, 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        f.close();
    }

    @Test
    void aMonthsCollectionIsEnteredFromTheBatch(FxRobot robot) {
        robot.interact(() -> window.show(Sections.DUES));
        TestScreens.settle(window);
        assertThat(robot.lookup("#duesBranch").queryAs(ComboBox.class).getValue().toString()).isEqualTo("第一党支部");
        assertThat(robot.lookup("#duesGrid").queryAs(TableView.class).getItems()).hasSize(3);
        robot.interact(() -> robot.lookup("#batchMonth").queryAs(ComboBox.class).setValue(11));
        robot.clickOn("#batchPrepare");
        assertThat(robot.lookup("#batchTable").queryAs(TableView.class).getItems()).as("陈新 has no base yet").hasSize(2);
        robot.clickOn("#batchCollector").write("王组织");
        robot.clickOn("#batchRecord");
        TestScreens.settle(window);
        Dues dues = new Dues(f.ws);
        assertThat(dues.month(f.member("张伟"), YearMonth.of(2026, 11)).paid()).isEqualTo(new BigDecimal("45.00"));
        assertThat(dues.month(f.member("李四"), YearMonth.of(2026, 11)).payment().collector()).isEqualTo("王组织");
        assertThat(robot.lookup("#batchTable").queryAs(TableView.class).getItems()).isEmpty();
    }
}
