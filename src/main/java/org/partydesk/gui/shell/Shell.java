package org.partydesk.gui.shell;

import java.nio.file.Path;

import javafx.stage.Window;

import org.partydesk.app.Workspace;
import org.partydesk.gui.common.I18n;

/** What a section may ask of the main window it lives in. */
public interface Shell {
    Workspace workspace();

    I18n i18n();

    /** The status bar's runner of long work. */
    TaskBar tasks();

    /** Shows the section with this id. */
    void show(String sectionId);

    /** Re-reads what the status bar shows (database, operator). */
    void refreshStatus();

    /** The window, as owner of dialogs (null before it is shown). */
    Window window();

    /** Closes this workspace and opens another database file in its place. */
    void openDatabase(Path file);

    /** Reports a failure: logged, and shown in a dialog with its details. */
    default void fail(String whatKey, Throwable error) {
        ErrorDialog.show(window(), i18n(), whatKey, error);
    }

    /** Runs long work in the background (one at a time), reporting failures through {@link #fail}. */
    default <T> void run(String whatKey, BackgroundTask.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        if (tasks().busy()) {
            Notice.info(window(), i18n(), i18n().text("task.busy"));
            return;
        }
        tasks().run(BackgroundTask.of(work).titled(i18n().text(whatKey))
                .onSuccess(onSuccess)
                .onFailure(error -> fail(whatKey, error))
                .onCancelled(() -> Notice.info(window(), i18n(), i18n().text("task.cancelled"))));
    }
}
