package org.partydesk.model;

/** 在职 / 离退休 / 流动. */
public enum MemberCategory {
    ACTIVE,RETIRED,MOBILE;
}
