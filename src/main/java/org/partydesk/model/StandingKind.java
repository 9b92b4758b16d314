package org.partydesk.model;

/** Changes of a member's standing (党籍) and whereabouts: 失联, 流动党员, 停止党籍, 恢复党籍, 出党, 去世. */
public enum StandingKind {
    LOST_CONTACT, MOBILE, STOPPED, RESTORED, EXPELLED, DECEASED
}
