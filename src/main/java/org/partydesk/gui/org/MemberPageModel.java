package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.partydesk.app.org.MemberPage;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;

/**
 * View model of a member's page: the page shown ({@link #page}) and the changes made from it — 调动, 转正, 转出 and
 * its 回执, 党籍 (失联, 流动党员, 停止党籍, 出党, 去世, their end, 恢复党籍), 民主评议, 处分 — each as background work that
 * writes through the app and returns the page read again, which {@link #show} puts in place on the FX thread.
 * Each change has its form ({@link MoveForm}, a {@link DayForm} …): the fields its dialog binds to, saved through
 * {@link #save}, so a refused change keeps what was typed and says why inside the dialog (decision 0054).
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

    // ---- 组织关系转接 and 党籍 ------------------------------------------------------------------------------

    /** 转出: the member leaves the bureau for {@code toOrg} on {@code day}, with the 介绍信 and 党费缴至. */
    BackgroundTask.Work<MemberPage> transferOut(LocalDate day, String toOrg, String letterNo, String duesPaidTo, String notes) {
        return progress -> {
            life.transferOut(memberId, day, toOrg, letterNo, duesPaidTo, notes);
            return roster.memberPage(memberId);
        };
    }

    /** The member's transfer out whose 回执 has not come back, if any. */
    java.util.Optional<org.partydesk.model.Transfer> pendingReceipt() {
        return life.transfers(memberId).stream().filter(t -> t.direction() == org.partydesk.model.TransferDirection.OUT
                && t.receiptOn() == null).findFirst();
    }

    /** The 回执 of transfer {@code transferId} came back on {@code day}. */
    BackgroundTask.Work<MemberPage> receipt(int transferId, LocalDate day) {
        return progress -> {
            life.receipt(transferId, day);
            return roster.memberPage(memberId);
        };
    }

    /**
     * A change of standing from {@code day}: 失联 or 流动党员 ({@code place}: where he is) keep him on the roster;
     * 停止党籍, 出党 and 去世 take him off it (his memberships and committee roles end that day).
     */
    BackgroundTask.Work<MemberPage> standing(org.partydesk.model.StandingKind kind, LocalDate day, String place, String reason) {
        return progress -> {
            if (kind == null) {
                throw new org.partydesk.app.InputRejectedException("请选择党籍变动的类别");
            }
            switch (kind) {
                case LOST_CONTACT, MOBILE -> life.markAway(memberId, kind, day, place, reason);
                case STOPPED -> members.leave(memberId, LeaveKind.MEMBERSHIP_STOPPED, day, reason);
                case EXPELLED -> members.leave(memberId, LeaveKind.EXPELLED, day, reason);
                case DECEASED -> members.leave(memberId, LeaveKind.DECEASED, day, reason);
                case RESTORED -> throw new IllegalArgumentException("恢复党籍 has its own dialog");
            }
            return roster.memberPage(memberId);
        };
    }

    /** The member's 失联 or 流动 that has not ended, if any. */
    java.util.Optional<org.partydesk.model.Standing> openAway() {
        return life.standings(memberId).stream().filter(x -> x.endOn() == null
                && (x.kind() == org.partydesk.model.StandingKind.LOST_CONTACT || x.kind() == org.partydesk.model.StandingKind.MOBILE))
                .findFirst();
    }

    /** 失联 or 流动 ({@code standingId}) is over on {@code day}. */
    BackgroundTask.Work<MemberPage> endAway(int standingId, LocalDate day) {
        return progress -> {
            life.endAway(standingId, day);
            return roster.memberPage(memberId);
        };
    }

    /** Whether the member left because his standing was stopped (停止党籍), so it may be restored. */
    boolean stopped() {
        if (onRoster() || page.get() == null) {
            return false;
        }
        List<org.partydesk.model.Standing> history = life.standings(memberId);
        return !history.isEmpty() && history.get(history.size() - 1).kind() == org.partydesk.model.StandingKind.STOPPED;
    }

    /** The branches of today (恢复党籍 returns him to one of them). */
    List<OrgUnit> branches() {
        return members.branches();
    }

    /** 恢复党籍: back on the roster of {@code branch} from {@code day}, on the decision {@code reason}. */
    BackgroundTask.Work<MemberPage> restore(OrgUnit branch, LocalDate day, String reason) {
        return progress -> {
            if (branch == null) {
                throw new org.partydesk.app.InputRejectedException("请选择恢复党籍后所在的党支部");
            }
            life.restore(memberId, branch.id(), day, reason);
            return roster.memberPage(memberId);
        };
    }

    // ---- the forms of the changes ---------------------------------------------------------------------------

    /**
     * Saves {@code form} through {@code background}: once written, the page read again is shown and {@code saved}
     * runs (its dialog closes); a refusal stays in the form's {@link SavingForm#problem()}, every field as typed.
     */
    void save(SavingForm<MemberPage> form, Background background, Runnable saved) {
        form.save(background, this::show, saved);
    }

    /** 调动: the branch he moves to and the day (today at first). */
    final class MoveForm extends SavingForm<MemberPage> {
        final ObjectProperty<OrgUnit> branch = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());

        private MoveForm() {
            super("member.moving");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            return move(branch.get(), day.get());
        }
    }

    MoveForm moveForm() {
        return new MoveForm();
    }

    /** 转正's form. */
    DayForm<MemberPage> makeFullForm() {
        return new DayForm<>("member.makingFull", today(), this::makeFull);
    }

    /** The form of the 回执 of transfer {@code transferId}. */
    DayForm<MemberPage> receiptForm(int transferId) {
        return new DayForm<>("member.saving", today(), day -> receipt(transferId, day));
    }

    /** The form of the end of 失联 or 流动 {@code standingId}. */
    DayForm<MemberPage> endAwayForm(int standingId) {
        return new DayForm<>("member.saving", today(), day -> endAway(standingId, day));
    }

    /** 转出: the day (today at first), the organisation he goes to, the 介绍信 number, 党费缴至 and notes. */
    final class TransferOutForm extends SavingForm<MemberPage> {
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final StringProperty toOrg = new SimpleStringProperty("");
        final StringProperty letterNo = new SimpleStringProperty("");
        final StringProperty duesPaidTo = new SimpleStringProperty("");
        final StringProperty notes = new SimpleStringProperty("");

        private TransferOutForm() {
            super("member.transferring");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            return transferOut(day.get(), toOrg.get(), letterNo.get(), duesPaidTo.get(), notes.get());
        }
    }

    TransferOutForm transferOutForm() {
        return new TransferOutForm();
    }

    /** 党籍: which change, the day (today at first), where he is (流动党员 only) and why. */
    final class StandingForm extends SavingForm<MemberPage> {
        final ObjectProperty<org.partydesk.model.StandingKind> kind = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final StringProperty place = new SimpleStringProperty("");
        final StringProperty reason = new SimpleStringProperty("");

        private StandingForm() {
            super("member.saving");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            return standing(kind.get(), day.get(), kind.get() == org.partydesk.model.StandingKind.MOBILE ? place.get() : null,
                    reason.get());
        }
    }

    StandingForm standingForm() {
        return new StandingForm();
    }

    /** 恢复党籍: the branch he returns to, the day (today at first) and the decision it rests on. */
    final class RestoreForm extends SavingForm<MemberPage> {
        final ObjectProperty<OrgUnit> branch = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final StringProperty reason = new SimpleStringProperty("");

        private RestoreForm() {
            super("member.saving");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            return restore(branch.get(), day.get(), reason.get());
        }
    }

    RestoreForm restoreForm() {
        return new RestoreForm();
    }

    /** 民主评议: the year (last year until April, else this year) and the result. */
    final class AppraisalForm extends SavingForm<MemberPage> {
        final ObjectProperty<Integer> year = new SimpleObjectProperty<>(
                today().getMonthValue() <= 3 ? today().getYear() - 1 : today().getYear());
        final ObjectProperty<org.partydesk.model.AppraisalResult> result = new SimpleObjectProperty<>();

        private AppraisalForm() {
            super("member.saving");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            Integer y = year.get();
            org.partydesk.model.AppraisalResult r = result.get();
            if (y == null || r == null) {
                return refused(y == null ? "请选择评议年度" : "请选择评议结果");
            }
            return appraise(y, r);
        }
    }

    AppraisalForm appraisalForm() {
        return new AppraisalForm();
    }

    /** 处分: kind, the day decided (today at first), 文号, 察看期 (留党察看 only) and the reason. */
    final class DisciplineForm extends SavingForm<MemberPage> {
        final ObjectProperty<org.partydesk.model.DisciplineKind> kind = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final StringProperty documentNo = new SimpleStringProperty("");
        final ObjectProperty<Integer> months = new SimpleObjectProperty<>();
        final StringProperty reason = new SimpleStringProperty("");

        private DisciplineForm() {
            super("member.saving");
        }

        @Override
        protected BackgroundTask.Work<MemberPage> work() {
            return discipline(kind.get(), day.get(), documentNo.get(),
                    kind.get() == org.partydesk.model.DisciplineKind.PROBATION_WITHIN_PARTY ? months.get() : null, reason.get());
        }
    }

    DisciplineForm disciplineForm() {
        return new DisciplineForm();
    }
}
