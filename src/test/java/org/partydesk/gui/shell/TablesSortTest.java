package org.partydesk.gui.shell;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table's text sorts numbers and dates by value (三会一课's 应到: 9 before 10 and 15). */
class TablesSortTest {
    private static List<String> sorted(String... cells) {
        List<String> list = new ArrayList<>(List.of(cells));
        list.sort(Tables.BY_VALUE);
        return list;
    }

    @Test
    void numbersSortByValue() {
        assertThat(sorted("15", "9", "10", "", "100")).containsExactly("", "9", "10", "15", "100");
        assertThat(sorted("100%", "87.5%", "9%", "90%")).containsExactly("9%", "87.5%", "90%", "100%");
        assertThat(sorted("￥120.00", "￥25.00", "￥1,200.00")).containsExactly("￥25.00", "￥120.00", "￥1,200.00");
        assertThat(sorted("12.5", "12.25")).containsExactly("12.25", "12.5");
    }

    @Test
    void numbersInTextAndDatesSortByValue() {
        assertThat(sorted("第10党支部", "第2党支部", "第1党支部")).containsExactly("第1党支部", "第2党支部", "第10党支部");
        assertThat(sorted("2026-10-01", "2026-9-30", "2025-12-31")).containsExactly("2025-12-31", "2026-9-30", "2026-10-01");
        assertThat(sorted("2026年10月1日", "2026年9月30日")).containsExactly("2026年9月30日", "2026年10月1日");
        assertThat(sorted("李四", "张三", "李四")).containsExactly("张三", "李四", "李四").isNotNull();
    }

    @Test
    void aTextColumnOfTheTablesSortsByValue() {
        assertThat(Tables.<String>column("应到", 60, s -> s).getComparator()).isSameAs(Tables.BY_VALUE);
    }
}
