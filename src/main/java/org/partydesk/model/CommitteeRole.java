package org.partydesk.model;

/** 支部委员会职务: 书记, 副书记, 组织委员, 宣传委员, 纪检委员, 委员. */
public enum CommitteeRole {
    SECRETARY,DEPUTY_SECRETARY,ORGANIZATION_MEMBER,PUBLICITY_MEMBER,DISCIPLINE_MEMBER,COMMITTEE_MEMBER;
}
