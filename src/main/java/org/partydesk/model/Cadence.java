package org.partydesk.model;

/** 时间节点的频次. */
public enum Cadence {
    ONCE,QUARTERLY,HALF_YEARLY,YEARLY;
}
