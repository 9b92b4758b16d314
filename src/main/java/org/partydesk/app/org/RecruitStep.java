package org.partydesk.app.org;

/**
 * The next step of a 发展党员 record, as the screen offers it: 谈话, 确定为入党积极分子, 确定为发展对象, the
 * 发展对象's papers (introducers, training, 政审), 接收为预备党员, 上级党委审批, 转正; NONE when the person is a
 * full member or no longer pursued.
 */
public enum RecruitStep {
    TALK, ACTIVIST, CANDIDATE, DOSSIER, ADMIT, APPROVE, CONFIRM, NONE
}
