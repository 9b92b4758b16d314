package org.partydesk.app.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.DisciplineKind;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.StandingKind;
import org.partydesk.model.Transfer;
import org.partydesk.model.TransferDirection;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.Database;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.RosterFixture.BRANCH_1;
import static org.partydesk.store.RosterFixture.BRANCH_2;
import static org.partydesk.store.RosterFixture.COMMITTEE;

/**
 * A member's life beyond the roster on a real SQLite file (today 2025-12-05): transfers in and out with
 * the 回执, 失联 / 流动 / 停止党籍 / 恢复党籍, 民主评议 and 处分 with the warning before an honour, and the
 * 换届 reminders of committee terms.
 */
class MemberLifeTest {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;
    private MemberLife life;
    private MemberRepository members;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("life.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        life = new MemberLife(ws);
        members = new MemberRepository(ws.database());
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static void refused(Runnable r, String... parts) {
        assertThatThrownBy(r::run).isInstanceOf(InputRejectedException.class).message().contains(parts);
    }

    @Test
    void oneMemberIsTransferredInAndOneOutWithTheLetterDuesAndReceipt() {
        int branch2 = ids.units().get(BRANCH_2);
        MemberForm form = new MemberForm("吴桐", null, "汉族", null, RosterFixture.idNumber("19920303", "071"), "大学本科",
                MemberStatus.FULL, MemberCategory.ACTIVE, null, LocalDate.of(2015, 7, 1), LocalDate.of(2016, 7, 1), null, "科员",
                branch2, LocalDate.of(2025, 9, 1));
        refused(() -> life.transferIn(form, " ", null, null, null), "请填写转出单位");
        refused(() -> life.transferIn(form, "市水务局机关党支部", null, "六月", null), "党费缴至“六月”不是一个月份");
        int wu = life.transferIn(form, "市水务局机关党支部", "市直组转字〔2025〕12号", "2025年8月", null);
        assertThat(members.branchName(wu, LocalDate.of(2025, 9, 1))).contains(BRANCH_2);
        assertThat(life.transfers(wu)).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(TransferDirection.IN);
            assertThat(t.otherOrg()).isEqualTo("市水务局机关党支部");
            assertThat(t.duesPaidTo()).isEqualTo("2025-08");
            assertThat(t.letterNo()).isEqualTo("市直组转字〔2025〕12号");
        });

        int chen = ids.members().get("陈刚");
        life.transferOut(chen, LocalDate.of(2025, 6, 30), "省生态环境厅机关第三党支部", "01234", "2025-06", null);
        Member left = members.find(chen).orElseThrow();
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(members.leftReason(chen)).contains("转出：转往省生态环境厅机关第三党支部");
        Transfer out = life.transfers(chen).get(0);
        assertThat(out.direction()).isEqualTo(TransferDirection.OUT);
        assertThat(life.receiptsOutstanding(TODAY)).extracting(Transfer::memberName).containsExactly("陈刚");
        refused(() -> life.receipt(out.id(), LocalDate.of(2025, 6, 1)), "不能早于转出日期");
        life.receipt(out.id(), LocalDate.of(2025, 7, 20));
        assertThat(life.receiptsOutstanding(TODAY)).isEmpty();
        assertThat(new AuditTrail(ws.database()).of("member_transfer", out.id())).extracting(AuditTrail.Entry::action)
                .containsExactly("INSERT", "UPDATE");
    }

    @Test
    void aMobileMemberIsFollowedAndAStoppedOneRestored() {
        int zhao = ids.members().get("赵敏");
        refused(() -> life.markAway(zhao, StandingKind.MOBILE, LocalDate.of(2025, 3, 1), null, null), "请填写流动党员的去向");
        int mobile = life.markAway(zhao, StandingKind.MOBILE, LocalDate.of(2025, 3, 1), "深圳市南山区", "外出务工");
        assertThat(members.find(zhao).orElseThrow().category()).isEqualTo(MemberCategory.MOBILE);
        refused(() -> life.markAway(zhao, StandingKind.MOBILE, LocalDate.of(2025, 4, 1), "广州", null), "尚未结束");
        life.endAway(mobile, LocalDate.of(2025, 10, 1));
        assertThat(members.find(zhao).orElseThrow().category()).isEqualTo(MemberCategory.ACTIVE);

        int wang = ids.members().get("王强");
        new Members(ws).leave(wang, org.partydesk.model.LeaveKind.MEMBERSHIP_STOPPED, LocalDate.of(2025, 2, 1), "无正当理由连续六个月不参加组织生活");
        assertThat(life.standings(wang)).extracting(s -> s.kind()).containsExactly(StandingKind.STOPPED);
        refused(() -> life.restore(wang, ids.units().get(BRANCH_1), LocalDate.of(2025, 1, 1), "决定"), "应晚于停止党籍的日期");
        life.restore(wang, ids.units().get(BRANCH_1), LocalDate.of(2025, 11, 1), "局机关党委〔2025〕8号");
        assertThat(members.find(wang).orElseThrow().leftOn()).isNull();
        assertThat(members.branchName(wang, LocalDate.of(2025, 11, 1))).contains(BRANCH_1);
        assertThat(members.branchName(wang, LocalDate.of(2025, 6, 1))).isEmpty();
        assertThat(life.standings(wang)).extracting(s -> s.kind()).containsExactly(StandingKind.STOPPED, StandingKind.RESTORED);
        refused(() -> life.restore(zhao, ids.units().get(BRANCH_1), LocalDate.of(2025, 11, 1), "x"), "没有被停止党籍");
    }

    @Test
    void anAppraisalOfUnqualifiedAndADisciplineWarnBeforeAnHonour() {
        int branch1 = ids.units().get(BRANCH_1);
        int zhang = ids.members().get("张伟");
        int li = ids.members().get("李娜");
        int zhao = ids.members().get("赵敏");
        Meetings meetings = new Meetings(ws);
        int lesson = meetings.record(meeting(branch1, LocalDate.of(2025, 1, 10), MeetingType.PARTY_LESSON, false)).id();
        int appraisal = meetings.record(meeting(branch1, LocalDate.of(2025, 1, 15), MeetingType.MEMBER_APPRAISAL, false)).id();
        refused(() -> life.appraise(2024, Map.of(li, AppraisalResult.UNQUALIFIED), lesson), "不是 2024 年度的民主评议党员");
        life.appraise(2024, Map.of(li, AppraisalResult.UNQUALIFIED, zhang, AppraisalResult.EXCELLENT), appraisal);
        assertThat(life.appraisals(2024, null)).hasSize(2);
        life.appraise(2024, Map.of(zhang, AppraisalResult.QUALIFIED), appraisal);
        assertThat(life.appraisals(null, zhang)).singleElement().satisfies(a -> assertThat(a.result()).isEqualTo(AppraisalResult.QUALIFIED));

        new Members(ws).appoint(ids.units().get(BRANCH_2), zhao, CommitteeRole.PUBLICITY_MEMBER, LocalDate.of(2024, 1, 1));
        refused(() -> life.discipline(zhao, DisciplineKind.PROBATION_WITHIN_PARTY, LocalDate.of(2025, 3, 1), null, 6, "违反规定"),
                "察看期：12 个月或24 个月");
        life.discipline(zhao, DisciplineKind.REMOVAL_FROM_POST, LocalDate.of(2025, 3, 1), "局纪〔2025〕3号", null, "违反中央八项规定精神");
        assertThat(new Members(ws).committee(ids.units().get(BRANCH_2))).filteredOn(a -> a.memberId() == zhao).singleElement()
                .satisfies(a -> assertThat(a.endOn()).isEqualTo(LocalDate.of(2025, 3, 1)));

        Commendations c = new Commendations(ws);
        Commendation honour = new Commendation(null, "优秀共产党员", CommendationLevel.BUREAU, "局机关党委", LocalDate.of(2025, 7, 1),
                PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.member(zhao), Commendation.Recipient.member(li),
                Commendation.Recipient.member(zhang)));
        assertThat(c.warnings(honour)).hasSize(2).anySatisfy(w -> assertThat(w).contains("赵敏", "撤销党内职务处分", "局纪〔2025〕3号",
                "影响期至 2027-02-28", "不宜评先评优")).anySatisfy(w -> assertThat(w).contains("李娜", "2024 年度民主评议结果为不合格"));
        assertThat(c.warnings(List.of(zhao), LocalDate.of(2027, 3, 1))).isEmpty();

        int chen = ids.members().get("陈刚");
        life.discipline(chen, DisciplineKind.EXPULSION, LocalDate.of(2025, 5, 1), "局纪〔2025〕5号", null, "严重违纪");
        assertThat(members.find(chen).orElseThrow().leftOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(life.disciplines(chen)).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(DisciplineKind.EXPULSION));
        assertThat(life.standings(chen)).extracting(s -> s.kind()).containsExactly(StandingKind.EXPELLED);
    }

    @Test
    void aBranchWhoseTermEndsIsRemindedAndOverdueOnesListedFirst() {
        int branch1 = ids.units().get(BRANCH_1);
        int branch2 = ids.units().get(BRANCH_2);
        CommitteeTerms terms = new CommitteeTerms(ws);
        int plain = new Meetings(ws).record(meeting(branch1, LocalDate.of(2023, 1, 20), MeetingType.BRANCH_ASSEMBLY, false)).id();
        int election = new Meetings(ws).record(meeting(branch1, LocalDate.of(2023, 1, 20), MeetingType.BRANCH_ASSEMBLY, true)).id();
        refused(() -> terms.record(branch1, LocalDate.of(2023, 1, 20), plain), "不是“机关第一党支部”在 2023-01-20 召开的选举大会");
        terms.record(branch1, LocalDate.of(2023, 1, 20), election);
        terms.record(branch2, LocalDate.of(2022, 9, 1), null);
        refused(() -> terms.record(branch2, LocalDate.of(2022, 9, 1), null), "已经登记过");
        assertThat(terms.terms(branch1)).singleElement().satisfies(t -> {
            assertThat(t.termYears()).isEqualTo(3);
            assertThat(t.endsOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        });
        List<org.partydesk.logic.TermReminders.Due> r = terms.reminders(TODAY);
        assertThat(r).extracting(org.partydesk.logic.TermReminders.Due::unitName).containsExactly(BRANCH_2, BRANCH_1);
        assertThat(r.get(0).overdue()).isTrue();
        assertThat(r.get(0).text()).contains("已于 2025-08-31 届满，逾期未换届", "每届任期三年");
        assertThat(r.get(1).text()).contains("将于 2026-01-19 届满");
        assertThat(terms.counts(TODAY)).isEqualTo(new CommitteeTerms.Counts(1, 1));
        assertThat(terms.reminders(LocalDate.of(2025, 5, 1))).isEmpty();
        int committee = ids.units().get(COMMITTEE);
        terms.record(committee, LocalDate.of(2021, 1, 5), null);
        assertThat(terms.terms(committee).get(0).termYears()).isEqualTo(5);
        assertThat(new org.partydesk.app.meetings.ComplianceCheck(ws).run(2025, null).flags())
                .filteredOn(f -> f.kind() == org.partydesk.model.FlagKind.TERM_OVERDUE).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(BRANCH_2, "逾期未换届"));
        assertThat(new org.partydesk.app.meetings.ComplianceCheck(ws).run(2024, null).flags())
                .noneMatch(f -> f.kind() == org.partydesk.model.FlagKind.TERM_OVERDUE);
        assertThat(life.stats(2025).termsDue()).isEqualTo(2);
        assertThat(life.stats(2025).termsOverdue()).isEqualTo(1);
    }

    @Test
    void theYearFiguresCountTransfersAndAppraisalResults() {
        int chen = ids.members().get("陈刚");
        int zhang = ids.members().get("张伟");
        life.transferOut(chen, LocalDate.of(2025, 6, 30), "省生态环境厅", null, null, null);
        life.appraise(2025, Map.of(zhang, AppraisalResult.EXCELLENT, ids.members().get("李娜"), AppraisalResult.QUALIFIED), null);
        var stats = life.stats(2025);
        assertThat(stats.asOf()).isEqualTo(TODAY);
        assertThat(stats.transfersOut()).isEqualTo(1);
        assertThat(stats.transfersIn()).isZero();
        assertThat(stats.appraisal()).containsEntry(AppraisalResult.EXCELLENT, 1).containsEntry(AppraisalResult.QUALIFIED, 1)
                .containsEntry(AppraisalResult.UNQUALIFIED, 0);
        assertThat(life.stats(2024).transfersOut()).isZero();
    }

    private static Meeting meeting(int unit, LocalDate day, MeetingType type, boolean election) {
        return new Meeting(null, unit, day.atTime(9, 0), null, null, null, null, "会议", Set.of(type), List.of(), Set.of(), null,
                null, election, List.of(), List.of());
    }
}
