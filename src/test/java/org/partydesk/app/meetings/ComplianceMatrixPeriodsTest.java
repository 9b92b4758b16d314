package org.partydesk.app.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.partydesk.model.CompliancePeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** Which months of the 红黄旗 matrix are over, in progress (进行中) or not begun (未开始) on a given day. */
class ComplianceMatrixPeriodsTest {
    @Test
    void aMonthNotYetOverIsInProgressNotRated() {
        List<CompliancePeriod> months = IntStream.rangeClosed(1, 12).mapToObj(m -> CompliancePeriod.ofMonth(2026, m)).toList();
        ComplianceMatrix m = new ComplianceMatrix(2026, months, List.of(), List.of(), LocalDate.of(2026, 12, 5));
        assertThat(m.ongoing(10)).as("November is over").isFalse();
        assertThat(m.started(11)).isTrue();
        assertThat(m.ongoing(11)).as("December is in progress").isTrue();
        ComplianceMatrix lastDay = new ComplianceMatrix(2026, months, List.of(), List.of(), LocalDate.of(2026, 11, 30));
        assertThat(lastDay.ongoing(10)).as("on its last day a month is not over yet").isTrue();
        assertThat(lastDay.started(11)).isFalse();
    }
}
