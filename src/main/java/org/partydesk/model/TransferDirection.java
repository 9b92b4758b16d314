package org.partydesk.model;

/** 组织关系转入 (from another organisation into the bureau) or 转出 (out of it). */
public enum TransferDirection {
    IN, OUT
}
