package org.partydesk.logic.reports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart drawn ahead is found again by its spec: two specs of the same data are equal (with the same hash), a spec
 * that differs in any part is another chart.
 */
class ChartSpecEqualityTest {
    private static ChartSpec spec(String title, String axis, List<String> categories, Map<String, List<Integer>> series,
                                  boolean stacked, List<String> colors) {
        return new ChartSpec(title, axis, categories, series, stacked, colors);
    }

    private static final ChartSpec BASE = spec("2025年各月会议次数", "次", List.of("1月", "2月"),
            Map.of("主题党日", List.of(3, 2)), true, List.of("2E7D32"));

    @Test
    void theSameDataIsTheSameChart() {
        ChartSpec again = spec("2025年各月会议次数", "次", new java.util.ArrayList<>(List.of("1月", "2月")),
                new java.util.HashMap<>(Map.of("主题党日", new java.util.ArrayList<>(List.of(3, 2)))), true, List.of("2E7D32"));
        assertThat(again).isEqualTo(BASE).hasSameHashCodeAs(BASE);
        ChartSpec untitled = spec(null, null, List.of(), Map.of(), false, List.of());
        assertThat(untitled).isEqualTo(spec(null, null, List.of(), Map.of(), false, List.of()))
                .hasSameHashCodeAs(spec(null, null, List.of(), Map.of(), false, List.of()));
    }

    @Test
    void anyDifferenceIsAnotherChart() {
        assertThat(List.of(
                spec("2024年各月会议次数", "次", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 2)), true, List.of("2E7D32")),
                spec("2025年各月会议次数", "个", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 2)), true, List.of("2E7D32")),
                spec("2025年各月会议次数", "次", List.of("1月", "3月"), Map.of("主题党日", List.of(3, 2)), true, List.of("2E7D32")),
                spec("2025年各月会议次数", "次", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 1)), true, List.of("2E7D32")),
                spec("2025年各月会议次数", "次", List.of("1月", "2月"), Map.of("党课", List.of(3, 2)), true, List.of("2E7D32")),
                spec("2025年各月会议次数", "次", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 2)), false, List.of("2E7D32")),
                spec("2025年各月会议次数", "次", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 2)), true, List.of()),
                spec(null, "次", List.of("1月", "2月"), Map.of("主题党日", List.of(3, 2)), true, List.of("2E7D32"))))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(BASE));
        assertThat(BASE).isNotEqualTo(null).isNotEqualTo("2025年各月会议次数");
    }
}
