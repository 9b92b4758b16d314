package org.partydesk.model;

/**
 * A figure the clerk can put into a section of the annual summary: a fact sentence generated from the
 * year's statistics (left out when its numbers are all zero), or a chart.
 */
public enum ReportFigure {
    MEMBERS,
    MEETINGS,
    ATTENDANCE,
    TAGS,
    RESPONSIBILITIES,
    RESPONSIBILITY_PROGRESS,
    COMMENDATIONS_BY_TITLE,
    COMMENDATIONS_BY_LEVEL,
    RATINGS,
    CHART_MEETINGS_PER_MONTH,
    CHART_RATINGS,
    CHART_COMMENDATIONS_BY_LEVEL;

    public boolean isChart() {
        return name().startsWith("CHART_");
    }
}
