package org.partydesk.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;

/**
 * 到会人数: warnings (not refusals) when a meeting lacked its quorum. 支部党员大会 needs more than half of
 * the members with a vote (正式党员) present; 支部委员会 more than half of the committee; 民主生活会 at
 * least two thirds of the expected; a meeting with an election more than four fifths of the members with
 * a vote.
 */
public final class QuorumRules {
    private QuorumRules() {
    }

    /**
     * The quorum warnings of a meeting.
     *
     * @param sheet        the attendance sheet (one row per expected member)
     * @param votingMembers ids of the members on the sheet who had a vote on the meeting day
     * @param committee     ids of the branch committee on the meeting day; for a 支委会 held together with
     *                      another meeting only they count; when no committee is on record the whole sheet does
     */
    public static List<String> warnings(Set<MeetingType> types, boolean election, List<AttendanceEntry> sheet,
                                        Set<Integer> votingMembers, Set<Integer> committee) {
        int expected = sheet.size();
        int present = (int) sheet.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        int voting = (int) sheet.stream().filter(a -> votingMembers.contains(a.memberId())).count();
        int votingPresent = (int) sheet.stream()
                .filter(a -> votingMembers.contains(a.memberId()) && a.status() == AttendanceStatus.PRESENT).count();
        List<String> out = new ArrayList<>();
        if (types.contains(MeetingType.BRANCH_ASSEMBLY) && voting > 0 && votingPresent * 2 <= voting) {
            out.add("支部党员大会到会有表决权的党员" + votingPresent + "人，未超过应到有表决权党员" + voting + "人的半数");
        }
        if (types.contains(MeetingType.BRANCH_COMMITTEE)) {
            List<AttendanceEntry> members = committee.isEmpty() ? sheet
                    : sheet.stream().filter(a -> committee.contains(a.memberId())).toList();
            long committeePresent = members.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
            if (!members.isEmpty() && committeePresent * 2 <= members.size()) {
                out.add("支部委员会到会委员" + committeePresent + "人，未超过应到委员" + members.size() + "人的半数");
            }
        }
        if (types.contains(MeetingType.DEMOCRATIC_LIFE_MEETING) && expected > 0 && present * 3 < expected * 2) {
            out.add("民主生活会到会" + present + "人，不足应到" + expected + "人的三分之二");
        }
        if (election && voting > 0 && votingPresent * 5 <= voting * 4) {
            out.add("选举时到会有选举权的党员" + votingPresent + "人，未超过应到有选举权党员" + voting + "人的五分之四");
        }
        return out;
    }

    /**
     * The quorum warnings of a meeting known only by its recorded figures (按台账人数, decision 0012): who had
     * a vote is not known, so every one expected counts.
     */
    public static List<String> recordedWarnings(Set<MeetingType> types, AttendanceCounts counts) {
        int expected = counts.expected();
        int present = counts.present();
        List<String> out = new ArrayList<>();
        if (expected == 0) {
            return out;
        }
        if (types.contains(MeetingType.BRANCH_ASSEMBLY) && present * 2 <= expected) {
            out.add("支部党员大会到会" + present + "人，未超过应到" + expected + "人的半数（按台账人数）");
        }
        if (types.contains(MeetingType.BRANCH_COMMITTEE) && present * 2 <= expected) {
            out.add("支部委员会到会" + present + "人，未超过应到" + expected + "人的半数（按台账人数）");
        }
        if (types.contains(MeetingType.DEMOCRATIC_LIFE_MEETING) && present * 3 < expected * 2) {
            out.add("民主生活会到会" + present + "人，不足应到" + expected + "人的三分之二（按台账人数）");
        }
        return out;
    }
}
