package org.partydesk.logic.ledgers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partydesk.model.Cadence;

import static org.assertj.core.api.Assertions.assertThat;

/** 时间节点 as responsibility lists write them (decision 0015). */
class TimeNodesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3-4月|2025-04-30",
            "3月至4月|2025-04-30",
            "3月—4月前|2025-04-30",
            "2025年3-4月|2025-04-30",
            "三月至四月|2025-04-30",
            "2025年底|2025-12-31",
            "2025年底前|2025-12-31",
            "上半年|2025-06-30",
            "年中|2025-06-30",
            "上半年前完成|2025-06-30",
            "下半年|2025-12-31",
            "5月下旬|2025-05-31",
            "二〇二五年六月二十八日|2025-06-28"})
    void spokenNodesAreOneDeadline(String text, String due) {
        ResponsibilityLedger.Deadline d = ResponsibilityLedger.deadline(LedgerCell.text(text), 2025);
        assertThat(d.cadence()).isEqualTo(Cadence.ONCE);
        assertThat(d.onceOn()).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void theStartOfAMonthIsItsTenthWithANote() {
        ResponsibilityLedger.Deadline d = ResponsibilityLedger.deadline(LedgerCell.text("4月初前"), 2025);
        assertThat(d.onceOn()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(d.note()).isEqualTo("“4月初前”按该旬最后一天（2025-04-10）记录");
        assertThat(ResponsibilityLedger.deadline(LedgerCell.text("6月中旬"), 2025).onceOn()).isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void monthlyIsAMonthlyCadenceAndTheOldFormsStay() {
        for (String monthly : new String[] {"每月", "按月", "每个月", "逐月", "月度", "每月一次"}) {
            assertThat(ResponsibilityLedger.deadline(LedgerCell.text(monthly), 2025)).isEqualTo(
                    new ResponsibilityLedger.Deadline(Cadence.MONTHLY, null, null));
        }
        assertThat(ResponsibilityLedger.deadlineValue(Cadence.MONTHLY, null)).isEqualTo("每月");
        assertThat(ResponsibilityLedger.deadline(LedgerCell.text("每半年"), 2025).cadence()).isEqualTo(Cadence.HALF_YEARLY);
        assertThat(ResponsibilityLedger.deadline(LedgerCell.text("年底前"), 2025).cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(ResponsibilityLedger.deadline(LedgerCell.text("6月底前"), 2025).onceOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(ResponsibilityLedger.deadline(LedgerCell.text("每季度"), 2025).cadence()).isEqualTo(Cadence.QUARTERLY);
    }
}
