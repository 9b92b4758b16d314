package org.partydesk.logic.ledgers;

import java.time.LocalDate;

import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

/**
 * One valid row of the roster ledger, values as given: a null field was left blank (or the column is
 * missing) and leaves the stored value alone. Exactly one of {@code idNumber} (full and valid) and
 * {@code maskedIdNumber} (e.g. {@code 420102********1234}, from a masked export) is set.
 */
public record MemberEntry(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
                          String maskedIdNumber, String education, MemberStatus status, MemberCategory category,
                          String branch, String department, String jobTitle, LocalDate joinedOn,
                          LocalDate fullMemberOn, String phone) {
}
