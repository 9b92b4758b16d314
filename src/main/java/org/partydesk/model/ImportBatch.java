package org.partydesk.model;

import java.time.LocalDateTime;

/**
 * One ledger import (decision 0013): what kind of ledger, which file, who and when; {@code summary} is the
 * import's JSON summary (added, updated …); {@code undoneAt}/{@code undoneBy} are set once it was undone.
 * {@code kind} is the ledger kind's name (MEMBERS, MEETINGS, COMMENDATIONS, RESPONSIBILITIES, RECRUITMENT, DUES).
 */
public record ImportBatch(int id, String kind, String fileName, String operator, LocalDateTime startedAt,
        LocalDateTime finishedAt, String summary, LocalDateTime undoneAt, String undoneBy) {

    public boolean undone() {
        return undoneAt != null;
    }
}
