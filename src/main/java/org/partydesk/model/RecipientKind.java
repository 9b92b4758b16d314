package org.partydesk.model;

/** 获奖对象类型 (stored): a member, a branch, a department or a named external collective. */
public enum RecipientKind {
    MEMBER,BRANCH,DEPARTMENT,EXTERNAL;
}
