package org.partydesk.logic.reports;

/**
 * The two layouts of generated Word documents: {@link #OFFICIAL} is GB/T 9704-2012 (党政机关公文格式) for the
 * annual summary; {@link #RECORD} is "纪实记录", a compact record layout with tables for quarterly reports.
 */
public enum DocumentStyle {
    OFFICIAL,
    RECORD
}
