package org.partydesk.logic;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0, 零元整",
            "0.20, 贰角整",
            "0.05, 伍分",
            "10, 壹拾元整",
            "15.00, 壹拾伍元整",
            "45.5, 肆拾伍元伍角整",
            "45.05, 肆拾伍元零伍分",
            "1005, 壹仟零伍元整",
            "1230.45, 壹仟贰佰叁拾元肆角伍分",
            "10000, 壹万元整",
            "10500, 壹万零伍佰元整",
            "120000.10, 壹拾贰万元壹角整"})
    void receiptsWriteAmountsInCapitals(String yuan, String text) {
        assertThat(ChineseAmounts.upper(new BigDecimal(yuan))).isEqualTo(text);
        assertThat(ChineseAmounts.parse(text)).as("read back").hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo(new BigDecimal(yuan)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "伍拾元, 50",
            "五十元, 50",
            "人民币伍拾圆整, 50",
            "伍拾元伍角叁分, 50.53",
            "拾伍元, 15",
            "贰佰元正, 200"})
    void ledgersMayWriteAmountsInCapitalsToo(String text, String yuan) {
        assertThat(ChineseAmounts.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(yuan)));
    }

    @org.junit.jupiter.api.Test
    void otherTextIsNoAmount() {
        for (String text : new String[] {"张三", "伍拾", "元", "伍拾元伍", "50元", "已交"}) {
            assertThat(ChineseAmounts.parse(text)).as(text).isEmpty();
        }
    }
}
