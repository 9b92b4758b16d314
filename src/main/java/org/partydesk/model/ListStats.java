package org.partydesk.model;

/**
 * One row of the responsibility statistics for a report: a list (or, with a null {@code listId}, all lists
 * of one owner) and its counts as of a date.
 */
public record ListStats(Integer listId, String listName, ListOwnerKind ownerKind, String ownerName,
                        Completion completion) {
}
