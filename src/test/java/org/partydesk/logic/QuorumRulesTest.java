package org.partydesk.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.MeetingType;

import static org.assertj.core.api.Assertions.assertThat;

class QuorumRulesTest {
    /** A sheet of {@code size} members (ids 1..size), the first {@code present} present, the rest absent. */
    static List<AttendanceEntry> sheet(int size, int present) {
        List<AttendanceEntry> out = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            out.add(new AttendanceEntry(i, "党员" + i, i <= present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                    null, null));
        }
        return out;
    }

    static Set<Integer> ids(int from, int to) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void branchAssemblyCountsOnlyMembersWithAVote() {
        // 14 on the sheet, 12 full members (ids 1..12), 2 probationary (13, 14); 5 voting present + both probationary
        List<AttendanceEntry> s = new ArrayList<>(sheet(12, 5));
        s.add(AttendanceEntry.present(13, "预备党员甲"));
        s.add(AttendanceEntry.present(14, "预备党员乙"));
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), false, s, ids(1, 12), Set.of()))
                .containsExactly("支部党员大会到会有表决权的党员5人，未超过应到有表决权党员12人的半数");
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), false, sheet(12, 6), ids(1, 12), Set.of()))
                .as("exactly half is not more than half").hasSize(1);
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), false, sheet(12, 7), ids(1, 12), Set.of())).isEmpty();
    }

    @Test
    void branchCommitteeNeedsMoreThanHalfOfTheCommittee() {
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_COMMITTEE), false, sheet(5, 2), ids(1, 5), Set.of()))
                .containsExactly("支部委员会到会委员2人，未超过应到委员5人的半数");
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_COMMITTEE), false, sheet(5, 3), ids(1, 5), Set.of())).isEmpty();
        // held with a 党课 for all 10 members: only the committee (ids 6..10, one present) counts
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_COMMITTEE, MeetingType.PARTY_LESSON), false, sheet(10, 6),
                ids(1, 10), ids(6, 10))).containsExactly("支部委员会到会委员1人，未超过应到委员5人的半数");
    }

    @Test
    void democraticLifeMeetingNeedsTwoThirds() {
        assertThat(QuorumRules.warnings(Set.of(MeetingType.DEMOCRATIC_LIFE_MEETING), false, sheet(9, 5), ids(1, 9), Set.of()))
                .containsExactly("民主生活会到会5人，不足应到9人的三分之二");
        assertThat(QuorumRules.warnings(Set.of(MeetingType.DEMOCRATIC_LIFE_MEETING), false, sheet(9, 6), ids(1, 9), Set.of())).isEmpty();
    }

    @Test
    void anElectionNeedsMoreThanFourFifthsOfTheVoters() {
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), true, sheet(10, 8), ids(1, 10), Set.of()))
                .containsExactly("选举时到会有选举权的党员8人，未超过应到有选举权党员10人的五分之四");
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), true, sheet(10, 9), ids(1, 10), Set.of())).isEmpty();
    }

    @Test
    void otherMeetingsAndEmptySheetsHaveNoQuorum() {
        assertThat(QuorumRules.warnings(Set.of(MeetingType.PARTY_LESSON), false, sheet(10, 0), ids(1, 10), Set.of())).isEmpty();
        assertThat(QuorumRules.warnings(Set.of(MeetingType.BRANCH_ASSEMBLY), true, List.of(), Set.of(), Set.of())).isEmpty();
    }
}
