package org.partydesk.model;

import java.time.LocalDate;

/**
 * A member's unbroken run of absences (缺席): every meeting he was expected at from {@code firstAbsence}
 * to {@code lastAbsence} he missed, with no attendance or leave between; {@code meetings} counts them.
 */
public record AbsenceRun(int memberId, String memberName, LocalDate firstAbsence, LocalDate lastAbsence, int meetings) {
}
