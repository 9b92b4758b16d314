package org.partydesk.model;

/** 时间节点的频次 (MONTHLY: V7, issue 15). */
public enum Cadence {
    ONCE,MONTHLY,QUARTERLY,HALF_YEARLY,YEARLY;
}
