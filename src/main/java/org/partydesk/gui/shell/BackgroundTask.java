package org.partydesk.gui.shell;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.concurrent.Task;

import org.partydesk.app.Progress;

/**
 * Long work off the JavaFX thread, JabRef-style: {@code BackgroundTask.of(progress -> work)
 * .onSuccess(...).onFailure(...)}. The work sees an {@link Progress} whose updates become the task's
 * progress and message and whose {@code isCancelled()} is the task's; the callbacks run on the FX thread.
 * {@link #runNow} runs the same work on the calling thread, for tests.
 */
public final class BackgroundTask<T> {
    /** The work: gets the progress to report to and to check for cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private String title = "";
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** What the status bar says while the task runs. */
    public BackgroundTask<T> titled(String text) {
        this.title = text;
        return this;
    }

    public String title() {
        return title;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Runs the work here and now with {@code progress}; callbacks are not called. */
    public T runNow(Progress progress) throws Exception {
        return work.run(progress);
    }

    /** A fresh {@link Task} for this work, with the callbacks attached. */
    public Task<T> toTask() {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                Task<T> self = this;
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        if (total > 0) {
                            updateProgress(done, total);
                        } else {
                            updateProgress(-1, 1);
                        }
                        if (message != null && !message.isBlank()) {
                            updateMessage(title + " · " + message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof Progress.CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> onCancelled.run());
        return task;
    }
}
