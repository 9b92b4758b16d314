package org.partydesk.model;

/** 评选期 / 合规周期: month, two months, quarter, year. */
public enum PeriodKind {
    MONTH,TWO_MONTHS,QUARTER,YEAR;
}
