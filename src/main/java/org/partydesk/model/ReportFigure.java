package org.partydesk.model;

/**
 * A figure the clerk can put into a section of the annual summary: a fact sentence generated from the
 * year's statistics (left out when its numbers are all zero), or a chart. Each sentence figure is written as an
 * item with a bold topic sentence (logic.reports.AnnualProse): STUDY the theory centre group's sessions and themes,
 * PARTY_LESSONS the 党课 with their lecturers and the secretaries' share, TAGS the study brands (without tags, the
 * 主题党日 and 党课 given to study), MEMBERS with 发展党员, 转正 and transfers, MEETINGS with the 民主评议 results,
 * RATINGS with the committees elected, ACTIVITIES the 主题党日 and named examples,
 * VOLUNTEERING the service in communities (service themes, members posted to communities), SHORTCOMINGS the
 * 存在不足 from the data (red and yellow flags, leave without make-up, secretaries without a 党课, overdue items)
 * and NEXT_STEPS the plans that answer them.
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
    STUDY,
    PARTY_LESSONS,
    ACTIVITIES,
    VOLUNTEERING,
    SHORTCOMINGS,
    NEXT_STEPS,
    CHART_MEETINGS_PER_MONTH,
    CHART_RATINGS,
    CHART_COMMENDATIONS_BY_LEVEL;

    public boolean isChart() {
        return name().startsWith("CHART_");
    }
}
