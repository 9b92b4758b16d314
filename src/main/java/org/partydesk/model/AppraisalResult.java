package org.partydesk.model;

/** The result of 民主评议党员: 优秀, 合格, 基本合格, 不合格. */
public enum AppraisalResult {
    EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED
}
