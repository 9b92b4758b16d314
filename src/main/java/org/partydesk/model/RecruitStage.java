package org.partydesk.model;

/**
 * The stages of 发展党员, in order: 入党申请人, 入党积极分子, 发展对象, 预备党员, 正式党员 (a person is at the
 * latest stage he has reached); {@code STOPPED} when the branch no longer pursues the application.
 */
public enum RecruitStage {
    APPLICANT, ACTIVIST, CANDIDATE, PROBATIONARY, FULL, STOPPED
}
