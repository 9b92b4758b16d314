package org.partydesk.app.responsibility;

import java.time.LocalDate;

/**
 * What a progress record (纪实) says: the date, what was done, who did it (a roster member and/or a
 * name) and, optionally, the deadline of the item it completes.
 */
public record NewRecord(LocalDate recordedOn, String text, Integer recordedByMemberId, String recordedByName,
                        Integer completesDeadlineId) {
}
