package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.partydesk.app.org.MemberForm;
import org.partydesk.app.org.Members;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;

/**
 * View model of the member form (新增党员 / 编辑): one property per roster field, the choices of departments
 * and branches, and the save as background work. Only this model calls the app ({@link Members}); the
 * dialog binds its controls to the properties, so a refused save can show the same values again.
 */
final class MemberFormModel {
    final StringProperty name = new SimpleStringProperty();
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final StringProperty ethnicity = new SimpleStringProperty();
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty idNumber = new SimpleStringProperty();
    final StringProperty education = new SimpleStringProperty();
    final ObjectProperty<MemberStatus> status = new SimpleObjectProperty<>(MemberStatus.FULL);
    final ObjectProperty<MemberCategory> category = new SimpleObjectProperty<>(MemberCategory.ACTIVE);
    final StringProperty phone = new SimpleStringProperty();
    final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> fullMemberOn = new SimpleObjectProperty<>();
    final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    final StringProperty jobTitle = new SimpleStringProperty();
    final ObjectProperty<OrgUnit> branch = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> memberFrom = new SimpleObjectProperty<>();
    /** 转入 only: the organisation he comes from, the 介绍信 number and the month his dues are paid to. */
    final StringProperty fromOrg = new SimpleStringProperty();
    final StringProperty letterNo = new SimpleStringProperty();
    final StringProperty duesPaidTo = new SimpleStringProperty();

    private final Members members;
    private final FormSave save = new FormSave();
    private final Integer memberId;
    private final List<Department> departments;
    private final List<OrgUnit> branches;
    /** Set for 转入: the new member is transferred in from another organisation. */
    private org.partydesk.app.org.MemberLife transferIn;

    private MemberFormModel(Members members, Integer memberId) {
        this.members = members;
        this.memberId = memberId;
        this.departments = members.departments();
        this.branches = memberId == null ? members.branches() : List.of();
    }

    /** An empty form for a new member of {@code branchId} (when it is a branch), belonging from today. */
    static MemberFormModel forNew(Members members, Integer branchId) {
        MemberFormModel m = new MemberFormModel(members, null);
        m.branches.stream().filter(b -> b.id().equals(branchId)).findFirst().ifPresent(m.branch::set);
        m.memberFrom.set(members.today());
        return m;
    }

    /**
     * 转入: an empty form for a member transferred in from another organisation into {@code branchId} (when it is a
     * branch); {@link #memberFrom} is the day of the transfer (today by default).
     */
    static MemberFormModel forTransferIn(Members members, org.partydesk.app.org.MemberLife life, Integer branchId) {
        MemberFormModel m = forNew(members, branchId);
        m.transferIn = life;
        return m;
    }

    /** The form of a stored member, filled with every field. */
    static MemberFormModel forEdit(Members members, int memberId) {
        MemberFormModel m = new MemberFormModel(members, memberId);
        MemberForm f = members.form(memberId);
        m.name.set(f.name());
        m.gender.set(f.gender());
        m.ethnicity.set(f.ethnicity());
        m.birthDate.set(f.birthDate());
        m.idNumber.set(f.idNumber());
        m.education.set(f.education());
        m.status.set(f.status());
        m.category.set(f.category());
        m.phone.set(f.phone());
        m.joinedOn.set(f.joinedOn());
        m.fullMemberOn.set(f.fullMemberOn());
        m.department.set(m.departments.stream().filter(d -> d.id().equals(f.departmentId())).findFirst().orElse(null));
        m.jobTitle.set(f.jobTitle());
        return m;
    }

    boolean isNew() {
        return memberId == null;
    }

    /** Whether the form is of a member transferred in (转入). */
    boolean isTransferIn() {
        return transferIn != null;
    }

    List<Department> departments() {
        return departments;
    }

    /** The branches a new member may join (empty when editing: a move changes the branch). */
    List<OrgUnit> branches() {
        return branches;
    }

    /** What the properties hold now. */
    MemberForm form() {
        return new MemberForm(name.get(), gender.get(), ethnicity.get(), birthDate.get(), idNumber.get(), education.get(),
                status.get(), category.get(), phone.get(), joinedOn.get(), fullMemberOn.get(),
                department.get() == null ? null : department.get().id(), jobTitle.get(),
                branch.get() == null ? null : branch.get().id(), memberFrom.get());
    }

    /**
     * Saves what the form holds now through {@code background}; {@code saved} gets the member's id. Refused input
     * (请填写姓名 …) is kept in {@link #problem()} for the open form instead, which stays as typed.
     */
    void save(Background background, java.util.function.Consumer<Integer> saved) {
        save.save(background, "member.saving", saving(), saved);
    }

    /** Why the last save was refused ("" when it was not). */
    javafx.beans.property.ReadOnlyStringProperty problem() {
        return save.problem();
    }

    /** Whether a save is under way (the form's 确定 starts no second one). */
    javafx.beans.property.ReadOnlyBooleanProperty busy() {
        return save.saving();
    }

    /** Saving what the form holds now (read here, on the FX thread); the work returns the member's id. */
    BackgroundTask.Work<Integer> saving() {
        MemberForm f = form();
        Integer id = memberId;
        if (transferIn != null) {
            org.partydesk.app.org.MemberLife life = transferIn;
            String from = fromOrg.get();
            String letter = letterNo.get();
            String dues = duesPaidTo.get();
            return progress -> life.transferIn(f, from, letter, dues, null);
        }
        return progress -> {
            if (id == null) {
                return members.add(f);
            }
            members.edit(id, f);
            return id;
        };
    }
}
