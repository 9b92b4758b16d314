package org.partydesk.gui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

import org.partydesk.gui.common.I18n;

/**
 * The part of the status bar that shows the work running on the {@link WorkQueue}: its message, a progress
 * bar and a 取消 button; hidden when nothing runs. Work the clerk started ({@link #run}) shows at once and
 * makes the bar {@link #busy()}; reads of the screens ({@link #load}) show only when they take longer than
 * {@link #SHOW_READS_AFTER}. Everything runs one after the other on the one queue.
 */
public final class TaskBar {
    /** A read shows in the status bar only when it still runs after this long (no flicker on every click). */
    public static final Duration SHOW_READS_AFTER = Duration.millis(400);

    private final WorkQueue queue;
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel;
    private final HBox box;
    /** Work queued or running, in order (FX thread only). */
    private final List<Task<?>> pending = new ArrayList<>();
    /** The same count, readable from any thread (tests wait until it is 0). */
    private final AtomicInteger open = new AtomicInteger();
    private int jobs;
    private Task<?> shown;

    public TaskBar(I18n i18n) {
        this(i18n, WorkQueue.shared());
    }

    public TaskBar(I18n i18n, WorkQueue queue) {
        this.queue = queue;
        cancel = new Button(i18n.text("task.cancel"));
        cancel.setId("taskCancel");
        message.setId("taskMessage");
        bar.setPrefWidth(160);
        box = new HBox(8, message, bar, cancel);
        box.getStyleClass().add("task-bar");
        box.setVisible(false);
        box.setManaged(false);
        cancel.setOnAction(e -> {
            if (shown != null) {
                shown.cancel();
            }
        });
    }

    public HBox node() {
        return box;
    }

    /** Whether work the clerk started is queued or running (reads do not count). */
    public boolean busy() {
        return jobs > 0;
    }

    /** Whether nothing at all is queued or running; may be asked from any thread. */
    public boolean idle() {
        return open.get() == 0;
    }

    /** Queues work the clerk started; it shows in the status bar while it runs. Returns its task. */
    public <T> Task<T> run(BackgroundTask<T> work) {
        return submit(work, true);
    }

    /** Queues a read of a screen; it shows in the status bar only when slow. Returns its task. */
    public <T> Task<T> load(BackgroundTask<T> work) {
        return submit(work, false);
    }

    private <T> Task<T> submit(BackgroundTask<T> work, boolean job) {
        Task<T> task = work.toTask();
        pending.add(task);
        open.incrementAndGet();
        if (job) {
            jobs++;
        }
        task.stateProperty().addListener((obs, old, state) -> {
            switch (state) {
                case RUNNING -> {
                    if (job) {
                        display(task);
                    } else {
                        PauseTransition later = new PauseTransition(SHOW_READS_AFTER);
                        later.setOnFinished(e -> {
                            if (task.isRunning()) {
                                display(task);
                            }
                        });
                        later.play();
                    }
                }
                case SUCCEEDED, FAILED, CANCELLED -> {
                    pending.remove(task);
                    if (job) {
                        jobs--;
                    }
                    if (shown == task) {
                        hide();
                    }
                    open.decrementAndGet();
                }
                default -> { }
            }
        });
        queue.execute(task);
        return task;
    }

    private void display(Task<?> task) {
        shown = task;
        message.textProperty().bind(task.messageProperty());
        bar.progressProperty().bind(task.progressProperty());
        box.setVisible(true);
        box.setManaged(true);
    }

    private void hide() {
        shown = null;
        message.textProperty().unbind();
        bar.progressProperty().unbind();
        box.setVisible(false);
        box.setManaged(false);
    }

    /**
     * Cancels everything queued or running (the window closes or shows another database). Work queued after
     * this call runs once the cancelled work has stopped and rolled back, since the queue runs one at a time.
     */
    public void cancelAll() {
        new ArrayList<>(pending).forEach(Task::cancel);
    }
}
