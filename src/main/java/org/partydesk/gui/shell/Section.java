package org.partydesk.gui.shell;

import java.util.function.Supplier;

import javafx.scene.Node;

import org.partydesk.app.search.Hit;

/**
 * One section of the main window (工作台, 组织与党员 …): its id, the bundle key of its title, its view
 * (built once, when first shown) and what happens each time it is shown. Sections are registered in
 * {@link Sections}; a standalone screen with a {@code root()} method plugs in through {@link #of}.
 */
public interface Section {
    /** A stable id, also used in screenshot names and tests (e.g. {@code dashboard}). */
    String id();

    /** The bundle key of the title shown in the navigation. */
    String titleKey();

    /** The section's content; called once. */
    Node view();

    /** Called each time the section is shown: refresh figures that other sections may have changed. */
    default void onShow() {
    }

    /**
     * The control that takes the focus when the section is opened from the keyboard (Ctrl+digit, a search hit),
     * so that the section's own keys (Ctrl+N …) work at once; null: the first control of the view that takes it.
     */
    default Node focusTarget() {
        return null;
    }

    /** Brings a search hit of this section into view; called after {@link #onShow()}. */
    default void reveal(Hit hit) {
    }

    /**
     * Asked before the main window closes or shows another database: a section holding unsaved work asks the
     * user whether to discard it; false keeps the window as it is.
     */
    default boolean mayClose() {
        return true;
    }

    /** A key (or keys) and what it does in this section, for the F1 help. */
    record Shortcut(String keys, String text) {
    }

    /** The section's own keys, listed by the F1 help under its title (texts already translated). */
    default java.util.List<Shortcut> shortcuts() {
        return java.util.List.of();
    }

    /**
     * Extra views the screenshot tour should capture after the section's first view (e.g. an editor or a
     * second tab): each call shows the next one; false when there is none left.
     */
    default boolean nextTourView(int index) {
        return false;
    }

    /** A section around a ready-made view (e.g. {@code () -> new ResponsibilityView(ws, i18n).root()}). */
    static Section of(String id, String titleKey, Supplier<Node> view) {
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public Node view() {
                return view.get();
            }
        };
    }
}
