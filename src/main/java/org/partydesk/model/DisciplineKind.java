package org.partydesk.model;

/** 党纪处分: 警告, 严重警告, 撤销党内职务, 留党察看, 开除党籍. */
public enum DisciplineKind {
    WARNING, SERIOUS_WARNING, REMOVAL_FROM_POST, PROBATION_WITHIN_PARTY, EXPULSION
}
