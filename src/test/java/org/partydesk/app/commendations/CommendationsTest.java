package org.partydesk.app.commendations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.CommendationRepository.Filter;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;

class CommendationsTest {
    @TempDir
    Path dir;

    @Test
    void theSameHonourTwiceToOneRecipientOrAnHonourNotYetGivenIsRefused() {
        try (Workspace ws = Workspace.open(dir.resolve("c.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            Commendations c = new Commendations(ws);
            LocalDate today = LocalDate.now(ws.database().clock());
            Commendation honour = new Commendation(null, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委",
                    LocalDate.of(2025, 6, 28), null, null, null, "示直工〔2025〕50号", null,
                    List.of(Commendation.Recipient.member(ids.members().get("张伟"))));
            c.record(honour);
            assertThatThrownBy(() -> c.record(honour)).isInstanceOf(InputRejectedException.class)
                    .hasMessage("“张伟”已有这次表彰（优秀共产党员，2025-06-28，示直工〔2025〕50号）的记录，不能重复登记");
            // the same honour to someone else, or another year's, is recorded
            c.record(new Commendation(null, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2025, 6, 28),
                    null, null, null, "示直工〔2025〕50号", null, List.of(Commendation.Recipient.member(ids.members().get("赵敏")))));
            c.record(new Commendation(null, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2024, 6, 28),
                    null, null, null, "示直工〔2024〕41号", null, List.of(Commendation.Recipient.member(ids.members().get("张伟")))));
            assertThat(ws.database().read().fetchCount(COMMENDATION)).isEqualTo(3);

            assertThatThrownBy(() -> c.record(new Commendation(null, "党员先锋岗", CommendationLevel.BUREAU, "局党组",
                    today.plusDays(1), null, null, null, null, null, List.of(Commendation.Recipient.member(ids.members().get("李娜"))))))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("授予时间（" + today.plusDays(1) + "）晚于今天，请在表彰授予后再登记");
            YearMonth next = YearMonth.from(today).plusMonths(1);
            assertThatThrownBy(() -> c.recordForMonth("月度作风标兵", next, List.of(ids.members().get("李娜")), null, null, null, null))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage(next.getYear() + "年" + next.getMonthValue() + "月尚未到来，不能登记该月的“月度作风标兵”");
            int thisMonth = c.recordForMonth("月度作风标兵", YearMonth.from(today), List.of(ids.members().get("李娜")), null, null,
                    null, null);
            assertThat(c.find(Filter.all()).stream().filter(x -> x.id() == thisMonth).findFirst().orElseThrow().awardedOn())
                    .isEqualTo(today);
            assertThat(ws.database().read().fetchCount(COMMENDATION)).isEqualTo(4);
        }
    }

    @Test
    void monthlyHonoursAreEnteredInOneStepAndNotTwice() {
        try (Workspace ws = Workspace.open(dir.resolve("c.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            Commendations c = new Commendations(ws);
            int auditBefore = ws.database().read().fetchCount(AUDIT_LOG);
            int id = c.recordForMonth("月度作风标兵", YearMonth.of(2025, 3),
                    List.of(ids.members().get("张伟"), ids.members().get("赵敏")), null, "局党组", null, "示环党〔2025〕8号");
            Commendation saved = c.find(Filter.all()).get(0);
            assertThat(saved.id()).isEqualTo(id);
            assertThat(saved.level()).isEqualTo(CommendationLevel.BUREAU);
            assertThat(saved.periodKind()).isEqualTo(PeriodKind.MONTH);
            assertThat(saved.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(saved.periodEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(saved.awardedOn()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(saved.recipients()).extracting(Commendation.Recipient::displayName).containsExactly("张伟", "赵敏");
            assertThat(ws.database().read().fetchCount(AUDIT_LOG) - auditBefore).as("commendation + 2 recipients").isEqualTo(3);

            assertThatThrownBy(() -> c.recordForMonth("月度作风标兵", YearMonth.of(2025, 3),
                    List.of(ids.members().get("李娜"), ids.members().get("赵敏")), null, null, null, null))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("赵敏已是2025年3月的“月度作风标兵”，未重复登记");
            assertThat(ws.database().read().fetchCount(COMMENDATION)).isEqualTo(1);

            c.recordForMonth("双月作风标兵", YearMonth.of(2025, 3), List.of(ids.members().get("李娜")), null, null, null, null);
            Commendation twoMonths = c.find(new Filter(null, null, "双月作风标兵", null, null)).get(0);
            assertThat(twoMonths.periodKind()).isEqualTo(PeriodKind.TWO_MONTHS);
            assertThat(twoMonths.periodEnd()).isEqualTo(LocalDate.of(2025, 4, 30));

            assertThatThrownBy(() -> c.recordForMonth("不存在的荣誉", YearMonth.of(2025, 3), List.of(1), null, null, null, null))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("不在列表中");
            assertThatThrownBy(() -> c.recordForMonth("月度作风标兵", YearMonth.of(2025, 4), List.of(), null, null, null, null))
                    .isInstanceOf(InputRejectedException.class).hasMessage("请至少勾选一名党员");
        }
    }

    @Test
    void viewsByYearLevelTitleBranchAndMember() {
        try (Workspace ws = Workspace.open(dir.resolve("v.db"), "干事")) {
            RosterFixture.Ids ids = RosterFixture.fill(ws.database());
            Commendations c = new Commendations(ws);
            int chen = ids.members().get("陈刚");
            // 陈刚 was in the first branch until 2024-06-30 and in the second from 2024-07-01
            c.record(new Commendation(null, "优秀共产党员", CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2024, 6, 28),
                    PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.member(chen))));
            c.record(new Commendation(null, "党员先锋岗", CommendationLevel.BUREAU, "局党组", LocalDate.of(2025, 7, 1),
                    PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.member(chen))));
            c.record(new Commendation(null, "工人先锋号", CommendationLevel.NATIONAL, "中华全国总工会", LocalDate.of(2025, 5, 1),
                    PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.external("市辐危中心危废科"))));
            c.record(new Commendation(null, "先进党支部", CommendationLevel.MUNICIPAL, "市直机关工委", LocalDate.of(2025, 6, 30),
                    PeriodKind.YEAR, null, null, null, null, List.of(Commendation.Recipient.branch(ids.units().get(RosterFixture.BRANCH_2)))));

            assertThat(c.find(new Filter(2025, null, null, null, null))).hasSize(3);
            assertThat(c.find(new Filter(null, CommendationLevel.NATIONAL, null, null, null)))
                    .singleElement().satisfies(x -> assertThat(x.recipients().get(0).displayName()).isEqualTo("市辐危中心危废科"));
            assertThat(c.find(new Filter(null, null, "党员先锋岗", null, null))).hasSize(1);
            assertThat(c.find(new Filter(null, null, null, ids.units().get(RosterFixture.BRANCH_1), null)))
                    .extracting(Commendation::title).containsExactly("优秀共产党员");
            assertThat(c.find(new Filter(null, null, null, ids.units().get(RosterFixture.BRANCH_2), null)))
                    .extracting(Commendation::title).containsExactly("党员先锋岗", "先进党支部");
            assertThat(c.ofMember(chen)).extracting(Commendation::title).containsExactly("党员先锋岗", "优秀共产党员");
        }
    }

    @Test
    void incompleteCommendationsAreRefusedAndTitlesCanBeAdded() {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "干事")) {
            Commendations c = new Commendations(ws);
            assertThatThrownBy(() -> c.record(new Commendation(null, " ", null, null, null, null, null, null, null, null, List.of())))
                    .isInstanceOf(InputRejectedException.class)
                    .hasMessage("荣誉名称不能为空；请选择级别；请填写授予时间；请至少选择一个获奖对象");
            int before = c.titles().size();
            c.addTitle(new CommendationTitle(null, "最美生态环境守护者", CommendationLevel.PROVINCIAL, false, PeriodKind.YEAR, 0));
            assertThat(c.titles()).hasSize(before + 1).last().extracting(CommendationTitle::name).isEqualTo("最美生态环境守护者");
            assertThatThrownBy(() -> c.addTitle(new CommendationTitle(null, "月度作风标兵", null, false, null, 0)))
                    .isInstanceOf(InputRejectedException.class).hasMessage("荣誉名称“月度作风标兵”已在列表中");
            assertThat(ws.database().read().fetchCount(COMMENDATION_RECIPIENT)).isZero();
        }
    }
}
