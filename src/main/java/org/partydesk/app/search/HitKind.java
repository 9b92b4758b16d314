package org.partydesk.app.search;

/** What a search hit is: the section that opens it follows from the kind. */
public enum HitKind {
    MEMBER, ORG_UNIT, MEETING, RESPONSIBILITY_ITEM, COMMENDATION
}
