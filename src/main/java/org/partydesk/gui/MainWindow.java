package org.partydesk.gui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import org.partydesk.app.Workspace;
import org.partydesk.app.search.GlobalSearch;
import org.partydesk.app.search.Hit;
import org.partydesk.app.search.HitKind;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.TaskBar;

/**
 * The main window: the sections in a navigation list on the left (Ctrl+1 … Ctrl+9), the shown section
 * in the middle, the global search at the top (Ctrl+F), and a status bar with the database, the operator
 * and any long work running. F1 lists the shortcuts. Built from a {@link Workspace}, so tests build it
 * without the {@code Application}.
 */
public final class MainWindow implements Shell {
    public static final String STYLESHEET = "/org/partydesk/gui/app.css";
    static final int HITS_PER_KIND = 5;

    private final Workspace ws;
    private final I18n i18n;
    private final Consumer<Path> openDatabase;
    /** What a restore over a database found damaged inside does (null: it is reported as a failure). */
    private final Consumer<Path> restoreOverDamaged;
    private final TaskBar tasks;
    private final List<Section> sections;
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final ListView<Section> nav = new ListView<>();
    private final StackPane content = new StackPane();
    private final TextField search = new TextField();
    private final ContextMenu hits = new ContextMenu();
    private final Label status = new Label();
    private final Label bureau = new Label();
    private final BorderPane root = new BorderPane();

    public MainWindow(Workspace ws, I18n i18n, Consumer<Path> openDatabase) {
        this(ws, i18n, openDatabase, null);
    }

    public MainWindow(Workspace ws, I18n i18n, Consumer<Path> openDatabase, Consumer<Path> restoreOverDamaged) {
        this.ws = ws;
        this.i18n = i18n;
        this.openDatabase = openDatabase;
        this.restoreOverDamaged = restoreOverDamaged;
        org.partydesk.gui.common.DialogButtons.follow(i18n); // 确定/取消 in the window's language (decision 0058)
        this.tasks = new TaskBar(i18n);
        this.sections = SectionRegistry.all(this);

        nav.setId("nav");
        nav.getStyleClass().add("nav");
        if (!"zh".equals(i18n.locale().getLanguage())) {
            nav.getStyleClass().add("nav-latin"); // Commendations, Responsibilities: wider than 台账导入导出
        }
        nav.getItems().setAll(sections);
        nav.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : i18n.text(s.titleKey()));
                setId(empty || s == null ? null : "nav-" + s.id());
            }
        });
        nav.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // its width is the stylesheet's (.nav), in em
        nav.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                display(s);
            }
        });
        content.setId("content");
        content.getStyleClass().add("content");

        search.setId("globalSearch");
        search.setPromptText(i18n.text("search.prompt"));
        search.setPrefColumnCount(30);
        search.textProperty().addListener((obs, old, text) -> showHits(text));
        search.setOnAction(e -> hits.getItems().stream().findFirst().ifPresent(MenuItem::fire));
        hits.setId("searchHits");
        bureau.getStyleClass().add("bureau-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, bureau, gap, search);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("top-bar");

        status.setId("statusBar");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, tasks.node());
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("status-bar");

        root.setTop(top);
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(bottom);
        root.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        CjkFonts.apply(root, fontSize(ws));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                // the navigation has the focus at start, so the search field shows its prompt
                javafx.application.Platform.runLater(nav::requestFocus);
            }
        });
        refreshStatus();
        nav.getSelectionModel().selectFirst();
    }

    /** The font size setting in points, or null when unset or out of range (12–20). */
    static Integer fontSize(Workspace ws) {
        return ws.setting(Workspace.FONT_SIZE_SETTING).map(String::strip).filter(s -> s.matches("\\d{2}"))
                .map(Integer::parseInt).filter(n -> n >= 12 && n <= 20).orElse(null);
    }

    /** The window title: the bureau's name when set, else the database file's name. */
    public String title() {
        return i18n.format("window.title", bureauName());
    }

    private String bureauName() {
        return ws.setting(Workspace.BUREAU_NAME_SETTING).filter(s -> !s.isBlank())
                .orElse(ws.databaseFile().getFileName().toString());
    }

    public Parent root() {
        return root;
    }

    /** The sections in navigation order. */
    public List<Section> sections() {
        return sections;
    }

    /** The id of the section shown. */
    public String currentSection() {
        Section s = nav.getSelectionModel().getSelectedItem();
        return s == null ? null : s.id();
    }

    /** Whether every section whose view was built agrees to close (see {@link Section#mayClose()}). */
    public boolean mayClose() {
        return sections.stream().filter(s -> views.containsKey(s.id())).allMatch(Section::mayClose);
    }

    /** The view of a section, built when first needed. */
    public Node view(Section s) {
        return views.computeIfAbsent(s.id(), id -> s.view());
    }

    @Override
    public Workspace workspace() {
        return ws;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public TaskBar tasks() {
        return tasks;
    }

    @Override
    public void show(String sectionId) {
        sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().ifPresent(s -> {
            if (nav.getSelectionModel().getSelectedItem() == s) {
                s.onShow();
            } else {
                nav.getSelectionModel().select(s);
            }
        });
    }

    private void display(Section s) {
        content.getChildren().setAll(view(s));
        s.onShow();
    }

    @Override
    public void refreshStatus() {
        status.setText(i18n.format("status.bar", ws.databaseFile().toAbsolutePath(), ws.operator()));
        bureau.setText(bureauName());
        if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.setTitle(title());
        }
    }

    @Override
    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public void openDatabase(Path file) {
        openDatabase.accept(file);
    }

    @Override
    public void restoreOverDamaged(Path backup, Throwable damage) {
        if (restoreOverDamaged == null) {
            Shell.super.restoreOverDamaged(backup, damage);
        } else {
            restoreOverDamaged.accept(backup);
        }
    }

    /** Opens the section of a search hit and brings the hit into view. */
    @Override
    public void open(Hit hit) {
        String id = switch (hit.kind()) {
            case MEMBER, ORG_UNIT -> Sections.ORGANISATION;
            case MEETING -> Sections.MEETINGS;
            case RESPONSIBILITY_ITEM -> Sections.RESPONSIBILITY;
            case COMMENDATION -> Sections.COMMENDATIONS;
        };
        show(id);
        sections.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(s -> s.reveal(hit));
        focusSection();
    }

    /**
     * Gives the focus to the shown section (its {@link Section#focusTarget()}, else its first control that takes
     * the focus), so that its keys work at once: Ctrl+N right after Ctrl+3 starts a new meeting.
     */
    void focusSection() {
        Section s = nav.getSelectionModel().getSelectedItem();
        if (s == null) {
            return;
        }
        Node view = view(s);
        view.applyCss(); // a view just shown gets its skins now (a tab's content joins the scene with them)
        if (view instanceof Parent p) {
            p.layout();
        }
        Node target = s.focusTarget();
        if (target == null) {
            target = firstFocusable(view);
        }
        if (target != null) {
            target.requestFocus();
        }
    }

    private static Node firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void showHits(String text) {
        List<Hit> found = text == null || text.isBlank() ? List.of() : new GlobalSearch(ws).search(text, HITS_PER_KIND);
        hits.getItems().clear();
        for (Hit hit : found) {
            MenuItem item = new MenuItem(i18n.format("search.hit", label(hit.kind()), hit.title(), detail(hit)));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                hits.hide();
                open(hit);
            });
            hits.getItems().add(item);
        }
        if (found.isEmpty() && text != null && !text.isBlank()) {
            MenuItem none = new MenuItem(i18n.text("search.none"));
            none.setDisable(true);
            hits.getItems().add(none);
        }
        if (hits.getItems().isEmpty()) {
            hits.hide();
        } else if (!hits.isShowing() && search.getScene() != null) {
            hits.show(search, Side.BOTTOM, 0, 0);
        }
    }

    private String label(HitKind kind) {
        return i18n.label(kind);
    }

    private String detail(Hit hit) {
        return hit.kind() == HitKind.ORG_UNIT ? i18n.label(org.partydesk.model.OrgKind.valueOf(hit.detail())) : hit.detail();
    }

    /** The shortcuts, in the order the help dialog lists them. */
    private void installShortcuts(Scene scene) {
        // Ctrl+1 … Ctrl+9 in a filter of the scene, before any control: an accelerator runs only when no control
        // consumed the key, and tables that take digits (the attendance sheet's 1 出席, 2 请假) did
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int n = sectionDigit(e);
            if (n >= 1 && n <= Math.min(9, sections.size())) {
                e.consume();
                show(sections.get(n - 1).id());
                focusSection();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
    }

    /** The digit 1–9 of Ctrl (⌘) + digit, on the main keys or the number pad; 0 for any other key. */
    static int sectionDigit(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return 0;
        }
        for (int n = 1; n <= 9; n++) {
            if (e.getCode() == KeyCode.getKeyCode(String.valueOf(n)) || e.getCode() == KeyCode.valueOf("NUMPAD" + n)) {
                return n;
            }
        }
        return 0;
    }

    /** F1: the keyboard shortcuts. */
    public Alert showHelp() {
        GridPane grid = new GridPane();
        grid.setId("helpShortcuts");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (int i = 0; i < sections.size() && i < 9; i++) {
            grid.addRow(row++, new Label("Ctrl+" + (i + 1)), new Label(i18n.text(sections.get(i).titleKey())));
        }
        grid.addRow(row++, new Label("Ctrl+F"), new Label(i18n.text("help.search")));
        grid.addRow(row++, new Label("F1"), new Label(i18n.text("help.help")));
        for (Section s : sections) {
            if (!s.shortcuts().isEmpty()) {
                Label heading = new Label(i18n.text(s.titleKey()));
                heading.getStyleClass().add("section-heading");
                grid.add(heading, 0, row++, 2, 1);
                for (Section.Shortcut k : s.shortcuts()) {
                    grid.addRow(row++, new Label(k.keys()), new Label(k.text()));
                }
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.setTitle(i18n.text("help.title"));
        alert.setHeaderText(i18n.text("help.header"));
        alert.getDialogPane().setContent(grid);
        alert.show();
        return alert;
    }
}
