package org.partydesk.gui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Roster;
import org.partydesk.app.sample.SampleBureau;

/**
 * The desktop application. Opens the default workspace (or the file named by the system property
 * {@code partydesk.db}); an empty database is first filled with the sample bureau in the background,
 * with a progress indicator; then shows the {@link MainWindow}.
 */
public final class PartyDeskApp extends Application {
    /** System property naming a database file to open instead of the per-user default. */
    public static final String DATABASE_PROPERTY = "partydesk.db";
    static final long SAMPLE_SEED = 20250101L;

    private Workspace workspace;
    private Scene scene;

    public static void launchWindow(String[] args) {
        Application.launch(PartyDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        I18n i18n = I18n.forLanguage(null);
        stage.setTitle(i18n.text("app.name"));
        scene = new Scene(message(i18n.text("startup.opening"), true), 1280, 720);
        stage.setScene(scene);
        stage.show();
        try {
            String dbFile = System.getProperty(DATABASE_PROPERTY);
            workspace = Workspace.open(dbFile == null || dbFile.isBlank() ? null : Path.of(dbFile), null);
        } catch (RuntimeException e) {
            scene.setRoot(message(i18n.format("startup.failed", e.getMessage()), false));
            return;
        }
        I18n chosen = I18n.forLanguage(workspace.setting(Workspace.LANGUAGE_SETTING).orElse(null));
        stage.setTitle(chosen.text("app.name"));
        Roster roster = new Roster(workspace);
        if (roster.hasOrganisation()) {
            showMain(stage, roster, chosen);
        } else {
            generateSample(stage, roster, chosen);
        }
    }

    private void showMain(Stage stage, Roster roster, I18n i18n) {
        MainWindow window = new MainWindow(roster, i18n);
        stage.setTitle(window.title());
        scene.setRoot(window.root());
    }

    private void generateSample(Stage stage, Roster roster, I18n i18n) {
        Task<SampleBureau.Summary> task = new Task<>() {
            @Override
            protected SampleBureau.Summary call() {
                updateMessage(i18n.text("startup.sample"));
                Task<?> self = this;
                return SampleBureau.generate(workspace, SampleBureau.Scale.SMALL, SAMPLE_SEED, null, new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.progressProperty().bind(task.progressProperty());
        Label label = new Label(i18n.text("startup.sample"));
        label.textProperty().bind(task.messageProperty());
        label.getStyleClass().add("startup-message");
        scene.setRoot(pane(indicator, label));
        task.setOnSucceeded(e -> showMain(stage, roster, i18n));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            String text = error instanceof UnsupportedOperationException
                    ? i18n.format("startup.sampleUnavailable", error.getMessage())
                    : i18n.format("startup.failed", error.getMessage());
            scene.setRoot(message(text, false));
        });
        Thread worker = new Thread(task, "sample-bureau");
        worker.setDaemon(true);
        worker.start();
    }

    private static Parent message(String text, boolean busy) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("startup-message");
        return busy ? pane(new ProgressIndicator(), label) : pane(label);
    }

    private static Parent pane(Node... children) {
        VBox box = new VBox(children);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("startup-pane");
        box.getStylesheets().add(PartyDeskApp.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        CjkFonts.apply(box);
        return box;
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
