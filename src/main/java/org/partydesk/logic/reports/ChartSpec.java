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

    /*
     * equals and hashCode written out: a report's charts are drawn ahead and found again by their spec in a map, and
     * a record's own equals and hashCode are bootstrapped at their first call (java.lang.runtime.ObjectMethods), which
     * spun some fifty classes of method handles in every annual summary (issue 21).
     */

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ChartSpec c && stacked == c.stacked && java.util.Objects.equals(title, c.title)
                && java.util.Objects.equals(valueAxis, c.valueAxis) && categories.equals(c.categories)
                && series.equals(c.series) && colors.equals(c.colors);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(title);
        h = 31 * h + java.util.Objects.hashCode(valueAxis);
        h = 31 * h + categories.hashCode();
        h = 31 * h + series.hashCode();
        h = 31 * h + Boolean.hashCode(stacked);
        return 31 * h + colors.hashCode();
    }
}
