package org.partydesk.logic.ledgers;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2019-07-01", "2019/7/1", "2019.07.01", "2019年7月1日", "20190701", " 2019 - 07 - 01 ",
            "２０１９－０７－０１", "２０１９年７月１日", "2019-07-01 00:00:00", "2019.7.1", "2019年07月01号"})
    void fullDates(String text) {
        LedgerDates.ParsedDate d = LedgerDates.parse(text);
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(d.monthOnly()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019.07", "2019年7月", "2019-7", "2019/07", "201907", "２０１９．０７", "2019年7"})
    void monthOnlyDates(String text) {
        LedgerDates.ParsedDate d = LedgerDates.parse(text);
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 7, 1));
        assertThat(d.monthOnly()).isTrue();
        assertThat(d.yearMonth()).hasToString("2019-07");
    }

    /** The ISO forms exports write are read without the patterns: the same results and messages as the other forms. */
    @Test
    void isoDatesAndTimesReadAsTheOtherForms() {
        assertThat(LedgerDates.parseDateTime("2025-03-08 09:00", null)).isEqualTo(LedgerDates.parseDateTime("2025/3/8 9:00", null));
        assertThat(LedgerDates.parseDateTime("2025-03-08 14:30", 2024)).isEqualTo(LedgerDates.parseDateTime("2025年3月8日下午2:30", 2024));
        assertThat(LedgerDates.parse("2025-03-08", 2024)).isEqualTo(LedgerDates.parse("2025/03/08", 2024));
        assertThatThrownBy(() -> LedgerDates.parseDateTime("2025-02-30 09:00", null)).hasMessage("日期“2025-02-30”不存在（2025年2月没有30日）");
        assertThatThrownBy(() -> LedgerDates.parseDateTime("2025-03-08 24:00", null)).hasMessage("“2025-03-08 24:00”中的时刻不存在");
    }

    @Test
    void clearChineseErrors() {
        assertThatThrownBy(() -> LedgerDates.parse("去年七月")).hasMessageStartingWith("无法识别的日期“去年七月”");
        assertThatThrownBy(() -> LedgerDates.parse("2019-02-30")).hasMessage("日期“2019-02-30”不存在（2019年2月没有30日）");
        assertThatThrownBy(() -> LedgerDates.parse("2019-13-01")).hasMessage("日期“2019-13-01”的月份应在1到12之间");
        assertThatThrownBy(() -> LedgerDates.parse("1019-01-01")).hasMessage("日期“1019-01-01”的年份不合理");
        assertThatThrownBy(() -> LedgerDates.parse("  ")).hasMessage("日期为空");
    }

    @Test
    void headerAliasesIgnoreSpacesWidthAndNotes() {
        HeaderAliases h = MemberLedger.COLUMNS;
        assertThat(h.match("身份证号码（必填）")).map(LedgerColumn::key).contains(MemberLedger.ID_NUMBER);
        assertThat(h.match("*公民身份号码")).map(LedgerColumn::key).contains(MemberLedger.ID_NUMBER);
        assertThat(h.match("姓　名 *")).map(LedgerColumn::key).contains(MemberLedger.NAME);
        assertThat(h.match("出生年月(选填)")).map(LedgerColumn::key).contains(MemberLedger.BIRTH_DATE);
        assertThat(h.match("人员类别")).map(LedgerColumn::key).contains(MemberLedger.PERSON_CATEGORY);
        assertThat(h.match("加入党组织日期")).map(LedgerColumn::key).contains(MemberLedger.JOINED_ON);
        assertThat(h.match("在职/离退休")).map(LedgerColumn::key).contains(MemberLedger.CATEGORY);
        assertThat(h.match("所在处室")).map(LedgerColumn::key).contains(MemberLedger.DEPARTMENT);
        assertThat(h.match("工作单位及职务")).map(LedgerColumn::key).contains(MemberLedger.JOB_TITLE);
        // 备注 is read only to warn of a member who left (转出, 去世), never stored
        assertThat(h.match("备注")).map(LedgerColumn::key).contains(MemberLedger.NOTES);
    }

    @Test
    void messagesLocateTheCellAsExcelShowsIt() {
        LedgerMessage m = new LedgerMessage(LedgerMessage.Severity.ERROR, "花名册.xlsx", "党员名册", 7, 4, "身份证号",
                "身份证号校验位错误（应为X）");
        assertThat(m.text()).isEqualTo("花名册.xlsx，工作表“党员名册”，第7行，E列（身份证号）：身份证号校验位错误（应为X）");
        assertThat(LedgerMessage.columnLetter(0)).isEqualTo("A");
        assertThat(LedgerMessage.columnLetter(25)).isEqualTo("Z");
        assertThat(LedgerMessage.columnLetter(26)).isEqualTo("AA");
        assertThat(LedgerMessage.columnLetter(27)).isEqualTo("AB");
    }
}
