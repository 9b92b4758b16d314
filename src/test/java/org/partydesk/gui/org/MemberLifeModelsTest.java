package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.org.LifeEvent;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.Roster;
import org.partydesk.model.Appraisal;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.StandingKind;
import org.partydesk.model.Transfer;
import org.partydesk.model.TransferDirection;
import org.partydesk.store.Database;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The view models of the member-life screens without a window, on a real SQLite file with {@link RosterFixture}
 * (today 2025-12-05): 转入 through the member form, 转出 and its 回执 and 党籍 changes from a member's page (each
 * in his 党员经历), 含已转出 on the roster, and a branch's 民主评议 of a year saved in one transaction.
 */
class MemberLifeModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private Members members;
    private Roster roster;
    private MemberLife life;
    private RosterFixture.Ids ids;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("life.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        members = new Members(ws);
        roster = new Roster(ws);
        life = new MemberLife(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private MemberPageModel page(String name) throws Exception {
        MemberPageModel page = new MemberPageModel(roster, members, life, ids.members().get(name));
        page.show(page.load().run(Progress.NONE));
        return page;
    }

    private List<String> lifeOf(MemberPageModel page) {
        return page.page.get().life().stream().map(e -> e.on() + " " + e.what() + "：" + e.detail()).toList();
    }

    @Test
    void aMemberTransferredInThroughTheFormIsOnHisBranchWithTheLetterAndDues() throws Exception {
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        MemberFormModel form = MemberFormModel.forTransferIn(members, life, branch2);
        assertThat(form.isTransferIn()).isTrue();
        assertThat(form.isNew()).isTrue();
        assertThat(form.memberFrom.get()).isEqualTo(TODAY);
        form.name.set("吴桐");
        form.idNumber.set(RosterFixture.idNumber("19920303", "071"));
        form.joinedOn.set(LocalDate.of(2015, 7, 1));
        form.fullMemberOn.set(LocalDate.of(2016, 7, 1));
        form.memberFrom.set(LocalDate.of(2025, 9, 1));
        assertThatThrownBy(() -> form.saving().run(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("请填写转出单位");
        form.fromOrg.set("市水务局机关党支部");
        form.letterNo.set("市直组转字〔2025〕12号");
        form.duesPaidTo.set("2025年8月");
        int wu = form.saving().run(Progress.NONE);

        assertThat(roster.members(branch2, false, TODAY)).extracting(r -> r.name()).contains("吴桐");
        assertThat(life.transfers(wu)).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(TransferDirection.IN);
            assertThat(t.onDate()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(t.duesPaidTo()).isEqualTo("2025-08");
        });
        assertThat(roster.memberPage(wu).life()).extracting(LifeEvent::detail)
                .contains("转自市水务局机关党支部，介绍信 市直组转字〔2025〕12号，党费缴至 2025-08");
    }

    @Test
    void aMemberTransferredOutLeavesTheRosterStaysWithHisHistoryAndHisReceiptIsMarkedLater() throws Exception {
        MemberPageModel chen = page("陈刚");
        assertThat(chen.pendingReceipt()).isEmpty();
        assertThatThrownBy(() -> chen.transferOut(LocalDate.of(2025, 11, 20), " ", null, null, null).run(Progress.NONE))
                .hasMessageContaining("请填写转往单位");
        chen.show(chen.transferOut(LocalDate.of(2025, 11, 20), "省生态环境厅机关第三党支部", "01234", "2025-11", null)
                .run(Progress.NONE));
        assertThat(chen.onRoster()).isFalse();
        assertThat(chen.page.get().leftReason()).isEqualTo("转出：转往省生态环境厅机关第三党支部");
        assertThat(lifeOf(chen)).contains(
                "2025-11-20 组织关系转出：转往省生态环境厅机关第三党支部，介绍信 01234，党费缴至 2025-11，回执未回");

        Transfer pending = chen.pendingReceipt().orElseThrow();
        assertThatThrownBy(() -> chen.receipt(pending.id(), LocalDate.of(2025, 11, 1)).run(Progress.NONE))
                .hasMessageContaining("不能早于转出日期");
        chen.show(chen.receipt(pending.id(), LocalDate.of(2025, 12, 1)).run(Progress.NONE));
        assertThat(chen.pendingReceipt()).isEmpty();
        assertThat(lifeOf(chen)).anyMatch(line -> line.endsWith("，2025-12-01 收到回执"));

        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        int committee = ids.units().get(RosterFixture.COMMITTEE);
        assertThat(roster.members(committee, true, TODAY)).extracting(r -> r.name()).doesNotContain("陈刚");
        assertThat(roster.leftMembers(committee, true)).singleElement().satisfies(l -> {
            assertThat(l.row().name()).isEqualTo("陈刚");
            assertThat(l.row().branchName()).isEqualTo(RosterFixture.BRANCH_2);
            assertThat(l.leftOn()).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(l.reason()).isEqualTo("转出：转往省生态环境厅机关第三党支部");
        });
        assertThat(roster.leftMembers(branch2, false)).extracting(l -> l.row().name()).containsExactly("陈刚");
        assertThat(roster.leftMembers(ids.units().get(RosterFixture.BRANCH_1), true)).isEmpty();
    }

    @Test
    void aMobileMemberIsFollowedAndEndedAndAStoppedOneRestoredAllInHisLife() throws Exception {
        MemberPageModel zhao = page("赵敏");
        assertThatThrownBy(() -> zhao.standing(StandingKind.MOBILE, LocalDate.of(2025, 3, 1), null, "外出务工").run(Progress.NONE))
                .hasMessageContaining("请填写流动党员的去向");
        zhao.show(zhao.standing(StandingKind.MOBILE, LocalDate.of(2025, 3, 1), "深圳市南山区", "外出务工").run(Progress.NONE));
        assertThat(zhao.page.get().member().category()).isEqualTo(MemberCategory.MOBILE);
        assertThat(zhao.onRoster()).isTrue();
        var away = zhao.openAway().orElseThrow();
        zhao.show(zhao.endAway(away.id(), LocalDate.of(2025, 10, 1)).run(Progress.NONE));
        assertThat(zhao.openAway()).isEmpty();
        assertThat(zhao.page.get().member().category()).isEqualTo(MemberCategory.ACTIVE);
        assertThat(lifeOf(zhao)).contains("2025-03-01 流动党员：深圳市南山区，外出务工", "2025-10-01 流动党员结束：");

        MemberPageModel wang = page("王强");
        assertThat(wang.stopped()).isFalse();
        wang.show(wang.standing(StandingKind.STOPPED, LocalDate.of(2025, 2, 1), null, "无正当理由连续六个月不参加组织生活")
                .run(Progress.NONE));
        assertThat(wang.onRoster()).isFalse();
        assertThat(wang.stopped()).isTrue();
        OrgUnit branch1 = wang.branches().stream().filter(b -> b.name().equals(RosterFixture.BRANCH_1)).findFirst().orElseThrow();
        assertThatThrownBy(() -> wang.restore(null, LocalDate.of(2025, 11, 1), "决定").run(Progress.NONE))
                .hasMessage("请选择恢复党籍后所在的党支部");
        wang.show(wang.restore(branch1, LocalDate.of(2025, 11, 1), "局机关党委〔2025〕8号").run(Progress.NONE));
        assertThat(wang.onRoster()).isTrue();
        assertThat(wang.page.get().branchName()).isEqualTo(RosterFixture.BRANCH_1);
        assertThat(lifeOf(wang)).containsSubsequence("2025-02-01 停止党籍：无正当理由连续六个月不参加组织生活",
                "2025-11-01 恢复党籍：局机关党委〔2025〕8号");

        MemberPageModel zhang = page("张伟");
        zhang.show(zhang.standing(StandingKind.LOST_CONTACT, LocalDate.of(2025, 5, 1), null, "电话停机").run(Progress.NONE));
        zhang.show(zhang.standing(StandingKind.DECEASED, LocalDate.of(2025, 11, 30), null, null).run(Progress.NONE));
        assertThat(zhang.onRoster()).isFalse();
        assertThat(zhang.stopped()).isFalse();
        assertThat(zhang.page.get().leftReason()).isEqualTo("去世");
        assertThat(lifeOf(zhang)).contains("2025-05-01 失联：电话停机", "2025-11-30 去世：");
    }

    @Test
    void aBranchsAppraisalListsItsMembersLinksTheYearsMeetingAndSavesAllOrNothing() throws Exception {
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        Meetings meetings = new Meetings(ws);
        int appraisal = meetings.record(meeting(branch1, LocalDate.of(2025, 1, 15), MeetingType.MEMBER_APPRAISAL)).id();
        int lesson = meetings.record(meeting(branch1, LocalDate.of(2025, 1, 10), MeetingType.PARTY_LESSON)).id();
        // the appraisal of 2023, held in January 2024: not one of 2024's
        meetings.record(new Meeting(null, branch1, LocalDate.of(2024, 1, 12).atTime(9, 0), null, null, null, null,
                "2023年度民主评议党员", Set.of(MeetingType.MEMBER_APPRAISAL), List.of(), Set.of(), null, null, false, List.of(),
                List.of()));
        int autumn = meetings.record(meeting(branch1, LocalDate.of(2024, 9, 3), MeetingType.MEMBER_APPRAISAL)).id();
        OrgUnit unit = new OrgRepository(ws.database()).find(branch1).orElseThrow();
        AppraisalBatchModel model = new AppraisalBatchModel(life, members, meetings, unit);
        assertThat(model.year.get()).isEqualTo(2025);
        assertThat(model.years()).containsExactly(2025, 2024, 2023, 2022, 2021);

        model.show(model.read(2024).run(Progress.NONE));
        assertThat(model.rows).extracting(r -> r.member.name()).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        assertThat(model.rows).allSatisfy(r -> assertThat(r.result.get()).isNull());
        assertThat(model.meetings).extracting(m -> m.id()).containsExactly(appraisal, autumn);
        assertThat(model.meeting.get().id()).isEqualTo(appraisal);

        row(model, "张伟").result.set(AppraisalResult.EXCELLENT);
        row(model, "李娜").result.set(AppraisalResult.BASICALLY_QUALIFIED);
        model.restQualified();
        assertThat(row(model, "王强").result.get()).isEqualTo(AppraisalResult.QUALIFIED);
        assertThat(row(model, "张伟").result.get()).isEqualTo(AppraisalResult.EXCELLENT);

        // a meeting that is not the year's 民主评议党员: refused, and none of the three is written
        model.meeting.set(new org.partydesk.model.MeetingSummary(lesson, branch1, LocalDate.of(2025, 1, 10).atTime(9, 0), "会议",
                Set.of(MeetingType.PARTY_LESSON), Set.of(), null));
        assertThatThrownBy(() -> model.saving().run(Progress.NONE)).hasMessageContaining("不是 2024 年度的民主评议党员");
        assertThat(life.appraisals(2024, null)).isEmpty();

        model.meeting.set(model.meetings.get(0));
        assertThat(model.saving().run(Progress.NONE)).isEqualTo(3);
        assertThat(life.appraisals(2024, null)).hasSize(3).allSatisfy(a -> assertThat(a.meetingId()).isEqualTo(appraisal));
        assertThat(life.appraisals(2024, ids.members().get("李娜"))).extracting(Appraisal::result)
                .containsExactly(AppraisalResult.BASICALLY_QUALIFIED);

        AppraisalBatchModel again = new AppraisalBatchModel(life, members, meetings, unit);
        again.show(again.read(2024).run(Progress.NONE));
        assertThat(row(again, "张伟").result.get()).isEqualTo(AppraisalResult.EXCELLENT);
        again.show(again.read(2023).run(Progress.NONE));
        assertThat(again.meetings).extracting(m -> m.theme()).startsWith("2023年度民主评议党员");
        again.show(again.read(2022).run(Progress.NONE));
        assertThat(again.meetings).isEmpty();
        assertThat(again.meeting.get()).isNull();
        assertThat(again.rows).extracting(r -> r.member.name()).containsExactlyInAnyOrder("张伟", "王强", "陈刚");
        assertThatThrownBy(() -> again.saving().run(Progress.NONE)).hasMessage("没有要保存的评议结果");
        assertThat(new MemberRepository(ws.database()).find(ids.members().get("张伟")).orElseThrow().status())
                .isEqualTo(MemberStatus.FULL);
    }

    private static AppraisalBatchModel.Row row(AppraisalBatchModel model, String name) {
        return model.rows.stream().filter(r -> r.member.name().equals(name)).findFirst().orElseThrow();
    }

    private static Meeting meeting(int unit, LocalDate day, MeetingType type) {
        return new Meeting(null, unit, day.atTime(9, 0), null, null, null, null, "会议", Set.of(type), List.of(), Set.of(), null,
                null, false, List.of(), List.of());
    }

}
