package org.partydesk.gui.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.LinkTarget;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.EvidenceRecordType;
import org.partydesk.model.MeetingType;

/**
 * 关联到 without controls: the kind of record (三会一课 first), the filters a kind has (年度, 党组织 with the units under
 * it, 会议类型, words of the topic or name), the records found (newest first, at most
 * {@link EvidenceService#TARGET_LIMIT}), the one chosen, and the link of every chosen file to it in one transaction.
 * Each read and the write go through the shell's executor.
 */
final class LinkModel {
    private static final int YEARS_BACK = 9;

    final ObservableList<Choice<EvidenceRecordType>> kinds = FXCollections.observableArrayList();
    final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    final ObservableList<Choice<Integer>> units = FXCollections.observableArrayList();
    final ObservableList<Choice<MeetingType>> meetingTypes = FXCollections.observableArrayList();
    final ObjectProperty<Choice<EvidenceRecordType>> kind = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<Integer>> unit = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<MeetingType>> meetingType = new SimpleObjectProperty<>();
    final StringProperty words = new SimpleStringProperty("");
    /** The records found for the filters. */
    final ObservableList<LinkTarget> rows = FXCollections.observableArrayList();
    /** The record the files are to be linked to (null: none chosen yet). */
    final ObjectProperty<LinkTarget> chosen = new SimpleObjectProperty<>();
    /** Whether the chosen kind is narrowed by year, by meeting type (every kind is narrowed by 党组织). */
    final BooleanBinding byYear;
    final BooleanBinding byMeetingType;
    /** The heading of the column that says where a record belongs or whom it concerns, for the chosen kind. */
    final StringBinding unitHeading;

    private final EvidenceService evidence;
    private final Roster roster;
    private final Background background;
    private final I18n i18n;
    private final List<EvidenceActions.Chosen> files;
    private final Consumer<String> saved;
    private final FormSave form = new FormSave();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** True while the model sets its choices itself (one read follows, not one per choice). */
    private boolean filling;

    /**
     * The picker for {@code files}; it opens on 三会一课 of the year the first of them was taken (else this year).
     * {@code saved} gets the sentence of a save.
     */
    LinkModel(EvidenceService evidence, Roster roster, Background background, I18n i18n, List<EvidenceActions.Chosen> files,
              Consumer<String> saved) {
        this.evidence = evidence;
        this.roster = roster;
        this.background = background;
        this.i18n = i18n;
        this.files = List.copyOf(files);
        this.saved = saved;
        for (EvidenceRecordType t : EvidenceRecordType.values()) {
            kinds.add(new Choice<>(t, i18n.label(t)));
        }
        int thisYear = roster.today().getYear();
        years.add(new Choice<>(null, i18n.text("evidence.filter.allYears")));
        for (int y = thisYear; y >= thisYear - YEARS_BACK; y--) {
            years.add(new Choice<>(y, i18n.format("evidence.link.year", String.valueOf(y))));
        }
        units.add(new Choice<>(null, i18n.text("evidence.link.allUnits")));
        meetingTypes.add(new Choice<>(null, i18n.text("evidence.link.allMeetingTypes")));
        for (MeetingType t : MeetingType.values()) {
            meetingTypes.add(new Choice<>(t, i18n.label(t)));
        }
        int startYear = files.stream().map(EvidenceActions.Chosen::takenOn).filter(Objects::nonNull).findFirst()
                .map(LocalDate::getYear).orElse(thisYear);
        filling = true;
        kind.set(kinds.get(0));
        year.set(years.stream().filter(c -> c.value() != null && c.value() == startYear).findFirst().orElse(years.get(0)));
        unit.set(units.get(0));
        meetingType.set(meetingTypes.get(0));
        filling = false;
        byYear = Bindings.createBooleanBinding(() -> LinkTarget.byYear(kind()), kind);
        byMeetingType = Bindings.createBooleanBinding(() -> kind() == EvidenceRecordType.MEETING, kind);
        unitHeading = Bindings.createStringBinding(() -> i18n.text(unitKey(kind())), kind);
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(kind, year, unit, meetingType, words)) {
            p.addListener((obs, old, v) -> {
                if (!filling) {
                    refresh();
                }
            });
        }
    }

    /** The files the form links, for its header. */
    String header() {
        return files.size() == 1 ? i18n.format("evidence.link.headerOne", files.get(0).name())
                : i18n.format("evidence.link.headerMany", String.valueOf(files.size()));
    }

    /** Under the list: how many records were found, or that only the newest are listed. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Why the last 确定 was refused ("" when it was not). */
    ReadOnlyStringProperty problem() {
        return form.problem();
    }

    /** Reads the units the 党组织 filter offers (the organisation tree, indented), then the records. */
    void open() {
        background.load("evidence.link.loading", p -> {
            List<Choice<Integer>> out = new ArrayList<>();
            out.add(units.get(0));
            roster.tree().forEach(n -> collect(n, 0, out));
            return out;
        }, found -> {
            filling = true;
            units.setAll(found);
            unit.set(found.get(0));
            filling = false;
            refresh();
        });
    }

    private static void collect(OrgNode node, int depth, List<Choice<Integer>> out) {
        out.add(new Choice<>(node.unit().id(), "　".repeat(depth) + node.unit().name()));
        node.children().forEach(c -> collect(c, depth + 1, out));
    }

    /** Reads the records of the filters through the executor; the chosen one stays chosen when it is still listed. */
    void refresh() {
        EvidenceRecordType type = kind();
        Integer y = value(year.get());
        Integer u = value(unit.get());
        MeetingType mt = value(meetingType.get());
        String w = words.get();
        background.load("evidence.link.loading", p -> evidence.targets(type, y, u, mt, w), found -> {
            LinkTarget keep = chosen.get();
            rows.setAll(found.rows());
            chosen.set(keep != null && found.rows().contains(keep) ? keep : null);
            status.set(found.more() ? i18n.format("evidence.link.more", String.valueOf(found.rows().size()))
                    : i18n.format("evidence.link.count", String.valueOf(found.rows().size())));
        });
    }

    /** A record's day as the list shows it ("" when its kind has none). */
    static String day(LinkTarget t) {
        return t.day() == null ? "" : t.day().toString();
    }

    /** What kind of record it is: a meeting's types (党课、主题党日), else the kind's name. */
    String kindText(LinkTarget t) {
        return t.meetingTypes().isEmpty() ? i18n.label(t.type())
                : t.meetingTypes().stream().sorted().map(i18n::label).collect(Collectors.joining("、"));
    }

    /** The record in one line, as the page then says what a file proves. */
    String describe(LinkTarget t) {
        String day = day(t);
        return i18n.format("evidence.provesRecord", i18n.label(t.type()), (day.isEmpty() ? "" : day + " ") + t.text());
    }

    /** Links every file to the chosen record in one transaction; refused in the form when none is chosen. */
    void save(Runnable close) {
        LinkTarget target = chosen.get();
        if (target == null) {
            form.refuse(i18n.text("evidence.link.chooseFirst"));
            return;
        }
        List<Integer> ids = files.stream().map(EvidenceActions.Chosen::id).toList();
        form.save(background, "evidence.linking", p -> evidence.linkAll(ids, target.type(), target.id()), linked -> {
            close.run();
            String done = i18n.format("evidence.link.saved", String.valueOf(linked.added()), describe(target));
            saved.accept(linked.already() == 0 ? done
                    : done + i18n.format("evidence.link.already", String.valueOf(linked.already())));
        });
    }

    private static String unitKey(EvidenceRecordType type) {
        return switch (type) {
            case MEETING -> "evidence.link.unit.meeting";
            case PROGRESS_RECORD, RESPONSIBILITY_ITEM -> "evidence.link.unit.list";
            case RESPONSIBILITY_LETTER -> "evidence.link.unit.letter";
            case COMMENDATION -> "evidence.link.unit.commendation";
            case MEMBER -> "evidence.link.unit.member";
            case ORG_UNIT -> "evidence.link.unit.orgUnit";
        };
    }

    private EvidenceRecordType kind() {
        return kind.get() == null ? EvidenceRecordType.MEETING : kind.get().value();
    }

    private static <T> T value(Choice<T> c) {
        return c == null ? null : c.value();
    }
}
