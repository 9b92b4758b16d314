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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.responsibility.ItemChange;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.DeadlineState;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
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
 * are shown with what the timeline marks beside each, the row chosen in the tree with what can be done to it, and the
 * writes (纪实, 更正, 责任书, 佐证材料, 复制到下一年; 新建清单 and items added, changed, deleted and moved: decision 0050).
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
    /** The row chosen in the tree: a list (item null) or an item of it; by id, so a read again finds it again. */
    private Integer chosenListId;
    private Integer chosenItemId;
    private final ReadOnlyObjectWrapper<ListProgress> chosenList = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ItemProgress> chosenItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canAddItem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAddChild = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper();

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

    /** The list of the row chosen in the tree (null: none). */
    ReadOnlyObjectProperty<ListProgress> chosenList() {
        return chosenList.getReadOnlyProperty();
    }

    /** The item chosen in the tree (null: none, or a list's own row). */
    ReadOnlyObjectProperty<ItemProgress> chosenItem() {
        return chosenItem.getReadOnlyProperty();
    }

    /** 添加条目: a list or an item is chosen (the new item goes beside the item, or on the list's first level). */
    ReadOnlyBooleanProperty canAddItem() {
        return canAddItem.getReadOnlyProperty();
    }

    /** 添加下级条目: an item above the third level is chosen. */
    ReadOnlyBooleanProperty canAddChild() {
        return canAddChild.getReadOnlyProperty();
    }

    /** 修改条目: an item is chosen. */
    ReadOnlyBooleanProperty canChange() {
        return canChange.getReadOnlyProperty();
    }

    /** 删除: an item or a list is chosen (whether it may go, the app says). */
    ReadOnlyBooleanProperty canDelete() {
        return canDelete.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canMoveUp() {
        return canMoveUp.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canMoveDown() {
        return canMoveDown.getReadOnlyProperty();
    }

    /** The item the tree shows chosen after a read (null: none, or the list {@link #listToSelect} itself). */
    Integer itemToSelect() {
        return chosenItemId;
    }

    /** The list whose row, or one of whose items, the tree shows chosen after a read. */
    Integer listToSelect() {
        return chosenListId;
    }

    /** A row of the tree was chosen: a list ({@code item} null) or an item of it; a leaf's 纪实 are shown. */
    void select(ListProgress list, ItemProgress item) {
        chosenListId = list == null ? null : list.list().id();
        chosenItemId = item == null ? null : item.item().id();
        chosenList.set(list);
        chosenItem.set(item);
        updateActions();
        choose(item);
    }

    private void updateActions() {
        ListProgress list = chosenList.get();
        ItemProgress item = chosenItem.get();
        canAddItem.set(list != null);
        canAddChild.set(item != null && item.item().level() < ResponsibilityItem.MAX_LEVEL);
        canChange.set(item != null);
        canDelete.set(list != null);
        List<ItemProgress> siblings = item == null ? List.of() : siblings(list, item);
        int at = item == null ? -1 : siblings.indexOf(item);
        canMoveUp.set(at > 0);
        canMoveDown.set(at >= 0 && at < siblings.size() - 1);
    }

    /** The items beside {@code item} (its parent's children, or the list's first level), in order. */
    private static List<ItemProgress> siblings(ListProgress list, ItemProgress item) {
        if (item.item().parentId() == null) {
            return list.items();
        }
        ItemProgress parent = ItemProgress.find(list.items(), item.item().parentId());
        return parent == null ? List.of() : parent.children();
    }

    /** Finds the chosen row again in what was just read (null when it is gone, e.g. deleted). */
    private void chooseAgain(Snapshot s) {
        ListProgress list = chosenListId == null ? null
                : s.lists().stream().filter(l -> l.list().id().equals(chosenListId)).findFirst().orElse(null);
        ItemProgress item = list == null || chosenItemId == null ? null : ItemProgress.find(list.items(), chosenItemId);
        chosenListId = list == null ? null : chosenListId;
        chosenItemId = item == null ? null : chosenItemId;
        chosenList.set(list);
        chosenItem.set(item);
        updateActions();
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
        chooseAgain(s);
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

    /** Shows the 纪实 of a leaf item (chosen in the tree or in a list of deadlines); it is then the chosen row. */
    void chooseLeaf(ResponsibilityItem item) {
        if (!Objects.equals(chosenItemId, item.id())) {
            chosenListId = item.listId();
            chosenItemId = item.id();
            if (snapshot.get() != null) {
                chooseAgain(snapshot.get());
            }
        }
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

    /**
     * 新建清单 of the chosen year through the executor; once saved it is the chosen row. A refusal (a list of that
     * name and owner kind already in the year, a blank name) becomes {@code form}'s problem.
     */
    void createList(String name, ListOwnerKind kind, String notes, FormSave form, Runnable saved) {
        int y = year.get();
        form.save(background, "responsibility.saving", p -> responsibilities.createList(
                new ResponsibilityList(null, y, name, kind, null, null, null, null, notes)), id -> {
            chosenListId = id;
            chosenItemId = null;
            saved.run();
            refresh(i18n.format("responsibility.list.created", name == null ? "" : name.strip()));
        });
    }

    /**
     * 添加条目 ({@code child} false: beside the chosen item, or on the first level of the chosen list) or 添加下级条目
     * ({@code child} true: under the chosen item), through the executor; once saved the new item is the chosen row.
     */
    void addItem(ItemChange typed, boolean child, FormSave form, Runnable saved) {
        ListProgress list = chosenList.get();
        ItemProgress item = chosenItem.get();
        Integer parentId = child ? item.item().id() : item == null ? null : item.item().parentId();
        NewItem add = new NewItem(list.list().id(), parentId, typed.text(), typed.ownerText(), typed.responsibleText(),
                List.of(), typed.cadence(), typed.onceOn(), typed.notes());
        form.save(background, "responsibility.saving", p -> responsibilities.addItem(add), id -> {
            chosenItemId = id;
            saved.run();
            refresh(i18n.format("responsibility.item.added", typed.text() == null ? "" : typed.text().strip()));
        });
    }

    /** 修改条目: the chosen item as typed, through the executor (a refusal becomes {@code form}'s problem). */
    void changeItem(ItemChange typed, FormSave form, Runnable saved) {
        int itemId = chosenItem.get().item().id();
        form.save(background, "responsibility.saving", p -> {
            responsibilities.changeItem(itemId, typed);
            return itemId;
        }, id -> {
            saved.run();
            refresh(i18n.format("responsibility.item.changed", typed.text().strip()));
        });
    }

    /** The name of the chosen list, the one 重命名清单 starts with ("" when none is chosen). */
    String chosenListName() {
        return chosenList.get() == null ? "" : chosenList.get().list().name();
    }

    /**
     * 重命名清单: the chosen list gets {@code name}, through the executor; it stays the chosen row. A refusal (a blank
     * name, a list of that name and owner already in the year) becomes {@code form}'s problem.
     */
    void renameList(String name, FormSave form, Runnable saved) {
        int listId = chosenList.get().list().id();
        form.save(background, "responsibility.saving", p -> responsibilities.renameList(listId, name), changed -> {
            saved.run();
            refresh(i18n.format(changed ? "responsibility.list.renamed" : "responsibility.list.unchanged",
                    name == null ? "" : name.strip()));
        });
    }

    /**
     * Where 移到… can put the chosen item, from the last read: the list's first level (value null), then every item of
     * the list in tree order, numbered and indented, but for the item itself, the items under it and its parent now.
     */
    List<org.partydesk.gui.common.Choice<Integer>> parentChoices() {
        ItemProgress item = chosenItem.get();
        List<org.partydesk.gui.common.Choice<Integer>> out = new java.util.ArrayList<>();
        if (item.item().parentId() != null) {
            out.add(new org.partydesk.gui.common.Choice<>(null, i18n.text("responsibility.item.moveTop")));
        }
        for (ItemProgress top : chosenList.get().items()) {
            addParentChoices(top, item, out);
        }
        return out;
    }

    private void addParentChoices(ItemProgress at, ItemProgress moving, List<org.partydesk.gui.common.Choice<Integer>> out) {
        if (at.item().id().equals(moving.item().id())) {
            return; // neither the item nor anything under it
        }
        if (!at.item().id().equals(moving.item().parentId()) && at.item().level() < ResponsibilityItem.MAX_LEVEL) {
            out.add(new org.partydesk.gui.common.Choice<>(at.item().id(),
                    "　".repeat(at.item().level() - 1) + number(at) + " " + at.item().text()));
        }
        at.children().forEach(c -> addParentChoices(c, moving, out));
    }

    /** The header of 移到…: which item moves, with the items under it. */
    String moveHeader() {
        ItemProgress item = chosenItem.get();
        return i18n.format("responsibility.item.moveHeader", number(item), item.item().text());
    }

    /**
     * 移到…: the chosen item (with those under it) goes under {@code parentId} (null: the list's first level) as its last
     * child, through the executor; it stays the chosen row. A refusal becomes {@code form}'s problem.
     */
    void moveItem(Integer parentId, FormSave form, Runnable saved) {
        ItemProgress item = chosenItem.get();
        int itemId = item.item().id();
        form.save(background, "responsibility.saving", p -> {
            responsibilities.moveItem(itemId, parentId);
            return itemId;
        }, id -> {
            saved.run();
            refresh(i18n.format("responsibility.item.moved", item.item().text()));
        });
    }

    /**
     * Before 删除: reads through the executor whether the chosen item or list may go; {@code refused} gets the sentence
     * why not, {@code ask} the question to confirm (what goes with it).
     */
    void askDelete(Consumer<String> refused, Consumer<String> ask) {
        ListProgress list = chosenList.get();
        ItemProgress item = chosenItem.get();
        if (item == null) {
            int listId = list.list().id();
            background.load("responsibility.loading", p -> responsibilities.whyListNotDeletable(listId),
                    why -> why.ifPresentOrElse(refused,
                            () -> ask.accept(i18n.format("responsibility.list.deleteConfirm", list.list().name()))));
            return;
        }
        String number = number(item);
        background.load("responsibility.loading", p -> responsibilities.whyNotDeletable(item.item().id()),
                why -> why.ifPresentOrElse(refused, () -> ask.accept(i18n.format("responsibility.item.deleteConfirm",
                        number, item.item().text(), String.valueOf(item.deadlines().size())))));
    }

    /** 删除 the chosen item or list through the executor; {@code refused} gets the app's sentence when it may not go. */
    void deleteChosen(Consumer<String> refused) {
        ListProgress list = chosenList.get();
        ItemProgress item = chosenItem.get();
        if (item == null) {
            int listId = list.list().id();
            act(p -> {
                responsibilities.deleteList(listId);
                return listId;
            }, refused, i18n.format("responsibility.list.deleted", list.list().name()));
        } else {
            int itemId = item.item().id();
            act(p -> {
                responsibilities.deleteItem(itemId);
                return itemId;
            }, refused, i18n.format("responsibility.item.deleted", item.item().text()));
        }
    }

    /** 上移 ({@code up}) or 下移 the chosen item among its siblings; it stays the chosen row. */
    void move(boolean up, Consumer<String> refused) {
        ItemProgress item = chosenItem.get();
        int itemId = item.item().id();
        act(p -> {
            if (up) {
                responsibilities.moveUp(itemId);
            } else {
                responsibilities.moveDown(itemId);
            }
            return itemId;
        }, refused, i18n.format(up ? "responsibility.item.movedUp" : "responsibility.item.movedDown", item.item().text()));
    }

    /** A write of a button (no form): a refusal goes to {@code refused}, a write done reads the screen again. */
    private void act(BackgroundTask.Work<Integer> work, Consumer<String> refused, String doneText) {
        FormSave once = new FormSave();
        once.problem().addListener((obs, old, why) -> {
            if (!why.isEmpty()) {
                refused.accept(why);
            }
        });
        once.save(background, "responsibility.saving", work, id -> refresh(doneText));
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

    /**
     * What the form of a new item starts with: the 责任主体 and 责任人 of the item it goes under ({@code child}) or
     * beside, or on a list's first level the list's owner; each year.
     */
    ItemChange newItemStart(boolean child) {
        ItemProgress item = chosenItem.get();
        if (item == null) {
            return new ItemChange("", chosenList.get() == null ? "" : chosenList.get().ownerName(), "", Cadence.YEARLY,
                    null, "");
        }
        ResponsibilityItem near = item.item();
        return new ItemChange("", near.ownerText(), child ? near.responsibleText() : "", Cadence.YEARLY, null, "");
    }

    /** What the form of 修改条目 starts with: the chosen item as stored, a ONCE item with its date. */
    ItemChange changeStart() {
        ItemProgress item = chosenItem.get();
        ResponsibilityItem i = item.item();
        LocalDate once = i.cadence() == Cadence.ONCE && item.deadlines().size() == 1
                ? item.deadlines().get(0).deadline().dueOn() : null;
        return new ItemChange(i.text(), i.ownerText(), i.responsibleText(), i.cadence(), once, i.notes());
    }

    /** Whether the form may set the 时间节点: a new item always, a changed one when it has no children. */
    boolean timingEditable(boolean adding) {
        return adding || chosenItem.get().children().isEmpty();
    }

    /** The line above a form of an item: where a new one goes, or which item is changed. */
    String formHeader(boolean adding, boolean child) {
        ItemProgress item = chosenItem.get();
        String listName = chosenList.get().list().name();
        if (!adding) {
            return i18n.format("responsibility.item.changeHeader", number(item), item.item().text());
        }
        if (child) {
            return i18n.format("responsibility.item.addUnder", number(item), item.item().text());
        }
        if (item == null || item.item().parentId() == null) {
            return i18n.format("responsibility.item.addTop", listName);
        }
        ItemProgress parent = ItemProgress.find(chosenList.get().items(), item.item().parentId());
        return i18n.format("responsibility.item.addUnder", number(parent), parent.item().text());
    }

    /** The year a new list is for: the chosen one. */
    int listYear() {
        return year.get();
    }

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
