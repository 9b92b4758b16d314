package org.partydesk.gui.shell;

import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

import org.partydesk.gui.common.I18n;

/**
 * The part of the status bar that shows the running {@link BackgroundTask}: its message, a progress bar
 * and a 取消 button; hidden when nothing runs. One task runs at a time.
 */
public final class TaskBar {
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel;
    private final HBox box;
    private Task<?> running;
    private Thread worker;

    public TaskBar(I18n i18n) {
        cancel = new Button(i18n.text("task.cancel"));
        cancel.setId("taskCancel");
        message.setId("taskMessage");
        bar.setPrefWidth(160);
        box = new HBox(8, message, bar, cancel);
        box.getStyleClass().add("task-bar");
        box.setVisible(false);
        box.setManaged(false);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    public HBox node() {
        return box;
    }

    /** Whether a task is running. */
    public boolean busy() {
        return running != null && !running.isDone();
    }

    /** Starts the task on a daemon thread and shows it until it ends; returns the started task. */
    public <T> Task<T> run(BackgroundTask<T> work) {
        Task<T> task = work.toTask();
        running = task;
        message.textProperty().bind(task.messageProperty());
        bar.progressProperty().bind(task.progressProperty());
        box.setVisible(true);
        box.setManaged(true);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && task == running) {
                message.textProperty().unbind();
                bar.progressProperty().unbind();
                box.setVisible(false);
                box.setManaged(false);
            }
        });
        Thread thread = new Thread(task, "partydesk-task");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
        return task;
    }

    /**
     * Cancels the running task, if any, and returns its worker thread (null when none runs), so a caller
     * off the FX thread can wait until the work has really stopped and rolled back.
     */
    public Thread cancelRunning() {
        if (!busy()) {
            return null;
        }
        running.cancel();
        return worker;
    }
}
