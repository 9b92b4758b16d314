package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

import org.partydesk.app.reports.PhotoChoice;
import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.ReportDraft;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

/**
 * 年度总结: the draft of a year's annual summary. The clerk picks the year, starts from a built-in outline or
 * reopens the saved draft, edits the title, subtitle and lead, and the sections (headings, levels, order,
 * topic sentence, narrative, and which figures, honours and photos go into each: figures show the sentence
 * the report will contain, a figure that is zero this year is greyed out). 保存草稿 saves it (audited);
 * 生成Word writes the .docx (and the 统计表 when ticked) in the background and offers to open it.
 */
final class AnnualEditor {
    private static final double THUMB_WIDTH = 120;
    private static final double THUMB_HEIGHT = 90;
    private static final double CAPTION_WIDTH = 170;
    private static final List<String> LEVEL_KEYS =
            List.of("reports.annual.level1", "reports.annual.level2", "reports.annual.level3");

    /** A year's draft (saved or new from the default outline) and the photos to choose from. */
    private record DraftData(int year, ReportDraft draft, boolean saved, List<PhotoChoice> photos) {
    }

    /** A year's figures: the fact sentences (previews) and the honours to choose from, with their counts. */
    private record FigureData(int year, Map<ReportFigure, String> sentences, Map<String, Integer> honours) {
    }

    /** One section as the editor changes it. */
    static final class EditableSection {
        final ObjectProperty<Integer> level;
        final StringProperty heading;
        final StringProperty topic;
        final StringProperty narrative;
        final List<ReportFigure> figures;
        final List<String> honours;
        final List<Integer> photos;

        EditableSection(ReportDraft.Section s) {
            level = new SimpleObjectProperty<>(s.level());
            heading = new SimpleStringProperty(s.heading());
            topic = new SimpleStringProperty(s.topic() == null ? "" : s.topic());
            narrative = new SimpleStringProperty(s.narrative() == null ? "" : s.narrative());
            figures = new ArrayList<>(s.figures());
            honours = new ArrayList<>(s.honours());
            photos = new ArrayList<>(s.photos());
        }

        ReportDraft.Section toSection() {
            return new ReportDraft.Section(level.get() == null ? 1 : level.get(), strip(heading.get()),
                    blankToNull(topic.get()), blankToNull(narrative.get()), figures, honours, photos);
        }
    }

    private final Shell shell;
    private final I18n i18n;
    private final Reports reports;
    private final ReportFiles files;
    private final BorderPane root = new BorderPane();

    private final ComboBox<Integer> year;
    private final ComboBox<String> outline = new ComboBox<>();
    private final Map<String, String> outlineNames;
    private final Button applyOutline = new Button();
    private final Button reopen = new Button();
    private final Button save = new Button();
    private final Button generate = new Button();
    private final CheckBox withWorkbook = new CheckBox();
    private final Label state = new Label();

    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextArea lead = org.partydesk.gui.common.Forms.tabMovesFocus(new TextArea());
    private final ObservableList<EditableSection> sections = FXCollections.observableArrayList();
    private final ListView<EditableSection> sectionList = new ListView<>(sections);

    private final ComboBox<Integer> level;
    private final TextField heading = new TextField();
    private final TextField topic = new TextField();
    private final TextArea narrative = org.partydesk.gui.common.Forms.tabMovesFocus(new TextArea());
    private final Map<ReportFigure, CheckBox> figureBoxes = new EnumMap<>(ReportFigure.class);
    private final Map<ReportFigure, Label> figurePreviews = new EnumMap<>(ReportFigure.class);
    private final Map<ReportFigure, Node> figureRows = new EnumMap<>(ReportFigure.class);
    private final FlowPane honourPane = new FlowPane(12, 6);
    private final Map<String, CheckBox> honourBoxes = new LinkedHashMap<>();
    private final FlowPane photoPane = new FlowPane(10, 10);
    private final Map<Integer, CheckBox> photoBoxes = new LinkedHashMap<>();
    private final Label photosHeading = new Label();
    private final VBox editor = new VBox(8);

    private DraftData data;
    private EditableSection current;
    private boolean loading;
    private boolean dirty;
    private Integer shownYear;

    AnnualEditor(Shell shell, Reports reports, ReportFiles files, int thisYear) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.reports = reports;
        this.files = files;
        this.outlineNames = reports.outlineNames();
        this.year = Controls.years("annualYear", thisYear);
        this.level = Controls.numbered("sectionLevel", i18n, LEVEL_KEYS);
        root.setTop(toolbar(thisYear));
        SplitPane split = new SplitPane(draftPane(), sectionEditor());
        split.setDividerPositions(0.38);
        root.setCenter(split);
        root.getStyleClass().add("annual-editor");
        root.setId("annualEditor");
        shownYear = thisYear;
        year.valueProperty().addListener((obs, old, y) -> yearChanged(old, y));
    }

    Node root() {
        return root;
    }

    /** Loads the shown year's draft again (when the section is shown), unless there are unsaved changes. */
    void refresh() {
        if (!dirty && year.getValue() != null) {
            loadYear(year.getValue());
        }
    }

    // ---- layout --------------------------------------------------------------------------------------

    private Node toolbar(int thisYear) {
        outline.setId("annualOutline");
        outline.getItems().setAll(outlineNames.keySet());
        outline.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "" : outlineNames.getOrDefault(key, key);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        outline.getSelectionModel().selectFirst();
        button(applyOutline, "applyOutline", "reports.annual.applyOutline", this::applyOutline);
        button(reopen, "reopenDraft", "reports.annual.reopen", this::reopenSaved);
        button(save, "saveDraft", "reports.annual.save", this::saveDraft);
        button(generate, "generateAnnual", "reports.annual.generate", this::generate);
        generate.getStyleClass().add("default-action");
        withWorkbook.setText(i18n.text("reports.annual.withWorkbook"));
        withWorkbook.setId("annualWithWorkbook");
        state.setId("annualState");
        state.getStyleClass().add("hint");
        HBox first = new HBox(8, new Label(i18n.text("reports.year")), year, new Label(i18n.text("reports.annual.outline")),
                outline, applyOutline, reopen);
        first.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox second = new HBox(8, save, generate, withWorkbook, spacer, state);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, first, second);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node draftPane() {
        title.setId("annualTitle");
        subtitle.setId("annualSubtitle");
        lead.setId("annualLead");
        lead.setWrapText(true);
        lead.setPrefRowCount(4);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        GridPane grid = form();
        grid.addRow(0, fieldLabel("reports.annual.title"), title);
        grid.addRow(1, fieldLabel("reports.annual.subtitle"), subtitle);
        grid.addRow(2, fieldLabel("reports.annual.lead"), lead);
        for (StringProperty p : List.of(title.textProperty(), subtitle.textProperty(), lead.textProperty())) {
            p.addListener((obs, old, v) -> markDirty());
        }
        sectionList.setId("annualSections");
        sectionList.setCellFactory(list -> new SectionCell());
        sectionList.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> edit(s));
        Button add = new Button();
        Button remove = new Button();
        Button up = new Button();
        Button down = new Button();
        button(add, "addSection", "reports.annual.addSection", this::addSection);
        button(remove, "removeSection", "reports.annual.removeSection", this::removeSection);
        button(up, "moveSectionUp", "reports.annual.moveUp", () -> move(-1));
        button(down, "moveSectionDown", "reports.annual.moveDown", () -> move(1));
        HBox buttons = new HBox(6, add, remove, up, down);
        VBox pane = new VBox(6, grid, heading("reports.annual.sections"), sectionList, buttons);
        VBox.setVgrow(sectionList, Priority.ALWAYS);
        pane.setPadding(new Insets(0, 8, 8, 8));
        pane.setMinWidth(300);
        return pane;
    }

    private Node sectionEditor() {
        heading.setId("sectionHeading");
        topic.setId("sectionTopic");
        topic.setPromptText(i18n.text("reports.annual.topicPrompt"));
        narrative.setId("sectionNarrative");
        narrative.setWrapText(true);
        narrative.setPrefRowCount(5);
        GridPane grid = form();
        grid.addRow(0, fieldLabel("reports.annual.level"), level);
        grid.addRow(1, fieldLabel("reports.annual.heading"), heading);
        grid.addRow(2, fieldLabel("reports.annual.topic"), topic);
        grid.addRow(3, fieldLabel("reports.annual.narrative"), narrative);

        VBox figures = new VBox(6);
        for (ReportFigure f : ReportFigure.values()) {
            CheckBox box = new CheckBox(i18n.label(f));
            box.setId("figure-" + f.name());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().addListener((obs, was, now) -> toggle(current == null ? null : current.figures, f, now));
            Label preview = new Label();
            preview.setWrapText(true);
            preview.getStyleClass().add("figure-preview");
            preview.setId("preview-" + f.name());
            VBox row = new VBox(2, box, preview);
            row.getStyleClass().add("figure-row");
            figureBoxes.put(f, box);
            figurePreviews.put(f, preview);
            figureRows.put(f, row);
            figures.getChildren().add(row);
        }
        honourPane.setId("annualHonours");
        photosHeading.setId("annualPhotosHeading");
        photosHeading.getStyleClass().add("section-heading");
        photoPane.setId("annualPhotos");
        Label figuresHint = hint("reports.annual.figuresHint");
        editor.getChildren().setAll(heading("reports.annual.section"), grid, heading("reports.annual.figures"), figuresHint,
                figures, heading("reports.annual.honours"), honourPane, photosHeading, photoPane);
        editor.setPadding(new Insets(0, 12, 12, 12));
        editor.setDisable(true);
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        scroll.setId("sectionEditor");
        return scroll;
    }

    private final class SectionCell extends ListCell<EditableSection> {
        @Override
        protected void updateItem(EditableSection s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setPadding(new Insets(4));
                return;
            }
            setText(numberOf(getIndex()) + s.heading.get());
            int l = s.level.get() == null ? 1 : s.level.get();
            setPadding(new Insets(4, 4, 4, 4 + 18 * (l - 1)));
            setStyle(l == 1 ? "-fx-font-weight: bold;" : "");
        }
    }

    /** The number the report will give the section at {@code index}: 一、 （一） 1. */
    private String numberOf(int index) {
        int[] numbers = new int[4];
        String out = "";
        for (int i = 0; i <= index && i < sections.size(); i++) {
            int l = sections.get(i).level.get() == null ? 1 : sections.get(i).level.get();
            numbers[l]++;
            for (int deeper = l + 1; deeper < numbers.length; deeper++) {
                numbers[deeper] = 0;
            }
            out = switch (l) {
                case 1 -> chinese(numbers[1]) + "、";
                case 2 -> "（" + chinese(numbers[2]) + "）";
                default -> numbers[3] + ".";
            };
        }
        return out;
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(digits.charAt(n / 10)) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    // ---- loading -------------------------------------------------------------------------------------

    /** Whether the editor may be closed: no unsaved changes, or the user chose to discard them. */
    boolean mayClose() {
        return !dirty || Dialogs.confirm(root, i18n.text("reports.tab.annual"), i18n.text("reports.annual.discardOnClose"));
    }

    private void yearChanged(Integer old, Integer y) {
        if (y == null || y.equals(shownYear)) {
            return;
        }
        if (dirty && !Dialogs.confirm(root, i18n.text("reports.tab.annual"), i18n.text("reports.annual.discard"))) {
            year.setValue(old);
            return;
        }
        shownYear = y;
        loadYear(y);
    }

    /** Reads the year's draft and photos (quick) and its figures (slower) in two background loads. */
    private void loadYear(int y) {
        state.setText(i18n.text("reports.loadingFigures"));
        if (data == null || data.year() != y) {
            // another year: its sentences are not these; the same year keeps its previews until they are read again
            figurePreviews.values().forEach(l -> l.setText(i18n.text("reports.loadingFigures")));
        }
        files.load(() -> {
            Optional<ReportDraft> saved = reports.savedDraft(y);
            return new DraftData(y, saved.orElseGet(() -> reports.draft(y)), saved.isPresent(), reports.photoChoices(y));
        }, d -> {
            if (Integer.valueOf(d.year()).equals(year.getValue())) {
                showDraft(d);
            }
        });
        files.load(() -> {
            YearStats stats = reports.stats(y);
            return new FigureData(y, reports.factSentences(stats), stats.commendations().byTitle());
        }, f -> {
            if (Integer.valueOf(f.year()).equals(year.getValue())) {
                showFigures(f);
            }
        });
    }

    private void showFigures(FigureData d) {
        for (ReportFigure f : ReportFigure.values()) {
            Label preview = figurePreviews.get(f);
            String sentence = d.sentences().get(f);
            boolean empty = sentence == null && !f.isChart();
            preview.setText(f.isChart() ? i18n.text("reports.annual.chartNote")
                    : empty ? i18n.text("reports.annual.zeroNote") : sentence);
            figureRows.get(f).getStyleClass().remove("figure-empty");
            if (empty) {
                figureRows.get(f).getStyleClass().add("figure-empty");
            }
        }
        honourBoxes.clear();
        honourPane.getChildren().clear();
        d.honours().forEach((title, n) -> {
            CheckBox box = new CheckBox(i18n.format("reports.annual.honour", title, String.valueOf(n)));
            box.selectedProperty().addListener((obs, was, now) -> toggle(current == null ? null : current.honours, title, now));
            honourBoxes.put(title, box);
            honourPane.getChildren().add(box);
        });
        if (d.honours().isEmpty()) {
            honourPane.getChildren().add(hint("reports.annual.noHonours"));
        }
        tick(current);
    }

    private void showDraft(DraftData d) {
        data = d;
        photoBoxes.clear();
        photoPane.getChildren().clear();
        d.photos().forEach(p -> photoPane.getChildren().add(photoTile(p)));
        if (d.photos().isEmpty()) {
            photoPane.getChildren().add(hint("reports.annual.noPhotos"));
        }
        load(d.draft(), d.saved());
    }

    private Node photoTile(PhotoChoice p) {
        StackPane picture = new StackPane();
        picture.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        picture.getStyleClass().add("photo-picture");
        // loaded on a background thread, scaled down
        ImageView view = new ImageView(new Image(p.file().toUri().toString(), THUMB_WIDTH, THUMB_HEIGHT, true, true, true));
        picture.getChildren().add(view);
        CheckBox box = new CheckBox(p.caption());
        box.setWrapText(true);
        box.setMaxWidth(CAPTION_WIDTH);
        box.setPrefWidth(CAPTION_WIDTH);
        box.getStyleClass().add("photo-caption");
        box.selectedProperty().addListener((obs, was, now) -> toggle(current == null ? null : current.photos, p.evidenceId(), now));
        photoBoxes.put(p.evidenceId(), box);
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

    /** Shows a draft; {@code saved}: it is the year's saved draft (else a new one from an outline). */
    private void load(ReportDraft draft, boolean saved) {
        loading = true;
        try {
            title.setText(draft.title());
            subtitle.setText(draft.subtitle() == null ? "" : draft.subtitle());
            lead.setText(draft.lead() == null ? "" : draft.lead());
            if (draft.outline() != null && outlineNames.containsKey(draft.outline())) {
                outline.setValue(draft.outline());
            }
            List<EditableSection> models = new ArrayList<>();
            for (ReportDraft.Section s : draft.sections()) {
                models.add(editable(s));
            }
            sections.setAll(models);
            sectionList.getSelectionModel().clearSelection();
            if (!sections.isEmpty()) {
                sectionList.getSelectionModel().selectFirst();
            } else {
                edit(null);
            }
        } finally {
            loading = false;
        }
        dirty = false;
        reopen.setDisable(!saved && reports.savedDraft(draft.year()).isEmpty());
        state.setText(saved && draft.savedAt() != null ? savedAt(draft) : i18n.text("reports.annual.notSaved"));
    }

    private void edit(EditableSection s) {
        if (current != null) {
            level.valueProperty().unbindBidirectional(current.level);
            heading.textProperty().unbindBidirectional(current.heading);
            topic.textProperty().unbindBidirectional(current.topic);
            narrative.textProperty().unbindBidirectional(current.narrative);
        }
        current = null;
        boolean wasLoading = loading;
        loading = true;
        try {
            if (s == null) {
                level.setValue(null);
                heading.clear();
                topic.clear();
                narrative.clear();
                tick(null);
                editor.setDisable(true);
                return;
            }
            tick(s);
            level.valueProperty().bindBidirectional(s.level);
            heading.textProperty().bindBidirectional(s.heading);
            topic.textProperty().bindBidirectional(s.topic);
            narrative.textProperty().bindBidirectional(s.narrative);
            current = s;
            editor.setDisable(false);
        } finally {
            loading = wasLoading;
        }
    }

    /** Ticks the figures, honours and photos of {@code s} (none for null) without counting it as an edit. */
    private void tick(EditableSection s) {
        boolean wasLoading = loading;
        loading = true;
        try {
            figureBoxes.forEach((f, b) -> b.setSelected(s != null && s.figures.contains(f)));
            honourBoxes.forEach((h, b) -> b.setSelected(s != null && s.honours.contains(h)));
            photoBoxes.forEach((id, b) -> b.setSelected(s != null && s.photos.contains(id)));
        } finally {
            loading = wasLoading;
        }
        countPhotos();
    }

    /** The photos heading says how many of the year's photos the section has (they may be far down the list). */
    private void countPhotos() {
        photosHeading.setText(i18n.format("reports.annual.photos",
                String.valueOf(photoBoxes.values().stream().filter(CheckBox::isSelected).count()),
                String.valueOf(photoBoxes.size())));
    }

    // ---- editing -------------------------------------------------------------------------------------

    private <T> void toggle(List<T> list, T value, boolean on) {
        if (loading || list == null) {
            return;
        }
        if (on && !list.contains(value)) {
            list.add(value);
        } else if (!on) {
            list.remove(value);
        }
        markDirty();
        countPhotos();
    }

    /** A section to edit; a change of its heading or level renumbers the list, any change is an edit. */
    private EditableSection editable(ReportDraft.Section section) {
        EditableSection s = new EditableSection(section);
        s.heading.addListener((obs, old, v) -> sectionChanged());
        s.level.addListener((obs, old, v) -> sectionChanged());
        s.topic.addListener((obs, old, v) -> markDirty());
        s.narrative.addListener((obs, old, v) -> markDirty());
        return s;
    }

    private void sectionChanged() {
        sectionList.refresh();
        markDirty();
    }

    private void markDirty() {
        if (!loading) {
            dirty = true;
            state.setText(i18n.text("reports.annual.unsaved"));
        }
    }

    private void addSection() {
        int at = sectionList.getSelectionModel().getSelectedIndex();
        int l = at < 0 ? 1 : sections.get(at).level.get();
        EditableSection s = editable(new ReportDraft.Section(l, i18n.text("reports.annual.newSection"),
                null, null, List.of(), List.of(), List.of()));
        sections.add(at + 1, s);
        sectionList.getSelectionModel().clearAndSelect(at + 1);
        markDirty();
        heading.requestFocus();
        heading.selectAll();
    }

    private void removeSection() {
        int at = sectionList.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            return;
        }
        sections.remove(at);
        if (!sections.isEmpty()) {
            sectionList.getSelectionModel().clearAndSelect(Math.min(at, sections.size() - 1));
        }
        markDirty();
    }

    private void move(int by) {
        int at = sectionList.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= sections.size()) {
            return;
        }
        EditableSection s = sections.remove(at);
        sections.add(to, s);
        sectionList.getSelectionModel().clearAndSelect(to);
        sectionList.refresh();
        markDirty();
    }

    private void applyOutline() {
        if (outline.getValue() == null || data == null
                || !Dialogs.confirm(root, i18n.text("reports.annual.applyOutline"), i18n.text("reports.annual.replace"))) {
            return;
        }
        load(reports.draftFromOutline(data.year(), outline.getValue()), false);
        // the outline applied last is the one new drafts (and `report annual` without a saved draft) start from
        reports.setOutlineSetting(outline.getValue());
        markDirty();
    }

    private void reopenSaved() {
        if (data == null) {
            return;
        }
        Optional<ReportDraft> saved = reports.savedDraft(data.year());
        if (saved.isPresent() && (!dirty
                || Dialogs.confirm(root, i18n.text("reports.annual.reopen"), i18n.text("reports.annual.discard")))) {
            load(saved.get(), true);
        }
    }

    /** The draft as it stands on the screen. */
    ReportDraft currentDraft() {
        return new ReportDraft(null, data.year(), outline.getValue(), strip(title.getText()), blankToNull(subtitle.getText()),
                blankToNull(lead.getText()), sections.stream().map(EditableSection::toSection).toList(), null);
    }

    /** Saves the draft (audited); false, with the reason shown, when it cannot be saved. */
    boolean saveDraft() {
        if (data == null) {
            return false;
        }
        try {
            reports.saveDraft(currentDraft());
        } catch (RuntimeException e) {
            shell.fail("reports.annual.saveFailed", e);
            return false;
        }
        reports.savedDraft(data.year()).ifPresent(d -> {
            dirty = false;
            reopen.setDisable(false);
            state.setText(savedAt(d));
        });
        return true;
    }

    private void generate() {
        if (data == null || (dirty && !saveDraft())) {
            return;
        }
        int y = data.year();
        if (!files.goOnDespite(reports.missing(y))) {
            return;
        }
        files.chooseTarget("reports.annual.generate", i18n.format("reports.annual.fileName", String.valueOf(y)), "docx")
                .ifPresent(docx -> {
                    Path xlsx = withWorkbook.isSelected()
                            ? docx.resolveSibling(i18n.format("reports.workbook.fileName", String.valueOf(y))) : null;
                    ReportDraft draft = currentDraft();
                    shell.run("reports.annual.writing", p -> {
                        reports.writeAnnual(draft, docx, xlsx, p);
                        return docx;
                    }, written -> files.offerToOpen(xlsx == null ? i18n.format("reports.written", written)
                            : i18n.format("reports.annual.writtenBoth", written, xlsx), written));
                });
    }

    // ---- small helpers -------------------------------------------------------------------------------

    private String savedAt(ReportDraft saved) {
        return i18n.format("reports.annual.savedAt", saved.savedAt().toLocalDate().toString(),
                String.format(Locale.ROOT, "%tR", saved.savedAt()));
    }

    private void button(Button b, String id, String key, Runnable action) {
        b.setText(i18n.text(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
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

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
