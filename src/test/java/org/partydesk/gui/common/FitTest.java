package org.partydesk.gui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;

/** The widths {@link Fit} computes, without a toolkit ({@link FitScreenTest} shows them on a stage). */
class FitTest {
    @Test
    void aHeaderGetsAtLeastTheWidthOfItsTextAndPadding() {
        for (double size : new double[] {17.33, 21.33}) {
            Font font = Font.font(size);
            Text text = new Text("党员类别");
            text.setFont(font);
            double textWidth = text.getLayoutBounds().getWidth();
            double width = Fit.headerWidth("党员类别", font, new Insets(0, 5, 0, 5));
            assertTrue(width >= textWidth + 10, size + ": " + width + " < " + textWidth);
        }
        assertTrue(Fit.headerWidth("党员类别", Font.font(21.33), Insets.EMPTY)
                > Fit.headerWidth("党员类别", Font.font(17.33), Insets.EMPTY), "a larger font needs a wider column");
        assertEquals(0, Fit.headerWidth("", Font.font(13), Insets.EMPTY));
    }

    @Test
    void aTableScrollsSidewaysWhenItsColumnsMinimaDoNotFit() {
        TableColumn<String, String> a = new TableColumn<>("姓名");
        TableColumn<String, String> b = new TableColumn<>("性别");
        a.setMinWidth(80);
        b.setMinWidth(60);
        assertFalse(Fit.tooNarrow(140, List.of(a, b)));
        assertTrue(Fit.tooNarrow(139, List.of(a, b)));
    }
}
