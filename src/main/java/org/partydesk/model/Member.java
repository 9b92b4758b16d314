package org.partydesk.model;

import java.time.LocalDate;

/** A party member on the roster (党员). */
public record Member(Integer id, String name, Gender gender, String ethnicity, LocalDate birthDate,
                     String idNumber, String education, MemberStatus status, MemberCategory category,
                     String phone, LocalDate joinedOn, LocalDate fullMemberOn, Integer departmentId,
                     String jobTitle, boolean leadershipMember, boolean partyAffairsStaff,
                     boolean dualOrganizationalLife, LocalDate leftOn) {

    /** The same member in another department. */
    public Member withDepartment(Integer department) {
        return new Member(id, name, gender, ethnicity, birthDate, idNumber, education, status, category, phone, joinedOn,
                fullMemberOn, department, jobTitle, leadershipMember, partyAffairsStaff, dualOrganizationalLife, leftOn);
    }

    /** The same member of another category (在职, 离退休, 流动). */
    public Member withCategory(MemberCategory c) {
        return new Member(id, name, gender, ethnicity, birthDate, idNumber, education, status, c, phone, joinedOn,
                fullMemberOn, departmentId, jobTitle, leadershipMember, partyAffairsStaff, dualOrganizationalLife, leftOn);
    }

    /** The same member made a 正式党员 on {@code day} (转正). */
    public Member madeFull(LocalDate day) {
        return new Member(id, name, gender, ethnicity, birthDate, idNumber, education, MemberStatus.FULL, category, phone,
                joinedOn, day, departmentId, jobTitle, leadershipMember, partyAffairsStaff, dualOrganizationalLife, leftOn);
    }
}
