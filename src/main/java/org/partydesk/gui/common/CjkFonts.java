package org.partydesk.gui.common;

import java.util.List;
import java.util.Optional;

import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * Picks a font that has Chinese glyphs. JavaFX CSS does not fall back through a list of families, so
 * the first installed family of {@link #PREFERRED} is set on the root node explicitly.
 */
public final class CjkFonts {
    /**
     * Linux (Noto = Source Han, WenQuanYi, Droid fallback, AR PL: the font packages the .deb depends on, one of
     * them), Windows (Microsoft YaHei, SimSun), macOS (PingFang).
     */
    public static final List<String> PREFERRED =
            List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
                    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "SimSun");

    /** The root's property holding the font size in points that {@link #apply(Parent, Integer)} set. */
    private static final String POINTS_KEY = "partydesk.font.points";

    private CjkFonts() {
    }

    /** The first preferred family that is installed, if any. */
    public static Optional<String> installedFamily() {
        List<String> installed = Font.getFamilies();
        return PREFERRED.stream().filter(installed::contains).findFirst();
    }

    /** Sets the installed CJK family on {@code root}; without one, the stylesheet's choice stays. */
    public static void apply(Parent root) {
        apply(root, (Integer) null);
    }

    /** As {@link #apply(Parent)}, and the font size in points when {@code points} is not null. */
    public static void apply(Parent root, Integer points) {
        if (points == null) {
            root.getProperties().remove(POINTS_KEY);
        } else {
            root.getProperties().put(POINTS_KEY, points);
        }
        StringBuilder style = new StringBuilder();
        installedFamily().ifPresent(family -> style.append("-fx-font-family: \"").append(family).append("\";"));
        if (points != null) {
            style.append("-fx-font-size: ").append(points).append("pt;");
        }
        root.setStyle(style.toString());
    }

    /**
     * As {@link #apply(Parent, Integer)} at the font size of the window {@code owner} shows (a dialog takes the
     * size the clerk chose for the main window); the stylesheet's size when it has none.
     */
    public static void apply(Parent root, javafx.stage.Window owner) {
        Integer points = null;
        if (owner != null && owner.getScene() != null && owner.getScene().getRoot() != null
                && owner.getScene().getRoot().getProperties().get(POINTS_KEY) instanceof Integer p) {
            points = p;
        }
        apply(root, points);
    }

    /**
     * When no preferred family is installed, says so in a window and on the terminal: every Chinese label would
     * be a box, so the text is given in Chinese and in English, with the package to install.
     */
    public static void warnWhenMissing(Stage owner) {
        if (installedFamily().isPresent()) {
            return;
        }
        String text = missingFontText();
        System.err.println(text);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("PartyDesk");
        alert.setHeaderText(I18n.forLanguage("en").text("fonts.missing.title"));
        alert.show();
    }

    /** The message without a Chinese font: the Chinese text, then the English one. */
    public static String missingFontText() {
        return I18n.forLanguage(null).text("fonts.missing") + "\n\n" + I18n.forLanguage("en").text("fonts.missing");
    }
}
