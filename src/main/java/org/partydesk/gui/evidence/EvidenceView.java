package org.partydesk.gui.evidence;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceFile;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.InspectionPackage;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.EvidenceRecordType;

/**
 * 佐证材料 gallery: the stored files as tiles (pictures as thumbnails loaded in the background, other files
 * by their type) with their captions, filtered by the kind of record they prove and by year; files are
 * added by the file chooser or by dropping them onto the view; the selected file opens in the system's
 * program; 校验 hashes every stored file again and reports missing, changed and stray files.
 */
public final class EvidenceView {
    private static final String STYLESHEET = "/org/partydesk/gui/evidence/evidence.css";
    private static final double THUMB_WIDTH = 160;
    private static final double THUMB_HEIGHT = 120;
    private static final int YEARS_BACK = 5;

    private final EvidenceModel model;
    private final I18n i18n;
    private final Background background;
    private final ComboBox<Choice<EvidenceRecordType>> type = new ComboBox<>();
    private final ComboBox<Choice<Integer>> year = new ComboBox<>();
    private final FlowPane gallery = new FlowPane();
    private final Button open = new Button();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    private final EvidenceActions actions;
    /** The tiles chosen, in the order clicked (Ctrl+click adds or takes away one). */
    private final List<Node> selectedTiles = new ArrayList<>();
    private Map<Integer, List<ProvenRecord>> proves = Map.of();

    /** The view over {@code ws}; its reads and work run through {@code background} (the shell's executor). */
    public EvidenceView(Workspace ws, I18n i18n, Background background) {
        EvidenceService evidence = new EvidenceService(ws);
        Roster roster = new Roster(ws);
        this.model = new EvidenceModel(evidence, new InspectionPackage(ws), i18n);
        this.i18n = i18n;
        this.background = background;
        this.actions = new EvidenceActions(evidence, roster, background, i18n, this::reload);
        root.setTop(toolbar(roster.today().getYear()));
        gallery.setId("gallery");
        gallery.getStyleClass().add("evidence-gallery");
        ScrollPane scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        root.setBottom(new VBox(ActionButtons.line(actions, i18n, "gallery", "evidence.chosen.noneGallery"), status));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        root.getStyleClass().add("evidence-view");
        root.getStylesheets().addAll(Forms.screensStylesheet(),
                EvidenceView.class.getResource(STYLESHEET).toExternalForm());
        CjkFonts.apply(root);
        reload();
    }

    public Node root() {
        return root;
    }

    private FlowPane toolbar(int thisYear) {
        type.setId("typeFilter");
        type.getItems().add(new Choice<>(null, i18n.text("evidence.filter.allTypes")));
        for (EvidenceRecordType t : EvidenceRecordType.values()) {
            type.getItems().add(new Choice<>(t, i18n.label(t)));
        }
        type.getSelectionModel().selectFirst();
        year.setId("yearFilter");
        year.getItems().add(new Choice<>(null, i18n.text("evidence.filter.allYears")));
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            year.getItems().add(new Choice<>(y, String.valueOf(y)));
        }
        year.getSelectionModel().selectFirst();
        type.valueProperty().addListener((obs, old, value) -> reload());
        year.valueProperty().addListener((obs, old, value) -> reload());

        Button add = new Button(i18n.text("evidence.add.button"));
        add.setId("addFilesButton");
        add.setOnAction(e -> chooseFiles());
        open.setId("openButton");
        open.setText(i18n.text("evidence.open.button"));
        open.setDisable(true);
        open.setOnAction(e -> openSelected());
        Button verify = new Button(i18n.text("evidence.verify.button"));
        verify.setId("verifyButton");
        verify.setOnAction(e -> verify());
        List<Node> tools = new ArrayList<>(List.of(new Label(i18n.text("evidence.filter.type")), type,
                new Label(i18n.text("evidence.filter.year")), year, new Separator(), add, open));
        tools.addAll(ActionButtons.of(actions, i18n, () -> root.getScene().getWindow(), "gallery"));
        tools.add(verify);
        return Fit.toolbar(tools.toArray(Node[]::new));
    }

    /** Reads the files of the filters again, the chosen ones staying chosen. */
    void reload() {
        Choice<EvidenceRecordType> t = type.getValue();
        Choice<Integer> y = year.getValue();
        background.load("evidence.loading", p -> model.gallery(t == null ? null : t.value(), y == null ? null : y.value()),
                this::show);
    }

    private void show(EvidenceModel.Gallery read) {
        List<EvidenceFile> files = read.files();
        proves = read.proves();
        Set<Integer> keep = actions.chosenIds();
        selectedTiles.clear();
        gallery.getChildren().setAll(files.stream().map(this::tile).toList());
        gallery.getChildren().stream().filter(n -> n.getUserData() instanceof EvidenceFile f && keep.contains(f.id()))
                .forEach(n -> {
                    selectedTiles.add(n);
                    n.getStyleClass().add("evidence-selected");
                });
        open.setDisable(selectedTiles.size() != 1);
        actions.chooseAgain(chosen());
        if (files.isEmpty()) {
            Label empty = new Label(i18n.text("evidence.gallery.empty"));
            empty.getStyleClass().add("evidence-empty");
            gallery.getChildren().add(empty);
        }
        status.setText(i18n.format("evidence.status.bar", String.valueOf(files.size())));
    }

    /** A tile: the thumbnail (or the file's type), the caption, and the date. */
    private Node tile(EvidenceFile f) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("evidence-picture");
        picture.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        Label kind = new Label(EvidenceModel.extension(f.originalName()));
        kind.getStyleClass().add("evidence-file-kind");
        picture.getChildren().add(kind);
        if (f.image()) {
            // the last argument loads the picture on a background thread; the type shows until it is there
            Image image = new Image(f.file().toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT, true, true, true);
            ImageView view = new ImageView(image);
            view.getStyleClass().add("evidence-thumbnail");
            view.visibleProperty().bind(image.progressProperty().isEqualTo(1.0, 0.0).and(image.errorProperty().not()));
            kind.visibleProperty().bind(view.visibleProperty().not());
            picture.getChildren().add(view);
        }
        Label caption = new Label(model.caption(f));
        caption.getStyleClass().add("evidence-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(THUMB_WIDTH);
        Label date = new Label(f.takenOn() != null ? f.takenOn().toString()
                : f.addedAt() == null ? "" : f.addedAt().toLocalDate().toString());
        date.getStyleClass().add("evidence-date");
        VBox tile = new VBox(picture, caption, date);
        tile.setAlignment(Pos.TOP_CENTER);
        tile.getStyleClass().add("evidence-tile");
        tile.setUserData(f);
        Tooltip.install(tile, new Tooltip(model.tooltip(f, proves.getOrDefault(f.id(), List.of()))));
        tile.setOnMouseClicked(e -> {
            select(tile, e.isShortcutDown());
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !e.isShortcutDown()) {
                openSelected();
            }
        });
        return tile;
    }

    /** A click chooses the tile alone; with Ctrl it adds the tile to those chosen, or takes it away. */
    private void select(Node tile, boolean toggle) {
        if (!toggle) {
            selectedTiles.forEach(n -> n.getStyleClass().remove("evidence-selected"));
            selectedTiles.clear();
        }
        if (toggle && selectedTiles.remove(tile)) {
            tile.getStyleClass().remove("evidence-selected");
        } else if (!selectedTiles.contains(tile)) {
            selectedTiles.add(tile);
            tile.getStyleClass().add("evidence-selected");
        }
        open.setDisable(selectedTiles.size() != 1);
        actions.choose(chosen());
    }

    /** The chosen tiles' files with the records they prove. */
    private List<EvidenceActions.Chosen> chosen() {
        return selectedTiles.stream().map(n -> (EvidenceFile) n.getUserData())
                .map(f -> EvidenceActions.Chosen.of(f, proves.getOrDefault(f.id(), List.of()))).toList();
    }

    // ---- adding ----------------------------------------------------------------------------------------

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("evidence.add.button"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            add(files.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) {
            add(event.getDragboard().getFiles().stream().filter(File::isFile).map(File::toPath).toList());
        }
        event.setDropCompleted(hasFiles);
        event.consume();
    }

    /** Adds the files through the shell's executor, then shows them; a refused file adds nothing. */
    void add(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        background.run("evidence.adding", p -> model.addFiles(paths, p), ids -> {
            reload();
            status.setText(i18n.format("evidence.gallery.added", String.valueOf(ids.size())));
        });
    }

    // ---- opening and checking --------------------------------------------------------------------------

    private void openSelected() {
        if (selectedTiles.size() != 1) {
            return;
        }
        Path file = ((EvidenceFile) selectedTiles.get(0).getUserData()).file();
        background.run("evidence.opening", p -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new InputRejectedException(i18n.text("evidence.open.unsupported"));
            }
            Desktop.getDesktop().open(file.toFile());
            return file;
        }, done -> { });
    }

    private void verify() {
        background.run("evidence.verify.running", p -> model.check(), check -> {
            status.setText(model.summary(check));
            if (check.ok()) {
                Dialogs.info(root, i18n.text("evidence.verify.button"), model.report(check));
            } else {
                Dialogs.error(root, i18n.text("evidence.verify.button"), model.report(check));
            }
        });
    }
}
