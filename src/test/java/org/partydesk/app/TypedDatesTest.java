package org.partydesk.app;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedDatesTest {
    @Test
    void aDayIsReadInTheFormsTheLedgersAccept() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        for (String typed : new String[] {"2026-12-03", "2026年12月3日", "2026.12.3", "2026/12/3", "20261203",
                " ２０２６年１２月３日 ", "二〇二六年十二月三日", "2026年12月3日（星期四）"}) {
            assertThat(TypedDates.parse(typed)).as(typed).isEqualTo(day);
        }
    }

    @Test
    void anEmptyFieldIsNoDay() {
        assertThat(TypedDates.parse("  ")).isNull();
        assertThat(TypedDates.parse(null)).isNull();
    }

    @Test
    void whatIsNotAWholeDayIsRefusedSayingWhy() {
        assertThatThrownBy(() -> TypedDates.parse("2026.12")).isInstanceOf(InputRejectedException.class)
                .hasMessage("“2026.12”只写了年月，请写出哪一天，例如 2026-12-03");
        assertThatThrownBy(() -> TypedDates.parse("2026-13-40")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("2026-13-40");
        assertThatThrownBy(() -> TypedDates.parse("下周二")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("无法识别的日期“下周二”");
        assertThatThrownBy(() -> TypedDates.parse("2026年12月上旬")).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("上旬");
    }
}
