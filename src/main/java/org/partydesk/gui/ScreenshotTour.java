package org.partydesk.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

import org.partydesk.app.AppLog;
import org.partydesk.gui.shell.Section;

/**
 * Visits every section of the main window in turn and saves a snapshot of the scene to
 * {@code DIR/NN-id.png} (works under Xvfb and headless Monocle alike), then runs {@code done}.
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
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            save(String.format(Locale.ROOT, "%02d-%s.png", i + 1, s.id()));
            extra(sections, i, 0, done);
        });
        wait.play();
    }

    /** The section's extra views ({@link Section#nextTourView}), saved as NN-id-K.png, then the next section. */
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
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            save(String.format(Locale.ROOT, "%02d-%s-%d.png", i + 1, s.id(), k + 1));
            extra(sections, i, k + 1, done);
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
