package org.partydesk.gui.dues;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesFixture;
import org.partydesk.model.DuesBaseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.gui.FormTesting.audits;
import static org.partydesk.gui.FormTesting.now;

/**
 * The 党费 screen's forms (党费基数, 减免, 上缴) without a window (decision 0054), on a real SQLite file (today
 * 2026-12-01): a refusal keeps every field as typed, says why in the form and writes nothing; corrected, the form
 * writes once and the grid is read again.
 */
class DuesFormsTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;
    DuesModel model;
    int first;
    int saved;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
        model = new DuesModel(dues);
        first = f.branch("第一党支部");
        dues.setBase(f.member("张伟"), 2026, DuesBaseKind.SALARY, new BigDecimal("4500"), null, null);
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
    void aBaseNotANumberIsRefusedKeepingWhatWasTypedThenSavedOnce() {
        DuesModel.BaseForm form = model.baseForm(first, 2026, row("张伟"));
        assertThat(form.kind.get()).as("the base he has").isEqualTo(DuesBaseKind.SALARY);
        assertThat(form.amount.get()).isEqualTo("4500.00");
        form.amount.set("46oo");
        form.voluntary.set("100");
        form.note.set("调资");
        int before = audits(f.ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isEqualTo("党费基数“46oo”不是数字；请写如 4500 或 45.50");
        assertThat(form.kind.get()).isEqualTo(DuesBaseKind.SALARY);
        assertThat(form.amount.get()).isEqualTo("46oo");
        assertThat(form.voluntary.get()).isEqualTo("100");
        assertThat(form.note.get()).isEqualTo("调资");
        assertThat(saved).isZero();
        assertThat(audits(f.ws)).isEqualTo(before);
        assertThat(row("张伟").base().amount()).isEqualTo(new BigDecimal("4500.00"));

        form.amount.set("4600");
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(form.problem().get()).isEmpty();
        assertThat(audits(f.ws)).isGreaterThan(before);
        assertThat(row("张伟").base().amount()).as("the grid read again").isEqualTo(new BigDecimal("4600.00"));
    }

    @Test
    void aWaiverWithoutItsApprovalIsRefusedKeepingTheMonthThenSavedOnce() {
        DuesModel.WaiveForm form = model.waiveForm(first, 2026, f.member("张伟"));
        assertThat(form.month.get()).as("this month").isEqualTo(12);
        form.month.set(11);
        int before = audits(f.ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).isNotBlank();
        assertThat(form.month.get()).isEqualTo(11);
        assertThat(saved).isZero();
        assertThat(audits(f.ws)).isEqualTo(before);
        assertThat(model.cell(row("张伟"), 10)).isNotEqualTo(DuesModel.Cell.WAIVED);

        form.approval.set("机关党委批准");
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(model.cell(row("张伟"), 10)).isEqualTo(DuesModel.Cell.WAIVED);
    }

    @Test
    void aRemittanceWithItsMonthsReversedIsRefusedKeepingEveryFieldThenSavedOnceAndACancelledOneWritesNothing() {
        DuesModel.RemitForm form = model.remitForm(first, 2026);
        form.from.set(9);
        form.to.set(3);
        form.amount.set("120");
        form.on.set("2026年11月30日");
        form.note.set("三季度");
        int before = audits(f.ws);

        model.save(form, now(), () -> saved++);

        assertThat(form.problem().get()).startsWith("上缴的起止月份颠倒了");
        assertThat(form.from.get()).isEqualTo(9);
        assertThat(form.to.get()).isEqualTo(3);
        assertThat(form.amount.get()).as("a range the wrong way round does not refill the amount").isEqualTo("120");
        assertThat(form.on.get()).isEqualTo("2026年11月30日");
        assertThat(form.note.get()).isEqualTo("三季度");
        assertThat(saved).isZero();
        assertThat(audits(f.ws)).isEqualTo(before);
        assertThat(dues.remittances(first)).isEmpty();

        form.from.set(1);
        form.amount.set("120");
        model.save(form, now(), () -> saved++);

        assertThat(saved).isEqualTo(1);
        assertThat(dues.remittances(first)).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(YearMonth.of(2026, 1));
            assertThat(r.to()).isEqualTo(YearMonth.of(2026, 3));
            assertThat(r.amount()).isEqualByComparingTo("120");
        });

        int after = audits(f.ws);
        DuesModel.RemitForm cancelled = model.remitForm(first, 2026); // filled, then 取消
        cancelled.note.set("四季度");
        assertThat(audits(f.ws)).isEqualTo(after);
        assertThat(dues.remittances(first)).hasSize(1);
    }
}
