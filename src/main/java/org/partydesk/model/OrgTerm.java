package org.partydesk.model;

import java.time.LocalDate;

/** One committee term (届) of a party organisation: elected on a day for some years, at an election meeting. */
public record OrgTerm(Integer id, int orgUnitId, String unitName, LocalDate electedOn, int termYears, Integer meetingId) {
    /** The first day after the term (the day it should have been renewed by). */
    public LocalDate endsOn() {
        return electedOn.plusYears(termYears);
    }
}
