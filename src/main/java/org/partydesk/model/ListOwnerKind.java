package org.partydesk.model;

/** 责任清单的责任主体类型. */
public enum ListOwnerKind {
    LEADING_GROUP,SECRETARY,LEADERSHIP_MEMBER,BRANCH,DEPARTMENT,ORGAN_COMMITTEE;
}
