package org.partydesk.gui.reports;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.partydesk.gui.common.I18n;

/** Small pieces the report screens share: styled labels, year choosers and numbered choices. */
final class Controls {
    /** How many years before this one the year choosers offer. */
    static final int YEARS_BACK = 4;

    private Controls() {
    }

    /** A label of the bundle text {@code key} with a style class ({@code section-heading}, {@code hint} …). */
    static Label label(I18n i18n, String key, String styleClass) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A wrapping hint under a tool row. */
    static Label hint(I18n i18n, String key) {
        Label l = label(i18n, key, "hint");
        l.setMinWidth(0);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, even when the table under it wants the height
        return l;
    }

    /** This year and {@link #YEARS_BACK} years before it, this year chosen. */
    static ComboBox<Integer> years(String id, int thisYear) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            box.getItems().add(y);
        }
        box.setValue(thisYear);
        return box;
    }

    /** Choices 1, 2, 3 … shown as the bundle texts of {@code keys} in that order. */
    static ComboBox<Integer> numbered(String id, I18n i18n, List<String> keys) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        for (int i = 1; i <= keys.size(); i++) {
            box.getItems().add(i);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : i18n.text(keys.get(n - 1));
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
