package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;

/**
 * The 责任清单 screen without controls: the year and the status date chosen, what the screen shows for them read
 * in one go through the shell's executor (the tree with each item's number 1, 1.1, 1.1.1, the deadlines due soon
 * and missed, the 责任书, 完成率 per list and per owner, the tab titles and the status line), the item whose 纪实
 * are shown with what the timeline marks beside each, and the writes (纪实, 更正, 责任书, 佐证材料, 复制到下一年).
 * It alone calls the app layer, every read and write through {@link Background}, so a test drives it with
 * {@link Background#sameThread}.
 */
final class ResponsibilityModel {
    private static final int YEARS_BACK = 4;

    /** Everything the screen shows for a year and a date. */
    record Snapshot(int year, LocalDate date, List<ListProgress> lists, Map<Integer, String> numbers,
                    List<DeadlineAlert> dueSoon, List<DeadlineAlert> overdue, List<LettersPane.LetterRow> letters,
                    List<ListStats> perList, List<ListStats> perOwner) {
        /** The number of an item in its list: 1, 1.2, 1.2.3 (the {@code seq} of each level). */
        String number(int itemId) {
            return numbers.getOrDefault(itemId, "");
        }
    }

    /** A 纪实 of the timeline: corrected by a later one, correcting an earlier one, completing a deadline, its files. */
    record RecordRow(ProgressRecord record, boolean corrected, ProgressRecord corrects, Deadline completes,
                     int evidenceCount) {
    }

    final ObservableList<Integer> years = FXCollections.observableArrayList();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    final ObservableList<DeadlineAlert> dueSoon = FXCollections.observableArrayList();
    final ObservableList<DeadlineAlert> overdue = FXCollections.observableArrayList();
    final ObservableList<LettersPane.LetterRow> letters = FXCollections.observableArrayList();
    final ObservableList<ListStats> perList = FXCollections.observableArrayList();
    final ObservableList<ListStats> perOwner = FXCollections.observableArrayList();
    /** The 纪实 of the shown item, oldest first. */
    final ObservableList<RecordRow> records = FXCollections.observableArrayList();

    private final Responsibilities responsibilities;
    private final EvidenceService evidence;
    private final Background background;
    private final I18n i18n;
    private final LocalDate today;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dueSoonTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overdueTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lettersTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ResponsibilityItem> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper itemTitle = new ReadOnlyStringWrapper("");

    /**
     * @param today the day the screen opens on: its year is chosen, and the status is as of that day
     */
    ResponsibilityModel(Responsibilities responsibilities, EvidenceService evidence, Background background, I18n i18n,
                        LocalDate today) {
        this.responsibilities = responsibilities;
        this.evidence = evidence;
        this.background = background;
        this.i18n = i18n;
        this.today = today;
        for (int y = today.getYear() - YEARS_BACK; y <= today.getYear() + 1; y++) {
            years.add(y);
        }
        year.set(today.getYear());
        asOf.set(today);
        dueSoonTitle.set(i18n.format("responsibility.tab.dueSoon", "0"));
        overdueTitle.set(i18n.format("responsibility.tab.overdue", "0"));
        lettersTitle.set(i18n.format("responsibility.tab.letters", "0"));
        itemTitle.set(i18n.text("responsibility.records.chooseItem"));
        year.addListener((obs, old, v) -> refresh());
        asOf.addListener((obs, old, v) -> refresh());
    }

    /** What was read last for the chosen year and date (null before the first read arrives). */
    ReadOnlyObjectProperty<Snapshot> snapshot() {
        return snapshot.getReadOnlyProperty();
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dueSoonTitle() {
        return dueSoonTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty overdueTitle() {
        return overdueTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lettersTitle() {
        return lettersTitle.getReadOnlyProperty();
    }

    /** The leaf item whose 纪实 are shown (null: none, or a parent was chosen). */
    ReadOnlyObjectProperty<ResponsibilityItem> current() {
        return current.getReadOnlyProperty();
    }

    /** Above the timeline: the item's text, or what to choose. */
    ReadOnlyStringProperty itemTitle() {
        return itemTitle.getReadOnlyProperty();
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /** Reads everything for the chosen year and date in one go through the executor, keeping the shown item. */
    void refresh() {
        refresh(null);
    }

    /** As {@link #refresh()}; then the status line says {@code statusText} when given. */
    private void refresh(String statusText) {
        Integer y = year.get();
        LocalDate date = asOf.get();
        if (y == null || date == null) {
            return;
        }
        background.load("responsibility.loading", p -> read(y, date), s -> show(s, statusText));
    }

    /** What the screen shows for a year and a date; touches no property, so it runs off the FX thread. */
    Snapshot read(int year, LocalDate date) {
        List<ListProgress> lists = responsibilities.tree(year, date);
        Map<Integer, String> numbers = new HashMap<>();
        lists.forEach(list -> list.items().forEach(item -> number(item, "", numbers)));
        return new Snapshot(year, date, lists, numbers, responsibilities.dueSoon(date),
                responsibilities.overdue(year, date), letters(year), responsibilities.statsPerList(year, date),
                responsibilities.statsPerOwner(year, date));
    }

    private void show(Snapshot s, String statusText) {
        if (!Objects.equals(s.year(), year.get()) || !s.date().equals(asOf.get())) {
            return; // the year or the date changed since: their own read follows
        }
        snapshot.set(s);
        dueSoon.setAll(s.dueSoon());
        overdue.setAll(s.overdue());
        letters.setAll(s.letters());
        perList.setAll(s.perList());
        perOwner.setAll(s.perOwner());
        dueSoonTitle.set(i18n.format("responsibility.tab.dueSoon", String.valueOf(s.dueSoon().size())));
        overdueTitle.set(i18n.format("responsibility.tab.overdue", String.valueOf(s.overdue().size())));
        lettersTitle.set(i18n.format("responsibility.tab.letters", String.valueOf(s.letters().size())));
        status.set(statusText != null ? statusText : i18n.format("responsibility.status.bar", String.valueOf(s.year()),
                s.date().toString(), String.valueOf(s.lists().size()), String.valueOf(s.overdue().size())));
        ResponsibilityItem shown = current.get();
        if (shown != null) {
            if (s.numbers().containsKey(shown.id())) {
                showRecords();
            } else {
                choose(null);
            }
        }
    }

    private static void number(ItemProgress item, String parent, Map<Integer, String> out) {
        String number = parent.isEmpty() ? String.valueOf(item.item().seq()) : parent + "." + item.item().seq();
        out.put(item.item().id(), number);
        item.children().forEach(child -> number(child, number, out));
    }

    /** The 责任书 of a year with the name of the list each belongs to and how many scans it has. */
    List<LettersPane.LetterRow> letters(int year) {
        Map<Integer, String> listNames = responsibilities.lists(year).stream()
                .collect(Collectors.toMap(ResponsibilityList::id, ResponsibilityList::name));
        return responsibilities.letters(year).stream()
                .map(l -> new LettersPane.LetterRow(l, l.listId() == null ? "" : listNames.getOrDefault(l.listId(), ""),
                        responsibilities.letterScans(l.id()).size()))
                .toList();
    }

    /** The 纪实 of an item, oldest first, with what the timeline marks beside each. */
    List<RecordRow> records(int itemId) {
        List<ProgressRecord> all = responsibilities.records(itemId);
        Map<Integer, ProgressRecord> byId = all.stream().collect(Collectors.toMap(ProgressRecord::id, r -> r));
        Set<Integer> corrected = new HashSet<>();
        all.stream().map(ProgressRecord::correctsRecordId).filter(Objects::nonNull).forEach(corrected::add);
        Map<Integer, Deadline> deadlines = responsibilities.deadlines(itemId).stream()
                .collect(Collectors.toMap(Deadline::id, d -> d));
        return all.stream()
                .map(r -> new RecordRow(r, corrected.contains(r.id()),
                        r.correctsRecordId() == null ? null : byId.get(r.correctsRecordId()),
                        r.completesDeadlineId() == null ? null : deadlines.get(r.completesDeadlineId()),
                        responsibilities.recordEvidence(r.id()).size()))
                .toList();
    }

    /** Shows an item of the tree (null: none): a leaf's 纪实, or for a parent a hint that 纪实 go on leaves. */
    void choose(ItemProgress item) {
        if (item != null && item.children().isEmpty()) {
            chooseLeaf(item.item());
            return;
        }
        current.set(null);
        records.clear();
        itemTitle.set(item == null ? i18n.text("responsibility.records.chooseItem")
                : i18n.format("responsibility.records.chooseLeaf", item.item().text()));
    }

    /** Shows the 纪实 of a leaf item (chosen in the tree or in a list of deadlines). */
    void chooseLeaf(ResponsibilityItem item) {
        current.set(item);
        itemTitle.set(item.text());
        records.clear();
        showRecords();
    }

    /** Reads the 纪实 of the shown leaf through the executor; what arrives for an item no longer shown is dropped. */
    private void showRecords() {
        int itemId = current.get().id();
        background.load("responsibility.loading", p -> records(itemId), rows -> {
            if (current.get() != null && current.get().id() == itemId) {
                records.setAll(rows);
            }
        });
    }

    /** The deadlines of the shown item, read through the executor, for the form of a 纪实. */
    void deadlines(Consumer<List<Deadline>> then) {
        int itemId = current.get().id();
        background.load("responsibility.loading", p -> responsibilities.deadlines(itemId), then);
    }

    // ---- writes -----------------------------------------------------------------------------------------

    /**
     * Adds a 纪实 to the shown item through the executor, then reads the screen again and runs {@code saved} (the form
     * closes). A refusal (a Chinese sentence) becomes {@code form}'s problem, said inside the form that stays open.
     */
    void addRecord(NewRecord record, FormSave form, Runnable saved) {
        int itemId = current.get().id();
        write(p -> responsibilities.addRecord(itemId, record), form, saved);
    }

    /** 更正 a 纪实 of the shown item through the executor (a refusal becomes {@code form}'s problem). */
    void correctRecord(int recordId, NewRecord correction, FormSave form, Runnable saved) {
        write(p -> responsibilities.correctRecord(recordId, correction), form, saved);
    }

    /** 登记责任书 of the chosen year through the executor (a refusal becomes {@code form}'s problem). */
    void addLetter(ResponsibilityLetter letter, FormSave form, Runnable saved) {
        write(p -> responsibilities.addLetter(letter), form, saved);
    }

    /** Runs a write of a form; a refusal stays with the form (anything else goes to the one error service). */
    private void write(BackgroundTask.Work<Integer> work, FormSave form, Runnable saved) {
        form.save(background, "responsibility.saving", work, id -> {
            saved.run();
            refresh();
        });
    }

    /** Stores files as evidence of a 纪实 or a 责任书 through the executor, then reads the screen again. */
    void attach(EvidenceRecordType type, int recordId, List<Path> files) {
        background.run("responsibility.addingEvidence", p -> evidence.addFiles(files, type, recordId, p),
                ids -> refresh(i18n.format("responsibility.evidence.added", String.valueOf(ids.size()))));
    }

    /** 复制到下一年 through the executor; {@code done} gets the sentence to show. */
    void copyYear(Consumer<String> done) {
        int from = year.get();
        background.run("responsibility.copying", p -> responsibilities.copyYearToNext(from), ids ->
                done.accept(i18n.format("responsibility.copy.done", String.valueOf(ids.size()), String.valueOf(from + 1))));
    }

    // ---- texts ------------------------------------------------------------------------------------------

    /** The lists of the chosen year, for the form of a 责任书 (from the last read). */
    List<ResponsibilityList> lists() {
        return snapshot.get() == null ? List.of() : snapshot.get().lists().stream().map(ListProgress::list).toList();
    }

    /** The date a new record starts with: the status date, moved into the chosen year. */
    LocalDate recordDateDefault() {
        return recordDateDefault(asOf.get() == null ? today : asOf.get(), year.get());
    }

    /** The date a new record starts with: the status date, moved into the chosen year. */
    static LocalDate recordDateDefault(LocalDate asOf, int year) {
        if (asOf.getYear() > year) {
            return LocalDate.of(year, 12, 31);
        }
        return asOf.getYear() < year ? LocalDate.of(year, 1, 1) : asOf;
    }

    /** The first column of the tree: a list's name, or an item's number and text. */
    String contentOf(ListProgress list, ItemProgress item) {
        return item == null ? list.list().name() : number(item) + "  " + item.item().text();
    }

    private String number(ItemProgress item) {
        return snapshot.get() == null ? "" : snapshot.get().number(item.item().id());
    }

    /** 时间节点 of a leaf: the cadence and the next deadline not yet met (or that all are met); empty for others. */
    String deadlineOf(ItemProgress item) {
        if (item == null || !item.children().isEmpty()) {
            return "";
        }
        String cadence = i18n.label(item.item().cadence());
        return item.deadlines().stream().filter(d -> !d.met()).map(DeadlineState::deadline)
                .min(Comparator.comparing(Deadline::dueOn))
                .map(d -> i18n.format("responsibility.deadline.next", cadence, d.dueOn().toString()))
                .orElseGet(() -> item.deadlines().isEmpty() ? cadence
                        : i18n.format("responsibility.deadline.allMet", cadence));
    }

    /** 完成率 of a list (item null) or of a parent item; empty for a leaf. */
    String rateOf(ListProgress list, ItemProgress item) {
        return item == null ? rate(list.completion().completionRate())
                : item.children().isEmpty() ? "" : rate(item.completion().completionRate());
    }

    String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(i18n.locale(), "%.0f%%", rate.getAsDouble() * 100)
                : i18n.text("responsibility.rate.none");
    }
}
