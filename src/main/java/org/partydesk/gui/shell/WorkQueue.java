package org.partydesk.gui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one executor of the window: a single daemon thread that runs every piece of work leaving the FX thread,
 * one after the other (opening the database at start, the sample bureau, and everything the {@link TaskBar}
 * runs: reads of the screens, saving, imports, reports, backups). Work therefore never runs during a backup
 * or a restore, and the backup on closing runs once the work it cancelled has rolled back.
 */
public final class WorkQueue implements Executor {
    private static final WorkQueue SHARED = new WorkQueue();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "partydesk-work");
        thread.setDaemon(true);
        return thread;
    });

    private WorkQueue() {
    }

    /** The application's queue. */
    public static WorkQueue shared() {
        return SHARED;
    }

    /** Queues work (e.g. a {@code javafx.concurrent.Task}). */
    @Override
    public void execute(Runnable work) {
        executor.execute(work);
    }

    /** Queues work whose result is needed before the FX toolkit runs (opening the database at start). */
    public <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }
}
