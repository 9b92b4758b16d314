package org.partydesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 纪实: a dated record of what was done for an item. {@code completesDeadlineId} names the deadline it
 * completes (null when it only reports progress). Records are never edited: {@code correctsRecordId}
 * points at the earlier record this one corrects, which then no longer counts.
 */
public record ProgressRecord(Integer id, int itemId, LocalDate recordedOn, String text,
                             Integer recordedByMemberId, String recordedByName, Integer completesDeadlineId,
                             Integer correctsRecordId, LocalDateTime createdAt) {
}
