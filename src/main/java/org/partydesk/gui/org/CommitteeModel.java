package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.org.Members;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/**
 * View model of a branch's 支部委员会 panel: the branch, its committee roles (held today first, then the past
 * ones), appointing a member to a role from a day and ending a role, each as background work returning the
 * committee read again.
 */
final class CommitteeModel {
    final ObjectProperty<OrgUnit> branch = new SimpleObjectProperty<>();
    final ObservableList<CommitteeAssignment> rows = FXCollections.observableArrayList();
    /** The branch's current term (换届) in one sentence. */
    final javafx.beans.property.StringProperty term = new javafx.beans.property.SimpleStringProperty("");
    private final Members members;
    private final org.partydesk.app.org.CommitteeTerms terms;

    CommitteeModel(Members members) {
        this(members, null);
    }

    CommitteeModel(Members members, org.partydesk.app.org.CommitteeTerms terms) {
        this.members = members;
        this.terms = terms;
    }

    LocalDate today() {
        return members.today();
    }

    /** A chosen unit's committee: the branch (null for a unit that is not a branch), its roles and its term. */
    record Chosen(OrgUnit branch, List<CommitteeAssignment> roles, String term) {
    }

    /** Reads the committee of a chosen unit (nothing for a unit that is not a branch), as work for the executor. */
    BackgroundTask.Work<Chosen> read(OrgUnit unit) {
        OrgUnit b = unit != null && unit.kind() == OrgKind.BRANCH ? unit : null;
        return progress -> new Chosen(b, b == null ? List.of() : members.committee(b.id()),
                b == null || terms == null ? "" : terms.describe(b.id()));
    }

    /** Shows what {@link #read} found. */
    void show(Chosen chosen) {
        branch.set(chosen.branch());
        rows.setAll(chosen.roles());
        term.set(chosen.term());
    }

    /** 登记换届选举: the committee of the branch was elected on {@code day}; returns the term read again. */
    BackgroundTask.Work<String> recordTerm(LocalDate day) {
        int unitId = branch.get().id();
        return progress -> {
            terms.record(unitId, day, null);
            return terms.describe(unitId);
        };
    }

    /** The members of the branch on {@code day}, who may take a role. */
    List<Member> candidates(LocalDate day) {
        return branch.get() == null ? List.of() : members.membersOf(branch.get().id(), day == null ? today() : day);
    }

    BackgroundTask.Work<List<CommitteeAssignment>> appoint(Member member, CommitteeRole role, LocalDate startOn) {
        int unitId = branch.get().id();
        Integer memberId = member == null ? null : member.id();
        return progress -> {
            members.appoint(unitId, memberId, role, startOn);
            return members.committee(unitId);
        };
    }

    BackgroundTask.Work<List<CommitteeAssignment>> end(CommitteeAssignment role, LocalDate endOn) {
        int unitId = branch.get().id();
        return progress -> {
            members.endRole(role.id(), endOn);
            return members.committee(unitId);
        };
    }

    /** Shows a committee read by one of the works (on the FX thread). */
    void show(List<CommitteeAssignment> committee) {
        rows.setAll(committee);
    }

    /** 任命's form: the first day (today at first), a member of the branch on that day and the role. */
    final class AppointForm extends SavingForm<List<CommitteeAssignment>> {
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final ObjectProperty<Member> member = new SimpleObjectProperty<>();
        final ObjectProperty<CommitteeRole> role = new SimpleObjectProperty<>();

        private AppointForm() {
            super("org.committee.saving");
        }

        @Override
        protected BackgroundTask.Work<List<CommitteeAssignment>> work() {
            return appoint(member.get(), role.get(), day.get());
        }
    }

    AppointForm appointForm() {
        return new AppointForm();
    }

    /** 结束任职's form of {@code role}: its last day (today at first). */
    DayForm<List<CommitteeAssignment>> endForm(CommitteeAssignment role) {
        return new DayForm<>("org.committee.saving", today(), day -> end(role, day));
    }

    /** 登记换届选举's form: the day the committee was elected (today at first); the write returns the term. */
    DayForm<String> electionForm() {
        return new DayForm<>("org.committee.saving", today(), this::recordTerm);
    }

    /**
     * Saves a form of the committee through {@code background}: once written, what it read again is shown by
     * {@code show} and {@code saved} runs (its dialog closes); a refusal stays in the form, every field as typed.
     */
    <R> void save(SavingForm<R> form, java.util.function.Consumer<R> show, Background background, Runnable saved) {
        form.save(background, show, saved);
    }
}
