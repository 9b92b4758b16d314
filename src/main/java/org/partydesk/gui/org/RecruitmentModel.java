package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.RecruitReminder;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.app.org.Recruitment;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;

/**
 * View model of the 发展党员 page: the records and the reminders ({@link #show}), the selected record and the
 * label of its next step, and the changes — a new application, the next step with its inputs, 终止培养 — each
 * as background work that writes through {@link Recruitment} and returns everything read again.
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
                    recruitment.setIntroducers(r.id(), in.introducer1() == null ? null : in.introducer1().id(),
                            in.introducer2() == null ? null : in.introducer2().id());
                    recruitment.recordTraining(r.id(), count(in.trainingDays()), count(in.trainingHours()));
                    recruitment.recordReview(r.id(), in.reviewOn());
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
