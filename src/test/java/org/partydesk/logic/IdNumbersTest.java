package org.partydesk.logic;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {
    // GB 11643-1999's own example: 11010519491231002X
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void standardExampleIsValid() {
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.isValid(STANDARD_EXAMPLE)).isTrue();
        assertThat(IdNumbers.birthDate(STANDARD_EXAMPLE)).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.isMale(STANDARD_EXAMPLE)).contains(false);
    }

    @Test
    void lowerCaseXFullWidthDigitsAndSpacesAreNormalised() {
        assertThat(IdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumbers.isValid(" １１０１０５１９４９１２３１００２Ｘ ")).isTrue();
        assertThat(IdNumbers.normalize("1101 0519 4912 3100 2x")).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void wrongCheckDigitIsNamed() {
        assertThat(IdNumbers.problem("110105194912310021")).contains("身份证号校验位错误（应为X）");
    }

    @Test
    void wrongLengthLettersAndImpossibleDatesAreRefused() {
        assertThat(IdNumbers.problem("11010519491231")).contains("身份证号应为18位，实际为14位");
        assertThat(IdNumbers.problem("1101051949123100AX")).contains("身份证号前17位应为数字");
        String feb30 = "42010219900230123";
        assertThat(IdNumbers.problem(feb30 + IdNumbers.checkDigit(feb30))).contains("身份证号中的出生日期无效");
        assertThat(IdNumbers.problem("")).contains("身份证号为空");
        assertThat(IdNumbers.problem(null)).contains("身份证号为空");
    }

    @Test
    void leapDayBirthIsValidOnlyInLeapYears() {
        String leap = "42010220000229123";
        String notLeap = "42010219000229123";
        assertThat(IdNumbers.isValid(leap + IdNumbers.checkDigit(leap))).isTrue();
        assertThat(IdNumbers.isValid(notLeap + IdNumbers.checkDigit(notLeap))).isFalse();
    }

    @Test
    void maskKeepsAreaCodeAndLastFour() {
        assertThat(IdNumbers.mask("420102199003071234")).isEqualTo("420102********1234");
        assertThat(IdNumbers.mask(null)).isNull();
        assertThat(IdNumbers.mask("12345")).isEqualTo("*****");
    }
}
