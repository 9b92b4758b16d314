package org.partydesk.gui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Roster;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The application start-up on the database named by {@code partydesk.db}, headless. */
@RobotTest
class PartyDeskAppTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        stopApp();
        System.clearProperty(PartyDeskApp.DATABASE_PROPERTY);
    }

    private void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // stop() closes the workspace
            app = null;
        }
    }

    @Test
    void opensTheNamedDatabaseAndTitlesTheWindowWithTheBureauName() throws Exception {
        Path file = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {file.toString()});
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, file.toString());
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
    }

    @Test
    void anErrorNothingCaughtIsShownWithTheErrorDialogNotOnlyLogged() throws Exception {
        Path file = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {file.toString()});
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, file.toString());
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("a failure in background work");
        }, "background");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("程序遇到了意外的错误，刚才的操作可能没有完成");
        assertThat(robot.lookup("#errorDetails").tryQuery()).isPresent();
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void anEmptyDatabaseCanStartAsAnEmptyBureau() throws Exception {
        Path file = emptyDatabase();
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#firstRunBureau").write("某市生态环境局");
        robot.doubleClickOn("#firstRunOperator").eraseText(40).write("李文书");
        robot.clickOn("#firstRunCreate");
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 某市生态环境局");
        assertThat(robot.lookup("#statusBar").queryAs(Label.class).getText()).contains("操作人：李文书");
        stopApp();
        try (Workspace ws = Workspace.open(file, null)) {
            assertThat(ws.operator()).isEqualTo("李文书");
            assertThat(new Roster(ws).tree()).extracting(n -> n.unit().name()).containsExactly("机关党委");
        }
    }

    @Test
    void cancellingTheSampleBureauWritesNothing() throws Exception {
        Path file = emptyDatabase();
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#firstRunSample");
        robot.clickOn("#sampleCancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#firstRun").tryQuery().isPresent());
        stopApp();
        try (Workspace ws = Workspace.open(file, null)) {
            assertThat(new Roster(ws).hasOrganisation()).isFalse();
        }
    }

    private Path emptyDatabase() {
        Path file = dir.resolve("empty.db");
        Database.open(file).close();
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, file.toString());
        return file;
    }
}
