package org.partydesk.model;

/** Records an evidence file can be linked to. */
public enum EvidenceRecordType {
    MEETING,PROGRESS_RECORD,RESPONSIBILITY_LETTER,COMMENDATION,MEMBER,RESPONSIBILITY_ITEM,ORG_UNIT;
}
