package org.partydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member's 党费基数 for a year (decision 0020): its kind, the monthly amount in 元 (税后工资 or 离退休费; zero for
 * the fixed kinds) and the voluntary higher monthly amount (自愿多交), or null.
 */
public record DuesBase(Integer id, int memberId, int year, DuesBaseKind kind, BigDecimal amount, BigDecimal voluntary,
                       LocalDate setOn, String note) {
}
