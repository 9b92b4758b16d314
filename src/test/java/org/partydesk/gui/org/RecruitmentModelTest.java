package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.app.org.Recruitment;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.Member;
import org.partydesk.model.RecruitStage;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 发展党员 page's view model without a window, on a real SQLite file (today 2026-12-05): the rows, the next
 * step's label with the earliest day the rules allow, the steps taken through it and a bad number refused.
 */
class RecruitmentModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private RecruitmentModel model;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("recruit.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        model = new RecruitmentModel(new Recruitment(ws), new I18n(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anApplicationIsSelectedAndEachStepLabelledUntilTheCandidatesPapers() throws Exception {
        int branch = ids.units().get(RosterFixture.BRANCH_1);
        model.show(model.apply(new RecruitForm("孙悦", null, LocalDate.of(1999, 9, 9), null, branch, LocalDate.of(2025, 3, 1), null))
                .run(Progress.NONE));
        assertThat(model.recruits).singleElement().satisfies(r -> assertThat(r.stage()).isEqualTo(RecruitStage.APPLICANT));
        assertThat(model.selected.get().name()).isEqualTo("孙悦");
        assertThat(model.stepText(model.selected.get())).isEqualTo("党组织派人谈话");
        assertThat(model.reminders).filteredOn(r -> r.name().equals("孙悦")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("已超过谈话期限"));

        model.show(model.takeStep(model.selected.get(), RecruitmentModel.StepInput.day(LocalDate.of(2025, 3, 10))).run(Progress.NONE));
        assertThat(model.reminders).extracting(r -> r.name()).containsExactly("李娜");
        model.show(model.takeStep(model.selected.get(), RecruitmentModel.StepInput.day(LocalDate.of(2025, 3, 20))).run(Progress.NONE));
        assertThat(model.selected.get().stage()).isEqualTo(RecruitStage.ACTIVIST);
        assertThat(model.stepText(model.selected.get())).isEqualTo("确定为发展对象（最早 2026-03-20）");
        model.show(model.takeStep(model.selected.get(), RecruitmentModel.StepInput.day(LocalDate.of(2026, 4, 1))).run(Progress.NONE));
        assertThat(model.step(model.selected.get())).isEqualTo(RecruitStep.DOSSIER);

        Member zhang = new Recruitment(ws).fullMembers(TODAY).stream().filter(m -> m.name().equals("张伟")).findFirst().orElseThrow();
        Member zhao = new Recruitment(ws).fullMembers(TODAY).stream().filter(m -> m.name().equals("赵敏")).findFirst().orElseThrow();
        assertThat(new Recruitment(ws).fullMembers(TODAY)).extracting(Member::name).doesNotContain("李娜");
        assertThatThrownBy(() -> model.takeStep(model.selected.get(), new RecruitmentModel.StepInput(null, null, zhang, zhao, "三天",
                null, LocalDate.of(2026, 5, 1))).run(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("“三天”不是整数");
        model.show(model.takeStep(model.selected.get(), new RecruitmentModel.StepInput(null, null, zhang, zhao, "3", "",
                LocalDate.of(2026, 5, 1))).run(Progress.NONE));
        assertThat(model.step(model.selected.get())).isEqualTo(RecruitStep.ADMIT);
        assertThat(model.selected.get().introducer1Name()).isEqualTo("张伟");
        assertThat(model.selected.get().trainingDays()).isEqualTo(3);
    }
}
