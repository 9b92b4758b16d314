package org.partydesk.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The window's texts from the resource bundle {@code org/partydesk/gui/messages}: Simplified Chinese by
 * default, English when the {@code language} setting is {@code en}. Enum constants are labelled by the
 * key {@code EnumName.CONSTANT} (e.g. {@code MemberStatus.FULL} → 正式党员).
 */
public final class I18n {
    public static final String BUNDLE = "org.partydesk.gui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: Chinese must not turn English on an English system
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English for {@code en}, Simplified Chinese for anything else (including none). */
    public static I18n forLanguage(String language) {
        return new I18n("en".equalsIgnoreCase(language == null ? "" : language.strip())
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The label of an enum constant; empty for null. */
    public String label(Enum<?> value) {
        return value == null ? "" : bundle.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
