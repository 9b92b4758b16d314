package org.partydesk.logic.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar chart's data: categories along the axis and one or more series (stacked when {@code stacked}),
 * each with one value per category. {@code colors}: one RGB hex colour ("2E7D32") per series, or empty for
 * the default palette.
 */
public record ChartSpec(String title, String valueAxis, List<String> categories, Map<String, List<Integer>> series,
                        boolean stacked, List<String> colors) {
    public ChartSpec {
        categories = List.copyOf(categories);
        colors = List.copyOf(colors);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : series.entrySet()) {
            if (e.getValue().size() != categories.size()) {
                throw new IllegalArgumentException("series " + e.getKey() + " has " + e.getValue().size()
                        + " values for " + categories.size() + " categories");
            }
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        series = java.util.Collections.unmodifiableMap(copy);
    }
}
