package org.partydesk.gui;

import java.net.URL;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The program's icon (packaging/icons, copied to the resources) on a window, in the sizes the title bar,
 * the taskbar and the window switcher pick from; dialogs owned by the window show it too.
 */
public final class WindowIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private WindowIcons() {
    }

    /** The icon images, smallest first (a size whose resource is missing is left out). */
    static List<Image> images() {
        return SIZES.stream().map(WindowIcons::image).filter(i -> i != null && !i.isError()).toList();
    }

    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    private static Image image(int size) {
        URL url = WindowIcons.class.getResource("icons/partydesk-" + size + ".png");
        return url == null ? null : new Image(url.toExternalForm());
    }
}
