package org.partydesk.app.org;

import java.time.LocalDate;

import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;

/**
 * What a clerk fills in for a member (every field of the roster). {@code branchId} and {@code memberFrom}
 * (the day the membership of that branch starts) are used when the member is added; a member already on
 * the roster changes branch through {@link Members#move}.
 */
public record MemberForm(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
                         String education, MemberStatus status, MemberCategory category, String phone,
                         LocalDate joinedOn, LocalDate fullMemberOn, Integer departmentId, String jobTitle,
                         Integer branchId, LocalDate memberFrom) {

    /** The form of a stored member (no branch: it is not changed by an edit). */
    public static MemberForm of(Member m) {
        return new MemberForm(m.name(), m.gender(), m.ethnicity(), m.birthDate(), m.idNumber(), m.education(), m.status(),
                m.category(), m.phone(), m.joinedOn(), m.fullMemberOn(), m.departmentId(), m.jobTitle(), null, null);
    }
}
