package org.partydesk.gui.common;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of a date field, without a window: what it accepts, and what it says about what it does not. */
class DayConverterTest {
    private final Forms.DayConverter converter = new Forms.DayConverter();

    @Test
    void aDayWrittenAsInTheLedgersIsTakenAndShownAsIso() {
        assertThat(converter.fromString("2026年12月3日")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(converter.fromString("2026.12.3")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(converter.toString(LocalDate.of(2026, 12, 3))).isEqualTo("2026-12-03");
        assertThat(converter.problem().get()).isEmpty();
    }

    @Test
    void textThatIsNotADayStaysInTheFieldAndTheProblemIsSaid() {
        assertThat(converter.fromString("2026.12")).isNull();
        assertThat(converter.toString(null)).isEqualTo("2026.12"); // not silently emptied
        assertThat(converter.problem().get()).isEqualTo("“2026.12”只写了年月，请写出哪一天，例如 2026-12-03");

        assertThat(converter.fromString("2026-12-03")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(converter.problem().get()).isEmpty();
        assertThat(converter.toString(null)).isEmpty();
    }

    @Test
    void anEmptyFieldIsNoDayAndNoProblem() {
        assertThat(converter.fromString("")).isNull();
        assertThat(converter.problem().get()).isEmpty();
    }
}
