package org.partydesk.app.responsibility;

import java.time.LocalDate;

import org.partydesk.model.Cadence;

/**
 * What the window changes of an item: its text, 责任主体 ({@code ownerText}), 责任人 as written, the cadence of its
 * 时间节点, the date of a ONCE item ({@code onceOn}, in the list's year) and its notes. An item with children has no
 * deadlines of its own: its cadence and date are not changed.
 */
public record ItemChange(String text, String ownerText, String responsibleText, Cadence cadence, LocalDate onceOn,
                         String notes) {
}
