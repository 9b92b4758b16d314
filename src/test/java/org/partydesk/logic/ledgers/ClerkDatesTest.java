package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as clerks write them (decision 0015): Chinese numerals, 上中下旬, weekdays, half days, ranges, no year, text serials. */
class ClerkDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "二〇二五年六月二十八日|2025-06-28",
            "二零二五年六月二十八日|2025-06-28",
            "二〇二五年十二月十日|2025-12-10",
            "二〇二五年十月三十一日|2025-10-31",
            "二〇二四年二月二十九日|2024-02-29",
            "2025年5月8日（星期四）|2025-05-08",
            "2025年5月8日(周四)|2025-05-08",
            "2025年5月8日星期四下午|2025-05-08",
            "45678|2025-01-21"})
    void datesAsWritten(String text, String expected) {
        assertThat(LedgerDates.parse(text).date()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void tenDayPeriodsAreTheirFirstDayWithANote() {
        LedgerDates.ParsedDate d = LedgerDates.parse("2025年5月上旬");
        assertThat(d.date()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(d.note()).isEqualTo("只写了“上旬”，按该旬第一天（2025-05-01）记录");
        assertThat(LedgerDates.parse("2025年5月中旬").date()).isEqualTo(LocalDate.of(2025, 5, 11));
        assertThat(LedgerDates.parse("2025年5月下旬").date()).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(LedgerDates.parse("5月下旬", 2024).date()).isEqualTo(LocalDate.of(2024, 5, 21));
    }

    @Test
    void aMonthAndDayTakeTheYearOfTheTitle() {
        assertThat(LedgerDates.yearInTitle(List.of("机关第一党支部2025年三会一课台账"))).isEqualTo(2025);
        assertThat(LedgerDates.yearInTitle(List.of("二〇二四年度评先创优台账"))).isEqualTo(2024);
        assertThat(LedgerDates.yearInTitle(List.of("2024年", "2025年"))).isNull();
        assertThat(LedgerDates.yearInTitle(List.of("三会一课台账"))).isNull();
        assertThat(LedgerDates.parse("5月8日", 2025).date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(LedgerDates.parse(LedgerCell.text("5月8日"), 2025).date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThatThrownBy(() -> LedgerDates.parse("5月8日")).hasMessage("日期“5月8日”没有年份，标题中也没有写年份；"
                + "请写全年份，如 2025年5月8日，或在标题中写明年份（如 2025年三会一课台账）");
    }

    @Test
    void aCommendationDateWithoutAYearTakesTheTitles() {
        Map<String, LedgerCell> row = new HashMap<>();
        row.put(CommendationLedger.TITLE, LedgerCell.text("优秀共产党员"));
        row.put(CommendationLedger.RECIPIENTS, LedgerCell.text("张三"));
        row.put(CommendationLedger.AWARDED_ON, LedgerCell.text("六月二十八日"));
        assertThat(CommendationLedger.validate(row, LocalDate.of(2026, 1, 1), 2025).entry().awardedOn())
                .isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(CommendationLedger.validate(row, LocalDate.of(2026, 1, 1)).hasError()).isTrue();
    }

    @Test
    void aRosterDateInChineseNumerals() {
        assertThat(MemberLedger.rosterDate(List.of("党员花名册（截至二〇二五年十二月三十一日）")).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aSerialStoredAsTextIsReadWithANote() {
        assertThat(LedgerDates.parse("45678").note()).isEqualTo("“45678”是以文本保存的 Excel 日期序号，按2025-01-21记录，请核对");
        assertThat(LedgerDates.parse(LedgerCell.number("45678")).note()).as("a number cell without a date format")
                .isEqualTo("“45678”是 Excel 日期序号（该格没有设为日期格式），按2025-01-21记录，请核对");
        assertThat(LedgerDates.parse(LedgerCell.text("45678")).note()).isEqualTo("“45678”是以文本保存的 Excel 日期序号，按2025-01-21记录，请核对");
        assertThatThrownBy(() -> LedgerDates.parse("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesHalfDaysAndRanges() {
        var t = LedgerDates.parseDateTime("2025年5月8日（星期四）下午", null);
        assertThat(t.date().date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(t.start()).isEqualTo(LocalTime.of(14, 30));
        assertThat(t.note()).isEqualTo("只写了“下午”，没有具体时刻，按14:30记录");
        var r = LedgerDates.parseDateTime("2025-05-08 9:00-11:00", null);
        assertThat(r.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(r.end()).isEqualTo(LocalTime.of(11, 0));
        var em = LedgerDates.parseDateTime("2025年5月8日 9:00—11:30", null);
        assertThat(em.end()).isEqualTo(LocalTime.of(11, 30));
        var pm = LedgerDates.parseDateTime("5月8日下午2:30-4:30", 2025);
        assertThat(pm.date().date()).isEqualTo(LocalDate.of(2025, 5, 8));
        assertThat(pm.start()).isEqualTo(LocalTime.of(14, 30));
        assertThat(pm.end()).isEqualTo(LocalTime.of(16, 30));
        assertThat(LedgerDates.parseDateTime("2025年5月8日下午3点半", null).start()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void aMeetingRangeKeepsItsStartAndPutsItsEndInTheMinutes() {
        Map<String, LedgerCell> row = new HashMap<>();
        row.put(MeetingLedger.BRANCH, LedgerCell.text("第一党支部"));
        row.put(MeetingLedger.TYPES, LedgerCell.text("党课"));
        row.put(MeetingLedger.THEME, LedgerCell.text("学习"));
        row.put(MeetingLedger.HELD_AT, LedgerCell.text("5月8日（星期四）9:00—11:00"));
        row.put(MeetingLedger.MINUTES, LedgerCell.text("传达文件精神"));
        MeetingLedger.RowResult r = MeetingLedger.validate(row, LocalDate.of(2026, 1, 1), 2025);
        assertThat(r.problems()).isEmpty();
        assertThat(r.entry().heldAt()).isEqualTo(LocalDateTime.of(2025, 5, 8, 9, 0));
        assertThat(r.entry().minutes()).isEqualTo("会议时间：09:00—11:00\n传达文件精神");
        assertThat(MeetingLedger.validate(row, LocalDate.of(2026, 1, 1)).problems()).extracting(CellProblem::reason)
                .containsExactly("日期“5月8日”没有年份，标题中也没有写年份；请写全年份，如 2025年5月8日，或在标题中写明年份（如 2025年三会一课台账）");
    }
}
