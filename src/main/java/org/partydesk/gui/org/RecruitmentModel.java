package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.RecruitReminder;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.app.org.Recruitment;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.model.Gender;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;

/**
 * View model of the 发展党员 page: the records and the reminders ({@link #show}), the selected record and the
 * label of its next step, and the changes — a new application, the next step with its inputs, 终止培养 — each
 * as background work that writes through {@link Recruitment} and returns everything read again. Each dialog has its
 * form ({@link ApplyForm}, {@link #stepForm}, {@link DossierForm}, {@link AdmitForm}, {@link StopForm}): the fields it
 * binds to, saved through {@link #save}, so a refused step keeps what was typed and says why inside the dialog
 * (decision 0054).
 */
final class RecruitmentModel {
    /** What the page shows: every record and what is due; {@code focus}: the record just changed (or null). */
    record Data(List<Recruit> recruits, List<RecruitReminder> reminders, Integer focus) {
    }

    /** The inputs of a step: its day, and for the admission the meeting; for the papers the introducers, training and review. */
    record StepInput(LocalDate day, Integer meetingId, Member introducer1, Member introducer2, String trainingDays,
                     String trainingHours, LocalDate reviewOn) {
        static StepInput day(LocalDate day) {
            return new StepInput(day, null, null, null, null, null, null);
        }
    }

    final ObservableList<Recruit> recruits = FXCollections.observableArrayList();
    final ObservableList<RecruitReminder> reminders = FXCollections.observableArrayList();
    final ObjectProperty<Recruit> selected = new SimpleObjectProperty<>();
    private final Recruitment recruitment;
    private final I18n i18n;

    RecruitmentModel(Recruitment recruitment, I18n i18n) {
        this.recruitment = recruitment;
        this.i18n = i18n;
    }

    LocalDate today() {
        return recruitment.today();
    }

    List<OrgUnit> branches() {
        return recruitment.branches();
    }

    List<Member> introducers() {
        return recruitment.fullMembers(today());
    }

    List<MeetingSummary> assemblies(Recruit r) {
        return recruitment.assemblies(r);
    }

    BackgroundTask.Work<Data> load() {
        return progress -> read(null);
    }

    private Data read(Integer focus) {
        return new Data(recruitment.all(), recruitment.reminders(recruitment.today()), focus);
    }

    /** Puts what was read in place (on the FX thread), selecting the record just changed, else the one selected before. */
    void show(Data data) {
        Integer keep = data.focus() != null ? data.focus() : selected.get() == null ? null : selected.get().id();
        recruits.setAll(data.recruits());
        reminders.setAll(data.reminders());
        selected.set(keep == null ? null : data.recruits().stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    RecruitStep step(Recruit r) {
        return recruitment.nextStep(r);
    }

    /** "确定为发展对象（最早 2026-03-18）", or "" when nothing is left to do. */
    String stepText(Recruit r) {
        RecruitStep step = step(r);
        if (step == RecruitStep.NONE) {
            return "";
        }
        LocalDate earliest = recruitment.earliest(r);
        String label = i18n.text(stepKey(step));
        return earliest != null && earliest.isAfter(r.stageOn()) ? i18n.format("recruit.step.earliest", label, earliest.toString())
                : label;
    }

    BackgroundTask.Work<Data> apply(RecruitForm form) {
        return progress -> {
            return read(recruitment.apply(form));
        };
    }

    /** The next step of the selected record with {@code in}. */
    BackgroundTask.Work<Data> takeStep(Recruit r, StepInput in) {
        RecruitStep step = step(r);
        return progress -> {
            switch (step) {
                case TALK -> recruitment.talk(r.id(), in.day());
                case ACTIVIST -> recruitment.makeActivist(r.id(), in.day());
                case CANDIDATE -> recruitment.makeCandidate(r.id(), in.day());
                case DOSSIER -> {
                    Integer days = count(in.trainingDays()); // a number refused before anything is written
                    Integer hours = count(in.trainingHours());
                    recruitment.recordPapers(r.id(), in.introducer1() == null ? null : in.introducer1().id(),
                            in.introducer2() == null ? null : in.introducer2().id(), days, hours, in.reviewOn());
                }
                case ADMIT -> recruitment.admit(r.id(), in.day(), in.meetingId());
                case APPROVE -> recruitment.approve(r.id(), in.day());
                case CONFIRM -> recruitment.confirm(r.id(), in.day());
                case NONE -> { }
            }
            return read(r.id());
        };
    }

    BackgroundTask.Work<Data> stop(Recruit r, LocalDate day, String reason) {
        return progress -> {
            recruitment.stop(r.id(), day, reason);
            return read(r.id());
        };
    }

    // ---- the forms of the page -------------------------------------------------------------------------------

    /**
     * Saves {@code form} through {@code background}: once written, what was read again is shown and {@code saved}
     * runs (its dialog closes); a refusal stays in the form's {@link SavingForm#problem()}, every field as typed.
     */
    void save(SavingForm<Data> form, Background background, Runnable saved) {
        form.save(background, this::show, saved);
    }

    /** 登记入党申请: name, 身份证号, gender, birth day, branch, the day applied (today at first) and notes. */
    final class ApplyForm extends SavingForm<Data> {
        final StringProperty name = new SimpleStringProperty("");
        final StringProperty idNumber = new SimpleStringProperty("");
        final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> birth = new SimpleObjectProperty<>();
        final ObjectProperty<OrgUnit> branch = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> appliedOn = new SimpleObjectProperty<>(today());
        final StringProperty notes = new SimpleStringProperty("");

        private ApplyForm() {
            super("recruit.failed");
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            return apply(new RecruitForm(name.get(), gender.get(), birth.get(), idNumber.get(),
                    branch.get() == null ? null : branch.get().id(), appliedOn.get(), notes.get()));
        }
    }

    ApplyForm applyForm() {
        return new ApplyForm();
    }

    /** The form of a step of one day (谈话, 积极分子, 发展对象, 批准, 转正) of {@code r}: the day, today at first. */
    DayForm<Data> stepForm(Recruit r) {
        return new DayForm<>("recruit.failed", today(), day -> takeStep(r, StepInput.day(day)));
    }

    /** 发展对象's papers: the two 入党介绍人, 集中培训 days and hours, 政治审查 (what the record has, else today). */
    final class DossierForm extends SavingForm<Data> {
        final ObjectProperty<Member> introducer1 = new SimpleObjectProperty<>();
        final ObjectProperty<Member> introducer2 = new SimpleObjectProperty<>();
        final StringProperty trainingDays;
        final StringProperty trainingHours;
        final ObjectProperty<LocalDate> reviewOn;
        private final Recruit recruit;

        private DossierForm(Recruit r, List<Member> introducers) {
            super("recruit.failed");
            this.recruit = r;
            introducers.stream().filter(m -> m.id().equals(r.introducer1Id())).findFirst().ifPresent(introducer1::set);
            introducers.stream().filter(m -> m.id().equals(r.introducer2Id())).findFirst().ifPresent(introducer2::set);
            trainingDays = new SimpleStringProperty(r.trainingDays() == null ? "" : r.trainingDays().toString());
            trainingHours = new SimpleStringProperty(r.trainingHours() == null ? "" : r.trainingHours().toString());
            reviewOn = new SimpleObjectProperty<>(r.reviewOn() != null ? r.reviewOn() : today());
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            return takeStep(recruit, new StepInput(null, null, introducer1.get(), introducer2.get(), trainingDays.get(),
                    trainingHours.get(), reviewOn.get()));
        }
    }

    /** The papers' form of {@code r}, its introducers chosen among {@code introducers} (those of {@link #introducers}). */
    DossierForm dossierForm(Recruit r, List<Member> introducers) {
        return new DossierForm(r, introducers);
    }

    /** 接收为预备党员: the 支部党员大会 (its day becomes the day) and the day, today at first. */
    final class AdmitForm extends SavingForm<Data> {
        final ObjectProperty<MeetingSummary> meeting = new SimpleObjectProperty<>();
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        private final Recruit recruit;

        private AdmitForm(Recruit r) {
            super("recruit.failed");
            this.recruit = r;
            meeting.addListener((obs, old, m) -> {
                if (m != null) {
                    day.set(m.heldAt().toLocalDate());
                }
            });
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            MeetingSummary m = meeting.get();
            return takeStep(recruit, new StepInput(day.get(), m == null ? null : m.id(), null, null, null, null, null));
        }
    }

    AdmitForm admitForm(Recruit r) {
        return new AdmitForm(r);
    }

    /** 终止培养: the day (today at first) and the reason. */
    final class StopForm extends SavingForm<Data> {
        final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(today());
        final StringProperty reason = new SimpleStringProperty("");
        private final Recruit recruit;

        private StopForm(Recruit r) {
            super("recruit.failed");
            this.recruit = r;
        }

        @Override
        protected BackgroundTask.Work<Data> work() {
            return stop(recruit, day.get(), reason.get());
        }
    }

    StopForm stopForm(Recruit r) {
        return new StopForm(r);
    }

    /** A whole number typed by the clerk, or null when empty; anything else is refused with a message. */
    private Integer count(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new org.partydesk.app.InputRejectedException(i18n.format("recruit.notANumber", text.strip()));
        }
    }

    /** The message key of a step's label. */
    static String stepKey(RecruitStep step) {
        return switch (step) {
            case TALK -> "recruit.step.TALK";
            case ACTIVIST -> "recruit.step.ACTIVIST";
            case CANDIDATE -> "recruit.step.CANDIDATE";
            case DOSSIER -> "recruit.step.DOSSIER";
            case ADMIT -> "recruit.step.ADMIT";
            case APPROVE -> "recruit.step.APPROVE";
            case CONFIRM -> "recruit.step.CONFIRM";
            case NONE -> "recruit.next";
        };
    }
}
