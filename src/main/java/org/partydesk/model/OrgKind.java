package org.partydesk.model;

/** 组织类型: the kinds of node in the organisation tree (GLOSSARY: Organisation). */
public enum OrgKind {
    LEADING_GROUP,ORGAN_COMMITTEE,PRIMARY_COMMITTEE,GENERAL_BRANCH,BRANCH,CELL;
}
