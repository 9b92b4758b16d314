package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.FormTesting;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.StandingKind;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.audits;
import static org.partydesk.gui.FormTesting.now;

/**
 * The one-shot forms of 组织与党员 without a window (decision 0054), on a real SQLite file with {@link RosterFixture}
 * (today 2025-12-05): a refused 调动, 转出, 党籍 change, 任命 or 新建组织 keeps every field as typed, says why in the form
 * and writes nothing (no row changed, no audit row); corrected, it writes once and what it changed is read again; a
 * form left (取消) writes nothing; a second 确定 while the first save runs writes nothing more.
 */
class OrgFormsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private Roster roster;
    private int saved;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("forms.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        roster = new Roster(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private MemberPageModel page(String name) throws Exception {
        MemberPageModel page = new MemberPageModel(roster, new Members(ws), new MemberLife(ws), ids.members().get(name));
        page.show(page.load().run(Progress.NONE));
        return page;
    }

    private OrgUnit branch(MemberPageModel page, String name) {
        return page.otherBranches().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRefusedMoveKeepsTheBranchAndDayAndWritesNothingThenTheCorrectedDayMovesHimOnce() throws Exception {
        MemberPageModel zhao = page("赵敏");
        MemberPageModel.MoveForm form = zhao.moveForm();
        assertThat(form.day.get()).as("today at first").isEqualTo(TODAY);
        OrgUnit first = branch(zhao, RosterFixture.BRANCH_1);
        form.branch.set(first);
        form.day.set(LocalDate.of(2026, 1, 10));
        int before = audits(ws);

        zhao.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).contains("调动日期");
        assertThat(form.branch.get()).isEqualTo(first);
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(saved).as("the dialog stays open").isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(roster.memberPage(ids.members().get("赵敏")).branchName()).isEqualTo(RosterFixture.BRANCH_2);

        form.day.set(LocalDate.of(2025, 12, 1));
        zhao.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEmpty();
        assertThat(saved).isEqualTo(1);
        assertThat(audits(ws)).isGreaterThan(before);
        assertThat(zhao.page.get().branchName()).as("the page read again").isEqualTo(RosterFixture.BRANCH_1);
    }

    @Test
    void aRefusedTransferOutKeepsEveryFieldAndTheMemberOnTheRosterThenLeavesOnce() throws Exception {
        MemberPageModel chen = page("陈刚");
        MemberPageModel.TransferOutForm form = chen.transferOutForm();
        form.day.set(LocalDate.of(2025, 11, 20));
        form.toOrg.set(" ");
        form.letterNo.set("01234");
        form.duesPaidTo.set("2025-11");
        form.notes.set("随迁");
        int before = audits(ws);

        chen.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEqualTo("请填写转往单位（接收的党组织）");
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(form.toOrg.get()).isEqualTo(" ");
        assertThat(form.letterNo.get()).isEqualTo("01234");
        assertThat(form.duesPaidTo.get()).isEqualTo("2025-11");
        assertThat(form.notes.get()).isEqualTo("随迁");
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(chen.pendingReceipt()).as("no transfer written").isEmpty();
        assertThat(roster.memberPage(ids.members().get("陈刚")).member().leftOn()).isNull();

        form.toOrg.set("省生态环境厅机关第三党支部");
        chen.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(chen.onRoster()).isFalse();
        assertThat(chen.pendingReceipt()).hasValueSatisfying(t -> assertThat(t.letterNo()).isEqualTo("01234"));
    }

    @Test
    void aStandingChangeWithoutItsKindIsRefusedKeepingPlaceAndReasonThenMarkedOnce() throws Exception {
        MemberPageModel zhang = page("张伟");
        MemberPageModel.StandingForm form = zhang.standingForm();
        form.day.set(LocalDate.of(2025, 10, 1));
        form.place.set("深圳市南山区");
        form.reason.set("外出务工");
        int before = audits(ws);

        zhang.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEqualTo("请选择党籍变动的类别");
        assertThat(form.kind.get()).isNull();
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(form.place.get()).isEqualTo("深圳市南山区");
        assertThat(form.reason.get()).isEqualTo("外出务工");
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(zhang.openAway()).isEmpty();

        form.kind.set(StandingKind.MOBILE);
        zhang.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(zhang.openAway()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(StandingKind.MOBILE);
            assertThat(s.startOn()).isEqualTo(LocalDate.of(2025, 10, 1));
        });
        assertThat(zhang.onRoster()).as("流动党员 stay on the roster").isTrue();
    }

    @Test
    void aFormLeftAfterARefusalWritesNothing() throws Exception {
        MemberPageModel wang = page("王强");
        int before = audits(ws);
        MemberPageModel.DisciplineForm refused = wang.disciplineForm();
        refused.kind.set(org.partydesk.model.DisciplineKind.WARNING);
        wang.save(refused, now(), () -> saved++);
        assertThat(refused.problem().get()).isEqualTo("请填写处分事由");
        MemberPageModel.RestoreForm left = wang.restoreForm(); // opened, filled, then 取消: never saved
        left.reason.set("党委决定");

        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(roster.memberPage(ids.members().get("王强")).life()).isEqualTo(wang.page.get().life());
    }

    @Test
    void aSecondOkWhileTheFirstSaveRunsWritesNothingMore() throws Exception {
        MemberPageModel li = page("李娜");
        MemberPageModel.AppraisalForm form = li.appraisalForm();
        form.result.set(org.partydesk.model.AppraisalResult.values()[0]);
        FormTesting.Held held = new FormTesting.Held();
        int before = audits(ws);

        li.save(form, held, () -> saved++);
        assertThat(form.saving().get()).isTrue();
        li.save(form, held, () -> saved++); // the double click

        assertThat(held.waiting()).isEqualTo(1);
        held.runAll();
        assertThat(saved).isEqualTo(1);
        assertThat(form.saving().get()).isFalse();
        assertThat(audits(ws)).isEqualTo(before + 1);
    }

    @Test
    void aRefusedAppointmentKeepsDayAndMemberThenTheRoleChosenIsWrittenOnce() throws Exception {
        CommitteeModel committee = new CommitteeModel(new Members(ws));
        OrgUnit first = roster.tree().stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n),
                n.children().stream())).map(n -> n.unit()).filter(u -> u.name().equals(RosterFixture.BRANCH_1))
                .findFirst().orElseThrow();
        committee.show(committee.read(first).run(Progress.NONE));
        int roles = committee.rows.size();
        CommitteeModel.AppointForm form = committee.appointForm();
        form.day.set(LocalDate.of(2025, 11, 1));
        org.partydesk.model.Member zhang = committee.candidates(form.day.get()).stream()
                .filter(m -> m.name().equals("张伟")).findFirst().orElseThrow();
        form.member.set(zhang);
        int before = audits(ws);

        committee.save(form, committee::show, now(), () -> saved++);

        assertThat(form.problem().get()).isNotBlank();
        assertThat(form.day.get()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(form.member.get()).isEqualTo(zhang);
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);
        assertThat(committee.rows).hasSize(roles);

        form.role.set(org.partydesk.model.CommitteeRole.PUBLICITY_MEMBER);
        committee.save(form, committee::show, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(committee.rows).hasSize(roles + 1).anySatisfy(r -> {
            assertThat(r.memberName()).isEqualTo("张伟");
            assertThat(r.role()).isEqualTo(org.partydesk.model.CommitteeRole.PUBLICITY_MEMBER);
        });
    }

    @Test
    void aNewUnitWithoutItsNameIsRefusedKeepingEveryFieldThenAddedOnceAndChosen() {
        OrgModel tree = new OrgModel(roster, new org.partydesk.app.org.Organisation(ws), now(), FormTesting.ZH);
        tree.reload(null);
        OrgUnit committee = tree.allUnits().stream().filter(u -> u.name().equals(RosterFixture.COMMITTEE)).findFirst()
                .orElseThrow();
        OrgModel.NewUnitForm form = tree.newUnitForm(committee);
        assertThat(form.established.get()).as("the database clock's today").isEqualTo(TODAY);
        form.name.set("  ");
        form.temporary.set(true);
        form.endsOn.set(LocalDate.of(2026, 6, 30));
        int before = audits(ws);

        tree.save(form, () -> saved++);

        assertThat(form.problem().get()).isNotBlank();
        assertThat(form.parent.get()).isEqualTo(committee);
        assertThat(form.kind.get()).isEqualTo(org.partydesk.model.OrgKind.BRANCH);
        assertThat(form.temporary.get()).isTrue();
        assertThat(form.endsOn.get()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(saved).isZero();
        assertThat(audits(ws)).isEqualTo(before);

        form.name.set("第三轮巡察临时党支部");
        tree.save(form, () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(tree.allUnits()).extracting(OrgUnit::name).containsOnlyOnce("第三轮巡察临时党支部");
        assertThat(tree.chosen().get().unit().name()).isEqualTo("第三轮巡察临时党支部");
    }
}
