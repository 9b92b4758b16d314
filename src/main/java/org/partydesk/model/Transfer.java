package org.partydesk.model;

import java.time.LocalDate;

/**
 * One 组织关系转接 of a member into or out of the bureau: the day, the organisation on the other side, the
 * 介绍信 number, the month his dues are paid to (党费缴至, yyyy-mm) and, for a transfer out, the day the
 * 回执 came back.
 */
public record Transfer(Integer id, int memberId, String memberName, TransferDirection direction, LocalDate onDate,
                       String otherOrg, String letterNo, String duesPaidTo, LocalDate receiptOn, String notes) {
}
