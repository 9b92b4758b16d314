package org.partydesk.model;

import java.time.LocalDate;

/** A party member on the roster (党员). */
public record Member(Integer id, String name, Gender gender, String ethnicity, LocalDate birthDate,
                     String idNumber, String education, MemberStatus status, MemberCategory category,
                     String phone, LocalDate joinedOn, LocalDate fullMemberOn, Integer departmentId,
                     String jobTitle, boolean leadershipMember, boolean partyAffairsStaff,
                     boolean dualOrganizationalLife, LocalDate leftOn) {
}
