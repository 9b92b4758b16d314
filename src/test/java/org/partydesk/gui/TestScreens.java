package org.partydesk.gui;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.testfx.api.FxRobot;

import org.partydesk.gui.common.I18n;

/** Shows one screen of the app on its own, styled as in the main window, for a headless UI test. */
public final class TestScreens {
    private TestScreens() {
    }

    public static void show(Stage stage, Node root, double width, double height) {
        Scene scene = new Scene((Parent) root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The main window over {@code ws}, in Chinese, shown on {@code stage} at {@code width} × {@code height}. */
    public static MainWindow mainWindow(Stage stage, org.partydesk.app.Workspace ws, double width, double height) {
        MainWindow window = new MainWindow(ws, new I18n(java.util.Locale.SIMPLIFIED_CHINESE), file -> { });
        stage.setScene(new Scene(window.root(), width, height));
        stage.show();
        return window;
    }

    /**
     * Waits until the window's one executor has nothing queued or running and the FX thread has shown what it
     * read (the sections read their lists off the FX thread).
     */
    public static void settle(MainWindow window) {
        try {
            do {
                org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                        () -> window.tasks().idle());
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            } while (!window.tasks().idle());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window's background work did not end within 30 s", e);
        }
    }

    /** Closes every dialog a test left open, so that the next test starts with the window alone. */
    public static void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(w -> ((Stage) w).close()));
    }
}
