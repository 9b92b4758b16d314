package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.meetings.MeetingListing;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/**
 * The 三会一课 list without controls: what the filter row offers and chose (unit, type, year, quarter or month,
 * tag), the meetings of that choice with the status line, the row to show selected, and the selected meeting
 * with its 佐证材料. It alone calls the app layer, every read and write through the shell's executor
 * ({@link Background}), so a test drives it with {@link Background#sameThread}.
 */
final class MeetingsModel {
    private static final int YEARS_BACK = 9;

    /** What the filter row offers, read in one go: the units in tree order, every unit, the tags, the last meeting. */
    record Setup(List<MeetingEditorModel.UnitChoice> tree, List<OrgUnit> allUnits, List<String> tags,
                 Optional<LocalDate> lastMeetingDay) {
    }

    /** A meeting read for the details beside the list, with its 佐证材料. */
    record Shown(Meeting meeting, List<EvidenceItem> files) {
    }

    final ObservableList<Choice<Integer>> units = FXCollections.observableArrayList();
    final ObservableList<Choice<MeetingType>> types = FXCollections.observableArrayList();
    final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    final ObservableList<Choice<Integer>> periods = FXCollections.observableArrayList();
    final ObservableList<Choice<String>> tags = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Integer>> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<MeetingType>> type = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Integer>> period = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> tag = new SimpleObjectProperty<>();
    /** The meetings of the chosen filter, newest first. */
    final ObservableList<MeetingSummary> rows = FXCollections.observableArrayList();

    private final Meetings meetings;
    private final EvidenceService evidence;
    private final Roster roster;
    private final Background background;
    private final I18n i18n;
    private final MeetingListModel list;
    private final VoidedMeetingsModel voiding;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MeetingSummary> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper everyYear = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Integer> firstYear = new ReadOnlyObjectWrapper<>();
    private final Map<Integer, OrgUnit> unitsById = new HashMap<>();
    private List<MeetingEditorModel.UnitChoice> tree = List.of();
    /** True while the model sets several filter choices at once (one read follows, not one per choice). */
    private boolean filling;
    /** True while the list's rows are replaced. */
    private boolean replacing;

    MeetingsModel(Meetings meetings, EvidenceService evidence, Roster roster, Background background, I18n i18n) {
        this.meetings = meetings;
        this.evidence = evidence;
        this.roster = roster;
        this.background = background;
        this.i18n = i18n;
        this.list = new MeetingListModel(meetings, i18n);
        this.voiding = new VoidedMeetingsModel(meetings);
        int thisYear = meetings.today().getYear();
        types.add(new Choice<>(null, i18n.text("meetings.filter.allTypes")));
        for (MeetingType t : MeetingType.values()) {
            types.add(new Choice<>(t, i18n.label(t)));
        }
        years.add(new Choice<>(null, i18n.text("meetings.filter.allYears")));
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            years.add(yearChoice(y));
        }
        periods.add(new Choice<>(null, i18n.text("meetings.filter.wholeYear")));
        for (int q = 1; q <= 4; q++) {
            periods.add(new Choice<>(-q, i18n.format("meetings.matrix.quarter", String.valueOf(q))));
        }
        for (int m = 1; m <= 12; m++) {
            periods.add(new Choice<>(m, i18n.format("meetings.matrix.month", String.valueOf(m))));
        }
        units.add(new Choice<>(null, i18n.text("meetings.filter.allUnits")));
        tags.add(new Choice<>(null, i18n.text("meetings.filter.allTags")));
        filling = true;
        unit.set(units.get(0));
        type.set(types.get(0));
        year.set(years.get(1));
        period.set(periods.get(0));
        tag.set(tags.get(0));
        filling = false;
        everyYear.bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> year.get() == null || year.get().value() == null, year));
        for (ObjectProperty<?> p : List.of(unit, type, year, period, tag)) {
            p.addListener((obs, old, v) -> {
                if (!filling) {
                    refresh();
                }
            });
        }
    }

    /** The status line under the list. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The row the list shows selected (null: none); set by {@link #choose} and after each read of the list. */
    ReadOnlyObjectProperty<MeetingSummary> selectedRow() {
        return selectedRow.getReadOnlyProperty();
    }

    /** The meeting shown beside the list, read with its files (null: none, or not yet arrived). */
    ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    /** Whether every year is chosen (then no quarter or month can be). */
    ReadOnlyBooleanProperty everyYear() {
        return everyYear.getReadOnlyProperty();
    }

    /** The year the list opened on (this year, or that of the last meeting), once the first read arrived. */
    ReadOnlyObjectProperty<Integer> firstYear() {
        return firstYear.getReadOnlyProperty();
    }

    /** The meeting shown beside the list, or null. */
    Meeting selected() {
        return shown.get() == null ? null : shown.get().meeting();
    }

    VoidedMeetingsModel voiding() {
        return voiding;
    }

    LocalDate today() {
        return meetings.today();
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /**
     * On each visit: reads the units and tags the filter offers (keeping what was chosen), then the list. The
     * first time the list opens on this year, or on the year of the last meeting when none was held this year
     * yet (a database of an earlier year, such as the sample bureau, opens populated).
     */
    void open() {
        background.load("meetings.loading", p -> setup(), s -> {
            applySetup(s);
            if (firstYear.get() == null) {
                int thisYear = meetings.today().getYear();
                int first = Math.min(s.lastMeetingDay().map(LocalDate::getYear).orElse(thisYear), thisYear);
                filling = true;
                selectYear(first);
                filling = false;
                firstYear.set(first);
            }
            refresh();
        });
    }

    /** What the filter row offers; touches no property, so it runs off the FX thread. */
    Setup setup() {
        List<MeetingEditorModel.UnitChoice> out = new ArrayList<>();
        roster.tree().forEach(n -> collect(n, 0, out));
        return new Setup(out, meetings.units(), meetings.tags(), meetings.lastMeetingDay());
    }

    private static void collect(OrgNode node, int depth, List<MeetingEditorModel.UnitChoice> out) {
        out.add(new MeetingEditorModel.UnitChoice(node.unit(), depth));
        node.children().forEach(c -> collect(c, depth + 1, out));
    }

    private void applySetup(Setup s) {
        unitsById.clear();
        s.allUnits().forEach(u -> unitsById.put(u.id(), u));
        tree = s.tree();
        Integer chosenUnit = value(unit.get());
        List<Choice<Integer>> unitChoices = new ArrayList<>();
        unitChoices.add(new Choice<>(null, i18n.text("meetings.filter.allUnits")));
        tree.forEach(u -> unitChoices.add(new Choice<>(u.unit().id(), u.toString())));
        filling = true;
        units.setAll(unitChoices);
        unit.set(unitChoices.stream().filter(c -> Objects.equals(c.value(), chosenUnit)).findFirst()
                .orElse(unitChoices.get(0)));
        filling = false;
        showTags(s.tags());
    }

    /** The tag filter offers these tags, keeping the chosen one. */
    private void showTags(List<String> found) {
        String chosen = value(tag.get());
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(null, i18n.text("meetings.filter.allTags")));
        found.forEach(t -> choices.add(new Choice<>(t, t)));
        filling = true;
        tags.setAll(choices);
        tag.set(choices.stream().filter(c -> Objects.equals(c.value(), chosen)).findFirst().orElse(choices.get(0)));
        filling = false;
    }

    /** What the filter row chose. */
    MeetingListModel.Choice choice() {
        return new MeetingListModel.Choice(value(unit.get()), value(type.get()), value(year.get()),
                value(period.get()), value(tag.get()));
    }

    /** Reads the list again, keeping the selected meeting (else the newest is selected). */
    void refresh() {
        refresh(null, null);
    }

    /**
     * Reads the list through the executor, newest first; then selects {@code selectId} (null: the meeting
     * selected before, else the newest) and, when given, says {@code statusText} in the status line.
     */
    void refresh(Integer selectId, String statusText) {
        Integer keep = selectId != null ? selectId : selectedRow.get() == null ? null : selectedRow.get().id();
        MeetingListModel.Choice c = choice();
        background.load("meetings.loading", p -> list.read(c), listing -> showListing(listing, keep, statusText));
    }

    /** False until the first list has been read: the empty table then says it is being read, not that none match. */
    javafx.beans.property.ReadOnlyBooleanProperty listed() {
        return listed.getReadOnlyProperty();
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper listed = new javafx.beans.property.ReadOnlyBooleanWrapper();

    private void showListing(MeetingListing listing, Integer keep, String statusText) {
        listed.set(true);
        replacing = true; // the list's selection is cleared meanwhile: not a choice of the clerk
        rows.setAll(listing.meetings());
        replacing = false;
        status.set(statusText != null ? statusText : list.status(listing));
        MeetingSummary row = keep == null ? null : rows.stream().filter(m -> m.id() == keep).findFirst().orElse(null);
        choose(row != null ? row : rows.isEmpty() ? null : rows.get(0));
    }

    /**
     * The clerk selected a row (null: none): its meeting and files are read through the executor and shown;
     * until they arrive no meeting is selected for 修改 or 删除. What arrives for a row no longer selected is dropped.
     */
    void choose(MeetingSummary row) {
        if (replacing) {
            return;
        }
        selectedRow.set(row);
        if (row == null || selected() == null || selected().id() != row.id()) {
            shown.set(null); // the same meeting read again stays shown until it arrives
        }
        if (row == null) {
            return;
        }
        int id = row.id();
        background.load("meetings.loading", p -> meetings.load(id)
                .map(m -> new Shown(m, evidence.linkedTo(EvidenceRecordType.MEETING, id))).orElse(null), s -> {
                    if (selectedRow.get() != null && selectedRow.get().id() == id) {
                        shown.set(s);
                    }
                });
    }

    /**
     * A meeting found by the search: read through the executor; when it exists, {@code found} runs (the view
     * goes back to the list) and the list shows every meeting of its year with it selected.
     */
    void reveal(int meetingId, Runnable found) {
        background.load("meetings.loading", p -> meetings.load(meetingId), m -> m.ifPresent(meeting -> {
            found.run();
            filling = true;
            unit.set(units.get(0));
            type.set(types.get(0));
            tag.set(tags.get(0));
            period.set(periods.get(0));
            selectYear(meeting.heldAt().getYear());
            filling = false;
            refresh(meeting.id(), null);
        }));
    }

    /** The meetings of a unit in a period (a cell of the 红黄旗 matrix); a unit ended since is offered too. */
    void showMeetingsOf(int unitId, CompliancePeriod p) {
        filling = true;
        unit.set(units.stream().filter(c -> Objects.equals(c.value(), unitId)).findFirst().orElseGet(() -> {
            Choice<Integer> ended = new Choice<>(unitId, unitName(unitId));
            units.add(ended);
            return ended;
        }));
        type.set(types.get(0));
        tag.set(tags.get(0));
        selectYear(p.year());
        Integer part = p.month() != null ? p.month() : p.quarter() != null ? -p.quarter() : null;
        periods.stream().filter(c -> Objects.equals(c.value(), part)).findFirst().ifPresent(period::set);
        filling = false;
        selectedRow.set(null);
        refresh();
    }

    private void selectYear(int y) {
        year.set(years.stream().filter(c -> Objects.equals(c.value(), y)).findFirst().orElseGet(() -> {
            Choice<Integer> c = yearChoice(y);
            years.add(c);
            return c;
        }));
    }

    private Choice<Integer> yearChoice(int y) {
        return new Choice<>(y, i18n.format("meetings.filter.yearValue", String.valueOf(y)));
    }

    // ---- editing ----------------------------------------------------------------------------------------

    /** A new meeting's unit and who is expected; unit null when there is none yet. */
    private record Start(Integer unitId, List<AttendanceEntry> sheet) {
    }

    /**
     * 新建会议: for the unit chosen in the filter (else the first branch, else the first unit) and the chosen type,
     * today at 9:00, with who is expected, read through the executor; then {@code open} gets its editor, or
     * {@code noUnit} runs when the database has no unit yet.
     */
    void newMeeting(Consumer<MeetingEditorModel> open, Runnable noUnit) {
        Integer chosenUnit = value(unit.get());
        Set<MeetingType> chosen = EnumSet.noneOf(MeetingType.class);
        if (value(type.get()) != null) {
            chosen.add(value(type.get()));
        }
        LocalDateTime when = meetings.today().atTime(9, 0);
        background.load("meetings.loading", p -> {
            Integer unitId = chosenUnit != null ? chosenUnit : firstUnit(setup().tree());
            return new Start(unitId, unitId == null ? List.of() : meetings.defaultSheet(unitId, when.toLocalDate(), chosen));
        }, start -> {
            if (start.unitId() == null) {
                noUnit.run();
            } else {
                open.accept(editor(new Meeting(null, start.unitId(), when, null, null, null, null, "", chosen, List.of(),
                        Set.of(), null, null, false, start.sheet(), List.<NonVotingAttendee>of())));
            }
        });
    }

    private static Integer firstUnit(List<MeetingEditorModel.UnitChoice> units) {
        return units.stream().map(MeetingEditorModel.UnitChoice::unit).filter(u -> u.kind() == OrgKind.BRANCH)
                .map(OrgUnit::id).findFirst().orElse(units.isEmpty() ? null : units.get(0).unit().id());
    }

    /** The editor of a meeting: the units of today's tree, and the meeting's own unit when it ended since. */
    MeetingEditorModel editor(Meeting m) {
        List<MeetingEditorModel.UnitChoice> choices = new ArrayList<>(tree);
        if (choices.stream().noneMatch(u -> u.unit().id() == m.orgUnitId()) && unitsById.containsKey(m.orgUnitId())) {
            choices.add(new MeetingEditorModel.UnitChoice(unitsById.get(m.orgUnitId()), 0));
        }
        return new MeetingEditorModel(meetings, background, i18n, m, choices);
    }

    /** After a save: the tags again (a new one may have been typed), and the saved meeting in its year. */
    void saved(int meetingId) {
        record AfterSave(List<String> tags, Integer year) {
        }
        background.load("meetings.loading", p -> new AfterSave(meetings.tags(),
                meetings.load(meetingId).map(m -> m.heldAt().getYear()).orElse(null)), after -> {
                    showTags(after.tags());
                    Integer y = value(year.get());
                    if (after.year() != null && y != null && !y.equals(after.year())) {
                        filling = true;
                        selectYear(after.year());
                        period.set(periods.get(0));
                        filling = false;
                    }
                    refresh(meetingId, i18n.text("meetings.saved"));
                });
    }

    /**
     * 作废 a meeting as {@code form} says (audited, with the reason) through the executor; once done, the list again
     * and {@code after} (its dialog closes). A refusal stays in the form's {@code problem()}, the reason as typed.
     */
    void delete(VoidedMeetingsModel.VoidForm form, Runnable after) {
        form.save(background, done -> {
            selectedRow.set(null);
            shown.set(null);
            refresh();
            after.run();
        });
    }

    /** Links files to the shown meeting through the executor (a refused file adds nothing); then shows them. */
    void addEvidence(List<Path> files) {
        Meeting m = selected();
        if (m == null || files.isEmpty()) {
            return;
        }
        int meetingId = m.id();
        background.run("meetings.evidence.adding", p -> {
            java.util.Set<Integer> had = new java.util.HashSet<>();
            evidence.linkedTo(EvidenceRecordType.MEETING, meetingId).forEach(e -> had.add(e.id()));
            java.util.Set<Integer> linked = new java.util.LinkedHashSet<>(
                    evidence.addFiles(files, EvidenceRecordType.MEETING, meetingId, p));
            return evidenceAdded(linked.size() - (int) linked.stream().filter(had::contains).count(),
                    (int) linked.stream().filter(had::contains).count());
        }, said -> refresh(meetingId, said));
    }

    /** What adding files to a meeting did: how many were added, and how many it already had (added once only). */
    String evidenceAdded(int added, int alreadyThere) {
        if (alreadyThere == 0) {
            return i18n.format("meetings.evidence.added", String.valueOf(added));
        }
        return added == 0 ? i18n.format("meetings.evidence.alreadyThere", String.valueOf(alreadyThere))
                : i18n.format("meetings.evidence.addedSome", String.valueOf(added), String.valueOf(alreadyThere));
    }

    /** For the screenshot tour: the last meeting of the list with someone on leave and someone absent, else the last. */
    MeetingSummary tourMeeting() {
        return rows.stream().filter(m -> m.counts().onLeave() > 0 && m.counts().absent() > 0)
                .reduce((a, b) -> b).orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1));
    }

    /** Reads a meeting through the executor and hands it to {@code open} (for the editor). */
    void load(int meetingId, Consumer<Meeting> open) {
        background.load("meetings.loading", p -> meetings.load(meetingId), m -> m.ifPresent(open));
    }

    // ---- texts ------------------------------------------------------------------------------------------

    String unitName(int id) {
        OrgUnit u = unitsById.get(id);
        return u == null ? "" : u.name();
    }

    String typesText(Set<MeetingType> chosen) {
        return chosen.stream().map(i18n::label).collect(Collectors.joining("、"));
    }

    /** 应到 … 缺席 of a meeting; figures kept from its ledger (no sheet) are marked 按台账人数. */
    String countsText(AttendanceCounts c) {
        String text = i18n.format("meetings.sheet.counts", String.valueOf(c.expected()), String.valueOf(c.present()),
                String.valueOf(c.onLeave()), String.valueOf(c.absent()));
        return c.recorded() ? text + i18n.text("meetings.detail.recordedCounts") : text;
    }

    /** The 应到 cell of the list: marked when the figures are the ledger's (按台账人数). */
    String expectedText(AttendanceCounts c) {
        return c.recorded() ? i18n.format("meetings.column.recordedCell", String.valueOf(c.expected()))
                : String.valueOf(c.expected());
    }

    private static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }
}
