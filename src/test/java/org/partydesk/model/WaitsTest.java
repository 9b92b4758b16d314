package org.partydesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Waiting whatever interrupts come: the waiting goes on to its end, and the interrupt is kept for the caller. */
class WaitsTest {
    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void takeWaitsForTheElementThroughAnInterruptAndKeepsIt() {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(1);
        Thread caller = Thread.currentThread();
        Thread other = new Thread(() -> {
            caller.interrupt(); // and again while it waits, if it waits already
            queue.add("行");
        });
        caller.interrupt(); // already interrupted when the waiting starts
        other.start();
        assertThat(Waits.take(queue)).isEqualTo("行");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        Waits.join(other);
    }

    @Test
    void joinWaitsForTheThreadsEndThroughAnInterruptAndKeepsIt() {
        CountDownLatch go = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        Thread.currentThread().interrupt();
        new Thread(go::countDown).start();
        Waits.join(worker);
        assertThat(worker.isAlive()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
