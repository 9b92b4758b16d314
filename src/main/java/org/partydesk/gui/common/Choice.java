package org.partydesk.gui.common;

import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/** One entry of a choice box: a value (null for "all" or "none") and the text shown for it. */
public record Choice<T>(T value, String text) {
    @Override
    public String toString() {
        return text;
    }

    /**
     * Keeps {@code box}'s choice and {@code value} (a view model's property) the same, both ways: the box starts on
     * the entry of the property's value, and a choice sets the property to that entry's value.
     */
    public static <T> void bind(ComboBox<Choice<T>> box, ObjectProperty<T> value) {
        Runnable fromValue = () -> box.setValue(box.getItems().stream()
                .filter(c -> Objects.equals(c.value(), value.get())).findFirst().orElse(null));
        fromValue.run();
        value.addListener((obs, old, v) -> fromValue.run());
        box.valueProperty().addListener((obs, old, c) -> value.set(c == null ? null : c.value()));
    }
}
