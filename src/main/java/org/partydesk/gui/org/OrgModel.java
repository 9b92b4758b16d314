package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.partydesk.app.org.LeftMember;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/**
 * The tree and roster of 组织与党员 without controls: the units of today's tree with their member counts, the
 * chosen unit, the members of it and its subtree (含已转出 adds those who left, with the day and why; the name
 * filter narrows the rows), the count line, and the unit writes (新建组织, 撤销, 移动). It alone calls the app
 * layer, every read and write through the shell's executor ({@link Background}), so a test drives it with
 * {@link Background#sameThread}.
 */
final class OrgModel {
    /** The members of a unit as read: those on the roster, then (含已转出) those who left. */
    private record Read(int unitId, List<MemberRow> rows, Map<Integer, LeftMember> left) {
    }

    /** The roster rows of the chosen unit, those who left included when asked. */
    final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    /** The rows the name filter lets through. */
    final FilteredList<MemberRow> shown = new FilteredList<>(rows);
    final StringProperty filter = new SimpleStringProperty("");
    /** 含已转出: members who left the chosen unit are listed (not counted). */
    final BooleanProperty includeLeft = new SimpleBooleanProperty();

    private final Roster roster;
    private final Organisation organisation;
    private final Background background;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<List<OrgNode>> tree = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<OrgNode> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    /** The members shown who left the roster (含已转出), by id: the day and why. */
    private final Map<Integer, LeftMember> left = new HashMap<>();

    OrgModel(Roster roster, Organisation organisation, Background background, I18n i18n) {
        this.roster = roster;
        this.organisation = organisation;
        this.background = background;
        this.i18n = i18n;
        filter.addListener((obs, old, text) -> applyFilter(text));
        includeLeft.addListener((obs, old, on) -> readMembers());
        shown.addListener((ListChangeListener<MemberRow>) change -> updateCount());
        updateCount();
    }

    /** The top units of today's tree, each with its member count and the units below it. */
    ReadOnlyObjectProperty<List<OrgNode>> tree() {
        return tree.getReadOnlyProperty();
    }

    /** The unit whose members are listed (null: none). */
    ReadOnlyObjectProperty<OrgNode> chosen() {
        return chosen.getReadOnlyProperty();
    }

    /** "5 名党员": the rows shown, without those who left. */
    ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    /** The day and why of a member shown who left the roster, if he did. */
    Optional<LeftMember> left(int memberId) {
        return Optional.ofNullable(left.get(memberId));
    }

    LocalDate today() {
        return roster.today();
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /** Reads the tree through the executor, then chooses {@code unitId} (else the first unit). */
    void reload(Integer unitId) {
        background.load("org.loading", p -> roster.tree(), nodes -> {
            tree.set(List.copyOf(nodes));
            Optional<OrgNode> node = unitId == null ? Optional.empty() : find(unitId);
            choose(node.orElse(nodes.isEmpty() ? null : nodes.get(0)));
        });
    }

    /** Chooses the unit {@code unitId} when the tree shows it, else reads the tree again for it. */
    void select(int unitId) {
        find(unitId).ifPresentOrElse(this::choose, () -> reload(unitId));
    }

    /** The clerk chose a unit of the tree (null: none): its members are read through the executor. */
    void choose(OrgNode node) {
        if (node == chosen.get() && node != null) {
            return;
        }
        chosen.set(node);
        readMembers();
    }

    /** The unit of the tree with this id. */
    Optional<OrgNode> find(int unitId) {
        List<OrgNode> all = new ArrayList<>();
        tree.get().forEach(n -> collect(n, all));
        return all.stream().filter(n -> n.unit().id() == unitId).findFirst();
    }

    /** Every unit of today's tree, depth first. */
    List<OrgUnit> allUnits() {
        List<OrgNode> all = new ArrayList<>();
        tree.get().forEach(n -> collect(n, all));
        return all.stream().map(OrgNode::unit).toList();
    }

    private static void collect(OrgNode node, List<OrgNode> out) {
        out.add(node);
        node.children().forEach(c -> collect(c, out));
    }

    private void readMembers() {
        OrgNode node = chosen.get();
        if (node == null) {
            left.clear();
            rows.clear();
            return;
        }
        int unitId = node.unit().id();
        boolean withLeft = includeLeft.get();
        background.load("org.loading", p -> {
            List<MemberRow> found = new ArrayList<>(roster.members(unitId, true, roster.today()));
            Map<Integer, LeftMember> gone = new HashMap<>();
            if (withLeft) {
                roster.leftMembers(unitId, true).forEach(l -> {
                    gone.put(l.row().memberId(), l);
                    found.add(l.row());
                });
            }
            return new Read(unitId, found, gone);
        }, read -> {
            OrgNode now = chosen.get();
            if (now != null && now.unit().id() == read.unitId() && includeLeft.get() == withLeft) {
                left.clear();
                left.putAll(read.left());
                rows.setAll(read.rows());
                updateCount();
            }
        });
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(i18n.locale());
        shown.setPredicate(needle.isEmpty() ? null
                : row -> row.name() != null && row.name().toLowerCase(i18n.locale()).contains(needle));
    }

    private void updateCount() {
        // 含已转出: those who left are listed, not counted
        count.set(i18n.format("org.count", String.valueOf(shown.stream().filter(r -> !left.containsKey(r.memberId())).count())));
    }

    // ---- writes -----------------------------------------------------------------------------------------

    /** 新建组织 through the executor; then the tree again with the new unit chosen. */
    void addUnit(Organisation.NewUnit unit) {
        background.run("org.adding", p -> organisation.addUnit(unit), this::reload);
    }

    /** 撤销 a unit from {@code day} through the executor; then the tree again with its parent chosen. */
    void closeUnit(OrgUnit unit, LocalDate day) {
        background.run("org.closing", p -> {
            organisation.closeUnit(unit.id(), day);
            return unit.parentId();
        }, this::reload);
    }

    /** 移动 a unit (with those below it) under {@code parent} through the executor; then the tree again with it chosen. */
    void moveUnit(OrgUnit unit, OrgUnit parent) {
        background.run("org.moving", p -> {
            organisation.moveUnit(unit.id(), parent.id());
            return unit.id();
        }, this::reload);
    }

    // ---- the forms of the unit writes (decision 0054) ------------------------------------------------------

    /**
     * Saves a form of the tree through the executor: once written, the tree is read again with the unit its write
     * returns chosen, and {@code saved} runs (its dialog closes); a refusal stays in the form, every field as typed.
     */
    void save(SavingForm<Integer> form, Runnable saved) {
        form.save(background, this::reload, saved);
    }

    /** 新建组织's form: the parent (the chosen unit at first), kind (党支部), name, the day set up (today), 临时 and its end. */
    final class NewUnitForm extends SavingForm<Integer> {
        final ObjectProperty<OrgUnit> parent = new SimpleObjectProperty<>();
        final ObjectProperty<OrgKind> kind = new SimpleObjectProperty<>(OrgKind.BRANCH);
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<LocalDate> established = new SimpleObjectProperty<>(roster.today());
        final BooleanProperty temporary = new SimpleBooleanProperty(false);
        final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();

        private NewUnitForm(OrgUnit selected) {
            super("org.adding");
            parent.set(selected);
        }

        @Override
        protected BackgroundTask.Work<Integer> work() {
            Organisation.NewUnit unit = new Organisation.NewUnit(parent.get() == null ? null : parent.get().id(), kind.get(),
                    name.get(), temporary.get(), established.get(), temporary.get() ? endsOn.get() : null);
            return p -> organisation.addUnit(unit);
        }
    }

    NewUnitForm newUnitForm(OrgUnit selected) {
        return new NewUnitForm(selected);
    }

    /** 撤销's form of {@code unit}: the day it ends (a temporary unit's end, else today, at first). */
    DayForm<Integer> closeForm(OrgUnit unit) {
        LocalDate first = unit.temporary() && unit.endedOn() != null ? unit.endedOn() : roster.today();
        return new DayForm<>("org.closing", first, day -> p -> {
            organisation.closeUnit(unit.id(), day);
            return unit.parentId();
        });
    }

    /** 移动's form of {@code unit}: the new parent. */
    final class MoveUnitForm extends SavingForm<Integer> {
        final ObjectProperty<OrgUnit> parent = new SimpleObjectProperty<>();
        private final OrgUnit unit;

        private MoveUnitForm(OrgUnit unit) {
            super("org.moving");
            this.unit = unit;
        }

        @Override
        protected BackgroundTask.Work<Integer> work() {
            OrgUnit to = parent.get();
            if (to == null) {
                return refused("请选择新的上级组织");
            }
            return p -> {
                organisation.moveUnit(unit.id(), to.id());
                return unit.id();
            };
        }
    }

    MoveUnitForm moveForm(OrgUnit unit) {
        return new MoveUnitForm(unit);
    }
}
