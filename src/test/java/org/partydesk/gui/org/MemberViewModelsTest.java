package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberChange;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Roster;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Gender;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.Database;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The view models of the roster screens, without a window: each operation runs its background work here
 * and its result is shown, on a real SQLite file with {@link RosterFixture} (today 2025-12-05).
 */
class MemberViewModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private Members members;
    private Roster roster;
    private RosterFixture.Ids ids;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("vm.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        members = new Members(ws);
        roster = new Roster(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aNewMemberFormStartsInTheSelectedBranchTodayAndSavesEveryField() throws Exception {
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        MemberFormModel form = MemberFormModel.forNew(members, branch2);
        assertThat(form.isNew()).isTrue();
        assertThat(form.branch.get().id()).isEqualTo(branch2);
        assertThat(form.memberFrom.get()).isEqualTo(TODAY);
        assertThat(form.branches()).extracting(OrgUnit::name).containsExactlyInAnyOrder(RosterFixture.BRANCH_1, RosterFixture.BRANCH_2);
        form.name.set("刘洋");
        form.idNumber.set(RosterFixture.idNumber("19950818", "062"));
        form.status.set(MemberStatus.PROBATIONARY);
        form.joinedOn.set(LocalDate.of(2024, 11, 20));
        form.phone.set("13900000006");
        form.jobTitle.set("科员");
        form.department.set(form.departments().get(0));
        int id = form.saving().run(Progress.NONE);

        MemberFormModel again = MemberFormModel.forEdit(members, id);
        assertThat(again.isNew()).isFalse();
        assertThat(again.name.get()).isEqualTo("刘洋");
        assertThat(again.gender.get()).isEqualTo(Gender.FEMALE);
        assertThat(again.birthDate.get()).isEqualTo(LocalDate.of(1995, 8, 18));
        assertThat(again.department.get()).isEqualTo(form.departments().get(0));
        assertThat(again.branches()).isEmpty();
        assertThat(roster.members(branch2, false, TODAY)).extracting(r -> r.name()).contains("刘洋");
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhy() {
        MemberFormModel form = MemberFormModel.forEdit(members, ids.members().get("李娜"));
        form.idNumber.set(RosterFixture.idNumber("19850312", "011"));
        form.gender.set(null);
        form.birthDate.set(null);
        assertThatThrownBy(() -> form.saving().run(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("已登记为“张伟”的身份证号");
        assertThat(form.idNumber.get()).isEqualTo(RosterFixture.idNumber("19850312", "011"));
        form.idNumber.set(RosterFixture.idNumber("19960704", "022"));
        form.phone.set("13912345678");
        assertThatThrownBy(() -> { form.joinedOn.set(TODAY.plusDays(1)); form.saving().run(Progress.NONE); })
                .hasMessageContaining("入党日期（2025-12-06）不能晚于今天（2025-12-05）");
    }

    @Test
    void aRefusedSaveIsSaidInsideTheOpenFormAndGoneOnceItIsSaved() {
        org.partydesk.gui.shell.Background background = org.partydesk.gui.shell.Background.sameThread(
                new org.partydesk.gui.common.I18n(java.util.Locale.SIMPLIFIED_CHINESE));
        MemberFormModel form = MemberFormModel.forEdit(members, ids.members().get("李娜"));
        java.util.List<Integer> saved = new java.util.ArrayList<>();
        form.name.set("");

        form.save(background, saved::add);
        assertThat(form.problem().get()).isEqualTo("请填写姓名");
        assertThat(saved).as("not saved: the form stays open").isEmpty();
        form.name.set("  ");
        form.save(background, saved::add);
        assertThat(form.problem().get()).as("a second mistake replaces the sentence, piles nothing up")
                .isEqualTo("请填写姓名");

        form.name.set("李娜娜");
        form.save(background, saved::add);
        assertThat(form.problem().get()).as("no stale error once saved").isEmpty();
        assertThat(saved).containsExactly(ids.members().get("李娜"));
        assertThat(MemberFormModel.forEdit(members, ids.members().get("李娜")).name.get()).isEqualTo("李娜娜");
    }

    @Test
    void theMemberPageModelMovesMakesFullAndRecordsLeaving() throws Exception {
        int li = ids.members().get("李娜");
        MemberPageModel page = new MemberPageModel(roster, members, li);
        page.show(page.load().run(Progress.NONE));
        assertThat(page.probationary()).isTrue();
        assertThat(page.otherBranches()).extracting(OrgUnit::name).containsExactly(RosterFixture.BRANCH_2);

        OrgUnit branch2 = page.otherBranches().get(0);
        page.show(page.move(branch2, LocalDate.of(2025, 9, 1)).run(Progress.NONE));
        assertThat(page.page.get().branchName()).isEqualTo(RosterFixture.BRANCH_2);
        assertThat(page.page.get().history()).extracting(h -> h.unitName() + " " + h.startOn() + "~" + h.endOn())
                .containsExactly(RosterFixture.BRANCH_2 + " 2025-09-01~null", RosterFixture.BRANCH_1 + " 2024-07-01~2025-08-31");
        assertThatThrownBy(() -> page.move(branch2, TODAY).run(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("请选择另一个党支部");

        page.show(page.makeFull(LocalDate.of(2025, 10, 1)).run(Progress.NONE));
        assertThat(page.page.get().member().status()).isEqualTo(MemberStatus.FULL);
        assertThat(page.probationary()).isFalse();
        assertThat(page.page.get().changes()).extracting(MemberChange::text)
                .contains("转正：预备党员 → 正式党员（转正日期 2025-10-01）");

        page.show(page.leave(LeaveKind.DECEASED, LocalDate.of(2025, 11, 30), null).run(Progress.NONE));
        assertThat(page.onRoster()).isFalse();
        assertThat(page.page.get().leftReason()).isEqualTo("去世");
        assertThat(page.page.get().branchName()).isNull();
    }

    @Test
    void theCommitteeModelShowsABranchsRolesAndAppointsAndEnds() throws Exception {
        CommitteeModel committee = new CommitteeModel(members);
        OrgUnit branch1 = unit(RosterFixture.BRANCH_1);
        committee.show(committee.read(unit(RosterFixture.CELL)).run(Progress.NONE));
        assertThat(committee.branch.get()).isNull();
        committee.show(committee.read(branch1).run(Progress.NONE));
        assertThat(committee.rows).isEmpty();
        assertThat(committee.candidates(TODAY)).extracting(m -> m.name()).containsExactlyInAnyOrder("张伟", "李娜", "王强");

        var zhang = committee.candidates(TODAY).stream().filter(m -> m.name().equals("张伟")).findFirst().orElseThrow();
        committee.show(committee.appoint(zhang, CommitteeRole.SECRETARY, LocalDate.of(2024, 1, 1)).run(Progress.NONE));
        assertThat(committee.rows).extracting(CommitteeAssignment::memberName, CommitteeAssignment::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张伟", CommitteeRole.SECRETARY));
        assertThatThrownBy(() -> committee.appoint(null, CommitteeRole.SECRETARY, TODAY).run(Progress.NONE))
                .hasMessage("请选择任职的党员");
        committee.show(committee.end(committee.rows.get(0), LocalDate.of(2025, 11, 30)).run(Progress.NONE));
        assertThat(committee.rows.get(0).endOn()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    @Test
    void aBranchsElectionIsRecordedAndItsTermShown() throws Exception {
        CommitteeModel committee = new CommitteeModel(members, new org.partydesk.app.org.CommitteeTerms(ws));
        committee.show(committee.read(unit(RosterFixture.BRANCH_1)).run(Progress.NONE));
        assertThat(committee.term.get()).isEqualTo("没有换届选举记录");
        committee.term.set(committee.recordTerm(LocalDate.of(2023, 1, 20)).run(Progress.NONE));
        assertThat(committee.term.get()).isEqualTo("本届委员会 2023-01-20 选举产生，任期 3 年，至 2026-01-19 届满");
        assertThatThrownBy(() -> committee.recordTerm(LocalDate.of(2023, 1, 20)).run(Progress.NONE)).hasMessageContaining("已经登记过");
    }

    @Test
    void theMemberPageRecordsAnAppraisalAndADisciplineAndListsThemInHisLife() throws Exception {
        int zhao = ids.members().get("赵敏");
        MemberPageModel page = new MemberPageModel(roster, members, new org.partydesk.app.org.MemberLife(ws), zhao);
        page.show(page.load().run(Progress.NONE));
        page.show(page.appraise(2024, org.partydesk.model.AppraisalResult.UNQUALIFIED).run(Progress.NONE));
        assertThatThrownBy(() -> page.discipline(org.partydesk.model.DisciplineKind.PROBATION_WITHIN_PARTY, LocalDate.of(2025, 3, 1),
                null, null, "违纪").run(Progress.NONE)).hasMessageContaining("留党察看须填写察看期");
        page.show(page.discipline(org.partydesk.model.DisciplineKind.WARNING, LocalDate.of(2025, 3, 1), "局纪〔2025〕1号", null,
                "违反工作纪律").run(Progress.NONE));
        assertThat(page.page.get().life()).extracting(e -> e.what() + "：" + e.detail()).contains(
                "2024 年度民主评议：不合格", "警告处分：局纪〔2025〕1号，违反工作纪律");
    }

    private OrgUnit unit(String name) {
        return new org.partydesk.store.OrgRepository(ws.database()).find(ids.units().get(name)).orElseThrow();
    }
}
