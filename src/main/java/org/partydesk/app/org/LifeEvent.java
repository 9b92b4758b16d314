package org.partydesk.app.org;

import java.time.LocalDate;

/** One dated step of a member's life in the party, as his page lists it: the day, what happened, the details. */
public record LifeEvent(LocalDate on, String what, String detail) {
}
