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
    /** The theory centre group's study sessions and their themes. */
    STUDY,
    /** 党课: how many, how many by the branch secretaries, named lectures. */
    PARTY_LESSONS,
    /** 主题党日: how many and their themes, named examples. */
    ACTIVITIES,
    /** Service in communities: 主题党日 of volunteer or community service, members posted to communities. */
    VOLUNTEERING,
    /** 存在不足 from the data: red and yellow flags, leave without make-up, secretaries without a 党课, overdue items. */
    SHORTCOMINGS,
    /** 下一步 plans answering the shortcomings. */
    NEXT_STEPS,
    CHART_MEETINGS_PER_MONTH,
    CHART_RATINGS,
    CHART_COMMENDATIONS_BY_LEVEL;

    public boolean isChart() {
        return name().startsWith("CHART_");
    }
}
