package org.partydesk.logic.ledgers;

import java.time.LocalDate;
import java.util.List;

import org.partydesk.logic.ledgers.CommendationEntry.RecipientName;
import org.partydesk.model.Gender;

/**
 * One checked row of the 发展党员台账: one person and the dates of the stages the row gives (null: blank
 * cell), the 入党介绍人 by name ({@code introducersKey}: the column they were read from) and the training.
 */
public record RecruitmentEntry(String name, Gender gender, LocalDate birthDate, String idNumber, String branch,
                               LocalDate appliedOn, LocalDate talkOn, LocalDate activistOn, LocalDate candidateOn,
                               List<RecipientName> introducers, String introducersKey, Integer trainingDays,
                               Integer trainingHours, LocalDate reviewOn, LocalDate admittedOn, LocalDate approvedOn,
                               LocalDate confirmedOn, LocalDate stoppedOn, String stopReason, String notes) {
}
