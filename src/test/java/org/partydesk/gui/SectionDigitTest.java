package org.partydesk.gui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which keys switch the section (Ctrl+1 … Ctrl+9, on the main keys or the number pad), without a window. */
class SectionDigitTest {
    private static KeyEvent key(KeyCode code, boolean shift, boolean ctrl, boolean alt) {
        // on Linux and Windows the shortcut key is Ctrl
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, alt, false);
    }

    @Test
    void ctrlAndADigitOnTheMainKeysOrTheNumberPadNamesTheSection() {
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT1, false, true, false))).isEqualTo(1);
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT9, false, true, false))).isEqualTo(9);
        assertThat(MainWindow.sectionDigit(key(KeyCode.NUMPAD3, false, true, false))).isEqualTo(3);
    }

    @Test
    void aDigitAloneOrWithOtherModifiersIsLeftToTheControls() {
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT2, false, false, false))).as("2 marks 请假 in the sheet").isZero();
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT2, true, true, false))).isZero();
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT2, false, true, true))).isZero();
        assertThat(MainWindow.sectionDigit(key(KeyCode.DIGIT0, false, true, false))).isZero();
        assertThat(MainWindow.sectionDigit(key(KeyCode.S, false, true, false))).isZero();
    }
}
