package org.partydesk.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.partydesk.app.AppLog;
import org.partydesk.app.BackupService;
import org.partydesk.app.DatabaseBusyException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.org.Roster;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.AutoBackups;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.UnreadableDatabaseModel;
import org.partydesk.gui.shell.WindowState;
import org.partydesk.gui.shell.WorkQueue;

/**
 * The desktop application. Sets up the log file, opens the database named by {@code partydesk.db} (else
 * the one last opened through 设置, else the per-user default) and shows the {@link MainWindow}. A
 * database without any organisation first offers the sample bureau (generated in the background, with a
 * 取消 button) or an empty bureau (name and operator). With {@code partydesk.screenshotTour=DIR} it
 * generates the sample if needed, saves one PNG per section into DIR and exits.
 */
public final class PartyDeskApp extends Application {
    /** System property naming a database file to open instead of the per-user default. */
    public static final String DATABASE_PROPERTY = "partydesk.db";
    /** System property naming a folder: take a screenshot of every section, then exit. */
    public static final String TOUR_PROPERTY = "partydesk.screenshotTour";
    /**
     * System property naming a file: when the window first shows its content (the main window or the
     * first-run choice), write {@code shownAtMillis=<epoch ms>} there and exit (the benchmark's time to
     * the first window).
     */
    public static final String STARTUP_PROBE_PROPERTY = "partydesk.startupProbe";
    /**
     * System property naming a file: with {@link #STARTUP_PROBE_PROPERTY}, once the main window shows its content,
     * open 评先创优, let it settle, fire 批量登记 as the clerk's click does, write {@code dialogMillis=<ms>} (from the
     * click until the dialog shows with its choices) there and exit (the benchmark's time to the batch dialog).
     */
    public static final String DIALOG_PROBE_PROPERTY = "partydesk.dialogProbe";
    static final long SAMPLE_SEED = 20250101L;
    private static final Logger LOG = Logger.getLogger(PartyDeskApp.class.getName());

    private final WindowState windowState = WindowState.forUser();
    private Workspace workspace;
    private Scene scene;
    private Stage stage;
    private I18n i18n = I18n.forLanguage(null);
    private AutoBackups autoBackups;
    private boolean closing;
    private boolean probed;
    private long appStartMillis;
    private long stageShownMillis;
    private long databaseOpenMillis;

    /**
     * The start-up database, opened on the one {@link WorkQueue} while JavaFX starts (both take about a second
     * on a slow PC, and the machine has more than one core). Only {@link #launchWindow} sets it; tests that start
     * the application directly open the database in {@link #start}.
     */
    private static volatile Future<Workspace> earlyOpen;
    private static volatile Path earlyFile;

    public static void launchWindow(String[] args) {
        WindowState state = WindowState.forUser();
        java.util.Locale.setDefault(state.startupLocale());
        Path file = startupDatabase(state);
        earlyFile = file;
        earlyOpen = WorkQueue.shared().submit(() -> Workspace.open(file, null));
        Application.launch(PartyDeskApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        appStartMillis = System.currentTimeMillis();
        this.stage = primary;
        Path log = AppLog.install();
        Thread.setDefaultUncaughtExceptionHandler(this::unhandled);
        LOG.info("PartyDesk starting; log " + log);
        stage.setTitle(i18n.text("app.name"));
        WindowIcons.apply(stage);
        scene = new Scene(message(i18n.text("startup.opening"), true), 1280, 720);
        stage.setScene(scene);
        if (System.getProperty(TOUR_PROPERTY) == null) {
            windowState.restore(stage);
        }
        stage.setOnCloseRequest(e -> {
            if (!closing && mainWindow != null && !mainWindow.mayClose()) {
                e.consume(); // unsaved work the user chose to keep
                return;
            }
            windowState.save(stage);
            if (autoBackups != null) {
                e.consume(); // the window closes once the automatic backup is written
                if (!closing) {
                    closing = true;
                    autoBackups.close(PartyDeskApp::closeAllWindows);
                }
            }
        });
        stage.show();
        stageShownMillis = System.currentTimeMillis();
        Future<Workspace> early = earlyOpen;
        earlyOpen = null;
        if (early == null) {
            open(startupDatabase(windowState));
        } else {
            CjkFonts.warnWhenMissing(stage); // started as the program (launchWindow), not by a test
            // queued behind the opening on the same queue, so get() does not wait on the FX thread
            Path file = earlyFile;
            WorkQueue.shared().execute(BackgroundTask.of(p -> early.get())
                    .onSuccess(ws -> opened(file, ws, null))
                    .onFailure(error -> opened(file, null, error))
                    .toTask());
        }
    }

    /** The database to open: the property, else (without a {@code partydesk.home} override) the last one chosen. */
    private static Path startupDatabase(WindowState windowState) {
        String property = System.getProperty(DATABASE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String home = System.getProperty("partydesk.home");
        String last = windowState.lastDatabase();
        if ((home == null || home.isBlank()) && last != null && Files.isRegularFile(Path.of(last))) {
            return Path.of(last);
        }
        return null;
    }

    /** Opens a database (null: the default) in place of the current one and shows it. */
    private void open(Path file) {
        closeWorkspace();
        Workspace ws = null;
        RuntimeException error = null;
        try {
            ws = Workspace.open(file, null);
        } catch (RuntimeException e) {
            error = e;
        }
        opened(file, ws, error);
    }

    /** Shows the database just opened (or why it could not be opened). */
    private void opened(Path file, Workspace ws, Throwable failure) {
        Throwable error = failure instanceof ExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (error instanceof DatabaseBusyException e) {
            // only one writer: another window or command has this database; say so and offer to try again
            LOG.info("database in use: " + e.getMessage());
            Button retry = new Button(i18n.text("startup.retry"));
            retry.setId("startupRetry");
            retry.setOnAction(ev -> open(file));
            Parent busy = pane(startupLabel(i18n.format("startup.busy", e.getMessage())), retry);
            busy.setId("databaseBusy");
            scene.setRoot(busy);
            reportStartup();
            return;
        }
        java.util.Optional<String> unreadable = error instanceof RuntimeException re ? BackupService.unreadable(re)
                : java.util.Optional.empty();
        if (unreadable.isPresent()) {
            // a damaged file, or one that is no database: offer the backups beside it (the command line: restore)
            AppLog.error("open " + file, error);
            scene.setRoot(unreadable(new UnreadableDatabaseModel(file, unreadable.get(), I18n.forLanguage(null),
                    java.time.Clock.systemDefaultZone())));
            reportStartup();
            return;
        }
        if (error != null) {
            AppLog.error("open " + file, error);
            scene.setRoot(message(I18n.forLanguage(null).format("startup.failed", error.getMessage()), false));
            reportStartup();
            return;
        }
        workspace = ws;
        databaseOpenMillis = System.currentTimeMillis();
        i18n = I18n.forLanguage(workspace.setting(Workspace.LANGUAGE_SETTING).orElse(null));
        windowState.rememberLanguage(i18n.locale().getLanguage()); // the next start's dialogs speak it too
        org.partydesk.gui.common.DialogButtons.follow(i18n); // and this start's, whatever locale JavaFX started in
        stage.setTitle(i18n.text("app.name"));
        Roster roster = new Roster(workspace);
        if (roster.hasOrganisation()) {
            showMain();
        } else if (System.getProperty(TOUR_PROPERTY) != null) {
            generateSample();
        } else {
            scene.setRoot(firstRun());
        }
        reportStartup();
    }

    /** With {@link #STARTUP_PROBE_PROPERTY}: once the content is laid out and drawn, note the time and exit. */
    private void reportStartup() {
        String probe = System.getProperty(STARTUP_PROBE_PROPERTY);
        if (probe == null || probe.isBlank() || probed) {
            return;
        }
        probed = true;
        ScreenshotTour.afterLayout(scene, () -> {
            long shown = System.currentTimeMillis();
            long process = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            writeProbe(probe, "shownAtMillis=" + shown + "\nprocessStartMillis=" + process
                    + "\nappStartMillis=" + appStartMillis + "\nstageShownMillis=" + stageShownMillis
                    + "\ndatabaseOpenMillis=" + databaseOpenMillis + "\n");
            String dialogProbe = System.getProperty(DIALOG_PROBE_PROPERTY);
            if (dialogProbe == null || dialogProbe.isBlank() || mainWindow == null) {
                Platform.exit();
                return;
            }
            new ScreenshotTour(mainWindow, scene, null).timeClerkView("commendations-batch", millis -> {
                writeProbe(dialogProbe, "dialogMillis=" + millis + "\n");
                Platform.exit();
            });
        });
    }

    private static void writeProbe(String file, String text) {
        try {
            Files.writeString(Path.of(file), text);
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "probe " + file, e);
        }
    }

    /** Whether the dialog of an unhandled error is showing (a second one meanwhile is only logged). */
    private boolean unhandledShowing;

    /**
     * An error nothing else caught, on any thread: through the one dialog service ({@link Dialogs#failure}: logged
     * and shown, its details name the log file), so the clerk learns that something went wrong instead of a
     * screen that stops moving; while such a dialog shows (or no window does), a further one is only logged.
     */
    private void unhandled(Thread thread, Throwable error) {
        Runnable show = () -> {
            if (unhandledShowing || stage == null || !stage.isShowing()) {
                AppLog.error(i18n.text("error.unhandled") + "（" + thread.getName() + "）", error);
                return;
            }
            unhandledShowing = true;
            Dialogs.failure(stage, i18n, "error.unhandled", error).setOnHidden(e -> unhandledShowing = false);
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            try {
                Platform.runLater(show);
            } catch (IllegalStateException toolkitGone) {
                AppLog.error(i18n.text("error.unhandled") + "（" + thread.getName() + "）", error);
            }
        }
    }

    /** The open workspace (null when none is open). */
    Workspace workspace() {
        return workspace;
    }

    /** The main window shown (null before it shows). */
    private MainWindow mainWindow;

    /** The automatic backups of the main window shown (null before it shows). */
    AutoBackups autoBackups() {
        return autoBackups;
    }

    /** Closes every window; the application then ends (JavaFX's implicit exit) and {@link #stop()} runs. */
    private static void closeAllWindows() {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            w.hide();
        }
    }

    /** Stops the open workspace's work and automatic backups, and closes it (nothing when none is open). */
    private void closeWorkspace() {
        if (mainWindow != null) {
            mainWindow.tasks().cancelAll();
        }
        if (autoBackups != null) {
            autoBackups.stop();
            autoBackups = null;
        }
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /**
     * A restore the clerk confirmed found the open database damaged inside, so no copy of it could be kept first: the
     * database is closed, and the screen of a database that cannot be opened restores {@code backup} at once (the
     * damaged file kept beside it under another name), with the backups beside it to choose another if this fails.
     */
    private void restoreOverDamaged(Path backup) {
        Path file = workspace.databaseFile();
        closeWorkspace();
        mainWindow = null;
        I18n text = I18n.forLanguage(null);
        scene.setRoot(unreadable(UnreadableDatabaseModel.damagedInside(file, text, java.time.Clock.systemDefaultZone()), backup));
    }

    private void reopen(Path file) {
        if (mainWindow != null && !mainWindow.mayClose()) {
            return;
        }
        windowState.rememberDatabase(file.toAbsolutePath().toString());
        open(file);
    }

    private void showMain() {
        MainWindow window = new MainWindow(workspace, i18n, this::reopen, this::restoreOverDamaged);
        mainWindow = window;
        scene.setRoot(window.root());
        stage.setTitle(window.title());
        autoBackups = new AutoBackups(window);
        String tour = System.getProperty(TOUR_PROPERTY);
        if (tour == null && System.getProperty(STARTUP_PROBE_PROPERTY) == null) {
            autoBackups.start();
        }
        if (tour != null && !tour.isBlank()) {
            new ScreenshotTour(window, scene, Path.of(tour)).start(Platform::exit);
        }
    }

    /** First run: the sample bureau, or an empty bureau with its name and the operator. */
    private Parent firstRun() {
        Label intro = new Label(i18n.text("firstRun.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("startup-message");
        Button sample = new Button(i18n.text("firstRun.sample"));
        sample.setId("firstRunSample");
        sample.setOnAction(e -> generateSample());
        Label sampleHint = new Label(i18n.text("firstRun.sampleHint"));
        sampleHint.setWrapText(true);
        TextField bureau = new TextField();
        bureau.setId("firstRunBureau");
        bureau.setPromptText(i18n.text("firstRun.bureauPrompt"));
        bureau.setPrefColumnCount(16); // the whole example (例如：某某市生态环境局) shows
        TextField operator = new TextField(workspace.operator());
        operator.setId("firstRunOperator");
        operator.setPrefColumnCount(16);
        Button create = new Button(i18n.text("firstRun.create"));
        create.setId("firstRunCreate");
        create.setOnAction(e -> {
            try {
                new Organisation(workspace).setUpBureau(bureau.getText(), operator.getText());
                showMain();
            } catch (RuntimeException ex) {
                Dialogs.failure(stage, i18n, "firstRun.failed", ex); // refused input: its sentence alone
            }
        });
        bureau.setOnAction(e -> operator.requestFocus()); // Enter: on to the next field
        operator.setOnAction(e -> create.fire()); // Enter in the last field starts
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.text("firstRun.bureau")), bureau);
        form.addRow(1, new Label(i18n.text("firstRun.operator")), operator);
        form.add(create, 1, 2);
        VBox sampleBox = new VBox(10, heading("firstRun.sampleHeading"), sampleHint, sample);
        VBox emptyBox = new VBox(10, heading("firstRun.emptyHeading"), form);
        sampleBox.getStyleClass().add("choice");
        emptyBox.getStyleClass().add("choice");
        sampleBox.setPrefWidth(380);
        emptyBox.setPrefWidth(380);
        HBox choices = new HBox(24, sampleBox, emptyBox);
        choices.setAlignment(Pos.CENTER);
        VBox box = (VBox) pane(intro, choices);
        box.setId("firstRun");
        return box;
    }

    /**
     * The screen of a database that cannot be opened: why, the backups beside it (listed in the background), 恢复所选备份
     * and 选择备份文件…; a restore runs in the background with its progress, and the database is opened again after it.
     */
    private Parent unreadable(UnreadableDatabaseModel model) {
        return unreadable(model, null);
    }

    /** {@link #unreadable(UnreadableDatabaseModel)}, restoring {@code startWith} at once when it is given. */
    private Parent unreadable(UnreadableDatabaseModel model, Path startWith) {
        I18n text = I18n.forLanguage(null);
        Label why = startupLabel(model.message());
        why.setTextAlignment(javafx.scene.text.TextAlignment.LEFT);
        javafx.scene.control.ListView<BackupService.Entry> list = new javafx.scene.control.ListView<>();
        list.setId("unreadableBackups");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(text.text("unreadable.none")));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BackupService.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : model.describe(e));
            }
        });
        Label status = startupLabel("");
        status.setId("unreadableStatus");
        Button restore = new Button(text.text("unreadable.restore"));
        restore.setId("restoreUnreadable");
        Button choose = new Button(text.text("unreadable.choose"));
        choose.setId("chooseUnreadableBackup");
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(bar.visibleProperty()));
        choose.disableProperty().bind(bar.visibleProperty());
        java.util.function.Consumer<Path> run = backup -> {
            Task<BackupService.Restored> task = model.restore(backup)
                    .onSuccess(r -> {
                        open(model.databaseFile());
                        Dialogs.notice(stage, text, model.restored(r));
                    })
                    .onFailure(ex -> {
                        AppLog.error("restore " + backup, ex);
                        bar.setVisible(false);
                        status.setText(text.format("unreadable.failed", ex.getMessage()));
                    }).toTask();
            bar.progressProperty().bind(task.progressProperty());
            bar.setVisible(true);
            status.setText(text.text("unreadable.restoring"));
            WorkQueue.shared().execute(task);
        };
        restore.setOnAction(e -> run.accept(list.getSelectionModel().getSelectedItem().file()));
        choose.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(text.text("unreadable.backupFiles"),
                    "*.zip", "*.db"));
            java.io.File folder = model.databaseFile().toAbsolutePath().resolveSibling("backups").toFile();
            chooser.setInitialDirectory(folder.isDirectory() ? folder : model.databaseFile().toAbsolutePath().getParent().toFile());
            java.io.File picked = chooser.showOpenDialog(stage);
            if (picked != null) {
                run.accept(picked.toPath());
            }
        });
        Task<java.util.List<BackupService.Entry>> listing = new Task<>() {
            @Override
            protected java.util.List<BackupService.Entry> call() {
                return model.backups();
            }
        };
        listing.setOnSucceeded(e -> {
            list.getItems().setAll(listing.getValue());
            // the backup being restored, when it is one of them; else the newest
            list.getItems().stream().filter(b -> startWith != null && b.file().equals(startWith)).findFirst()
                    .ifPresentOrElse(b -> list.getSelectionModel().select(b), () -> list.getSelectionModel().selectFirst());
        });
        WorkQueue.shared().execute(listing);
        if (startWith != null) {
            run.accept(startWith);
        }
        VBox box = new VBox(10, why, new Label(text.text("unreadable.backups")), list, new HBox(10, restore, choose), bar, status);
        box.setMaxWidth(640);
        Parent pane = pane(box);
        pane.setId("unreadableDatabase");
        return pane;
    }

    private Label heading(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    /** The sample bureau in the background, with progress and 取消 (which writes nothing and goes back). */
    private void generateSample() {
        BackgroundTask<SampleBureau.Summary> work = BackgroundTask
                .of((Progress p) -> SampleBureau.generate(workspace, SampleBureau.Scale.SMALL, SAMPLE_SEED, null, p))
                .titled(i18n.text("startup.sample"))
                .onSuccess(summary -> open(workspace.databaseFile())) // reopened: the sample's operator applies
                .onCancelled(() -> scene.setRoot(firstRun()))
                .onFailure(error -> {
                    AppLog.error("sample", error);
                    scene.setRoot(message(i18n.format("startup.failed", error.getMessage()), false));
                });
        Task<SampleBureau.Summary> task = work.toTask();
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label label = new Label();
        label.textProperty().bind(task.messageProperty());
        label.getStyleClass().add("startup-message");
        Button cancel = new Button(i18n.text("task.cancel"));
        cancel.setId("sampleCancel");
        cancel.setOnAction(e -> task.cancel());
        Parent pane = pane(label, bar, cancel);
        pane.setId("sampleProgress");
        scene.setRoot(pane);
        WorkQueue.shared().execute(task);
    }

    private static Parent message(String text, boolean busy) {
        Label label = startupLabel(text);
        return busy ? pane(new ProgressBar(), label) : pane(label);
    }

    private static Label startupLabel(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("startup-message");
        return label;
    }

    private static Parent pane(Node... children) {
        VBox box = new VBox(children);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("startup-pane");
        box.getStylesheets().add(PartyDeskApp.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        CjkFonts.apply(box);
        return box;
    }

    @Override
    public void stop() {
        if (autoBackups != null) {
            autoBackups.stop();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
