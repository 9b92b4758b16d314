package org.partydesk.model;

/**
 * What a member's 党费 is reckoned from (党费基数): 税后工资 of a member in work, 离退休费 of a retired one, or a
 * fixed monthly amount for 学生, 失业 (下岗失业) and 低保 members (decision 0020).
 */
public enum DuesBaseKind {
    SALARY, PENSION, STUDENT, UNEMPLOYED, SUBSISTENCE;

    /** Whether the due is a percentage of an amount (税后工资, 离退休费) rather than a fixed sum. */
    public boolean hasAmount() {
        return this == SALARY || this == PENSION;
    }
}
