package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.app.org.Recruitment;
import org.partydesk.gui.FormTesting;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;
import org.partydesk.model.RecruitStage;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.audits;
import static org.partydesk.gui.FormTesting.now;

/**
 * The 发展党员 page's five forms (登记入党申请, a step of one day, 发展对象's papers, 接收为预备党员, 终止培养) without a
 * window (decision 0054), on a real SQLite file with {@link RosterFixture} (today 2026-12-05): a refusal keeps every
 * field as typed, says why in the form and writes nothing (the record as it was, no audit row); corrected, the form
 * writes once and the page is read again; a form left (取消) writes nothing.
 */
class RecruitmentFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private Recruitment recruitment;
    private RecruitmentModel model;
    private int saved;

    @BeforeEach
    void open() throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("recruit-forms.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        recruitment = new Recruitment(ws);
        model = new RecruitmentModel(recruitment, FormTesting.ZH);
        model.show(model.load().run(Progress.NONE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private int recruitRows() {
        return ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.RECRUIT);
    }

    /** 孙悦 as stored now. */
    private Recruit stored() {
        return recruitment.all().stream().filter(r -> r.name().equals("孙悦")).findFirst().orElseThrow();
    }

    /** 孙悦, applied 2025-03-01 and taken through the steps of one day up to {@code stage}. */
    private Recruit applicant(RecruitStage stage) throws Exception {
        int branch = ids.units().get(RosterFixture.BRANCH_1);
        model.show(model.apply(new RecruitForm("孙悦", null, LocalDate.of(1999, 9, 9), null, branch, LocalDate.of(2025, 3, 1),
                null)).run(Progress.NONE));
        List<LocalDate> days = List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20), LocalDate.of(2026, 4, 1));
        for (LocalDate day : days) {
            if (model.selected.get().stage() == stage) {
                break;
            }
            model.show(model.takeStep(model.selected.get(), RecruitmentModel.StepInput.day(day)).run(Progress.NONE));
        }
        assertThat(model.selected.get().stage()).isEqualTo(stage);
        return model.selected.get();
    }

    private Member full(String name) {
        return model.introducers().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** 张伟 and 赵敏 as introducers, 3 days and 24 hours of training, the review on 2026-05-01: the papers done. */
    private void papers(Recruit r) throws Exception {
        RecruitmentModel.DossierForm form = model.dossierForm(r, model.introducers());
        form.introducer1.set(full("张伟"));
        form.introducer2.set(full("赵敏"));
        form.trainingDays.set("3");
        form.trainingHours.set("24");
        form.reviewOn.set(LocalDate.of(2026, 5, 1));
        model.save(form, now(), () -> { });
        assertThat(form.problem().get()).isEmpty();
    }

    @Test
    void anApplicationWithoutItsBranchIsRefusedKeepingEveryFieldThenEnteredOnce() {
        RecruitmentModel.ApplyForm form = model.applyForm();
        assertThat(form.appliedOn.get()).as("today at first").isEqualTo(TODAY);
        form.name.set("孙悦");
        form.idNumber.set(RosterFixture.idNumber("19990909", "062"));
        form.gender.set(Gender.FEMALE);
        form.birth.set(LocalDate.of(1999, 9, 9));
        form.appliedOn.set(LocalDate.of(2026, 11, 2));
        form.notes.set("研究生学历");
        int before = audits(ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEqualTo("请选择所在党支部");
        assertThat(form.name.get()).isEqualTo("孙悦");
        assertThat(form.idNumber.get()).isEqualTo(RosterFixture.idNumber("19990909", "062"));
        assertThat(form.gender.get()).isEqualTo(Gender.FEMALE);
        assertThat(form.birth.get()).isEqualTo(LocalDate.of(1999, 9, 9));
        assertThat(form.branch.get()).isNull();
        assertThat(form.appliedOn.get()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(form.notes.get()).isEqualTo("研究生学历");
        assertThat(saved).as("the dialog stays open").isZero();
        assertThat(recruitRows()).isZero();
        assertThat(audits(ws)).isEqualTo(before);

        OrgUnit branch = model.branches().stream().filter(b -> b.name().equals(RosterFixture.BRANCH_1)).findFirst()
                .orElseThrow();
        form.branch.set(branch);
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(recruitRows()).isEqualTo(1);
        assertThat(audits(ws)).isGreaterThan(before);
        assertThat(stored().appliedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(model.selected.get().name()).as("the page read again, the new record chosen").isEqualTo("孙悦");
    }

    @Test
    void aStepOnADayAfterTodayIsRefusedKeepingTheDayThenTakenOnce() throws Exception {
        Recruit r = applicant(RecruitStage.APPLICANT);
        DayForm<RecruitmentModel.Data> form = model.stepForm(r);
        assertThat(form.day.get()).as("today at first").isEqualTo(TODAY);
        form.day.set(LocalDate.of(2026, 12, 20));
        int before = audits(ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).contains("不能晚于今天");
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(stored().talkOn()).isNull();

        form.day.set(LocalDate.of(2025, 3, 10));
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(stored().talkOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(model.step(model.selected.get())).as("the page read again").isEqualTo(RecruitStep.ACTIVIST);
    }

    @Test
    void papersWithAReviewBeforeTheCandidacyAreRefusedWritingNoneOfThemThenWrittenOnce() throws Exception {
        Recruit r = applicant(RecruitStage.CANDIDATE);
        RecruitmentModel.DossierForm form = model.dossierForm(r, model.introducers());
        Member zhang = full("张伟");
        Member zhao = full("赵敏");
        form.introducer1.set(zhang);
        form.introducer2.set(zhao);
        form.trainingDays.set("三天");
        form.trainingHours.set("24");
        form.reviewOn.set(LocalDate.of(2026, 3, 1));
        int before = audits(ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).contains("“三天”不是整数");
        form.trainingDays.set("3");
        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).contains("政治审查结论日期").contains("不能早于");
        assertThat(form.introducer1.get()).isEqualTo(zhang);
        assertThat(form.introducer2.get()).isEqualTo(zhao);
        assertThat(form.trainingDays.get()).isEqualTo("3");
        assertThat(form.trainingHours.get()).isEqualTo("24");
        assertThat(form.reviewOn.get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(stored()).as("not the introducers either").satisfies(s -> {
            assertThat(s.introducer1Id()).isNull();
            assertThat(s.introducer2Id()).isNull();
            assertThat(s.trainingDays()).isNull();
            assertThat(s.reviewOn()).isNull();
        });

        form.reviewOn.set(LocalDate.of(2026, 5, 1));
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(stored()).satisfies(s -> {
            assertThat(s.introducer1Id()).isEqualTo(zhang.id());
            assertThat(s.introducer2Id()).isEqualTo(zhao.id());
            assertThat(s.trainingDays()).isEqualTo(3);
            assertThat(s.trainingHours()).isEqualTo(24);
            assertThat(s.reviewOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        });
        assertThat(model.step(model.selected.get())).isEqualTo(RecruitStep.ADMIT);
    }

    @Test
    void anAdmissionOnADayAfterTodayIsRefusedKeepingTheDayThenAdmittedOnce() throws Exception {
        papers(applicant(RecruitStage.CANDIDATE));
        RecruitmentModel.AdmitForm form = model.admitForm(model.selected.get());
        assertThat(form.day.get()).as("today at first").isEqualTo(TODAY);
        form.day.set(LocalDate.of(2027, 1, 8));
        int before = audits(ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).contains("不能晚于今天");
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(form.meeting.get()).isNull();
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(stored().stage()).isEqualTo(RecruitStage.CANDIDATE);
        assertThat(stored().memberId()).isNull();

        form.day.set(LocalDate.of(2026, 11, 20));
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(stored().admittedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(stored().memberId()).as("a 预备党员 now").isNotNull();
    }

    @Test
    void aStopWithoutItsReasonIsRefusedKeepingTheDayThenStoppedOnce() throws Exception {
        Recruit r = applicant(RecruitStage.ACTIVIST);
        RecruitmentModel.StopForm form = model.stopForm(r);
        form.day.set(LocalDate.of(2026, 10, 9));
        form.reason.set("  ");
        int before = audits(ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEqualTo("请填写终止培养的原因");
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(form.reason.get()).isEqualTo("  ");
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(stored().stoppedOn()).isNull();

        form.reason.set("本人申请撤回");
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(stored().stoppedOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(stored().stopReason()).isEqualTo("本人申请撤回");
    }

    @Test
    void formsLeftWithoutSavingWriteNothing() throws Exception {
        Recruit r = applicant(RecruitStage.APPLICANT);
        int before = audits(ws);
        int rows = recruitRows();

        RecruitmentModel.ApplyForm apply = model.applyForm(); // opened, filled, then 取消: never saved
        apply.name.set("周敏");
        apply.branch.set(model.branches().get(0));
        DayForm<RecruitmentModel.Data> step = model.stepForm(r);
        step.day.set(LocalDate.of(2025, 3, 10));
        RecruitmentModel.StopForm stop = model.stopForm(r);
        stop.reason.set("本人申请撤回");

        assertThat(audits(ws)).isEqualTo(before);
        assertThat(recruitRows()).isEqualTo(rows);
        assertThat(stored().talkOn()).isNull();
        assertThat(stored().stoppedOn()).isNull();
    }

    @Test
    void aSecondOkWhileTheFirstStepIsSavedWritesNothingMore() throws Exception {
        Recruit r = applicant(RecruitStage.APPLICANT);
        DayForm<RecruitmentModel.Data> form = model.stepForm(r);
        form.day.set(LocalDate.of(2025, 3, 10));
        FormTesting.Held held = new FormTesting.Held();
        int before = audits(ws);

        model.save(form, held, () -> saved++);
        assertThat(form.saving().get()).isTrue();
        model.save(form, held, () -> saved++); // the double click

        assertThat(held.waiting()).isEqualTo(1);
        held.runAll();
        assertThat(saved).isEqualTo(1);
        assertThat(form.saving().get()).isFalse();
        assertThat(audits(ws)).isEqualTo(before + 1);
        assertThat(stored().talkOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    }
}
