package org.partydesk.model;

/** How a member leaves the bureau's roster: 转出, 去世, 停止党籍, 出党. */
public enum LeaveKind {
    TRANSFERRED_OUT,DECEASED,MEMBERSHIP_STOPPED,EXPELLED;
}
