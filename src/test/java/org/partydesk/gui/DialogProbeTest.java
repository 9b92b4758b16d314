package org.partydesk.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.gui.common.I18n;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's dialog probe ({@code partydesk.dialogProbe}): {@link ScreenshotTour#timeClerkView} opens the
 * 评先创优 batch dialog as the clerk's click does, reports once it has shown, and closes it again.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class DialogProbeTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("probe.db"), "tester");
        RosterFixture.fill(ws.database());
        window = new MainWindow(ws, new I18n(Locale.SIMPLIFIED_CHINESE), file -> { });
        scene = new Scene(window.root(), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theBatchDialogIsOpenedAsByAClickMeasuredAndClosedAgain(FxRobot robot) throws Exception {
        List<String> opened = new CopyOnWriteArrayList<>();
        ListChangeListener<Window> titles = c -> {
            while (c.next()) {
                c.getAddedSubList().stream().filter(w -> w instanceof Stage && w != scene.getWindow())
                        .forEach(w -> opened.add(((Stage) w).getTitle()));
            }
        };
        CompletableFuture<Long> measured = new CompletableFuture<>();
        robot.interact(() -> {
            Window.getWindows().addListener(titles);
            new ScreenshotTour(window, scene, null).timeClerkView("commendations-batch", measured::complete);
        });
        long millis = measured.get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Window.getWindows().removeListener(titles));

        assertThat(millis).isNotNegative();
        assertThat(opened).containsExactly("批量登记月度荣誉");
        assertThat(Window.getWindows().stream().filter(w -> w.isShowing() && w != scene.getWindow())).isEmpty();
        assertThat(window.currentSection()).isEqualTo(org.partydesk.gui.shell.Sections.COMMENDATIONS);
    }
}
