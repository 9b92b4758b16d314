package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.partydesk.app.org.MemberPage;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;

/**
 * View model of a member's page: the page shown ({@link #page}) and the changes made from it — 调动, 转正,
 * 离开 — each as background work that writes through the app and returns the page read again, which
 * {@link #show} puts in place on the FX thread.
 */
final class MemberPageModel {
    final ObjectProperty<MemberPage> page = new SimpleObjectProperty<>();
    private final Roster roster;
    private final Members members;
    private final int memberId;
    private final org.partydesk.app.org.MemberLife life;

    MemberPageModel(Roster roster, Members members, int memberId) {
        this(roster, members, null, memberId);
    }

    MemberPageModel(Roster roster, Members members, org.partydesk.app.org.MemberLife life, int memberId) {
        this.roster = roster;
        this.members = members;
        this.life = life;
        this.memberId = memberId;
    }

    int memberId() {
        return memberId;
    }

    LocalDate today() {
        return members.today();
    }

    Members members() {
        return members;
    }

    /** Reading the page. */
    BackgroundTask.Work<MemberPage> load() {
        return progress -> roster.memberPage(memberId);
    }

    /** Shows a page read by one of the works (on the FX thread). */
    void show(MemberPage p) {
        page.set(p);
    }

    /** Whether the member is still on the roster (not left). */
    boolean onRoster() {
        return page.get() != null && page.get().member().leftOn() == null;
    }

    /** Whether the member is a 预备党员 still on the roster. */
    boolean probationary() {
        return onRoster() && page.get().member().status() == MemberStatus.PROBATIONARY;
    }

    /** The branches a member may move to: every branch of today but his own. */
    List<OrgUnit> otherBranches() {
        String own = page.get() == null ? null : page.get().branchName();
        return members.branches().stream().filter(b -> !b.name().equals(own)).toList();
    }

    BackgroundTask.Work<MemberPage> move(OrgUnit branch, LocalDate day) {
        Integer branchId = branch == null ? null : branch.id();
        return progress -> {
            members.move(memberId, branchId, day);
            return roster.memberPage(memberId);
        };
    }

    BackgroundTask.Work<MemberPage> makeFull(LocalDate day) {
        return progress -> {
            members.makeFull(memberId, day);
            return roster.memberPage(memberId);
        };
    }

    BackgroundTask.Work<MemberPage> leave(LeaveKind kind, LocalDate day, String reason) {
        return progress -> {
            members.leave(memberId, kind, day, reason);
            return roster.memberPage(memberId);
        };
    }

    /** 民主评议: the member's result of {@code year}. */
    BackgroundTask.Work<MemberPage> appraise(int year, org.partydesk.model.AppraisalResult result) {
        return progress -> {
            life.appraise(year, java.util.Map.of(memberId, result), null);
            return roster.memberPage(memberId);
        };
    }

    /** 处分: kind, the day decided, the document, the 察看期 in months (留党察看 only) and the reason. */
    BackgroundTask.Work<MemberPage> discipline(org.partydesk.model.DisciplineKind kind, LocalDate day, String documentNo,
                                               Integer months, String reason) {
        return progress -> {
            life.discipline(memberId, kind, day, documentNo, months, reason);
            return roster.memberPage(memberId);
        };
    }
}
