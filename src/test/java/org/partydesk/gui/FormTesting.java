package org.partydesk.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;

/**
 * What the tests of the one-shot forms (decision 0054) share: the audit rows of a database, and an executor that
 * holds the work until the test runs it, as the shell's does while a save is under way (a second 确定 then).
 */
public final class FormTesting {
    public static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private FormTesting() {
    }

    /** How many audit rows the database holds: every write adds some. */
    public static int audits(Workspace ws) {
        return ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG);
    }

    /** Work runs on the test's thread at once ({@link Background#sameThread}). */
    public static Background now() {
        return Background.sameThread(ZH);
    }

    /** An executor whose work waits until {@link #runAll}; then each runs with its callbacks, in order. */
    public static final class Held implements Background {
        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess, Runnable andFinally) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.run(Progress.NONE));
                } catch (Exception e) {
                    throw new AssertionError(e);
                } finally {
                    andFinally.run();
                }
            });
        }

        @Override
        public <T> void load(String whatKey, BackgroundTask.Work<T> work, Consumer<T> onSuccess) {
            run(whatKey, work, onSuccess);
        }

        /** How many pieces of work wait. */
        public int waiting() {
            return queued.size();
        }

        public void runAll() {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        }
    }
}
