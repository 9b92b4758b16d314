package org.partydesk.app.org;

import java.time.LocalDate;

import org.partydesk.model.Gender;

/** What a clerk fills in when a person hands in an application to join (递交入党申请书). */
public record RecruitForm(String name, Gender gender, LocalDate birthDate, String idNumber, Integer branchId,
                          LocalDate appliedOn, String notes) {
}
