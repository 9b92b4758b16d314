package org.partydesk.gui.shell;

import java.nio.file.Path;

import javafx.stage.Window;

import org.partydesk.app.Workspace;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.I18n;

/** What a section may ask of the main window it lives in. */
public interface Shell extends Background {
    Workspace workspace();

    I18n i18n();

    /** The status bar's view of the one executor ({@link WorkQueue}). */
    TaskBar tasks();

    /** Shows the section with this id. */
    void show(String sectionId);

    /** Shows the section of a record (a member, an organisation …) and brings the record into view. */
    void open(org.partydesk.app.search.Hit hit);

    /** Re-reads what the status bar shows (database, operator). */
    void refreshStatus();

    /** The window, as owner of dialogs (null before it is shown). */
    Window window();

    /** Closes this workspace and opens another database file in its place. */
    void openDatabase(Path file);

    /**
     * A confirmed restore of {@code backup} found the open database damaged inside ({@code damage}), so no copy of it
     * could be kept first: closes the workspace and restores the backup over the damaged file, which is kept beside it
     * under another name. A shell that cannot close its workspace reports the failure.
     */
    default void restoreOverDamaged(Path backup, Throwable damage) {
        fail("transfer.restoring", damage);
    }

    /** Reports a failure through the dialog service: logged, and shown in a dialog with its details. */
    default void fail(String whatKey, Throwable error) {
        Dialogs.failure(window(), i18n(), whatKey, error);
    }

    /**
     * What the status bar says while the work of {@code whatKey} runs: {@code whatKey.task} (正在读取工作台的数字…) when the
     * bundle has it, else the text of {@code whatKey}, which then names the work (保存党员信息). A key whose text says
     * what failed (工作台的数字未能读取) is shown only when it did, as the error's header.
     */
    static String taskTitle(I18n i18n, String whatKey) {
        return i18n.text(i18n.has(whatKey + ".task") ? whatKey + ".task" : whatKey);
    }

    @Override
    default <T> void run(String whatKey, BackgroundTask.Work<T> work, java.util.function.Consumer<T> onSuccess,
            Runnable andFinally) {
        if (tasks().busy()) {
            Dialogs.notice(window(), i18n(), i18n().text("task.busy"));
            andFinally.run();
            return;
        }
        tasks().run(BackgroundTask.of(work).titled(taskTitle(i18n(), whatKey))
                .onSuccess(result -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        andFinally.run();
                    }
                })
                .onFailure(error -> {
                    try {
                        if (workspace().isOpen()) {
                            fail(whatKey, error);
                        } else { // the window closed (or opened another database) while the work ran
                            org.partydesk.app.AppLog.error(i18n().text(whatKey) + "（数据库已关闭）", error);
                        }
                    } finally {
                        andFinally.run();
                    }
                })
                .onCancelled(() -> {
                    try {
                        if (window() != null && window().isShowing()) { // cancelled by the clerk, not by closing the window
                            Dialogs.notice(window(), i18n(), i18n().text("task.cancelled"));
                        }
                    } finally {
                        andFinally.run();
                    }
                }));
    }

    @Override
    default <T> void load(String whatKey, BackgroundTask.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        tasks().load(BackgroundTask.of(work).titled(taskTitle(i18n(), whatKey))
                .onSuccess(onSuccess)
                .onFailure(error -> {
                    if (workspace().isOpen()) {
                        fail(whatKey, error);
                    } else { // a read queued before the database was closed: nothing to show it on
                        org.partydesk.app.AppLog.error(i18n().text(whatKey) + "（数据库已关闭）", error);
                    }
                }));
    }
}
