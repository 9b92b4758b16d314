package org.partydesk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** 上缴: 党费 a branch handed to the committee above for the months {@code from} to {@code to} (decision 0020). */
public record DuesRemittance(Integer id, int branchId, String branchName, YearMonth from, YearMonth to, BigDecimal amount,
                             LocalDate remittedOn, String note) {
}
