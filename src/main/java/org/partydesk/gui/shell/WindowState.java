package org.partydesk.gui.shell;

import java.util.prefs.Preferences;

import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, position and maximised state (java.util.prefs, per user) and
 * restores them only when the saved rectangle is still on a visible screen.
 */
public final class WindowState {
    private final Preferences prefs;

    public WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The per-user node of the application. */
    public static WindowState forUser() {
        return new WindowState(Preferences.userRoot().node("org/partydesk/gui/window"));
    }

    /** Applies the saved state to a stage not yet shown; returns whether anything was restored. */
    public boolean restore(Stage stage) {
        double w = prefs.getDouble("width", -1);
        double h = prefs.getDouble("height", -1);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (w < 400 || h < 300 || Double.isNaN(x) || Double.isNaN(y)
                || Screen.getScreensForRectangle(x, y, Math.min(w, 100), Math.min(h, 100)).isEmpty()) {
            return false;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setMaximized(prefs.getBoolean("maximized", false));
        return true;
    }

    /** Saves the stage's state; the size of a maximised window is kept from before it was maximised. */
    public void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
    }

    /** The last database file opened through 打开其他数据库…, if any. */
    public String lastDatabase() {
        return prefs.get("database", null);
    }

    public void rememberDatabase(String file) {
        prefs.put("database", file);
    }

    /** The language of the last window shown ("zh" or "en"); Chinese when none was shown yet. */
    public String language() {
        return "en".equals(prefs.get("language", "zh")) ? "en" : "zh";
    }

    public void rememberLanguage(String language) {
        prefs.put("language", "en".equals(language) ? "en" : "zh");
    }

    /**
     * The locale JavaFX's own texts (确定/取消 on every dialog, the file chooser where the platform allows) must be
     * in: the program's language, whatever the operating system's is. JavaFX reads it once, when its button
     * types are first used, so it is set before the toolkit starts, from the language of the last window.
     */
    public java.util.Locale startupLocale() {
        return "en".equals(language()) ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE;
    }
}
