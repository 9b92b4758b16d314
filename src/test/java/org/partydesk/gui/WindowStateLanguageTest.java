package org.partydesk.gui;

import java.util.Locale;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partydesk.gui.shell.WindowState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JavaFX's own texts (确定/取消) follow the program's language, not the operating system's: the window remembers
 * its language, and the next start sets the default locale from it before the toolkit reads it.
 */
class WindowStateLanguageTest {
    private final Preferences node = Preferences.userRoot().node("org/partydesk/test/window-" + System.nanoTime());

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void chineseUnlessTheLastWindowWasEnglish() {
        WindowState state = new WindowState(node);
        assertThat(state.language()).isEqualTo("zh");
        assertThat(state.startupLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        state.rememberLanguage("en");
        assertThat(new WindowState(node).startupLocale()).isEqualTo(Locale.ENGLISH);
        state.rememberLanguage("zh");
        assertThat(new WindowState(node).startupLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void javaFxSaysOkAndCancelInChineseUnderTheChineseLocale() {
        // JavaFX's own bundle, read as the started program reads it under the locale set from the window state
        java.util.ResourceBundle controls = java.util.ResourceBundle.getBundle(
                "com/sun/javafx/scene/control/skin/resources/controls", Locale.SIMPLIFIED_CHINESE);
        assertThat(controls.getString("Dialog.ok.button")).isEqualTo("确定");
        assertThat(controls.getString("Dialog.cancel.button")).isEqualTo("取消");
    }
}
