package org.partydesk.model;

import java.time.LocalDate;

/** One change of a member's standing from {@code startOn}; 失联 and 流动 end ({@code endOn}) when they are over. */
public record Standing(Integer id, int memberId, StandingKind kind, LocalDate startOn, LocalDate endOn, String place,
                       String reason) {
    /** Whether it holds on {@code day}. */
    public boolean on(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }
}
