package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partydesk.logic.RecruitmentRules;
import org.partydesk.model.Gender;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure checks of one row of the 发展党员台账: dates in the clerks' forms, introducers, the rules quoted. */
class RecruitmentLedgerRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static RowCheck<RecruitmentEntry> check(Object... keysAndCells) {
        Map<String, LedgerCell> row = new HashMap<>();
        for (int i = 0; i < keysAndCells.length; i += 2) {
            Object v = keysAndCells[i + 1];
            row.put((String) keysAndCells[i], v instanceof LocalDate d ? LedgerCell.date(d) : LedgerCell.text((String) v));
        }
        return RecruitmentLedger.validate(row, TODAY, RecruitmentRules.standard());
    }

    @Test
    void aNameIsReadAsTheRosterReadsIt() {
        assertThat(check(RecruitmentLedger.NAME, "王　 芳", RecruitmentLedger.BRANCH, "第一党支部").entry().name())
                .as("spaces aligning a Chinese name are dropped").isEqualTo("王芳");
        assertThat(check(RecruitmentLedger.NAME, "Anna  Li", RecruitmentLedger.BRANCH, "第一党支部").entry().name())
                .as("a Latin name keeps one space, as in the roster").isEqualTo("Anna Li");
        RowCheck<DuesEntry> dues = DuesLedger.validate(Map.of(DuesLedger.NAME, LedgerCell.text("Anna  Li"),
                DuesLedger.BRANCH, LedgerCell.text("第一党支部"), DuesLedger.MONTH, LedgerCell.text("2026-03"),
                DuesLedger.PAID, LedgerCell.number("20"), DuesLedger.PAID_ON, LedgerCell.text("2026-03-15")), TODAY);
        assertThat(dues.problems()).isEmpty();
        assertThat(dues.entry().name()).as("the 党费 ledger reads names as the roster does").isEqualTo("Anna Li");
        assertThat(MemberLedger.name(LedgerCell.text("Anna  Li"))).isEqualTo("Anna Li");
    }

    @Test
    void duesInCapitalsAreAmountsAndAPaymentFarAboveTheDueIsQueried() {
        RowCheck<DuesEntry> capitals = DuesLedger.validate(Map.of(DuesLedger.NAME, LedgerCell.text("张三"),
                DuesLedger.MONTH, LedgerCell.text("2026-03"), DuesLedger.DUE, LedgerCell.text("伍拾元"),
                DuesLedger.PAID, LedgerCell.text("伍拾元整"), DuesLedger.PAID_ON, LedgerCell.text("2026-03-15")), TODAY);
        assertThat(capitals.problems()).isEmpty();
        assertThat(capitals.entry().due()).isEqualByComparingTo("50");
        assertThat(capitals.entry().paid()).isEqualByComparingTo("50");

        RowCheck<DuesEntry> typo = DuesLedger.validate(Map.of(DuesLedger.NAME, LedgerCell.text("张三"),
                DuesLedger.MONTH, LedgerCell.text("2026-03"), DuesLedger.DUE, LedgerCell.number("30"),
                DuesLedger.PAID, LedgerCell.number("3000"), DuesLedger.PAID_ON, LedgerCell.text("2026-03-15")), TODAY);
        assertThat(typo.problems()).extracting(CellProblem::severity, CellProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LedgerMessage.Severity.WARNING, "实缴金额3000元是应缴金额30元的两倍以上，请核对（自愿多交的可以不改）"));

        RowCheck<DuesEntry> words = DuesLedger.validate(Map.of(DuesLedger.NAME, LedgerCell.text("张三"),
                DuesLedger.MONTH, LedgerCell.text("2026-03"), DuesLedger.PAID, LedgerCell.text("已交")), TODAY);
        assertThat(words.problems()).extracting(CellProblem::reason)
                .containsExactly("实缴金额“已交”不是金额；请写数字，如 45.50，或大写，如 肆拾伍元伍角");
    }

    @Test
    void datesInTheFormsClerksWriteAndTwoIntroducerColumns() {
        RowCheck<RecruitmentEntry> c = check(RecruitmentLedger.NAME, "赵 三", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.GENDER, "男", RecruitmentLedger.APPLIED_ON, "二〇二三年一月五日",
                RecruitmentLedger.TALK_ON, "2023.1.20", RecruitmentLedger.ACTIVIST_ON, "20230301",
                RecruitmentLedger.CANDIDATE_ON, LocalDate.of(2024, 3, 5), RecruitmentLedger.INTRODUCER1, "李四",
                RecruitmentLedger.INTRODUCER2, "张伟（第一党支部）", RecruitmentLedger.TRAINING_DAYS, "3天",
                RecruitmentLedger.TRAINING_HOURS, "24.0");
        assertThat(c.problems()).isEmpty();
        RecruitmentEntry e = c.entry();
        assertThat(e.name()).isEqualTo("赵三");
        assertThat(e.gender()).isEqualTo(Gender.MALE);
        assertThat(e.appliedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(e.talkOn()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(e.activistOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(e.candidateOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(e.introducers()).extracting(CommendationEntry.RecipientName::text).containsExactly("李四", "张伟（第一党支部）");
        assertThat(e.introducersKey()).isEqualTo(RecruitmentLedger.INTRODUCER1);
        assertThat(e.trainingDays()).isEqualTo(3);
        assertThat(e.trainingHours()).isEqualTo(24);
    }

    @Test
    void stepsOutOfOrderOrTooEarlyAreErrorsQuotingTheRule() {
        assertThat(check(RecruitmentLedger.NAME, "钱七", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.APPLIED_ON, "2024-01-02", RecruitmentLedger.ADMITTED_ON, "2025-01-10",
                RecruitmentLedger.CONFIRMED_ON, "2025-06-01").problems())
                .extracting(CellProblem::reason).containsExactly("支部大会通过为预备党员的日期是 2025-01-10，预备期到 2026-01-09"
                        + " 才满，最早 2026-01-10 才能转正。按《中国共产党章程》，预备期为一年，从支部大会通过他为预备党员之日算起。");
        assertThat(check(RecruitmentLedger.NAME, "钱七", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.APPLIED_ON, "2024-01-02", RecruitmentLedger.TALK_ON, "2023-12-30").problems())
                .extracting(CellProblem::reason).containsExactly("谈话日期（2023-12-30）早于递交入党申请书日期（2024-01-02）");
        assertThat(check(RecruitmentLedger.NAME, "钱七", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.APPLIED_ON, "2024-01-02", RecruitmentLedger.STOPPED_ON, "2024-05-01").problems())
                .extracting(CellProblem::reason).containsExactly("填写了终止培养日期，请同时填写终止原因");
        assertThat(check(RecruitmentLedger.NAME, "钱七", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.APPLIED_ON, "2024-01-02", RecruitmentLedger.INTRODUCERS, "李四、王五、张伟").problems())
                .extracting(CellProblem::reason).containsExactly("入党介绍人写了 3 名，应为 2 名");
        assertThat(check(RecruitmentLedger.NAME, "钱七", RecruitmentLedger.BRANCH, "第一党支部",
                RecruitmentLedger.APPLIED_ON, "2024-01-02", RecruitmentLedger.TALK_ON, "2024-03-20").problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(LedgerMessage.Severity.WARNING);
                    assertThat(p.reason()).endsWith("党组织收到入党申请书后应在一个月内派人同申请人谈话。");
                });
    }
}
