package org.partydesk.gui.shell;

import java.util.function.Consumer;

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
 */
public final class FormSave {
    private final StringProperty problem = new SimpleStringProperty("");

    /** Why the last save was refused ("" when it was not, or before any). */
    public ReadOnlyStringProperty problem() {
        return problem;
    }

    /** Says {@code sentence} inside the form without saving (a check the view model makes itself). */
    public void refuse(String sentence) {
        problem.set(sentence == null ? "" : sentence);
    }

    /** Runs {@code work} through {@code background}; {@code saved} gets its result unless the input is refused. */
    public <T> void save(Background background, String whatKey, BackgroundTask.Work<T> work, Consumer<T> saved) {
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
            if (outcome.refused() != null) {
                Dialogs.logRefusal(whatKey, outcome.refused().getMessage());
                problem.set(outcome.refused().getMessage());
            } else {
                problem.set("");
                saved.accept(outcome.value());
            }
        });
    }

    private record Outcome<T>(T value, InputRejectedException refused) {
    }
}
