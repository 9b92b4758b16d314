package org.partydesk.model;

/** 会议类型 (GLOSSARY: 三会一课 and organisational life). A meeting may have several. */
public enum MeetingType {
    BRANCH_ASSEMBLY,
    BRANCH_COMMITTEE,
    CELL_MEETING,
    PARTY_LESSON,
    THEMED_PARTY_DAY,
    ORGANIZATIONAL_LIFE_MEETING,
    DEMOCRATIC_LIFE_MEETING,
    MEMBER_APPRAISAL,
    CENTRAL_GROUP_STUDY
}
