package org.partydesk.app.search;

/** One result of the global search: its kind and id, a title and a line of detail. */
public record Hit(HitKind kind, int id, String title, String detail) {
}
