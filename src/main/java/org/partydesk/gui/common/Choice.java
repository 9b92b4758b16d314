package org.partydesk.gui.common;

/** One entry of a choice box: a value (null for "all" or "none") and the text shown for it. */
public record Choice<T>(T value, String text) {
    @Override
    public String toString() {
        return text;
    }
}
