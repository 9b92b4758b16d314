package org.partydesk.app.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingType;
import org.partydesk.model.Member;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.Recruit;
import org.partydesk.model.RecruitStage;
import org.partydesk.store.AuditTrail;
import org.partydesk.store.Database;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.RosterFixture.BRANCH_1;

/**
 * 发展党员 on a real SQLite file: one person walked from the application to 正式党员 over three years, each
 * step that comes too early refused with the rule quoted and nothing written, and the reminders of each
 * stage. The database's clock is moved forward as the years pass.
 */
class RecruitmentTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private RosterFixture.Ids ids;

    private Recruitment at(LocalDate today) {
        if (ws != null) {
            ws.close();
        }
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ws = Workspace.of(Database.open(dir.resolve("recruit.db"), clock), "王干事");
        if (ids == null) {
            ids = RosterFixture.fill(ws.database());
        }
        return new Recruitment(ws);
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    private void refused(Runnable step, String... parts) {
        assertThatThrownBy(step::run).isInstanceOf(InputRejectedException.class).message().contains(parts);
    }

    @Test
    void aPersonWalksFromTheApplicationToFullMemberWithEveryIntervalEnforced() {
        Recruitment r = at(LocalDate.of(2023, 3, 20));
        int branch = ids.units().get(BRANCH_1);
        refused(() -> r.apply(new RecruitForm("孙悦", null, null, RosterFixture.idNumber("20060101", "062"), branch,
                LocalDate.of(2023, 3, 1), null)), "未满18周岁", "年满十八岁");
        int id = r.apply(new RecruitForm("孙悦", null, null, RosterFixture.idNumber("19990909", "062"), branch,
                LocalDate.of(2023, 3, 1), "本科学历"));
        Recruit applied = r.find(id);
        assertThat(applied.stage()).isEqualTo(RecruitStage.APPLICANT);
        assertThat(applied.birthDate()).isEqualTo(LocalDate.of(1999, 9, 9));
        assertThat(r.reminders(LocalDate.of(2023, 3, 20))).singleElement().satisfies(rem -> {
            assertThat(rem.kind()).isEqualTo(RecruitReminder.Kind.TALK_DUE);
            assertThat(rem.overdue()).isFalse();
            assertThat(rem.text()).contains("应在 2023-04-01 前谈话", "一个月内");
        });
        assertThat(r.reminders(LocalDate.of(2023, 4, 2))).singleElement()
                .satisfies(rem -> assertThat(rem.text()).contains("已超过谈话期限（2023-04-01）仍未谈话"));
        refused(() -> r.makeActivist(id, LocalDate.of(2023, 3, 15)), "还没有谈话记录");
        refused(() -> r.talk(id, LocalDate.of(2023, 2, 1)), "不能早于递交入党申请书的日期");
        r.talk(id, LocalDate.of(2023, 3, 10));
        r.makeActivist(id, LocalDate.of(2023, 3, 18));
        assertThat(r.reminders(LocalDate.of(2023, 3, 20))).isEmpty();

        Recruitment r2 = at(LocalDate.of(2024, 6, 1));
        refused(() -> r2.makeCandidate(id, LocalDate.of(2024, 3, 1)), "最早 2024-03-18 才能列为发展对象", "一年以上");
        assertThat(r2.find(id).stage()).isEqualTo(RecruitStage.ACTIVIST);
        r2.makeCandidate(id, LocalDate.of(2024, 3, 20));
        refused(() -> r2.admit(id, LocalDate.of(2024, 5, 30), null), "入党介绍人只填了 0 名");
        int zhang = ids.members().get("张伟");
        int li = ids.members().get("李娜");
        r2.setIntroducers(id, zhang, li);
        refused(() -> r2.admit(id, LocalDate.of(2024, 5, 30), null), "不是正式党员", "两名正式党员");
        r2.setIntroducers(id, zhang, ids.members().get("赵敏"));
        refused(() -> r2.admit(id, LocalDate.of(2024, 5, 30), null), "不足 3 天或 24 学时");
        r2.recordTraining(id, 3, null);
        refused(() -> r2.admit(id, LocalDate.of(2024, 5, 30), null), "还没有记录政治审查结论");
        r2.recordReview(id, LocalDate.of(2024, 5, 20));
        int assembly = new Meetings(ws).record(new Meeting(null, branch, LocalDate.of(2024, 5, 30).atTime(15, 0), null, null,
                null, null, "讨论接收预备党员", Set.of(MeetingType.BRANCH_ASSEMBLY), List.of(), Set.of(), null, null, false,
                List.of(), List.of())).id();
        int lesson = new Meetings(ws).record(new Meeting(null, branch, LocalDate.of(2024, 5, 30).atTime(9, 0), null, null,
                null, null, "党课", Set.of(MeetingType.PARTY_LESSON), List.of(), Set.of(), null, null, false,
                List.of(), List.of())).id();
        refused(() -> r2.admit(id, LocalDate.of(2024, 5, 30), lesson), "不是“机关第一党支部”在 2024-05-30 召开的支部党员大会");
        int memberId = r2.admit(id, LocalDate.of(2024, 5, 30), assembly);

        Member m = new MemberRepository(ws.database()).find(memberId).orElseThrow();
        assertThat(m.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(m.joinedOn()).isEqualTo(LocalDate.of(2024, 5, 30));
        assertThat(new MemberRepository(ws.database()).branchName(memberId, LocalDate.of(2024, 5, 30))).contains(BRANCH_1);
        Recruit admitted = r2.find(id);
        assertThat(admitted.stage()).isEqualTo(RecruitStage.PROBATIONARY);
        assertThat(admitted.memberId()).isEqualTo(memberId);
        assertThat(admitted.admitMeetingId()).isEqualTo(assembly);
        assertThat(r2.ofMember(memberId)).map(Recruit::id).contains(id);
        assertThat(r2.reminders(LocalDate.of(2024, 6, 1))).extracting(RecruitReminder::kind)
                .containsExactly(RecruitReminder.Kind.APPROVAL_DUE);

        Recruitment r3 = at(LocalDate.of(2025, 6, 10));
        refused(() -> r3.confirm(id, LocalDate.of(2025, 6, 1)), "还没有上级党委审批记录");
        r3.approve(id, LocalDate.of(2024, 6, 20));
        assertThat(r3.reminders(LocalDate.of(2025, 5, 10))).filteredOn(rem -> rem.memberId() != null && rem.memberId() == memberId)
                .singleElement().satisfies(rem -> {
                    assertThat(rem.kind()).isEqualTo(RecruitReminder.Kind.PROBATION_ENDING);
                    assertThat(rem.overdue()).isFalse();
                    assertThat(rem.text()).contains("预备期将于 2025-05-29 届满");
                });
        refused(() -> r3.confirm(id, LocalDate.of(2025, 5, 29)), "预备期到 2025-05-29 才满，最早 2025-05-30 才能转正", "预备期为一年");
        assertThat(new MemberRepository(ws.database()).find(memberId).orElseThrow().status()).isEqualTo(MemberStatus.PROBATIONARY);
        r3.confirm(id, LocalDate.of(2025, 6, 2));
        assertThat(r3.find(id).stage()).isEqualTo(RecruitStage.FULL);
        assertThat(r3.find(id).confirmedOn()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(new MemberRepository(ws.database()).find(memberId).orElseThrow().status()).isEqualTo(MemberStatus.FULL);

        var y2023 = r3.counts(2023);
        assertThat(y2023.applicants()).isEqualTo(1);
        assertThat(y2023.activists()).isEqualTo(1);
        assertThat(r3.counts(2024).candidates()).isEqualTo(1);
        assertThat(r3.counts(2024).admitted()).isEqualTo(1);
        assertThat(r3.counts(2025).confirmed()).isEqualTo(1);

        List<AuditTrail.Entry> audit = new AuditTrail(ws.database()).of("recruit", id);
        assertThat(audit).hasSizeGreaterThanOrEqualTo(9).allSatisfy(e -> assertThat(e.operator()).isEqualTo("王干事"));
        assertThat(audit.get(audit.size() - 1).after()).containsEntry("approved_on", "2024-06-20");
    }

    @Test
    void aProbationaryMemberOfTheRosterIsRemindedAndCannotBeMadeFullEarly() {
        Recruitment r = at(LocalDate.of(2025, 12, 5));
        int li = ids.members().get("李娜");
        Members members = new Members(ws);
        members.edit(li, withJoined(members.form(li), LocalDate.of(2025, 1, 1)));
        assertThat(r.reminders(LocalDate.of(2025, 12, 5))).singleElement().satisfies(rem -> {
            assertThat(rem.kind()).isEqualTo(RecruitReminder.Kind.PROBATION_ENDING);
            assertThat(rem.recruitId()).isNull();
            assertThat(rem.text()).contains("李娜", "将于 2025-12-31 届满");
        });
        refused(() -> members.makeFull(li, LocalDate.of(2025, 12, 1)), "“李娜”：", "最早 2026-01-01 才能转正");
    }

    @Test
    void aStoppedApplicationLeavesThePipelineWithItsReason() {
        Recruitment r = at(LocalDate.of(2025, 12, 5));
        int branch = ids.units().get(BRANCH_1);
        int id = r.apply(new RecruitForm("周平", null, LocalDate.of(2000, 2, 2), null, branch, LocalDate.of(2025, 10, 1), null));
        refused(() -> r.stop(id, LocalDate.of(2025, 11, 1), " "), "请填写终止培养的原因");
        r.stop(id, LocalDate.of(2025, 11, 1), "本人调离");
        assertThat(r.find(id).stage()).isEqualTo(RecruitStage.STOPPED);
        assertThat(r.reminders(LocalDate.of(2025, 12, 5))).extracting(RecruitReminder::name).containsExactly("李娜");
        refused(() -> r.talk(id, LocalDate.of(2025, 11, 2)), "目前是终止培养");
    }

    private static MemberForm withJoined(MemberForm f, LocalDate joined) {
        return new MemberForm(f.name(), f.gender(), f.ethnicity(), f.birthDate(), f.idNumber(), f.education(), f.status(),
                f.category(), f.phone(), joined, f.fullMemberOn(), f.departmentId(), f.jobTitle(), null, null);
    }
}
