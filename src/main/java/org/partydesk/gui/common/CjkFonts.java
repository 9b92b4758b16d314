package org.partydesk.gui.common;

import java.util.List;
import java.util.Optional;

import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Picks a font that has Chinese glyphs. JavaFX CSS does not fall back through a list of families, so
 * the first installed family of {@link #PREFERRED} is set on the root node explicitly.
 */
public final class CjkFonts {
    /** Linux (Noto, WenQuanYi), Windows (Microsoft YaHei, SimSun), macOS (PingFang). */
    public static final List<String> PREFERRED =
            List.of("Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimSun");

    private CjkFonts() {
    }

    /** The first preferred family that is installed, if any. */
    public static Optional<String> installedFamily() {
        List<String> installed = Font.getFamilies();
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** Sets the installed CJK family on {@code root}; without one, the stylesheet's choice stays. */
    public static void apply(Parent root) {
        apply(root, null);
    }

    /** As {@link #apply(Parent)}, and the font size in points when {@code points} is not null. */
    public static void apply(Parent root, Integer points) {
        StringBuilder style = new StringBuilder();
        installedFamily().ifPresent(family -> style.append("-fx-font-family: \"").append(family).append("\";"));
        if (points != null) {
            style.append("-fx-font-size: ").append(points).append("pt;");
        }
        root.setStyle(style.toString());
    }
}
