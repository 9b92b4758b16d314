package org.partydesk.gui.common;

import java.util.Map;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The standard buttons of every dialog (确定, 取消, 关闭, 是, 否 …) in the window's language (decision 0058). JavaFX names
 * them once, from the default locale when its button types are first used: the locale the start-up takes from the
 * last window's language, so a window whose database says English (the first start after 设置 → 语言 changed it, a
 * database opened from a Chinese one, a test's window) showed 确定/取消. {@link #follow} relabels the buttons of each
 * dialog as it shows, from the window's bundle; a button a form named itself (保存, 登记) keeps its name.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "button.ok", ButtonType.CANCEL,
            "button.cancel", ButtonType.CLOSE, "button.close", ButtonType.YES, "button.yes", ButtonType.NO, "button.no",
            ButtonType.APPLY, "button.apply", ButtonType.FINISH, "button.finish", ButtonType.NEXT, "button.next",
            ButtonType.PREVIOUS, "button.previous");
    private static volatile I18n current;
    private static boolean following;

    private DialogButtons() {
    }

    /**
     * From now on the buttons of every dialog shown say what {@code i18n}'s bundle says (the latest window's language
     * wins); call on the FX thread, or from anywhere before the first dialog.
     */
    public static void follow(I18n i18n) {
        current = i18n;
        if (Platform.isFxApplicationThread()) {
            listen();
        } else {
            Platform.runLater(DialogButtons::listen);
        }
    }

    private static void listen() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    DialogPane pane = paneOf(w);
                    if (pane != null && current != null) {
                        label(pane, current);
                    }
                }
            }
        });
    }

    /** The standard buttons of {@code pane} named from {@code i18n}'s bundle, but for those a form named itself. */
    public static void label(DialogPane pane, I18n i18n) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button b && b.getText().equals(type.getText())) {
                b.setText(i18n.text(key));
            }
        }
    }

    private static DialogPane paneOf(Window w) {
        if (w.getScene() == null || w.getScene().getRoot() == null) {
            return null;
        }
        Parent root = w.getScene().getRoot();
        if (root instanceof DialogPane p) {
            return p;
        }
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof DialogPane p) {
                return p;
            }
        }
        return null;
    }
}
