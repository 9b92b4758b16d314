package org.partydesk.app.org;

import java.time.LocalDate;

import org.partydesk.model.Gender;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

/**
 * One line of the member roster (花名册) as a table shows it. The ID number is already masked;
 * names of the branch and department are resolved; enums are labelled by the screen.
 */
public record MemberRow(int memberId, String name, Gender gender, MemberStatus status, MemberCategory category,
                        String branchName, String departmentName, String jobTitle, LocalDate joinedOn,
                        String maskedIdNumber, String phone) {
}
