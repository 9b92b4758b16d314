package org.partydesk.model;

/** 正式党员 / 预备党员. */
public enum MemberStatus {
    FULL,PROBATIONARY;
}
