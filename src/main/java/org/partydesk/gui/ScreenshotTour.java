package org.partydesk.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

import org.partydesk.app.AppLog;
import org.partydesk.gui.shell.Section;

/**
 * Visits every section of the main window in turn and saves a snapshot of the scene to
 * {@code DIR/NN-id.png} (and {@code DIR/NN-id-K.png} for each further tab of a section made of tabs; works
 * under Xvfb and headless Monocle alike), then runs {@code done}.
 */
final class ScreenshotTour {
    private static final Duration SETTLE = Duration.millis(1500);

    private final MainWindow window;
    private final Scene scene;
    private final Path dir;

    ScreenshotTour(MainWindow window, Scene scene, Path dir) {
        this.window = window;
        this.scene = scene;
        this.dir = dir;
    }

    void start(Runnable done) {
        step(window.sections(), 0, done);
    }

    private void step(List<Section> sections, int i, Runnable done) {
        if (i >= sections.size()) {
            done.run();
            return;
        }
        Section s = sections.get(i);
        window.show(s.id());
        afterIdle(() -> {
            Runnable next = () -> extra(sections, i, 0, done);
            if (window.view(s) instanceof TabPane tabs && tabs.getTabs().size() > 1) {
                tab(tabs, 1, i, s, next);
            } else {
                save(String.format(Locale.ROOT, "%02d-%s.png", i + 1, s.id()));
                next.run();
            }
        });
    }

    /** The section's extra views ({@link Section#nextTourView}), saved as NN-id-vK.png, then the next section. */
    private void extra(List<Section> sections, int i, int k, Runnable done) {
        Section s = sections.get(i);
        boolean more;
        try {
            more = s.nextTourView(k);
        } catch (RuntimeException e) {
            AppLog.error("screenshot " + s.id() + " view " + (k + 1), e);
            more = false;
        }
        if (!more) {
            step(sections, i + 1, done);
            return;
        }
        afterIdle(() -> {
            save(String.format(Locale.ROOT, "%02d-%s-v%d.png", i + 1, s.id(), k + 1));
            extra(sections, i, k + 1, done);
        });
    }

    /**
     * A section of several tabs: a snapshot of each further tab ({@code NN-id-K.png}), then of the first tab
     * ({@code NN-id.png}) when back on it, so that what it reads in the background has had time to arrive.
     */
    private void tab(TabPane tabs, int k, int i, Section s, Runnable next) {
        boolean last = k >= tabs.getTabs().size();
        tabs.getSelectionModel().select(last ? 0 : k);
        afterIdle(() -> {
            if (last) {
                save(String.format(Locale.ROOT, "%02d-%s.png", i + 1, s.id()));
                next.run();
            } else {
                save(String.format(Locale.ROOT, "%02d-%s-%d.png", i + 1, s.id(), k + 1));
                tab(tabs, k + 1, i, s, next);
            }
        });
    }

    /** Runs {@code then} once the window's background work has ended and the screen has settled. */
    private void afterIdle(Runnable then) {
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            if (window.tasks().idle()) {
                then.run();
            } else {
                afterIdle(then);
            }
        });
        wait.play();
    }

    private void save(String name) {
        try {
            Files.createDirectories(dir);
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
        } catch (IOException | RuntimeException e) {
            AppLog.error("screenshot " + name, e);
        }
    }
}
