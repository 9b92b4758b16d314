package org.partydesk.gui.shell;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The fields of a one-shot form (调动, 转出, 党籍, 党费基数, 荣誉名称 …) held by its view model as properties, and their
 * save through a {@link FormSave}: the dialog binds its controls to the properties, so a refused save leaves every
 * value as typed and says why in {@link #problem()}, inside the form; one save runs at a time. A subclass gives the
 * write of what the fields hold ({@link #work()}, built on the FX thread) and a test drives it without a robot
 * (decision 0054).
 *
 * @param <R> what the write returns (the page or the figures read again)
 */
public abstract class SavingForm<R> {
    private final FormSave saving = new FormSave();
    private final String whatKey;

    /** @param whatKey the bundle key naming the write (the status bar's text while it runs, the log's on a refusal) */
    protected SavingForm(String whatKey) {
        this.whatKey = whatKey;
    }

    /**
     * The write of what the fields hold now, read here on the FX thread: the work runs on the shell's executor and
     * throws {@link org.partydesk.app.InputRejectedException} (or lets the app throw it) to refuse.
     */
    protected abstract BackgroundTask.Work<R> work();

    /** A write refused at once with {@code sentence} (a required choice left empty). */
    protected static <R> BackgroundTask.Work<R> refused(String sentence) {
        return progress -> {
            throw new org.partydesk.app.InputRejectedException(sentence);
        };
    }

    /** Saves what the fields hold now; {@code saved} gets the work's result unless the input is refused. */
    public final void save(Background background, Consumer<R> saved) {
        saving.save(background, whatKey, work(), saved);
    }

    /**
     * Saves what the fields hold now; once written, {@code show} gets what the work read again (the page, the tree, the
     * figures) and then {@code closed} runs (the dialog closes). A refusal stays in {@link #problem()}, every field as
     * typed.
     */
    public final void save(Background background, Consumer<R> show, Runnable closed) {
        save(background, r -> {
            show.accept(r);
            closed.run();
        });
    }

    /**
     * Saves after a check the clerk may have to confirm (评先创优's 处分 and 不合格 notes): {@code check} runs as a save
     * does (one at a time, a refusal said in {@link #problem()}), then {@code goOn} gets what it found on the FX
     * thread (it may ask the clerk) and, when it says yes, what the fields hold is saved and {@code saved} gets the
     * result. A no leaves the form open as typed.
     */
    protected final <C> void checkThenSave(Background background, BackgroundTask.Work<C> check,
            java.util.function.Predicate<C> goOn, Consumer<R> saved) {
        saving.save(background, whatKey, check, found -> {
            if (goOn.test(found)) {
                save(background, saved);
            }
        });
    }

    /** Why the last save was refused ("" when it was not, or before any). */
    public final ReadOnlyStringProperty problem() {
        return saving.problem();
    }

    /** Whether a save is under way. */
    public final ReadOnlyBooleanProperty saving() {
        return saving.saving();
    }
}
