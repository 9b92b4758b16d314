package org.partydesk.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.util.Duration;

import javax.imageio.ImageIO;

import org.partydesk.app.AppLog;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.Roster;
import org.partydesk.app.search.Hit;
import org.partydesk.app.search.HitKind;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;

/**
 * Visits every section of the main window in turn and saves a snapshot of the scene to
 * {@code DIR/NN-id.png} (and {@code DIR/NN-id-K.png} for each further tab of a section made of tabs,
 * {@code -bottom} after the name of a page that scrolls, scrolled to its end: the 工作台's charts); then what a
 * clerk opens most ({@code DIR/clerk-K-name.png}: 新建会议, the 评先创优 batch and single dialogs, a member's
 * page, a refused 调动 on it); works under Xvfb and headless Monocle alike; then runs {@code done}.
 */
final class ScreenshotTour {
    private static final Duration SETTLE = Duration.millis(1500);
    /** The dialog probe's wait for the section's reading to end (short: it adds to every start the benchmark times). */
    private static final Duration PROBE_SETTLE = Duration.millis(300);

    private final MainWindow window;
    private final Scene scene;
    private final Path dir;

    ScreenshotTour(MainWindow window, Scene scene, Path dir) {
        this.window = window;
        this.scene = scene;
        this.dir = dir;
    }

    /** A view a clerk opens most: shown by {@code open}, saved as {@code clerk-K-name.png}. */
    private record ClerkView(String name, String section, Runnable open) {
    }

    void start(Runnable done) {
        step(window.sections(), 0, () -> clerkViews(0, done));
    }

    private List<ClerkView> clerkViews() {
        return List.of(
                new ClerkView("meeting-new", Sections.MEETINGS, () -> fire("#newMeeting")),
                new ClerkView("commendations-batch", Sections.COMMENDATIONS, () -> fire("#batchButton")),
                new ClerkView("commendations-single", Sections.COMMENDATIONS, () -> fire("#newButton")),
                new ClerkView("member-page", Sections.ORGANISATION, this::openAMember),
                new ClerkView("member-move-refused", Sections.ORGANISATION, this::refuseAMove));
    }

    /**
     * On the member page the view before opened: 调动 to the first branch offered on a day after today, 确定, so the
     * form shows the refusal inside itself with what was typed (decision 0054).
     */
    private void refuseAMove() {
        Platform.runLater(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w != scene.getWindow() && w.getScene() != null).findFirst()
                .ifPresent(w -> {
                    Scene form = w.getScene();
                    if (form.lookup("#moveBranch") instanceof javafx.scene.control.ComboBox<?> branch
                            && form.lookup("#moveDay") instanceof javafx.scene.control.DatePicker day
                            && form.getRoot() instanceof DialogPane pane) {
                        branch.getSelectionModel().selectFirst();
                        day.setValue(day.getValue().plusDays(30));
                        ((Button) pane.lookupButton(ButtonType.OK)).fire();
                    }
                }));
        fire("#moveMember"); // the form waits for the clerk: the step above runs once it shows
    }

    /**
     * The dialog probe ({@link PartyDeskApp#DIALOG_PROBE_PROPERTY}): shows the section of the clerk's view
     * {@code name}, lets it settle, opens the view as the clerk's click does and gives {@code measured} the
     * milliseconds from the click until a dialog has shown and been laid out (its choices are read before it
     * opens); then cancels the dialog.
     */
    void timeClerkView(String name, java.util.function.LongConsumer measured) {
        ClerkView v = clerkViews().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        window.show(v.section());
        afterIdle(PROBE_SETTLE, () -> {
            long[] clicked = new long[1];
            javafx.collections.ListChangeListener<Window> shown = new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends Window> c) {
                    while (c.next()) {
                        for (Window w : c.getAddedSubList()) {
                            if (w instanceof javafx.stage.Stage && w != scene.getWindow() && w.getScene() != null) {
                                Window.getWindows().removeListener(this);
                                afterLayout(w.getScene(), () -> {
                                    measured.accept(System.currentTimeMillis() - clicked[0]);
                                    cancel(w);
                                });
                                return;
                            }
                        }
                    }
                }
            };
            Window.getWindows().addListener(shown);
            clicked[0] = System.currentTimeMillis();
            v.open().run();
        });
    }

    /** Runs {@code then} once {@code of} has been laid out and drawn (after its next layout pulse). */
    static void afterLayout(Scene of, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            of.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        of.addPostLayoutPulseListener(once[0]);
    }

    /** The clerk's views in turn; a dialog is saved from its own window and then cancelled. */
    private void clerkViews(int k, Runnable done) {
        List<ClerkView> views = clerkViews();
        if (k >= views.size()) {
            done.run();
            return;
        }
        ClerkView v = views.get(k);
        window.show(v.section());
        afterIdle(() -> {
            // the snapshot is scheduled first: a dialog's showAndWait does not return until the dialog is closed
            afterIdle(() -> {
                String name = String.format(Locale.ROOT, "clerk-%d-%s.png", k + 1, v.name());
                List<Window> dialogs = Window.getWindows().stream()
                        .filter(w -> w.isShowing() && w != scene.getWindow() && w.getScene() != null).toList();
                if (dialogs.isEmpty()) {
                    save(scene, name);
                } else {
                    dialogs.forEach(w -> save(w.getScene(), name));
                    dialogs.forEach(ScreenshotTour::cancel);
                }
                clerkViews(k + 1, done);
            });
            Platform.runLater(v.open());
        });
    }

    private void fire(String selector) {
        Node node = scene.lookup(selector);
        if (node instanceof Button b) {
            b.fire();
        } else {
            AppLog.error("screenshot: no button " + selector, new IllegalStateException(selector));
        }
    }

    /** Opens the page of the first member of the roster (read through the shell's executor). */
    private void openAMember() {
        window.load("member.loading", p -> {
            Roster roster = new Roster(window.workspace());
            return roster.tree().stream().flatMap(root -> roster.members(root.unit().id(), true, roster.today()).stream())
                    .map(MemberRow::memberId).findFirst();
        }, id -> id.ifPresent(m -> window.open(new Hit(HitKind.MEMBER, m, "", ""))));
    }

    /** Closes a dialog the tour opened through its cancel button (or by hiding its window). */
    private static void cancel(Window w) {
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE && pane.lookupButton(type) instanceof Button b) {
                    b.fire();
                    return;
                }
            }
        }
        w.hide();
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
                saveScrolled(window.view(s), String.format(Locale.ROOT, "%02d-%s", i + 1, s.id()), next);
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
                saveScrolled(tabs.getTabs().get(0).getContent(), String.format(Locale.ROOT, "%02d-%s", i + 1, s.id()), next);
            } else {
                saveScrolled(tabs.getTabs().get(k).getContent(), String.format(Locale.ROOT, "%02d-%s-%d", i + 1, s.id(), k + 1),
                        () -> tab(tabs, k + 1, i, s, next));
            }
        });
    }

    /**
     * Saves {@code base.png}; when {@code view} is a page that scrolls and has more than it shows, also
     * {@code base-bottom.png} scrolled to its end (then back to its top); then runs {@code next}.
     */
    private void saveScrolled(Node view, String base, Runnable next) {
        save(base + ".png");
        if (view instanceof ScrollPane page && page.getContent() != null
                && page.getContent().getLayoutBounds().getHeight() > page.getViewportBounds().getHeight() + 1) {
            page.setVvalue(page.getVmax());
            afterIdle(() -> {
                save(base + "-bottom.png");
                page.setVvalue(page.getVmin());
                next.run();
            });
        } else {
            next.run();
        }
    }

    /** Runs {@code then} once the window's background work has ended and the screen has settled. */
    private void afterIdle(Runnable then) {
        afterIdle(SETTLE, then);
    }

    /** Runs {@code then} once the window's background work has ended, looking every {@code pause}. */
    private void afterIdle(Duration pause, Runnable then) {
        PauseTransition wait = new PauseTransition(pause);
        wait.setOnFinished(e -> {
            if (window.tasks().idle()) {
                then.run();
            } else {
                afterIdle(pause, then);
            }
        });
        wait.play();
    }

    private void save(String name) {
        save(scene, name);
    }

    private void save(Scene of, String name) {
        try {
            Files.createDirectories(dir);
            WritableImage image = of.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name).toFile());
        } catch (IOException | RuntimeException e) {
            AppLog.error("screenshot " + name, e);
        }
    }
}
