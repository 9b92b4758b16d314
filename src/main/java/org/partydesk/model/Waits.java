package org.partydesk.model;

import java.util.concurrent.BlockingQueue;

/**
 * Waiting for a queue's next element or a thread's end whatever interrupts come: the work waited for ends by itself,
 * so an interrupt does not stop the waiting; it is kept (set again once the waiting is over) for the caller to see.
 * The roster's reading threads (app, office) and the jOOQ preload (store) all wait so, hence here.
 */
public final class Waits {
    private Waits() {
    }

    /** The next element of {@code queue}, waiting for it. */
    public static <T> T take(BlockingQueue<T> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until {@code thread} has ended. */
    public static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
