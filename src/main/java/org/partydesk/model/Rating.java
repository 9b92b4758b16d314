package org.partydesk.model;

/** 红黄旗: a branch's standing for a period. */
public enum Rating {
    GREEN,YELLOW,RED;
}
