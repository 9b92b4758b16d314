package org.partydesk.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partydesk.model.DuesBaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 党费 rules of {@code dues-rules.properties} at each bracket edge: an edge belongs to the lower bracket
 * (3000 元 pays 0.5%, 3000.01 元 pays 1%); the whole base is taken at its bracket's rate; amounts are rounded to
 * 0.01 元 half-up; the fixed kinds pay 0.2 元; a voluntary amount is kept when it is higher.
 */
class DuesRulesTest {
    final DuesRules rules = DuesRules.standard();

    @ParameterizedTest(name = "税后工资 {0} 元 → {1}% = {2} 元")
    @CsvSource({
            "0, 0.5, 0.00",
            "1000, 0.5, 5.00",
            "2999.99, 0.5, 15.00",
            "3000, 0.5, 15.00",
            "3000.01, 1, 30.00",
            "4999.99, 1, 50.00",
            "5000, 1, 50.00",
            "5000.01, 1.5, 75.00",
            "9999.99, 1.5, 150.00",
            "10000, 1.5, 150.00",
            "10000.01, 2, 200.00",
            "12345.67, 2, 246.91"})
    void salaryBracketsIncludeTheirUpperEdge(String base, String percent, String due) {
        BigDecimal amount = new BigDecimal(base);
        assertThat(rules.percent(DuesBaseKind.SALARY, amount)).isEqualByComparingTo(percent);
        assertThat(rules.monthly(DuesBaseKind.SALARY, amount, null)).isEqualTo(new BigDecimal(due));
    }

    @ParameterizedTest(name = "离退休费 {0} 元 → {1}% = {2} 元")
    @CsvSource({
            "2000, 0.5, 10.00",
            "5000, 0.5, 25.00",
            "5000.01, 1, 50.00",
            "8000, 1, 80.00"})
    void pensionBracketsIncludeTheirUpperEdge(String base, String percent, String due) {
        BigDecimal amount = new BigDecimal(base);
        assertThat(rules.percent(DuesBaseKind.PENSION, amount)).isEqualByComparingTo(percent);
        assertThat(rules.monthly(DuesBaseKind.PENSION, amount, null)).isEqualTo(new BigDecimal(due));
    }

    @Test
    void roundingIsToTheFenHalfUp() {
        // 3456.70 × 1% = 34.567 → 34.57; 3456.50 × 1% = 34.565 → 34.57 (half-up); 3456.40 × 1% = 34.564 → 34.56
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("3456.70"), null)).isEqualTo(new BigDecimal("34.57"));
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("3456.50"), null)).isEqualTo(new BigDecimal("34.57"));
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("3456.40"), null)).isEqualTo(new BigDecimal("34.56"));
        // 1234.5 × 0.5% = 6.1725 → 6.17
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("1234.50"), null)).isEqualTo(new BigDecimal("6.17"));
    }

    @Test
    void studentsTheUnemployedAndThoseOnMinimumAllowancePayAFixedAmount() {
        for (DuesBaseKind k : new DuesBaseKind[] {DuesBaseKind.STUDENT, DuesBaseKind.UNEMPLOYED, DuesBaseKind.SUBSISTENCE}) {
            assertThat(rules.percent(k, BigDecimal.ZERO)).isNull();
            assertThat(rules.monthly(k, new BigDecimal("9000"), null)).as("%s ignores the amount", k)
                    .isEqualTo(new BigDecimal("0.20"));
            assertThat(rules.rule(k)).contains("0.2元");
        }
    }

    @Test
    void aVoluntaryAmountIsKeptOnlyWhenHigher() {
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("4000"), new BigDecimal("100")))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(rules.monthly(DuesBaseKind.SALARY, new BigDecimal("4000"), new BigDecimal("20")))
                .isEqualTo(new BigDecimal("40.00"));
        assertThat(rules.monthly(DuesBaseKind.STUDENT, BigDecimal.ZERO, new BigDecimal("1"))).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void aProbationaryMemberPaysFromTheMonthHeWasAdmittedAndSixMonthsAreFlagged() {
        assertThat(rules.firstMonth(LocalDate.of(2026, 3, 31))).isEqualTo(YearMonth.of(2026, 3));
        assertThat(rules.remindMonths()).isEqualTo(3);
        assertThat(rules.flagMonths()).isEqualTo(6);
        assertThat(rules.flagRule()).contains("六个月");
        assertThat(rules.startRule()).contains("预备党员");
    }
}
