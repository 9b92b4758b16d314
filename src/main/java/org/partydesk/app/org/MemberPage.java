package org.partydesk.app.org;

import java.util.List;

import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.Member;
import org.partydesk.model.MemberAttendance;

/**
 * Everything a member's page shows: the member (with the full ID number, shown only on request), the
 * masked ID number, department and branch names, the branch history, the attendance history (newest
 * first), honours and evidence files; when the member left, why ({@code leftReason}); the committee roles
 * held (支部委员会), the changes of the record from the audit trail (转正, corrections, leaving) and his dated steps
 * in the party ({@link MemberLife#events}: 发展党员, transfers, 党籍, 民主评议, 处分).
 */
public record MemberPage(Member member, String maskedIdNumber, String departmentName, String branchName,
                         List<BranchHistory> history, List<MemberAttendance> attendance, List<Commendation> honours,
                         List<EvidenceItem> evidence, String leftReason, List<CommitteeAssignment> committeeRoles,
                         List<MemberChange> changes, List<LifeEvent> life) {
    public MemberPage {
        history = List.copyOf(history);
        attendance = List.copyOf(attendance);
        honours = List.copyOf(honours);
        evidence = List.copyOf(evidence);
        committeeRoles = List.copyOf(committeeRoles);
        changes = List.copyOf(changes);
        life = List.copyOf(life);
    }
}
