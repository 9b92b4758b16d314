package org.partydesk.gui.shell;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.partydesk.app.InputRejectedException;
import org.partydesk.gui.common.Dialogs;

/**
 * The save of a form that stays open until it is saved: the work runs through the shell's executor; refused input
 * ({@link InputRejectedException}) becomes {@link #problem()}, the sentence the form shows inside itself, and the
 * form keeps what was typed; a save that is done clears it and hands on the result (the form then closes). Any other
 * failure goes to the one error dialog, as all background work's. A view model holds one per form.
 * <p>
 * One save at a time: while a save runs ({@link #saving()}), another is not started, so a double click on 确定 writes
 * once; meanwhile {@link org.partydesk.gui.common.Forms#savesInPlace} starts nothing on 确定 and disables 取消 (decision
 * 0054).
 */
public final class FormSave {
    private final StringProperty problem = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    /** Why the last save was refused ("" when it was not, or before any). */
    public ReadOnlyStringProperty problem() {
        return problem;
    }

    /** Whether a save is under way (from {@link #save} until its outcome is in). */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    /** Says {@code sentence} inside the form without saving (a check the view model makes itself). */
    public void refuse(String sentence) {
        problem.set(sentence == null ? "" : sentence);
    }

    /**
     * Runs {@code work} through {@code background}; {@code saved} gets its result unless the input is refused. Does
     * nothing while an earlier save still runs.
     */
    public <T> void save(Background background, String whatKey, BackgroundTask.Work<T> work, Consumer<T> saved) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        background.run(whatKey, progress -> {
            try {
                return new Outcome<>(work.run(progress), null);
            } catch (RuntimeException e) {
                InputRejectedException refused = Dialogs.refusal(e);
                if (refused == null) {
                    throw e;
                }
                return new Outcome<T>(null, refused);
            }
        }, outcome -> {
            saving.set(false); // before the form closes: a dialog does not close while its save is under way
            if (outcome.refused() != null) {
                Dialogs.logRefusal(whatKey, outcome.refused().getMessage());
                problem.set(outcome.refused().getMessage());
            } else {
                problem.set("");
                saved.accept(outcome.value());
            }
        }, () -> saving.set(false)); // also after a failure or a cancel, which hand on no outcome
    }

    private record Outcome<T>(T value, InputRejectedException refused) {
    }
}
