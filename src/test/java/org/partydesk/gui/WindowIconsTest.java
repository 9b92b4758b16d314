package org.partydesk.gui;

import java.awt.image.BufferedImage;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.partydesk.gui.common.CjkFonts;

import static org.assertj.core.api.Assertions.assertThat;

/** The window icon ships in every size the stage is given, each a PNG of that size; the no-font text is bilingual. */
class WindowIconsTest {
    @Test
    void everyIconSizeIsAResourceOfThatSize() throws Exception {
        for (int size : WindowIcons.SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("icons/partydesk-" + size + ".png")) {
                assertThat(in).as(size + " px").isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }

    @Test
    void theMissingFontMessageIsInChineseAndInEnglish() {
        String text = CjkFonts.missingFontText();
        assertThat(text).contains("未找到中文字体", "No Chinese font", "fonts-noto-cjk");
    }
}
