package org.partydesk.gui.shell;

import java.util.logging.Logger;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.partydesk.app.AppLog;
import org.partydesk.app.BackupService;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.I18n;

/**
 * The automatic backups of an open window: one when the window closes, and at most one a day while it
 * stays open (a timer checks the date of the last automatic backup, kept in the settings). Both go to the
 * backup folder of the settings, which keeps the last N. They run off the FX thread; closing shows a small
 * progress window (with 跳过) only when the backup takes longer than half a second. A failure is logged
 * every time and shown to the clerk once.
 */
public final class AutoBackups {
    /** How often the open window checks whether today's automatic backup has been made. */
    public static final Duration CHECK_EVERY = Duration.minutes(30);
    /** The first check, soon after the window opens (not at once: the window should come up fast). */
    public static final Duration FIRST_CHECK = Duration.minutes(1);
    /** Closing shows its progress only when the backup takes longer than this. */
    public static final Duration SHOW_PROGRESS_AFTER = Duration.millis(500);
    private static final Logger LOG = Logger.getLogger(AutoBackups.class.getName());

    private final Shell shell;
    private final I18n i18n;
    private final Timeline timer;
    private final PauseTransition firstCheck;
    private boolean errorShown;
    private Stage progressWindow;

    public AutoBackups(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.timer = new Timeline(new KeyFrame(CHECK_EVERY, e -> checkDaily()));
        timer.setCycleCount(Animation.INDEFINITE);
        this.firstCheck = new PauseTransition(FIRST_CHECK);
        firstCheck.setOnFinished(e -> {
            checkDaily();
            timer.play();
        });
    }

    /** Starts the daily check: first after {@link #FIRST_CHECK}, then every {@link #CHECK_EVERY}. */
    public void start() {
        firstCheck.play();
    }

    /** Stops the daily check (another database is opened, or the window closes). */
    public void stop() {
        firstCheck.stop();
        timer.stop();
    }

    /**
     * Starts today's automatic backup in the status bar when none has been made today and no other long
     * work runs (it is tried again at the next check). Returns whether it started.
     */
    public boolean checkDaily() {
        BackupService service = new BackupService(shell.workspace());
        if (shell.tasks().busy() || !service.automaticDue()) {
            return false;
        }
        shell.tasks().run(BackgroundTask.of(service::automatic)
                .titled(i18n.text("autoBackup.daily"))
                .onSuccess(done -> LOG.info("daily automatic backup " + done.file()))
                .onFailure(this::failed)
                .onCancelled(() -> LOG.info("daily automatic backup cancelled")));
        return true;
    }

    /**
     * The backup on closing: cancels any long work still running (waiting for it to roll back), backs up,
     * then runs {@code closeWindow} whatever happened (after the clerk has seen an error, the first time).
     */
    public void close(Runnable closeWindow) {
        stop();
        shell.tasks().cancelAll(); // the backup is queued behind them: it runs once they have rolled back
        BackupService service = new BackupService(shell.workspace());
        PauseTransition slow = new PauseTransition(SHOW_PROGRESS_AFTER);
        Runnable finish = () -> {
            slow.stop();
            if (progressWindow != null) {
                progressWindow.hide();
            }
            closeWindow.run();
        };
        Task<BackupService.Done> task = shell.tasks().run(BackgroundTask.of(service::automatic)
                .titled(i18n.text("autoBackup.closing"))
                .onSuccess(done -> {
                    LOG.info("automatic backup on closing " + done.file());
                    finish.run();
                })
                .onCancelled(() -> {
                    LOG.info("automatic backup on closing skipped by the user");
                    finish.run();
                })
                .onFailure(error -> {
                    slow.stop();
                    if (progressWindow != null) {
                        progressWindow.hide();
                    }
                    failed(error).ifPresentOrElse(alert -> alert.setOnHidden(e -> closeWindow.run()), closeWindow);
                }));
        slow.setOnFinished(e -> {
            if (!task.isDone()) {
                showProgress(task);
            }
        });
        slow.play();
    }

    /** The small window shown while closing waits for the backup; 跳过 cancels it (no file is left). */
    private void showProgress(Task<?> task) {
        Label label = new Label(i18n.text("autoBackup.closingWait"));
        label.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(300);
        bar.progressProperty().bind(task.progressProperty());
        Button skip = new Button(i18n.text("autoBackup.skip"));
        skip.setId("autoBackupSkip");
        skip.setOnAction(e -> task.cancel());
        VBox box = new VBox(12, label, bar, skip);
        box.setAlignment(Pos.CENTER);
        box.setId("autoBackupProgress");
        box.setStyle("-fx-padding: 18;");
        CjkFonts.apply(box);
        Stage stage = new Stage();
        if (shell.window() != null) {
            stage.initOwner(shell.window());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(i18n.text("app.name"));
        stage.setResizable(false);
        stage.setScene(new Scene(box, 380, 150));
        stage.setOnCloseRequest(e -> task.cancel());
        progressWindow = stage;
        stage.show();
    }

    /** Logs the failure; the first one is also shown (the returned dialog), later ones only logged. */
    private java.util.Optional<javafx.scene.control.Alert> failed(Throwable error) {
        if (errorShown) {
            AppLog.error(i18n.text("autoBackup.failed"), error);
            return java.util.Optional.empty();
        }
        errorShown = true;
        return java.util.Optional.of(Dialogs.failure(shell.window(), i18n, "autoBackup.failed", error));
    }
}
