package org.partydesk.logic;

import java.util.EnumSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Chinese label of each glossary term as documents print it (会议类型, 级别, 红黄旗 …), from the
 * bundle {@code org/partydesk/logic/terms.properties}. Documents are Chinese whatever the UI language.
 */
public final class Terms {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.partydesk.logic.terms", Locale.ROOT);

    private Terms() {
    }

    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("terms.properties has no label for " + key, e);
        }
    }

    /** The enum value whose label is {@code label}, if any. */
    public static <E extends Enum<E>> java.util.Optional<E> fromLabel(Class<E> type, String label) {
        for (E e : EnumSet.allOf(type)) {
            if (label(e).equals(label)) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
