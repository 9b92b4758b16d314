package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.reports.AnnualEditorModel.EditableSection;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.ReportFigure;

/**
 * 年度总结: the draft of a year's annual summary, a view over {@link AnnualEditorModel}. The clerk picks the
 * year, starts from a built-in outline or reopens the saved draft, edits the title, subtitle and lead, and the
 * sections (headings, levels, order, topic sentence, narrative, and which figures, honours and photos go into
 * each: figures show the sentence the report will contain, a figure that is zero this year is greyed out).
 * 保存草稿 saves it (audited); 生成Word writes the .docx (and the 统计表 when ticked) in the background and
 * offers to open it. The view binds controls to the model and asks the clerk; the model does the rest.
 */
final class AnnualEditor {
    private static final double THUMB_WIDTH = 120;
    private static final double THUMB_HEIGHT = 90;
    private static final double CAPTION_WIDTH = 170;
    private static final List<String> LEVEL_KEYS =
            List.of("reports.annual.level1", "reports.annual.level2", "reports.annual.level3");

    private final I18n i18n;
    private final ReportFiles files;
    private final AnnualEditorModel model;
    private final BorderPane root = new BorderPane();

    private final ComboBox<Integer> year;
    private final ComboBox<String> outline = new ComboBox<>();
    private final CheckBox withWorkbook = new CheckBox();

    private final ListView<EditableSection> sectionList;
    private final ComboBox<Integer> level;
    private final TextField heading = new TextField();
    private final TextField topic = new TextField();
    private final TextArea narrative = Forms.tabMovesFocus(new TextArea());
    private final FlowPane honourPane = new FlowPane(12, 6);
    private final FlowPane photoPane = new FlowPane(10, 10);
    private final VBox editor = new VBox(8);

    /** The year shown (a choice the clerk takes back is not loaded). */
    private Integer shownYear;

    AnnualEditor(Shell shell, Reports reports, ReportFiles files, int thisYear) {
        this.i18n = shell.i18n();
        this.files = files;
        this.model = new AnnualEditorModel(reports, shell, i18n);
        this.sectionList = new ListView<>(model.sections);
        this.year = Controls.years("annualYear", thisYear);
        this.level = Controls.numbered("sectionLevel", i18n, LEVEL_KEYS);
        root.setTop(toolbar());
        SplitPane split = new SplitPane(draftPane(), sectionEditor());
        split.setDividerPositions(0.38);
        root.setCenter(split);
        root.getStyleClass().add("annual-editor");
        root.setId("annualEditor");
        shownYear = thisYear;
        year.valueProperty().addListener((obs, old, y) -> yearChanged(old, y));
        model.current.addListener((obs, old, s) -> edit(old, s));
    }

    Node root() {
        return root;
    }

    /** Loads the shown year's draft again (when the section is shown), unless there are unsaved changes. */
    void refresh() {
        if (!model.isDirty() && year.getValue() != null) {
            model.loadYear(year.getValue());
        }
    }

    /** Whether the editor may be closed: no unsaved changes, or the user chose to discard them. */
    boolean mayClose() {
        return !model.isDirty()
                || Dialogs.confirm(root, i18n.text("reports.tab.annual"), i18n.text("reports.annual.discardOnClose"));
    }

    // ---- layout --------------------------------------------------------------------------------------

    private Node toolbar() {
        outline.setId("annualOutline");
        outline.getItems().setAll(model.outlineNames().keySet());
        outline.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : model.outlineNames().getOrDefault(key, key);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        outline.valueProperty().bindBidirectional(model.outline);
        Button applyOutline = button("applyOutline", "reports.annual.applyOutline", this::applyOutline);
        Button reopen = button("reopenDraft", "reports.annual.reopen", this::reopenSaved);
        reopen.disableProperty().bind(model.savedExists().not());
        Button save = button("saveDraft", "reports.annual.save", this::saveDraft);
        Button generate = button("generateAnnual", "reports.annual.generate", this::generate);
        generate.getStyleClass().add("default-action");
        for (Button b : List.of(applyOutline, save, generate)) {
            b.disableProperty().bind(model.loaded().not());
        }
        withWorkbook.setText(i18n.text("reports.annual.withWorkbook"));
        withWorkbook.setId("annualWithWorkbook");
        Label state = new Label();
        state.setId("annualState");
        state.getStyleClass().add("hint");
        state.textProperty().bind(model.state());
        FlowPane first = Fit.row(new Label(i18n.text("reports.year")), year, new Label(i18n.text("reports.annual.outline")),
                outline, applyOutline, reopen);
        first.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FlowPane second = Fit.row(save, generate, withWorkbook, spacer, state);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, first, second);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node draftPane() {
        TextField title = new TextField();
        TextField subtitle = new TextField();
        TextArea lead = Forms.tabMovesFocus(new TextArea());
        title.setId("annualTitle");
        subtitle.setId("annualSubtitle");
        lead.setId("annualLead");
        lead.setWrapText(true);
        lead.setPrefRowCount(4);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bindBidirectional(model.title);
        subtitle.textProperty().bindBidirectional(model.subtitle);
        lead.textProperty().bindBidirectional(model.lead);
        GridPane grid = form();
        grid.addRow(0, fieldLabel("reports.annual.title"), title);
        grid.addRow(1, fieldLabel("reports.annual.subtitle"), subtitle);
        grid.addRow(2, fieldLabel("reports.annual.lead"), lead);
        sectionList.setId("annualSections");
        sectionList.setCellFactory(list -> new SectionCell());
        sectionList.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.current.set(s);
            }
        });
        Button add = button("addSection", "reports.annual.addSection", this::addSection);
        Button remove = button("removeSection", "reports.annual.removeSection", model::removeSection);
        Button up = button("moveSectionUp", "reports.annual.moveUp", () -> model.move(-1));
        Button down = button("moveSectionDown", "reports.annual.moveDown", () -> model.move(1));
        FlowPane buttons = Fit.row(add, remove, up, down);
        VBox pane = new VBox(6, grid, heading("reports.annual.sections"), sectionList, buttons);
        VBox.setVgrow(sectionList, Priority.ALWAYS);
        sectionList.setStyle("-fx-min-height: 9em;"); // four sections at least, at any font size: the pane scrolls instead
        pane.setPadding(new Insets(0, 8, 8, 8));
        pane.setMinWidth(300);
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true); // the list takes the height there is, and the pane scrolls when there is too little
        scroll.setMinWidth(300);
        return scroll;
    }

    private Node sectionEditor() {
        heading.setId("sectionHeading");
        topic.setId("sectionTopic");
        topic.setPromptText(i18n.text("reports.annual.topicPrompt"));
        narrative.setId("sectionNarrative");
        narrative.setWrapText(true);
        narrative.setPrefRowCount(5);
        GridPane grid = form();
        level.valueProperty().addListener((obs, old, l) -> sectionList.refresh()); // the indentation follows the level
        grid.addRow(0, fieldLabel("reports.annual.level"), level);
        grid.addRow(1, fieldLabel("reports.annual.heading"), heading);
        grid.addRow(2, fieldLabel("reports.annual.topic"), topic);
        grid.addRow(3, fieldLabel("reports.annual.narrative"), narrative);

        VBox figures = new VBox(6);
        for (ReportFigure f : ReportFigure.values()) {
            CheckBox box = new CheckBox(i18n.label(f));
            box.setId("figure-" + f.name());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(model.figureChosen(f));
            Label preview = new Label();
            preview.setWrapText(true);
            preview.getStyleClass().add("figure-preview");
            preview.setId("preview-" + f.name());
            preview.textProperty().bind(model.preview(f));
            VBox row = new VBox(2, box, preview);
            row.getStyleClass().add("figure-row");
            model.zero(f).addListener((obs, was, zero) -> {
                row.getStyleClass().remove("figure-empty");
                if (zero) {
                    row.getStyleClass().add("figure-empty");
                }
            });
            figures.getChildren().add(row);
        }
        honourPane.setId("annualHonours");
        model.honours.addListener((ListChangeListener<AnnualEditorModel.HonourChoice>) c -> showHonours());
        Label photosHeading = new Label();
        photosHeading.setId("annualPhotosHeading");
        photosHeading.getStyleClass().add("section-heading");
        photosHeading.textProperty().bind(model.photosHeading());
        photoPane.setId("annualPhotos");
        model.photos.addListener((ListChangeListener<AnnualEditorModel.PhotoTile>) c -> showPhotos());
        Label figuresHint = hint("reports.annual.figuresHint");
        editor.getChildren().setAll(heading("reports.annual.section"), grid, heading("reports.annual.figures"), figuresHint,
                figures, heading("reports.annual.honours"), honourPane, photosHeading, photoPane);
        editor.setPadding(new Insets(0, 12, 12, 12));
        editor.disableProperty().bind(model.current.isNull());
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        scroll.setId("sectionEditor");
        return scroll;
    }

    /** A section in the list: its label (number and heading) bound, indented by its level. */
    private static final class SectionCell extends ListCell<EditableSection> {
        SectionCell() {
            setWrapText(true); // a long heading wraps within the list instead of being cut
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(EditableSection s, boolean empty) {
            super.updateItem(s, empty);
            textProperty().unbind();
            if (empty || s == null) {
                setText(null);
                setPadding(new Insets(4));
                return;
            }
            textProperty().bind(s.label());
            int l = s.levelOrFirst();
            setPadding(new Insets(4, 4, 4, 4 + 18 * (l - 1)));
            setStyle(l == 1 ? "-fx-font-weight: bold;" : "");
        }
    }

    private void showHonours() {
        honourPane.getChildren().clear();
        for (AnnualEditorModel.HonourChoice h : model.honours) {
            CheckBox box = new CheckBox(h.text());
            box.selectedProperty().bindBidirectional(h.chosen());
            honourPane.getChildren().add(box);
        }
        if (model.honours.isEmpty()) {
            honourPane.getChildren().add(hint("reports.annual.noHonours"));
        }
    }

    private void showPhotos() {
        photoPane.getChildren().clear();
        model.photos.forEach(t -> photoPane.getChildren().add(photoTile(t)));
        if (model.photos.isEmpty()) {
            photoPane.getChildren().add(hint("reports.annual.noPhotos"));
        }
    }

    private Node photoTile(AnnualEditorModel.PhotoTile t) {
        StackPane picture = new StackPane();
        picture.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.getStyleClass().add("photo-picture");
        // loaded on a background thread, scaled down
        ImageView view = new ImageView(new Image(t.photo().file().toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT,
                true, true, true));
        picture.getChildren().add(view);
        CheckBox box = new CheckBox(t.photo().caption());
        box.setWrapText(true);
        box.setMaxWidth(CAPTION_WIDTH);
        box.setPrefWidth(CAPTION_WIDTH);
        box.getStyleClass().add("photo-caption");
        box.selectedProperty().bindBidirectional(t.chosen());
        HBox tile = new HBox(6, picture, box);
        tile.getStyleClass().add("photo-tile");
        tile.setAlignment(Pos.TOP_LEFT);
        tile.setOnMouseClicked(e -> {
            if (e.getTarget() == picture || e.getTarget() == view) {
                box.setSelected(!box.isSelected());
            }
        });
        return tile;
    }

    /** Binds the section fields to the selected section, and selects it in the list. */
    private void edit(EditableSection old, EditableSection s) {
        if (old != null) {
            level.valueProperty().unbindBidirectional(old.level);
            heading.textProperty().unbindBidirectional(old.heading);
            topic.textProperty().unbindBidirectional(old.topic);
            narrative.textProperty().unbindBidirectional(old.narrative);
        }
        if (s == null) {
            level.setValue(null);
            heading.clear();
            topic.clear();
            narrative.clear();
            sectionList.getSelectionModel().clearSelection();
            return;
        }
        level.valueProperty().bindBidirectional(s.level);
        heading.textProperty().bindBidirectional(s.heading);
        topic.textProperty().bindBidirectional(s.topic);
        narrative.textProperty().bindBidirectional(s.narrative);
        if (sectionList.getSelectionModel().getSelectedItem() != s) {
            sectionList.getSelectionModel().clearAndSelect(model.sections.indexOf(s));
        }
    }

    // ---- what the clerk asks for ---------------------------------------------------------------------

    private void yearChanged(Integer old, Integer y) {
        if (y == null || y.equals(shownYear)) {
            return;
        }
        if (model.isDirty() && !Dialogs.confirm(root, i18n.text("reports.tab.annual"), i18n.text("reports.annual.discard"))) {
            year.setValue(old);
            return;
        }
        shownYear = y;
        model.loadYear(y);
    }

    private void addSection() {
        model.addSection();
        heading.requestFocus();
        heading.selectAll();
    }

    private void applyOutline() {
        if (Dialogs.confirm(root, i18n.text("reports.annual.applyOutline"), i18n.text("reports.annual.replace"))) {
            model.applyOutline();
        }
    }

    private void reopenSaved() {
        if (!model.isDirty() || Dialogs.confirm(root, i18n.text("reports.annual.reopen"), i18n.text("reports.annual.discard"))) {
            model.reopenSaved();
        }
    }

    /** Saves the draft (audited) through the executor; a refusal or failure is shown by the one error service. */
    private void saveDraft() {
        model.save(() -> { });
    }

    /** 生成Word: the draft saved first when changed, then what the year lacks asked about, then the file written. */
    private void generate() {
        if (model.isDirty()) {
            model.save(this::generateSaved);
        } else {
            generateSaved();
        }
    }

    private void generateSaved() {
        model.missing(missing -> {
            if (!files.goOnDespite(missing)) {
                return;
            }
            files.chooseTarget("reports.annual.generate", model.fileName(), "docx").ifPresent(docx -> {
                Path xlsx = withWorkbook.isSelected() ? model.workbookBeside(docx) : null;
                model.generate(docx, xlsx, message -> files.offerToOpen(message, docx));
            });
        });
    }

    // ---- small helpers -------------------------------------------------------------------------------

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private Label fieldLabel(String key) {
        return Controls.label(i18n, key, "field-label");
    }

    private Label heading(String key) {
        return Controls.label(i18n, key, "section-heading");
    }

    private Label hint(String key) {
        return Controls.hint(i18n, key);
    }
}
