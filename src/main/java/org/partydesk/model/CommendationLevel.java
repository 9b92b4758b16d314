package org.partydesk.model;

/** 级别: 国家级, 省级, 市级, 局级. */
public enum CommendationLevel {
    NATIONAL,PROVINCIAL,MUNICIPAL,BUREAU;
}
