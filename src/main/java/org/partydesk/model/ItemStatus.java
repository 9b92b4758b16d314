package org.partydesk.model;

/** 责任清单条目的状态, derived from progress records and the date. */
public enum ItemStatus {
    NOT_STARTED,IN_PROGRESS,DONE,OVERDUE;
}
