package org.partydesk.gui.commendations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.FormTesting;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.DisciplineKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.ZH;
import static org.partydesk.gui.FormTesting.audits;
import static org.partydesk.gui.FormTesting.now;

/**
 * 评先创优's entry forms without a window (decisions 0054, 0058), on a real SQLite file: 批量登记 and 新增表彰 refuse
 * inside the form keeping every field and tick, write nothing and no audit row when refused, write once when
 * corrected; what to check (a 处分) is put to the clerk first, and a no writes nothing; a second 确定 while a save
 * runs starts nothing.
 */
class CommendationFormsTest {
    @TempDir
    Path dir;

    private Workspace ws;
    private Commendations commendations;
    private CommendationsModel model;
    private int year;

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private void open(String file) {
        ws = Workspace.open(dir.resolve(file), "干事");
        RosterFixture.fill(ws.database());
        commendations = new Commendations(ws);
        Roster roster = new Roster(ws);
        model = new CommendationsModel(commendations, roster, ZH);
        year = roster.today().getYear();
    }

    @Test
    void aBatchRefusedForAMemberWhoHoldsTheMonthKeepsEveryFieldAndTickAndOnceCorrectedIsSavedOnce() {
        open("b.db");
        CommendationsModel.EntrySetup setup = model.batchSetup();
        List<MemberRow> members = setup.members();
        CommendationsModel.BatchForm first = model.batchForm(setup, year);
        first.title.set("月度作风标兵");
        first.tick(members.get(0).memberId()).set(true);
        List<Integer> saved = new ArrayList<>();
        first.save(now(), w -> true, saved::add);
        assertThat(first.problem().get()).isEmpty();
        assertThat(saved).singleElement().satisfies(id -> assertThat(id).isPositive());

        CommendationsModel.BatchForm form = model.batchForm(setup, year);
        form.title.set("月度作风标兵");
        int month = form.month.get();
        form.tick(members.get(0).memberId()).set(true);
        form.tick(members.get(1).memberId()).set(true);
        form.awardedBy.set("机关党委");
        form.documentNumber.set("机党〔2026〕3号");
        int before = audits(ws);

        form.save(now(), w -> true, saved::add);

        assertThat(form.problem().get()).contains(members.get(0).name()).contains("月度作风标兵").contains("未重复登记");
        assertThat(form.ticked()).containsExactly(members.get(0).memberId(), members.get(1).memberId());
        assertThat(form.tickedCount().get()).isEqualTo(2);
        assertThat(form.title.get()).isEqualTo("月度作风标兵");
        assertThat(form.month.get()).isEqualTo(month);
        assertThat(form.awardedBy.get()).isEqualTo("机关党委");
        assertThat(form.documentNumber.get()).isEqualTo("机党〔2026〕3号");
        assertThat(saved).hasSize(1);
        assertThat(audits(ws)).isEqualTo(before);

        form.tick(members.get(0).memberId()).set(false);
        form.save(now(), w -> true, saved::add);

        assertThat(form.problem().get()).isEmpty();
        assertThat(saved).hasSize(2);
        assertThat(audits(ws)).isGreaterThan(before);
        assertThat(commendations.find(year, null, "月度作风标兵", null)).hasSize(2)
                .anySatisfy(c -> {
                    assertThat(c.awardedBy()).isEqualTo("机关党委");
                    assertThat(c.documentNumber()).isEqualTo("机党〔2026〕3号");
                    assertThat(c.recipients()).extracting(Commendation.Recipient::memberId)
                            .containsExactly(members.get(1).memberId());
                });
    }

    @Test
    void aBatchWithNobodyTickedIsRefusedAndAnEmptyTitleIsRefusedBeforeAnyWrite() {
        open("n.db");
        CommendationsModel.BatchForm form = model.batchForm(model.batchSetup(), year);
        int before = audits(ws);
        List<Integer> saved = new ArrayList<>();

        form.save(now(), w -> true, saved::add);
        assertThat(form.problem().get()).isEqualTo("请至少勾选一名党员");

        form.title.set(null);
        form.tick(model.batchSetup().members().get(0).memberId()).set(true);
        form.save(now(), w -> true, saved::add);
        assertThat(form.problem().get()).isEqualTo("请选择荣誉名称");
        assertThat(saved).isEmpty();
        assertThat(audits(ws)).isEqualTo(before);
    }

    @Test
    void whatToCheckIsPutToTheClerkFirstANoWritesNothingAndAYesWritesOnce() {
        open("w.db");
        CommendationsModel.EntrySetup setup = model.singleSetup();
        MemberRow punished = setup.members().get(0);
        new MemberLife(ws).discipline(punished.memberId(), DisciplineKind.WARNING, setup.today().minusDays(10),
                "机纪〔2026〕1号", null, "违反工作纪律");
        CommendationsModel.SingleForm form = model.singleForm(setup);
        form.title.set(setup.titles().stream().filter(t -> t.name().equals("优秀共产党员")).findFirst().orElseThrow());
        form.add(Commendation.Recipient.member(punished.memberId()));
        List<List<String>> asked = new ArrayList<>();
        List<Integer> saved = new ArrayList<>();
        int before = audits(ws);

        form.save(now(), w -> asked.add(w) && false, saved::add);

        assertThat(asked).singleElement().satisfies(w -> assertThat(w).singleElement()
                .satisfies(line -> assertThat(line).contains(punished.name()).contains("处分")));
        assertThat(saved).isEmpty();
        assertThat(form.problem().get()).isEmpty();
        assertThat(form.recipients).hasSize(1);
        assertThat(audits(ws)).isEqualTo(before);

        form.save(now(), w -> asked.add(w), saved::add);

        assertThat(asked).hasSize(2);
        assertThat(saved).hasSize(1);
        assertThat(commendations.find(year, null, "优秀共产党员", null)).hasSize(1);
    }

    @Test
    void aSingleHonourRefusedKeepsEveryFieldTheTitleBringsItsLevelAndASecondClickWhileSavingWritesOnce() {
        open("s.db");
        CommendationsModel.EntrySetup setup = model.singleSetup();
        CommendationsModel.SingleForm form = model.singleForm(setup);
        assertThat(form.awardedOn.get()).isEqualTo(setup.today());
        CommendationTitle branchTitle = setup.titles().stream().filter(t -> t.name().equals("先进党支部"))
                .findFirst().orElseThrow();
        form.title.set(branchTitle);
        assertThat(form.level.get()).as("the title's usual level").isEqualTo(branchTitle.defaultLevel());
        form.level.set(CommendationLevel.MUNICIPAL);
        form.awardedOn.set(setup.today().plusDays(3));
        form.awardedBy.set("市直机关工委");
        OrgUnit branch2 = setup.branches().stream().filter(u -> u.name().equals(RosterFixture.BRANCH_2))
                .findFirst().orElseThrow();
        form.add(new Commendation.Recipient(org.partydesk.model.RecipientKind.BRANCH, null, branch2.id(), null, null,
                branch2.name()));
        form.add(Commendation.Recipient.external("机关团委"));
        form.add(Commendation.Recipient.external("机关团委"));
        List<Integer> saved = new ArrayList<>();
        int before = audits(ws);

        form.save(now(), w -> true, saved::add);

        assertThat(form.problem().get()).contains("晚于今天");
        assertThat(form.title.get()).isEqualTo(branchTitle);
        assertThat(form.level.get()).isEqualTo(CommendationLevel.MUNICIPAL);
        assertThat(form.awardedBy.get()).isEqualTo("市直机关工委");
        assertThat(form.recipients).as("a recipient is added once").hasSize(2);
        assertThat(saved).isEmpty();
        assertThat(audits(ws)).isEqualTo(before);

        form.awardedOn.set(setup.today());
        FormTesting.Held held = new FormTesting.Held();
        form.save(held, w -> true, saved::add);
        assertThat(form.saving().get()).isTrue();
        form.save(held, w -> true, saved::add); // the double click
        assertThat(held.waiting()).isEqualTo(1);
        held.runAll();

        assertThat(saved).hasSize(1);
        assertThat(form.saving().get()).isFalse();
        assertThat(form.problem().get()).isEmpty();
        assertThat(commendations.find(year, null, null, null)).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(CommendationLevel.MUNICIPAL);
            assertThat(c.recipients()).hasSize(2);
        });
    }
}
