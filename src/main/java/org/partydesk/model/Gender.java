package org.partydesk.model;

/** 性别. */
public enum Gender {
    MALE,FEMALE;
}
