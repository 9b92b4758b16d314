package org.partydesk.gui.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.partydesk.app.InputRejectedException;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PersonRef;
import org.partydesk.model.RecordedCounts;

/**
 * 登记 / 修改会议 without controls: one property per field of the meeting, the meeting types (several at once),
 * the attendance sheet's rows (rebuilt from who belonged to the unit on the day, for these types, whenever the
 * unit, the date or the types change; people already on it keep their marks) with 应到 … 缺席 counted from them,
 * the names the role fields offer, the 列席 list, what is wrong with the unit, the date or the time (a sentence
 * beside the field), and the save through the app ({@link Meetings}), which it alone calls. Its reads (who is
 * expected, a name on the roster, the quorum warnings) and the save run through the shell's executor
 * ({@link Background}); a test drives it with {@link Background#sameThread}.
 */
final class MeetingEditorModel {
    private static final String TIME_PATTERN = "\\d{1,2}:\\d{2}";

    /** A unit as the editor offers it, indented by its depth in the tree. */
    record UnitChoice(OrgUnit unit, int depth) {
        @Override
        public String toString() {
            return "　".repeat(depth) + unit.name();
        }
    }

    /** One person on the sheet; the status, reason and make-up date change as the clerk works. */
    static final class Row {
        final int memberId;
        final String name;
        final ObjectProperty<AttendanceStatus> status = new SimpleObjectProperty<>(AttendanceStatus.PRESENT);
        final StringProperty reason = new SimpleStringProperty("");
        final ObjectProperty<LocalDate> makeUp = new SimpleObjectProperty<>();

        Row(AttendanceEntry e) {
            memberId = e.memberId();
            name = e.name();
            status.set(e.status());
            reason.set(e.leaveReason() == null ? "" : e.leaveReason());
            makeUp.set(e.makeUpOn());
        }

        AttendanceEntry entry() {
            String r = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
            return new AttendanceEntry(memberId, name, AttendanceStatus.PRESENT, null, null)
                    .withStatus(status.get(), r, makeUp.get());
        }
    }

    final ObservableList<UnitChoice> units = FXCollections.observableArrayList();
    final ObjectProperty<UnitChoice> unit = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty host = new SimpleStringProperty();
    final StringProperty recorder = new SimpleStringProperty();
    final StringProperty lecturer = new SimpleStringProperty();
    final StringProperty theme = new SimpleStringProperty("");
    /** 议题, one per line. */
    final StringProperty agenda = new SimpleStringProperty("");
    /** Tags separated by 、 ， , ; or spaces. */
    final StringProperty tags = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("");
    final StringProperty decisions = new SimpleStringProperty("");
    final BooleanProperty election = new SimpleBooleanProperty();
    final ObservableList<Row> sheet = FXCollections.observableArrayList(r -> new Observable[] {r.status, r.reason, r.makeUp});
    /** The names on the sheet, which the host, recorder and lecturer fields offer (a guest's name may be typed). */
    final ObservableList<String> names = FXCollections.observableArrayList();
    final ObservableList<NonVotingAttendee> nonVoting = FXCollections.observableArrayList();

    private final Meetings meetings;
    private final Background background;
    private final I18n i18n;
    /** The meeting's id: null until a new one is recorded (written on the executor's thread). */
    private volatile Integer id;
    /** The figures the ledger gave (按台账人数), kept while the sheet stays empty; null for most meetings. */
    private final RecordedCounts recorded;
    private final Map<MeetingType, BooleanProperty> types = new EnumMap<>(MeetingType.class);
    private final ReadOnlyStringWrapper sheetCounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeProblem = new ReadOnlyStringWrapper("");

    /**
     * @param meeting the meeting to change, or a new one (id null) with its unit, day and sheet filled in
     * @param choices the units that may hold it, in tree order (its own unit among them)
     */
    MeetingEditorModel(Meetings meetings, Background background, I18n i18n, Meeting meeting, List<UnitChoice> choices) {
        this.meetings = meetings;
        this.background = background;
        this.i18n = i18n;
        this.id = meeting.id();
        this.recorded = meeting.recorded();
        units.setAll(choices);
        units.stream().filter(u -> u.unit().id() == meeting.orgUnitId()).findFirst().ifPresent(unit::set);
        date.set(meeting.heldAt().toLocalDate());
        time.set(String.format("%02d:%02d", meeting.heldAt().getHour(), meeting.heldAt().getMinute()));
        place.set(text(meeting.place()));
        for (MeetingType t : MeetingType.values()) {
            types.put(t, new SimpleBooleanProperty(meeting.types().contains(t)));
        }
        host.set(name(meeting.host()));
        recorder.set(name(meeting.recorder()));
        lecturer.set(name(meeting.lecturer()));
        theme.set(text(meeting.theme()));
        agenda.set(String.join("\n", meeting.agenda()));
        tags.set(String.join("、", meeting.tags()));
        minutes.set(text(meeting.minutes()));
        decisions.set(text(meeting.decisions()));
        election.set(meeting.election());
        nonVoting.setAll(meeting.nonVotingAttendees());
        sheet.addListener((ListChangeListener<Row>) c -> sheetChanged());
        sheet.setAll(meeting.attendance().stream().map(Row::new).toList());
        sheetChanged();

        // the sheet follows who belonged to the unit on the day, for these types
        unit.addListener((obs, old, v) -> {
            unitProblem.set("");
            rebuildSheet();
        });
        date.addListener((obs, old, v) -> {
            dateProblem.set("");
            rebuildSheet();
        });
        time.addListener((obs, old, v) -> timeProblem.set(""));
        types.values().forEach(p -> p.addListener((obs, old, v) -> rebuildSheet()));
    }

    boolean isNew() {
        return id == null;
    }

    /** Whether the meeting is (also) of type {@code t}. */
    BooleanProperty type(MeetingType t) {
        return types.get(t);
    }

    /** 应到 … 缺席, counted from the rows of the sheet. */
    ReadOnlyStringProperty sheetCounts() {
        return sheetCounts.getReadOnlyProperty();
    }

    /** What is wrong with the unit (empty when nothing is), said beside the field after a refused save. */
    ReadOnlyStringProperty unitProblem() {
        return unitProblem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty dateProblem() {
        return dateProblem.getReadOnlyProperty();
    }

    ReadOnlyStringProperty timeProblem() {
        return timeProblem.getReadOnlyProperty();
    }

    /** The note on a meeting kept with the ledger's figures only (按台账人数), or null for any other. */
    String recordedNote() {
        if (recorded == null) {
            return null;
        }
        AttendanceCounts c = recorded.effective();
        return i18n.format("meetings.editor.recordedNote", String.valueOf(c.expected()), String.valueOf(c.present()),
                String.valueOf(c.onLeave()), String.valueOf(c.absent()));
    }

    /**
     * A new list of who is expected (after a change of date, unit or types, or on 按名单登记), read through the
     * executor: people on the sheet when it arrives keep what was marked for them, newcomers are present. What
     * arrives for a unit, day or types changed since is dropped (their own list follows).
     */
    void rebuildSheet() {
        if (unit.get() == null || date.get() == null) {
            return;
        }
        int unitId = unit.get().unit().id();
        LocalDate day = date.get();
        Set<MeetingType> chosen = chosenTypes();
        background.load("meetings.loading", p -> meetings.defaultSheet(unitId, day, chosen), expected -> {
            if (unit.get() == null || unit.get().unit().id() != unitId || !day.equals(date.get())
                    || !chosen.equals(chosenTypes())) {
                return;
            }
            Map<Integer, AttendanceEntry> marked = new HashMap<>();
            entries().forEach(e -> marked.put(e.memberId(), e));
            sheet.setAll(expected.stream().map(e -> new Row(marked.getOrDefault(e.memberId(), e))).toList());
        });
    }

    /** Adds someone who attended without a vote (列席); a member of the roster is known by name. */
    void addNonVoting(String name, String note) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = name.strip();
        String why = blankToNull(note);
        background.load("meetings.loading", p -> meetings.memberId(n),
                member -> nonVoting.add(new NonVotingAttendee(member.orElse(null), n, why)));
    }

    /** Checks the unit, the date and the time; each problem is said beside its field. True when all are right. */
    boolean validate() {
        unitProblem.set(unit.get() == null ? i18n.text("meetings.error.unit") : "");
        dateProblem.set(date.get() == null ? i18n.text("meetings.error.date") : "");
        timeProblem.set(timeOfDay() == null ? i18n.format("meetings.error.time", text(time.get())) : "");
        return unitProblem.get().isEmpty() && dateProblem.get().isEmpty() && timeProblem.get().isEmpty();
    }

    /** The meeting as the fields hold it, roles known by name on the roster; refused when it is not valid. */
    Meeting meeting() {
        return resolved(fields());
    }

    /**
     * The meeting as the fields hold it (a role is a member of the sheet by name, else not yet known); refused
     * (with the problems beside the fields) when it is not valid. Reads nothing.
     */
    private Meeting fields() {
        if (!validate()) {
            throw new InputRejectedException(String.join("\n", List.of(unitProblem.get(), dateProblem.get(),
                    timeProblem.get()).stream().filter(s -> !s.isEmpty()).toList()));
        }
        Map<String, Integer> ids = new HashMap<>();
        sheet.forEach(r -> ids.putIfAbsent(r.name, r.memberId));
        List<String> agendaItems = Arrays.stream(text(agenda.get()).split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<String> tagSet = new LinkedHashSet<>();
        Arrays.stream(text(tags.get()).split("[、，,;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(tagSet::add);
        boolean lesson = types.get(MeetingType.PARTY_LESSON).get();
        return new Meeting(id, unit.get().unit().id(), LocalDateTime.of(date.get(), timeOfDay()), blankToNull(place.get()),
                ref(host.get(), ids), ref(recorder.get(), ids), lesson ? ref(lecturer.get(), ids) : null,
                text(theme.get()).strip(), chosenTypes(), agendaItems, tagSet, blankToNull(minutes.get()),
                blankToNull(decisions.get()), election.get(), entries(), List.copyOf(nonVoting), recorded);
    }

    /** The meeting with each role not on the sheet looked up on the roster by name (a guest stays a name); a read. */
    private Meeting resolved(Meeting m) {
        return new Meeting(m.id(), m.orgUnitId(), m.heldAt(), m.place(), resolved(m.host()), resolved(m.recorder()),
                resolved(m.lecturer()), m.theme(), m.types(), m.agenda(), m.tags(), m.minutes(), m.decisions(),
                m.election(), m.attendance(), m.nonVotingAttendees(), m.recorded());
    }

    private PersonRef resolved(PersonRef p) {
        return p == null || p.memberId() != null ? p : new PersonRef(meetings.memberId(p.name()).orElse(null), p.name());
    }

    /** The quorum warnings of a meeting (the clerk may save anyway). */
    List<String> warnings(Meeting m) {
        return meetings.warnings(m);
    }

    /**
     * Records a new meeting or the changes of this one; returns its id. Refused with a Chinese sentence. Runs on
     * the executor's one thread; a new meeting recorded once is changed by a later save of the same editor.
     */
    int save(Meeting m) {
        Integer known = id != null ? id : m.id();
        int savedId = (known == null ? meetings.record(m) : meetings.update(m.withId(known))).id();
        id = savedId;
        return savedId;
    }

    /** A meeting ready to save, with the quorum warnings it would get. */
    private record Checked(Meeting meeting, List<String> warnings) {
    }

    /**
     * 保存: false when the unit, the date or the time is wrong (said beside the field, nothing read). Else the
     * roles are looked up and the quorum warnings read through the executor; when there are some,
     * {@code goOnDespite} decides (the clerk may save anyway); then the meeting is written through the executor
     * and {@code onSaved} gets its id. A refusal or a failure goes to the shell's one error service. A new
     * meeting saved twice (保存 pressed again before the first ended) is recorded once and then changed.
     */
    boolean save(Predicate<List<String>> goOnDespite, IntConsumer onSaved) {
        if (!validate()) {
            return false;
        }
        Meeting typed = fields();
        background.load("meetings.saving", p -> {
            Meeting m = resolved(typed);
            return new Checked(m, meetings.warnings(m));
        }, checked -> {
            if (validate() && !fields().equals(typed)) {
                save(goOnDespite, onSaved); // the sheet was rebuilt (or a field changed) meanwhile: check that
                return;
            }
            if (checked.warnings().isEmpty() || goOnDespite.test(checked.warnings())) {
                background.run("meetings.saving", p -> save(checked.meeting()), onSaved::accept);
            }
        });
        return true;
    }

    List<AttendanceEntry> entries() {
        return sheet.stream().map(Row::entry).toList();
    }

    private void sheetChanged() {
        int present = 0;
        int leave = 0;
        int absent = 0;
        for (Row r : sheet) {
            switch (r.status.get()) {
                case PRESENT -> present++;
                case ON_LEAVE -> leave++;
                case ABSENT -> absent++;
            }
        }
        sheetCounts.set(i18n.format("meetings.sheet.counts", String.valueOf(sheet.size()), String.valueOf(present),
                String.valueOf(leave), String.valueOf(absent)));
        List<String> now = sheet.stream().map(r -> r.name).toList();
        if (!now.equals(names)) {
            names.setAll(now);
        }
    }

    private Set<MeetingType> chosenTypes() {
        Set<MeetingType> out = EnumSet.noneOf(MeetingType.class);
        types.forEach((t, chosen) -> {
            if (chosen.get()) {
                out.add(t);
            }
        });
        return out;
    }

    /** The time typed (9:00 when empty, 14:30, 14：30), or null when it cannot be read. */
    private LocalTime timeOfDay() {
        String t = text(time.get()).strip().replace('：', ':');
        if (t.isEmpty()) {
            return LocalTime.of(9, 0);
        }
        try {
            return t.matches(TIME_PATTERN) ? LocalTime.parse(t.length() == 4 ? "0" + t : t) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A role as typed: a member of the sheet by name, else a name to look up on the roster ({@link #resolved}). */
    private static PersonRef ref(String typed, Map<String, Integer> ids) {
        String name = blankToNull(typed);
        return name == null ? null : new PersonRef(ids.get(name), name);
    }

    private static String name(PersonRef p) {
        return p == null ? null : p.name();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
