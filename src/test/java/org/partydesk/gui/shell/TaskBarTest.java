package org.partydesk.gui.shell;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Progress;
import org.partydesk.gui.common.I18n;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one executor behind the task bar, without a window: work runs one piece after the other, reads queue
 * behind the clerk's work without making the bar busy, and work queued after {@link TaskBar#cancelAll} (the
 * backup on closing) starts only once the cancelled work has stopped.
 */
@RobotTest
class TaskBarTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static TaskBar taskBar() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new TaskBar(new I18n(Locale.SIMPLIFIED_CHINESE))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aReadQueuedBehindTheClerksWorkRunsAfterItAndOnlyTheWorkMakesTheBarBusy() throws Exception {
        TaskBar bar = taskBar();
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            bar.run(BackgroundTask.of(p -> {
                events.add("import started");
                release.await(10, TimeUnit.SECONDS);
                events.add("import ended");
                return 1;
            }).onSuccess(n -> events.add("import shown")));
            bar.load(BackgroundTask.of(p -> {
                events.add("read");
                return 2;
            }).onSuccess(n -> events.add("read shown")));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("import started"));
        assertThat(WaitForAsyncUtils.asyncFx(bar::busy).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bar.idle()).isFalse();
        assertThat(events).containsExactly("import started"); // the read waits behind the import

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, bar::idle);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).containsExactlyInAnyOrder("import started", "import ended", "import shown", "read", "read shown")
                .containsSubsequence("import started", "import ended", "read", "read shown");
        assertThat(WaitForAsyncUtils.asyncFx(bar::busy).get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void workQueuedAfterCancellingStartsOnlyOnceTheCancelledWorkHasStopped() throws Exception {
        TaskBar bar = taskBar();
        CountDownLatch started = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> bar.run(BackgroundTask.of(p -> {
            started.countDown();
            try {
                while (true) {
                    p.checkCancelled();
                    Thread.sleep(5);
                }
            } catch (Progress.CancelledException | InterruptedException e) {
                Thread.interrupted(); // cancelling interrupts the worker: clear it, then roll back a moment
                Thread.sleep(100);
                events.add("cancelled work stopped");
                throw e;
            }
        }).onCancelled(() -> events.add("cancel shown")))).get(10, TimeUnit.SECONDS);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.asyncFx(() -> {
            bar.cancelAll();
            bar.run(BackgroundTask.of(p -> {
                events.add("backup");
                return 0;
            }));
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains("backup"));
        assertThat(events).containsSubsequence("cancelled work stopped", "backup");
    }
}
