package org.partydesk.app.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Gender;
import org.partydesk.model.LeaveKind;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.Database;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.RosterFixture.BRANCH_1;
import static org.partydesk.store.RosterFixture.BRANCH_2;

/**
 * Editing the roster through {@link Members} on a real SQLite file with {@link RosterFixture}, today being
 * 2025-12-05: each write is audited with before and after, refused input writes nothing and says why.
 */
class MembersTest {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 5);
    @TempDir
    Path dir;
    private Workspace ws;
    private Members members;
    private RosterFixture.Ids ids;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("members.db"), clock), "王干事");
        ids = RosterFixture.fill(ws.database());
        members = new Members(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static MemberForm newMember(int branchId) {
        return new MemberForm("刘洋", null, "汉族", null, RosterFixture.idNumber("19950818", "061"), "硕士研究生",
                MemberStatus.PROBATIONARY, MemberCategory.ACTIVE, "13900000006", LocalDate.of(2024, 11, 20), null, null,
                "科员", branchId, LocalDate.of(2025, 1, 1));
    }

    @Test
    void anAddedMemberBelongsToHisBranchFromTheGivenDayWithGenderAndBirthFromTheIdNumber() {
        int id = members.add(newMember(ids.units().get(BRANCH_2)));
        Member m = new MemberRepository(ws.database()).find(id).orElseThrow();
        assertThat(m.gender()).isEqualTo(Gender.MALE);
        assertThat(m.birthDate()).isEqualTo(LocalDate.of(1995, 8, 18));
        assertThat(new Roster(ws).members(ids.units().get(BRANCH_2), false, LocalDate.of(2025, 1, 1)))
                .extracting(MemberRow::name).contains("刘洋");
        assertThat(new Roster(ws).members(ids.units().get(BRANCH_2), false, LocalDate.of(2024, 12, 31)))
                .extracting(MemberRow::name).doesNotContain("刘洋");
        List<AuditTrail.Entry> audit = new AuditTrail(ws.database()).of("member", id);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("INSERT");
            assertThat(e.operator()).isEqualTo("王干事");
            assertThat(e.after()).containsEntry("name", "刘洋").containsEntry("status", "PROBATIONARY");
        });
    }

    @Test
    void refusedInputSaysWhatToCorrectAndWritesNothing() {
        int branch = ids.units().get(BRANCH_1);
        MemberForm f = newMember(branch);
        assertRefused(() -> members.add(withId(f, RosterFixture.idNumber("19850312", "011"))),
                "已登记为“张伟”的身份证号");
        assertRefused(() -> members.add(withId(f, wrongCheckDigit(RosterFixture.idNumber("19950818", "061")))), "校验位错误");
        assertRefused(() -> members.add(new MemberForm("刘洋", null, null, null, null, null, MemberStatus.FULL, null, null,
                TODAY.plusDays(1), null, null, null, branch, TODAY)), "入党日期（2025-12-06）不能晚于今天（2025-12-05）");
        assertRefused(() -> members.add(new MemberForm("刘洋", null, null, null, null, null, MemberStatus.FULL, null, null,
                LocalDate.of(2020, 1, 1), null, null, null, branch, LocalDate.of(2019, 1, 1))),
                "组织关系起始日期（2019-01-01）不能早于入党日期（2020-01-01）");
        assertRefused(() -> members.add(new MemberForm("刘洋", null, null, null, null, null, MemberStatus.PROBATIONARY, null,
                null, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), null, null, branch, TODAY)), "预备党员没有转正日期");
        assertRefused(() -> members.add(new MemberForm(" ", null, null, null, null, null, MemberStatus.FULL, null, null,
                LocalDate.of(2020, 1, 1), null, null, null, branch, TODAY)), "请填写姓名");
        assertThat(new MemberRepository(ws.database()).all()).hasSize(5);
    }

    @Test
    void editingStoresEveryFieldAndTheAuditRowHoldsBeforeAndAfter() {
        int zhang = ids.members().get("张伟");
        MemberForm f = members.form(zhang);
        members.edit(zhang, new MemberForm(f.name(), f.gender(), "回族", f.birthDate(), f.idNumber(), "硕士研究生", f.status(),
                MemberCategory.ACTIVE, "13911112222", f.joinedOn(), LocalDate.of(2009, 6, 30), f.departmentId(), "副处长",
                null, null));
        Member m = new MemberRepository(ws.database()).find(zhang).orElseThrow();
        assertThat(m.ethnicity()).isEqualTo("回族");
        assertThat(m.phone()).isEqualTo("13911112222");
        assertThat(m.jobTitle()).isEqualTo("副处长");
        AuditTrail.Entry update = last(zhang);
        assertThat(update.action()).isEqualTo("UPDATE");
        assertThat(update.before()).containsEntry("phone", "13800000001").containsEntry("job_title", "科长");
        assertThat(update.after()).containsEntry("phone", "13911112222").containsEntry("job_title", "副处长");
        assertThat(members.changes(zhang)).last().satisfies(c -> assertThat(c.text())
                .contains("民族 汉族 → 回族").contains("联系电话 13800000001 → 13911112222").contains("职务 科长 → 副处长"));

        assertRefused(() -> members.edit(zhang, withId(f, RosterFixture.idNumber("19900215", "042"))), "“赵敏”");
    }

    @Test
    void aMoveEndsTheOldMembershipTheDayBeforeAndHisRolesThere() {
        int zhang = ids.members().get("张伟");
        int branch1 = ids.units().get(BRANCH_1);
        int branch2 = ids.units().get(BRANCH_2);
        members.appoint(branch1, zhang, CommitteeRole.SECRETARY, LocalDate.of(2023, 3, 1));
        LocalDate day = LocalDate.of(2025, 9, 1);

        assertRefused(() -> members.move(zhang, branch1, day), "已是“机关第一党支部”的党员，请选择另一个党支部");
        assertRefused(() -> members.move(zhang, branch2, TODAY.plusDays(3)), "调动日期（2025-12-08）不能晚于今天");
        members.move(zhang, branch2, day);

        assertThat(new MemberRepository(ws.database()).memberships(zhang))
                .extracting(MemberRepository.MembershipRow::unitName, MemberRepository.MembershipRow::startOn,
                        MemberRepository.MembershipRow::endOn)
                .contains(org.assertj.core.groups.Tuple.tuple(BRANCH_2, day, null),
                        org.assertj.core.groups.Tuple.tuple(BRANCH_1, LocalDate.of(2015, 7, 1), day.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(RosterFixture.CELL, LocalDate.of(2018, 1, 1), day.minusDays(1)));
        assertThat(members.committee(branch1)).singleElement().satisfies(a -> assertThat(a.endOn()).isEqualTo(day.minusDays(1)));
        assertThat(new AuditTrail(ws.database()).of("committee_role", members.committee(branch1).get(0).id()))
                .extracting(AuditTrail.Entry::action).containsExactly("INSERT", "UPDATE");
    }

    @Test
    void makingAProbationaryMemberFullSetsStatusAndDateAndShowsOnHisPage() {
        int li = ids.members().get("李娜");
        assertRefused(() -> members.makeFull(li, LocalDate.of(2008, 6, 1)), "应晚于入党日期");
        members.makeFull(li, LocalDate.of(2025, 7, 1));
        Member m = new MemberRepository(ws.database()).find(li).orElseThrow();
        assertThat(m.status()).isEqualTo(MemberStatus.FULL);
        assertThat(m.fullMemberOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(last(li).before()).containsEntry("status", "PROBATIONARY");
        assertThat(last(li).after()).containsEntry("status", "FULL").containsEntry("full_member_on", "2025-07-01");
        assertRefused(() -> members.makeFull(li, LocalDate.of(2025, 8, 1)), "已是正式党员");
        assertThat(new Roster(ws).memberPage(li).changes()).extracting(MemberChange::text)
                .contains("转正：预备党员 → 正式党员（转正日期 2025-07-01）");
    }

    @Test
    void aMemberWhoLeavesIsKeptWithTheDayAndReasonAndNoLongerExpected() {
        int wang = ids.members().get("王强");
        int branch1 = ids.units().get(BRANCH_1);
        Meetings meetings = new Meetings(ws);
        int meeting = meetings.record(new Meeting(null, branch1, LocalDate.of(2025, 3, 5).atTime(9, 0), null, null, null, null,
                "支部党员大会", java.util.Set.of(MeetingType.BRANCH_ASSEMBLY), List.of(), java.util.Set.of(), null, null, false,
                List.of(), List.of())).id();
        assertRefused(() -> members.leave(wang, LeaveKind.TRANSFERRED_OUT, LocalDate.of(2025, 10, 8), " "), "请填写转出的原因");
        assertRefused(() -> members.leave(ids.members().get("李娜"), LeaveKind.DECEASED, LocalDate.of(2024, 6, 30), null),
                "离开日期（2024-06-30）不能早于进入“机关第一党支部”的日期（2024-07-01）");
        members.leave(wang, LeaveKind.TRANSFERRED_OUT, LocalDate.of(2025, 10, 8), "转往省生态环境厅机关党委");

        MemberPage page = new Roster(ws).memberPage(wang);
        assertThat(page.member().leftOn()).isEqualTo(LocalDate.of(2025, 10, 8));
        assertThat(page.leftReason()).isEqualTo("转出：转往省生态环境厅机关党委");
        assertThat(page.history()).allSatisfy(h -> assertThat(h.endOn()).isEqualTo(LocalDate.of(2025, 10, 8)));
        assertThat(page.attendance()).extracting(a -> a.meetingId()).containsExactly(meeting);
        assertThat(page.changes()).extracting(MemberChange::text).contains("离开：转出：转往省生态环境厅机关党委（2025-10-08）");
        assertThat(meetings.defaultSheet(branch1, LocalDate.of(2025, 11, 1), java.util.Set.of(MeetingType.BRANCH_ASSEMBLY)))
                .extracting(e -> e.name()).doesNotContain("王强");
        assertRefused(() -> members.move(wang, ids.units().get(BRANCH_2), TODAY), "已于 2025-10-08 离开");
    }

    @Test
    void committeeRolesHaveDatesAndOneSecretaryAtATime() {
        int branch1 = ids.units().get(BRANCH_1);
        int zhang = ids.members().get("张伟");
        int li = ids.members().get("李娜");
        int secretary = members.appoint(branch1, zhang, CommitteeRole.SECRETARY, LocalDate.of(2023, 3, 1));
        members.appoint(branch1, li, CommitteeRole.PUBLICITY_MEMBER, LocalDate.of(2024, 8, 1));
        assertRefused(() -> members.appoint(branch1, li, CommitteeRole.SECRETARY, LocalDate.of(2025, 1, 1)),
                "“机关第一党支部”的书记是“张伟”（自 2023-03-01）：请先结束其任职");
        assertRefused(() -> members.appoint(branch1, ids.members().get("赵敏"), CommitteeRole.COMMITTEE_MEMBER,
                LocalDate.of(2025, 1, 1)), "不是“机关第一党支部”的党员");
        assertRefused(() -> members.endRole(secretary, LocalDate.of(2020, 1, 1)), "不能早于任职日期");
        members.endRole(secretary, LocalDate.of(2025, 6, 30));
        members.appoint(branch1, li, CommitteeRole.SECRETARY, LocalDate.of(2025, 7, 1));

        List<CommitteeAssignment> committee = members.committee(branch1);
        assertThat(committee).extracting(CommitteeAssignment::memberName, CommitteeAssignment::role, CommitteeAssignment::endOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李娜", CommitteeRole.SECRETARY, null),
                        org.assertj.core.groups.Tuple.tuple("李娜", CommitteeRole.PUBLICITY_MEMBER, null),
                        org.assertj.core.groups.Tuple.tuple("张伟", CommitteeRole.SECRETARY, LocalDate.of(2025, 6, 30)));
        // a 支委会 alone expects the committee of its day
        Meetings meetings = new Meetings(ws);
        assertThat(meetings.defaultSheet(branch1, LocalDate.of(2025, 8, 1), java.util.Set.of(MeetingType.BRANCH_COMMITTEE)))
                .extracting(e -> e.name()).containsExactly("李娜");
        assertThat(new Roster(ws).memberPage(zhang).committeeRoles()).singleElement()
                .satisfies(a -> assertThat(a.endOn()).isEqualTo(LocalDate.of(2025, 6, 30)));
    }

    private AuditTrail.Entry last(int memberId) {
        List<AuditTrail.Entry> all = new AuditTrail(ws.database()).of("member", memberId);
        return all.get(all.size() - 1);
    }

    private static String wrongCheckDigit(String id) {
        return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
    }

    private static MemberForm withId(MemberForm f, String idNumber) {
        return new MemberForm(f.name(), null, f.ethnicity(), null, idNumber, f.education(), f.status(), f.category(),
                f.phone(), f.joinedOn(), f.fullMemberOn(), f.departmentId(), f.jobTitle(), f.branchId(), f.memberFrom());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(InputRejectedException.class).hasMessageContaining(message);
    }
}
