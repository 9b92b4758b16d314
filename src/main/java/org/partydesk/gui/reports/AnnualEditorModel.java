package org.partydesk.gui.reports;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.reports.PhotoChoice;
import org.partydesk.app.reports.Reports;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.ReportDraft;
import org.partydesk.model.ReportFigure;
import org.partydesk.model.YearStats;

/**
 * The 年度总结 draft editor without controls: the draft of the shown year as properties (title, subtitle, lead,
 * the sections with their level, heading, topic sentence and narrative), each section's label with the number
 * the written report gives it ({@link Reports#headingNumbers}), the figures, honours and photos the selected
 * section takes (one {@link BooleanProperty} per choice), the previews of the figures' sentences, and the state
 * line (saved, unsaved, new). It alone calls the app layer; reads and the writing of the .docx go through the
 * shell's executor ({@link Background}), so a test drives it with {@link Background#sameThread}.
 */
final class AnnualEditorModel {
    /** A year's draft (saved or new from the default outline) and the photos to choose from. */
    record DraftData(int year, ReportDraft draft, boolean saved, List<PhotoChoice> photos) {
    }

    /** A year's figures: the fact sentences (previews) and the honours to choose from, with their counts. */
    record FigureData(int year, Map<ReportFigure, String> sentences, Map<String, Integer> honours) {
    }

    /** An honour (commendation title) to write into the selected section, shown with its count. */
    record HonourChoice(String title, String text, BooleanProperty chosen) {
    }

    /** A photo of the year to place in the selected section. */
    record PhotoTile(PhotoChoice photo, BooleanProperty chosen) {
    }

    /** One section as the editor changes it; {@link #label} is its number and heading, as the list shows it. */
    static final class EditableSection {
        final ObjectProperty<Integer> level;
        final StringProperty heading;
        final StringProperty topic;
        final StringProperty narrative;
        private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
        private final List<ReportFigure> figures;
        private final List<String> honours;
        private final List<Integer> photos;

        private EditableSection(ReportDraft.Section s) {
            level = new SimpleObjectProperty<>(s.level());
            heading = new SimpleStringProperty(s.heading());
            topic = new SimpleStringProperty(s.topic() == null ? "" : s.topic());
            narrative = new SimpleStringProperty(s.narrative() == null ? "" : s.narrative());
            figures = new ArrayList<>(s.figures());
            honours = new ArrayList<>(s.honours());
            photos = new ArrayList<>(s.photos());
        }

        ReadOnlyStringProperty label() {
            return label.getReadOnlyProperty();
        }

        int levelOrFirst() {
            return level.get() == null ? 1 : level.get();
        }

        ReportDraft.Section toSection() {
            return new ReportDraft.Section(levelOrFirst(), strip(heading.get()), blankToNull(topic.get()),
                    blankToNull(narrative.get()), figures, honours, photos);
        }
    }

    final StringProperty outline = new SimpleStringProperty();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty subtitle = new SimpleStringProperty("");
    final StringProperty lead = new SimpleStringProperty("");
    final ObservableList<EditableSection> sections = FXCollections.observableArrayList();
    /** The section being edited (null: none). */
    final ObjectProperty<EditableSection> current = new SimpleObjectProperty<>();
    final ObservableList<HonourChoice> honours = FXCollections.observableArrayList();
    final ObservableList<PhotoTile> photos = FXCollections.observableArrayList();

    private final Reports reports;
    private final Background background;
    private final I18n i18n;
    private final Map<String, String> outlineNames;
    private final Map<ReportFigure, BooleanProperty> figureChosen = new EnumMap<>(ReportFigure.class);
    private final Map<ReportFigure, ReadOnlyStringWrapper> previews = new EnumMap<>(ReportFigure.class);
    private final Map<ReportFigure, ReadOnlyBooleanWrapper> zero = new EnumMap<>(ReportFigure.class);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper photosHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper savedExists = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    /** The year asked for last: what arrives for another year is dropped. */
    private Integer wanted;
    private Integer year;
    private boolean loading;

    AnnualEditorModel(Reports reports, Background background, I18n i18n) {
        this.reports = reports;
        this.background = background;
        this.i18n = i18n;
        this.outlineNames = reports.outlineNames();
        outline.set(outlineNames.keySet().stream().findFirst().orElse(null));
        for (ReportFigure f : ReportFigure.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty();
            chosen.addListener((obs, was, on) -> choose(current.get() == null ? null : current.get().figures, f, on));
            figureChosen.put(f, chosen);
            previews.put(f, new ReadOnlyStringWrapper(""));
            zero.put(f, new ReadOnlyBooleanWrapper());
        }
        for (StringProperty p : List.of(title, subtitle, lead)) {
            p.addListener((obs, old, v) -> markDirty());
        }
        current.addListener((obs, old, s) -> tick(s));
        countPhotos();
    }

    // ---- what the view binds -------------------------------------------------------------------------

    /** The built-in outlines, key → name. */
    Map<String, String> outlineNames() {
        return outlineNames;
    }

    /** Whether figure {@code f} goes into the selected section. */
    BooleanProperty figureChosen(ReportFigure f) {
        return figureChosen.get(f);
    }

    /** The sentence figure {@code f} adds this year (or a note for a chart or a figure that is zero). */
    ReadOnlyStringProperty preview(ReportFigure f) {
        return previews.get(f).getReadOnlyProperty();
    }

    /** Whether figure {@code f} is zero this year (the report leaves its sentence out). */
    ReadOnlyBooleanProperty zero(ReportFigure f) {
        return zero.get(f).getReadOnlyProperty();
    }

    /** 草稿已保存（…）, 有未保存的修改, 尚未保存草稿, 正在读取…… */
    ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }

    /** How many of the year's photos the selected section has. */
    ReadOnlyStringProperty photosHeading() {
        return photosHeading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    boolean isDirty() {
        return dirty.get();
    }

    /** Whether the shown year has a saved draft to reopen. */
    ReadOnlyBooleanProperty savedExists() {
        return savedExists.getReadOnlyProperty();
    }

    /** Whether a year's draft is shown (nothing can be saved or written before). */
    ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    /** The year of the draft shown, or null before the first one arrived. */
    Integer year() {
        return year;
    }

    // ---- loading -------------------------------------------------------------------------------------

    /** Reads the year's draft and photos (quick) and its figures (slower) as two reads of the executor. */
    void loadYear(int y) {
        wanted = y;
        state.set(i18n.text("reports.loadingFigures"));
        if (year == null || year != y) {
            // another year: its sentences are not these; the same year keeps its previews until they are read again
            previews.values().forEach(p -> p.set(i18n.text("reports.loadingFigures")));
        }
        background.load("reports.loading", p -> {
            Optional<ReportDraft> saved = reports.savedDraft(y);
            return new DraftData(y, saved.orElseGet(() -> reports.draft(y)), saved.isPresent(), reports.photoChoices(y));
        }, d -> {
            if (d.year() == wanted) {
                showDraft(d);
            }
        });
        background.load("reports.loading", p -> {
            YearStats stats = reports.stats(y);
            return new FigureData(y, reports.factSentences(stats), stats.commendations().byTitle());
        }, f -> {
            if (f.year() == wanted) {
                showFigures(f);
            }
        });
    }

    private void showFigures(FigureData d) {
        for (ReportFigure f : ReportFigure.values()) {
            String sentence = d.sentences().get(f);
            boolean empty = sentence == null && !f.isChart();
            previews.get(f).set(f.isChart() ? i18n.text("reports.annual.chartNote")
                    : empty ? i18n.text("reports.annual.zeroNote") : sentence);
            zero.get(f).set(empty);
        }
        List<HonourChoice> choices = new ArrayList<>();
        d.honours().forEach((t, n) -> {
            BooleanProperty chosen = new SimpleBooleanProperty();
            chosen.addListener((obs, was, on) -> choose(current.get() == null ? null : current.get().honours, t, on));
            choices.add(new HonourChoice(t, i18n.format("reports.annual.honour", t, String.valueOf(n)), chosen));
        });
        honours.setAll(choices);
        tick(current.get());
    }

    private void showDraft(DraftData d) {
        year = d.year();
        List<PhotoTile> tiles = new ArrayList<>();
        for (PhotoChoice p : d.photos()) {
            BooleanProperty chosen = new SimpleBooleanProperty();
            chosen.addListener((obs, was, on) -> choose(current.get() == null ? null : current.get().photos,
                    p.evidenceId(), on));
            tiles.add(new PhotoTile(p, chosen));
        }
        photos.setAll(tiles);
        savedExists.set(d.saved());
        load(d.draft(), d.saved());
        loaded.set(true);
    }

    /** Shows a draft; {@code saved}: it is the year's saved draft (else a new one from an outline). */
    private void load(ReportDraft draft, boolean saved) {
        loading = true;
        try {
            title.set(draft.title());
            subtitle.set(draft.subtitle() == null ? "" : draft.subtitle());
            lead.set(draft.lead() == null ? "" : draft.lead());
            if (draft.outline() != null && outlineNames.containsKey(draft.outline())) {
                outline.set(draft.outline());
            }
            current.set(null);
            sections.setAll(draft.sections().stream().map(this::editable).toList());
            renumber();
            current.set(sections.isEmpty() ? null : sections.get(0));
        } finally {
            loading = false;
        }
        dirty.set(false);
        state.set(saved && draft.savedAt() != null ? savedAt(draft.savedAt()) : i18n.text("reports.annual.notSaved"));
    }

    /** Ticks the figures, honours and photos of {@code s} (none for null) without counting it as an edit. */
    private void tick(EditableSection s) {
        boolean wasLoading = loading;
        loading = true;
        try {
            figureChosen.forEach((f, p) -> p.set(s != null && s.figures.contains(f)));
            honours.forEach(h -> h.chosen().set(s != null && s.honours.contains(h.title())));
            photos.forEach(t -> t.chosen().set(s != null && s.photos.contains(t.photo().evidenceId())));
        } finally {
            loading = wasLoading;
        }
        countPhotos();
    }

    private void countPhotos() {
        photosHeading.set(i18n.format("reports.annual.photos",
                String.valueOf(photos.stream().filter(t -> t.chosen().get()).count()), String.valueOf(photos.size())));
    }

    // ---- editing -------------------------------------------------------------------------------------

    private <T> void choose(Collection<T> chosen, T value, boolean on) {
        if (loading || chosen == null) {
            return;
        }
        if (on && !chosen.contains(value)) {
            chosen.add(value);
        } else if (!on) {
            chosen.remove(value);
        }
        markDirty();
        countPhotos();
    }

    /** A section to edit; a change of its heading or level renumbers the list, any change is an edit. */
    private EditableSection editable(ReportDraft.Section section) {
        EditableSection s = new EditableSection(section);
        s.heading.addListener((obs, old, v) -> {
            renumber();
            markDirty();
        });
        s.level.addListener((obs, old, v) -> {
            renumber();
            markDirty();
        });
        s.topic.addListener((obs, old, v) -> markDirty());
        s.narrative.addListener((obs, old, v) -> markDirty());
        return s;
    }

    /** Gives every section the number the written report gives it (一、 （一） 1.) before its heading. */
    private void renumber() {
        List<String> numbers = Reports.headingNumbers(sections.stream().map(EditableSection::levelOrFirst).toList());
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).label.set(numbers.get(i) + strip(sections.get(i).heading.get()));
        }
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
            state.set(i18n.text("reports.annual.unsaved"));
        }
    }

    /** Adds a new section after the selected one (at the top when none is), on its level, and selects it. */
    void addSection() {
        int at = sections.indexOf(current.get());
        int level = at < 0 ? 1 : sections.get(at).levelOrFirst();
        EditableSection s = editable(new ReportDraft.Section(level, i18n.text("reports.annual.newSection"),
                null, null, List.of(), List.of(), List.of()));
        sections.add(at + 1, s);
        renumber();
        current.set(s);
        markDirty();
    }

    /** Removes the selected section; its neighbour below (or above, at the end) is selected. */
    void removeSection() {
        int at = sections.indexOf(current.get());
        if (at < 0) {
            return;
        }
        sections.remove(at);
        renumber();
        current.set(sections.isEmpty() ? null : sections.get(Math.min(at, sections.size() - 1)));
        markDirty();
    }

    /** Moves the selected section {@code by} places (−1 up, 1 down), when it can move. */
    void move(int by) {
        EditableSection s = current.get();
        int at = sections.indexOf(s);
        int to = at + by;
        if (at < 0 || to < 0 || to >= sections.size()) {
            return;
        }
        sections.remove(at);
        sections.add(to, s);
        renumber();
        current.set(s);
        markDirty();
    }

    /**
     * Replaces the draft by a new one from the chosen outline (not saved yet), and makes that outline the one
     * new drafts start from.
     */
    void applyOutline() {
        if (outline.get() == null || year == null) {
            return;
        }
        int y = year;
        String key = outline.get();
        background.run("reports.loading", p -> {
            ReportDraft draft = reports.draftFromOutline(y, key);
            reports.setOutlineSetting(key);
            return draft;
        }, draft -> {
            if (draft.year() == year) {
                load(draft, false);
                markDirty();
            }
        });
    }

    /** Shows the year's saved draft again (the view asks first when there are unsaved changes). */
    void reopenSaved() {
        if (year != null) {
            int y = year;
            background.load("reports.loading", p -> reports.savedDraft(y), saved -> saved
                    .filter(d -> d.year() == year).ifPresent(d -> load(d, true)));
        }
    }

    /** The draft as it stands on the screen. */
    ReportDraft currentDraft() {
        return new ReportDraft(null, year, outline.get(), strip(title.get()), blankToNull(subtitle.get()),
                blankToNull(lead.get()), sections.stream().map(EditableSection::toSection).toList(), null);
    }

    /**
     * 保存草稿 (audited) through the executor; then the state line says when, and {@code then} runs. A refusal or a
     * failure goes to the shell's one error service. Changes typed while it was written stay unsaved.
     */
    void save(Runnable then) {
        if (year == null) {
            return;
        }
        ReportDraft draft = currentDraft();
        int y = year;
        background.run("reports.annual.saveFailed", p -> {
            reports.saveDraft(draft);
            return reports.savedDraft(y);
        }, saved -> saved.ifPresent(d -> {
            if (Integer.valueOf(y).equals(year)) {
                dirty.set(!draft.equals(currentDraft()));
                savedExists.set(true);
                state.set(dirty.get() ? i18n.text("reports.annual.unsaved") : savedAt(d.savedAt()));
            }
            then.run();
        }));
    }

    /** What the year lacks for a meaningful report (members, meetings), read through the executor: the view asks whether to go on. */
    void missing(Consumer<List<String>> then) {
        Integer y = year;
        background.load("reports.loading", p -> y == null ? List.<String>of() : reports.missing(y), then);
    }

    /** The file name proposed for the summary of the shown year. */
    String fileName() {
        return i18n.format("reports.annual.fileName", String.valueOf(year));
    }

    /** The workbook written beside {@code docx} when it is asked for too. */
    Path workbookBeside(Path docx) {
        return docx.resolveSibling(i18n.format("reports.workbook.fileName", String.valueOf(year)));
    }

    /**
     * Writes the summary as it stands (and the 统计表 when {@code xlsx} is not null) through the executor; then
     * {@code written} gets the message to show.
     */
    void generate(Path docx, Path xlsx, Consumer<String> written) {
        ReportDraft draft = currentDraft();
        background.run("reports.annual.writing", p -> {
            reports.writeAnnual(draft, docx, xlsx, p);
            return docx;
        }, d -> written.accept(xlsx == null ? i18n.format("reports.written", d)
                : i18n.format("reports.annual.writtenBoth", d, xlsx)));
    }

    private String savedAt(LocalDateTime at) {
        return i18n.format("reports.annual.savedAt", at.toLocalDate().toString(), String.format(Locale.ROOT, "%tR", at));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
