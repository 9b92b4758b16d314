package org.partydesk.app.dues;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.DuesPayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;

/**
 * 党费 on a real SQLite file (from empty, a clerk's roster, today 2026-12-01): bases with their history, the due of
 * each month, payments and 补缴, 减免 with the approval, a 预备党员 from the month admitted, branch totals, 上缴,
 * members 3 and 6 months behind, the year's 收缴率.
 */
class DuesTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;
    int zhang;
    int li;
    int wang;
    int chen;
    int first;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        zhang = f.member("张伟");
        li = f.member("李四");
        wang = f.member("王五");
        chen = f.member("陈新");
        first = f.branch("第一党支部");
    }

    @AfterEach
    void close() {
        f.close();
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static YearMonth m(int month) {
        return YearMonth.of(2026, month);
    }

    void payMonths(int member, int from, int to) {
        for (int i = from; i <= to; i++) {
            BigDecimal due = dues.due(member, m(i)).orElseThrow();
            dues.pay(member, m(i), due, m(i).atDay(10), "组织委员", null);
        }
    }

    void bases() {
        dues.setBase(zhang, 2026, DuesBaseKind.SALARY, yuan("4500"), null, null);
        dues.setBase(li, 2026, DuesBaseKind.PENSION, yuan("5000"), null, null);
        dues.setBase(wang, 2026, DuesBaseKind.STUDENT, null, null, null);
        dues.setBase(chen, 2026, DuesBaseKind.SALARY, yuan("3000"), null, null);
    }

    @Test
    void theDueOfEachMonthFollowsTheBaseOfItsYearAndItsHistory() {
        dues.setBase(zhang, 2025, DuesBaseKind.SALARY, yuan("2900"), null, "2024年工资");
        bases();
        assertThat(dues.due(zhang, YearMonth.of(2025, 6))).contains(yuan("14.50"));
        assertThat(dues.due(zhang, m(6))).contains(yuan("45.00"));
        assertThat(dues.due(li, m(6))).contains(yuan("25.00"));
        assertThat(dues.due(wang, m(6))).contains(yuan("0.20"));
        assertThat(dues.due(f.member("赵六"), m(6))).as("no base: nothing to reckon").isEmpty();
        // no base for 2027 yet: the 2026 base carries on
        assertThat(dues.due(zhang, YearMonth.of(2027, 1))).contains(yuan("45.00"));

        payMonths(zhang, 1, 2);
        dues.setBase(zhang, 2026, DuesBaseKind.SALARY, yuan("4500"), yuan("60"), "自愿多交");
        assertThat(dues.history(zhang)).extracting(b -> b.year() + ":" + b.amount() + ":" + b.voluntary())
                .containsExactly("2025:2900.00:null", "2026:4500.00:60.00");
        assertThat(dues.due(zhang, m(1))).as("a recorded month keeps its due").contains(yuan("45.00"));
        assertThat(dues.due(zhang, m(3))).as("the voluntary amount is higher").contains(yuan("60.00"));
        assertThat(f.ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("dues_base")
                .and(AUDIT_LOG.ACTION.eq("UPDATE")))).isEqualTo(1);
    }

    @Test
    void aProbationaryMemberPaysFromTheMonthHeWasAdmitted() {
        bases();
        assertThat(dues.due(chen, m(2))).isEmpty();
        assertThat(dues.due(chen, m(3))).contains(yuan("15.00"));
        assertThatThrownBy(() -> dues.pay(chen, m(2), yuan("15"), LocalDate.of(2026, 3, 20), "组织委员", null))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("2026-03-15 入党，2026年2月还不需交纳党费").hasMessageContaining("预备党员");
    }

    @Test
    void paymentsBackPaymentsAndWaiversAreRecordedAndAudited() {
        bases();
        DuesPayment jan = dues.pay(zhang, m(1), yuan("45"), LocalDate.of(2026, 1, 12), "组织委员", null);
        assertThat(jan.settled()).isTrue();
        assertThat(jan.backPayment()).isFalse();
        DuesPayment mar = dues.pay(zhang, m(3), yuan("45.00"), LocalDate.of(2026, 5, 10), "组织委员", "补缴3月");
        assertThat(mar.backPayment()).isTrue();
        assertThat(dues.month(zhang, m(3)).backPayment()).isTrue();
        DuesPayment part = dues.pay(zhang, m(4), yuan("20"), LocalDate.of(2026, 4, 10), "组织委员", null);
        assertThat(dues.month(zhang, m(4)).state()).isEqualTo(DuesMonth.State.PARTIAL);
        assertThat(part.settled()).isFalse();

        assertThatThrownBy(() -> dues.waive(wang, m(5), " ")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("须写明批准情况");
        DuesPayment w = dues.waive(wang, m(5), "第二党支部委员会2026年5月8日批准（困难）");
        assertThat(w.waived()).isTrue();
        assertThat(dues.month(wang, m(5)).state()).isEqualTo(DuesMonth.State.WAIVED);

        assertThatThrownBy(() -> dues.pay(zhang, m(5), yuan("45.001"), LocalDate.of(2026, 5, 10), null, null))
                .hasMessageContaining("金额最多两位小数");
        assertThatThrownBy(() -> dues.pay(zhang, m(5), yuan("45"), null, null, null)).hasMessageContaining("交纳日期");
        assertThatThrownBy(() -> dues.pay(f.member("赵六"), m(5), yuan("10"), LocalDate.of(2026, 5, 10), null, null))
                .hasMessageContaining("还没有核定2026年的党费基数");
        assertThat(f.ws.database().read().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("dues_payment"))).isEqualTo(4);
    }

    @Test
    void membersBehindThreeMonthsAreRemindedAndSixMonthsFlaggedForTheSecretary() {
        bases();
        payMonths(zhang, 1, 11);
        payMonths(li, 1, 5);     // June to November unpaid: 6 months
        payMonths(wang, 1, 8);   // September to November: 3 months
        payMonths(chen, 3, 9);   // October and November: 2 months, not yet reminded
        List<Dues.BehindMember> behind = dues.behind(null);
        assertThat(behind).extracting(b -> b.name() + ":" + b.months() + ":" + b.flagged() + ":" + b.since() + ":" + b.owed())
                .containsExactly("李四:6:true:2026-06:150.00", "王五:3:false:2026-09:0.60");
        assertThat(dues.behind(first)).extracting(Dues.BehindMember::name).containsExactly("李四");
        assertThat(dues.rules().flagRule()).contains("自行脱党");
        // the 工作台's reminders: the six months for the secretary with the rule first, then the three
        List<org.partydesk.app.dashboard.Reminders.Reminder> reminders = new org.partydesk.app.dashboard.Reminders(f.ws)
                .on(LocalDate.of(2026, 12, 1)).stream().filter(r -> r.kind().name().startsWith("DUES")).toList();
        assertThat(reminders).extracting(r -> r.kind() + ":" + r.overdue() + ":" + r.memberId())
                .containsExactly("DUES_FLAGGED:true:" + li, "DUES_BEHIND:false:" + wang);
        assertThat(reminders.get(0).text()).startsWith("“李四”（第一党支部）自2026年6月起连续 6 个月未交纳党费，共 150.00 元。")
                .contains("自行脱党").endsWith("请党支部书记了解原因并按规定处理。");
        assertThat(reminders.get(1).text()).endsWith("共 0.60 元，请党支部提醒其补交。");

        // paying one month back (补缴) breaks the run of six
        dues.pay(li, m(11), yuan("25"), LocalDate.of(2026, 12, 1), "组织委员", null);
        assertThat(dues.behind(null)).extracting(Dues.BehindMember::name).containsExactly("王五");
    }

    @Test
    void branchTotalsRemittancesAndTheYearsCollectionRate() {
        bases();
        payMonths(zhang, 1, 11);
        payMonths(li, 1, 5);
        dues.pay(chen, m(3), yuan("15"), LocalDate.of(2026, 3, 20), "组织委员", null);
        dues.waive(chen, m(4), "机关党委批准（2026）3号");

        Dues.Totals nov = dues.branchMonth(first, m(11));
        assertThat(nov.members()).isEqualTo(3);
        assertThat(nov.due()).isEqualTo(yuan("85.00"));   // 45 + 25 + 15
        assertThat(nov.paid()).isEqualTo(yuan("45.00"));

        List<Dues.Totals> year = dues.branchYear(first, 2026);
        assertThat(year).hasSize(13);
        assertThat(year.get(0).due()).isEqualTo(yuan("70.00"));   // January: no 陈新 yet
        assertThat(year.get(3).waived()).isEqualTo(1);            // April: 陈新's 减免
        Dues.Totals whole = year.get(12);
        // 张伟 12×45 + 李四 12×25 + 陈新 (10 months − 1 waived)×15
        assertThat(whole.due()).isEqualTo(yuan("975.00"));
        assertThat(whole.paid()).isEqualTo(yuan("635.00"));      // 11×45 + 5×25 + 15
        assertThat(whole.members()).isEqualTo(3);

        dues.remit(first, m(1), m(6), yuan("400"), LocalDate.of(2026, 7, 5), "上缴机关党委");
        assertThatThrownBy(() -> dues.remit(first, m(6), m(1), yuan("1"), LocalDate.of(2026, 7, 5), null))
                .hasMessageContaining("起止月份颠倒");
        assertThat(dues.remittances(first)).extracting(r -> r.branchName() + ":" + r.from() + "~" + r.to() + ":" + r.amount())
                .containsExactly("第一党支部:2026-01~2026-06:400.00");

        Dues.YearFigures y = dues.year(2026);
        // December is this month: counted as due; 王五 12×0.20 unpaid
        assertThat(y.due()).isEqualTo(yuan("977.40"));
        assertThat(y.paid()).isEqualTo(yuan("635.00"));
        assertThat(y.rate()).isEqualTo(new BigDecimal("0.6497"));
        assertThat(y.behind6()).as("李四 (June to November), 王五 (all year), 陈新 (May to November)").isEqualTo(3);
        assertThat(dues.year(2019).due()).isEqualTo(yuan("0.00"));
    }

    @Test
    void aMemberMovedInTheYearCountsUnderEachBranchForTheMonthsHeBelongedToIt() {
        bases();
        int second = f.branch("第二党支部");
        new org.partydesk.app.org.Members(f.ws).move(zhang, second, LocalDate.of(2026, 7, 1));

        Dues.YearByBranch year = dues.yearByBranch(2026);
        // 张伟 45 a month, January to June in 第一党支部 and July to December in 第二党支部; 李四 25×12, 陈新 15×10, 王五 0.20×12
        assertThat(year.branches()).extracting(b -> b.unit() + ":" + b.due().toPlainString())
                .containsExactly("第一党支部:720.00", "第二党支部:272.40");
        assertThat(year.total().due()).isEqualByComparingTo("992.40");
        assertThat(dues.year(2026).due()).isEqualByComparingTo(year.total().due());

        // the month ends read together give each day what a read of that day gives
        var members = new org.partydesk.store.MemberRepository(f.ws.database());
        List<LocalDate> ends = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ends.add(m(i).atEndOfMonth());
        }
        Map<LocalDate, Map<Integer, Integer>> together = members.branchIdsOfAll(ends);
        for (LocalDate end : ends) {
            assertThat(together.get(end)).as(end.toString()).isEqualTo(members.branchIdsOfAll(end));
        }
        assertThat(together.get(m(6).atEndOfMonth())).containsEntry(zhang, first);
        assertThat(together.get(m(7).atEndOfMonth())).containsEntry(zhang, second);
    }

    @Test
    void aMonthsCollectionIsEnteredForSeveralMembersAtOnce() {
        bases();
        List<DuesPayment> done = dues.payAll(m(11), Map.of(zhang, yuan("45"), li, yuan("25"), chen, yuan("15")),
                LocalDate.of(2026, 11, 28), "组织委员");
        assertThat(done).hasSize(3).allMatch(DuesPayment::settled);
        assertThat(dues.branchMonth(first, m(11)).paid()).isEqualTo(yuan("85.00"));
    }
}
