package org.partydesk.logic.ledgers;

import java.time.LocalDate;

/**
 * What one row of a responsibility ledger says of its item's progress (进展情况, and 完成情况 when it is a status or
 * a sentence): the words to keep as a 纪实 ({@code text}, null when the row only gives a status), whether the item is
 * done ({@code done}: 已完成, 已落实 …), and the day the words begin with ({@code on}, null when they begin with none;
 * a month alone gives its last day). Pure.
 */
public record ProgressNote(String text, boolean done, LocalDate on) {
}
