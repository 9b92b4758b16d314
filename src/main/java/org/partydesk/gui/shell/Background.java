package org.partydesk.gui.shell;

import java.util.function.Consumer;

import org.partydesk.app.Progress;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.I18n;

/**
 * What a screen needs of the shell to leave the FX thread: the one executor behind the task bar
 * ({@link Shell} is one). Callbacks run on the FX thread; failures go to the dialog service (logged and shown).
 */
public interface Background {
    /**
     * Work the clerk started (saving, importing, checking, adding files): shown in the status bar with 取消,
     * refused with a notice while other such work runs, awaited (cancelled) when the window closes.
     */
    default <T> void run(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
        run(whatKey, work, onSuccess, () -> { });
    }

    /**
     * {@link #run(String, BackgroundTask.Work, Consumer)}, then {@code andFinally} on the FX thread whatever came of
     * it: done (after {@code onSuccess}), failed (after the failure is shown), cancelled, or refused while other
     * work runs. A form that waits for its save (its 确定 starting nothing meanwhile) uses it to be usable again.
     */
    <T> void run(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess, Runnable andFinally);

    /**
     * A read for the screen (a list, a tree, a chart): queued on the same executor as all other work (so never
     * during a backup), shown in the status bar only when it takes a while, never refused.
     */
    <T> void load(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess);

    /**
     * Work and callbacks at once on the calling thread: for tests that build a screen on its own, without the
     * main window. A failure is shown (and logged) by the dialog service.
     */
    static Background sameThread(I18n i18n) {
        return new Background() {
            @Override
            public <T> void run(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess, Runnable andFinally) {
                try {
                    T result;
                    try {
                        result = work.run(Progress.NONE);
                    } catch (Progress.CancelledException cancelled) {
                        return;
                    } catch (Exception | Error e) {
                        Dialogs.failure(null, i18n, whatKey, e);
                        return;
                    }
                    onSuccess.accept(result);
                } finally {
                    andFinally.run();
                }
            }

            @Override
            public <T> void load(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
                run(whatKey, work, onSuccess);
            }
        };
    }
}
