package org.partydesk.gui.dues;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesFixture;
import org.partydesk.model.DuesBaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 党费 screen's view model without a window, on a real SQLite file (today 2026-12-01): the grid of 第一党支部's
 * year with each cell's colour, and the batch entry of November.
 */
class DuesModelTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;
    DuesModel model;
    int first;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        model = new DuesModel(dues);
        first = f.branch("第一党支部");
        dues.setBase(f.member("张伟"), 2026, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
        dues.setBase(f.member("李四"), 2026, DuesBaseKind.PENSION, new BigDecimal("5000"), null, null);
        dues.setBase(f.member("陈新"), 2026, DuesBaseKind.SALARY, new BigDecimal("3000"), null, null);
        for (int m = 1; m <= 10; m++) {
            dues.pay(f.member("张伟"), YearMonth.of(2026, m), new BigDecimal("45"), LocalDate.of(2026, m, 10), "王组织", null);
        }
        for (int m = 1; m <= 5; m++) {
            dues.pay(f.member("李四"), YearMonth.of(2026, m), new BigDecimal("25"), LocalDate.of(2026, m, 10), "王组织", null);
        }
        dues.waive(f.member("陈新"), YearMonth.of(2026, 3), "机关党委批准");
        for (int m = 4; m <= 11; m++) {
            dues.pay(f.member("陈新"), YearMonth.of(2026, m), new BigDecimal("15"), LocalDate.of(2026, m, 20), "王组织", null);
        }
        model.show(model.load(first, 2026).run(Progress.NONE));
    }

    @AfterEach
    void close() {
        f.close();
    }

    Dues.MemberYear row(String name) {
        return model.rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theGridColoursPaidDueBehindAndWaivedMonths() {
        assertThat(model.rows).extracting(Dues.MemberYear::name).containsExactlyInAnyOrder("张伟", "李四", "陈新");
        Dues.MemberYear li = row("李四");
        assertThat(li.behind()).isEqualTo(6);
        assertThat(model.cell(li, 0)).isEqualTo(DuesModel.Cell.PAID);
        assertThat(model.cell(li, 5)).as("June, in the run of six").isEqualTo(DuesModel.Cell.BEHIND);
        assertThat(model.cell(li, 11)).as("December can still be paid").isEqualTo(DuesModel.Cell.DUE);
        assertThat(DuesModel.text(li.months().get(5))).isEqualTo("25.00");
        Dues.MemberYear zhang = row("张伟");
        assertThat(model.cell(zhang, 10)).as("one month unpaid is due, not behind").isEqualTo(DuesModel.Cell.DUE);
        Dues.MemberYear chen = row("陈新");
        assertThat(model.cell(chen, 1)).as("before he joined").isEqualTo(DuesModel.Cell.NONE);
        assertThat(DuesModel.text(chen.months().get(1))).isEmpty();
        assertThat(model.cell(chen, 2)).isEqualTo(DuesModel.Cell.WAIVED);
        assertThat(chen.base().amount()).isEqualTo(new BigDecimal("3000.00"));
    }

    @Test
    void aMonthsCollectionIsEnteredInOneGo() throws Exception {
        model.prepareBatch(11);
        assertThat(model.batch).extracting(l -> l.name() + ":" + l.due() + ":" + l.amount().get())
                .containsExactlyInAnyOrder("张伟:45.00:45.00", "李四:25.00:25.00");
        model.batch.stream().filter(l -> l.name().equals("李四")).findFirst().orElseThrow().amount().set("二十五");
        assertThatThrownBy(() -> model.recordBatch(first, 2026, 11, "2026-11-28", "王组织").run(Progress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("“李四”的金额“二十五”不是数字");
        model.batch.stream().filter(l -> l.name().equals("李四")).findFirst().orElseThrow().amount().set("");
        assertThatThrownBy(() -> model.recordBatch(first, 2026, 11, "2026年11月", "王组织").run(Progress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("只写了年月");
        model.show(model.recordBatch(first, 2026, 11, "2026年11月28日", "王组织").run(Progress.NONE));
        assertThat(model.batch).isEmpty();
        assertThat(model.cell(row("张伟"), 10)).isEqualTo(DuesModel.Cell.PAID);
        assertThat(model.cell(row("李四"), 10)).as("left blank: not recorded").isEqualTo(DuesModel.Cell.BEHIND);
        assertThat(dues.month(f.member("张伟"), YearMonth.of(2026, 11)).payment().collector()).isEqualTo("王组织");
    }

    @Test
    void theBranchsTotalsOfEachMonthAndTheYearStandUnderTheGrid() {
        assertThat(model.totals).extracting(DuesModel.TotalsLine::labelKey)
                .containsExactly("dues.totals.due", "dues.totals.paid", "dues.totals.rate");
        // January: 张伟 45 and 李四 25 due and paid (陈新 not yet a member); the year's column last
        assertThat(model.totals.get(0).cells()).hasSize(13);
        assertThat(model.totals.get(0).cells().get(0)).isEqualTo("70.00");
        assertThat(model.totals.get(1).cells().get(0)).isEqualTo("70.00");
        assertThat(model.totals.get(2).cells().get(0)).isEqualTo("100.0%");
        Dues.Totals year = dues.branchYear(first, 2026).get(12);
        assertThat(model.totals.get(1).cells().get(12)).isEqualTo(year.paid().toPlainString());
    }

    @Test
    void aBaseIsSetAndAMonthsRangeHandedOverFromTheScreen() throws Exception {
        int wang = f.member("张伟");
        assertThatThrownBy(() -> model.setBase(first, 2026, wang, DuesBaseKind.SALARY, "四千", "", "").run(Progress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("党费基数“四千”不是数字");
        model.show(model.setBase(first, 2026, wang, DuesBaseKind.SALARY, "6000", "100", "调资").run(Progress.NONE));
        assertThat(row("张伟").base().amount()).isEqualTo(new BigDecimal("6000.00"));
        assertThat(dues.due(wang, YearMonth.of(2026, 12))).as("the voluntary 100 元 is more than 1.5% of 6000")
                .contains(new BigDecimal("100.00"));

        // January to March: 张伟 45 × 3, 李四 25 × 3, 陈新 nothing (March waived, not yet a member before)
        assertThat(model.collected(1, 3)).isEqualByComparingTo("210");
        assertThatThrownBy(() -> model.remit(first, 2026, 1, 3, "210", " ", null).run(Progress.NONE))
                .hasMessageContaining("请填写上缴日期");
        model.show(model.remit(first, 2026, 1, 3, "210", "2026年4月8日", "一季度").run(Progress.NONE));
        int li = f.member("李四");
        assertThatThrownBy(() -> model.waive(first, 2026, li, 12, " ").run(Progress.NONE)).hasMessageContaining("须写明批准情况");
        model.show(model.waive(first, 2026, li, 12, "支部委员会12月3日批准（住院）").run(Progress.NONE));
        assertThat(model.cell(row("李四"), 11)).isEqualTo(DuesModel.Cell.WAIVED);
        assertThat(dues.remittances(first)).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualByComparingTo("210");
            assertThat(r.from()).isEqualTo(YearMonth.of(2026, 1));
            assertThat(r.to()).isEqualTo(YearMonth.of(2026, 3));
        });
    }
}
