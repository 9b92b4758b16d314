package org.partydesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on a thread of its own, its failure thrown as the work threw it. */
public final class Joins {
    private Joins() {
    }

    /**
     * The result of {@code work} once it has ended; an exception or error it threw is thrown here as it was (not
     * wrapped in a {@link CompletionException}), so that callers report it as if the work had run on their thread.
     */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Runs {@code work} on a daemon thread of its own (an executor for work done beside the caller's). */
    public static void aside(Runnable work) {
        Thread t = new Thread(work, "partydesk-aside");
        t.setDaemon(true);
        t.start();
    }
}
