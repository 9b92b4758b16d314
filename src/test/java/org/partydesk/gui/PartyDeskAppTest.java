package org.partydesk.gui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The application start-up on the database named by {@code partydesk.db}, headless. */
class PartyDeskAppTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app); // stop() closes the workspace
        }
        System.clearProperty(PartyDeskApp.DATABASE_PROPERTY);
    }

    @Test
    void opensTheNamedDatabaseAndTitlesTheWindowWithTheBureauName() throws Exception {
        Path file = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {file.toString()});
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, file.toString());
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#orgTree").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
    }

    @Test
    void anEmptyDatabaseGetsTheSampleBureauOrAFriendlyMessage() throws Exception {
        Path file = dir.resolve("empty.db");
        Database.open(file).close();
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, file.toString());
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        String pattern = i18n.text("startup.sampleUnavailable");
        String unavailable = pattern.substring(0, pattern.indexOf("{0}"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#orgTree").tryQuery().isPresent()
                || robot.lookup(".startup-message").queryAllAs(Label.class).stream()
                        .anyMatch(label -> label.getText() != null && label.getText().startsWith(unavailable)));
    }
}
