package org.partydesk.logic.ledgers;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partydesk.logic.ledgers.MeetingEntry.NamedNote;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.MeetingType;
import org.partydesk.model.RecordedCounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision 0012: when a row's numbers are kept, and how missing numbers are worked out. */
class RecordedCountsRuleTest {
    static MeetingEntry row(Integer expected, Integer present, Integer leave, Integer absent, List<NamedNote> onLeave) {
        return new MeetingEntry("第一党支部", Set.of(MeetingType.BRANCH_ASSEMBLY), "党员大会", LocalDateTime.of(2025, 6, 1, 9, 0),
                null, null, null, null, expected, present, onLeave, List.of(), List.of(), List.of(), null, leave, absent);
    }

    @Test
    void numbersAreKeptOnlyWhereTheRosterCannotGiveTheSheetOrTheyTellOfSomeoneMissingWithoutNames() {
        // nobody expected by the roster: any number is kept as given
        assertThat(MeetingLedger.recorded(row(5, 5, null, null, List.of()), 0)).isEqualTo(new RecordedCounts(5, 5, null, null));
        // a roster of 8 and everyone present: the sheet is built
        assertThat(MeetingLedger.recorded(row(8, 8, 0, 0, List.of()), 8)).isNull();
        // someone missing and no names: kept, with the roster's 应到 when the row has none
        assertThat(MeetingLedger.recorded(row(null, 7, null, null, List.of()), 8)).isEqualTo(new RecordedCounts(8, 7, null, null));
        assertThat(MeetingLedger.recorded(row(null, null, null, 2, List.of()), 8)).isEqualTo(new RecordedCounts(8, null, null, 2));
        // names given win
        assertThat(MeetingLedger.recorded(row(8, 7, 1, null, List.of(new NamedNote("张三", "出差"))), 8)).isNull();
        // no number at all: nothing to keep
        assertThat(MeetingLedger.recorded(row(null, null, null, null, List.of()), 0)).isNull();
    }

    @Test
    void missingNumbersAreWorkedOutFromTheOthersAndNeverReplaceAGivenOne() {
        assertThat(new RecordedCounts(8, 7, null, null).effective()).isEqualTo(new AttendanceCounts(8, 7, 0, 1, true));
        assertThat(new RecordedCounts(8, 6, null, 1).effective()).isEqualTo(new AttendanceCounts(8, 6, 1, 1, true));
        assertThat(new RecordedCounts(8, null, 1, null).effective()).isEqualTo(new AttendanceCounts(8, 7, 1, 0, true));
        assertThat(new RecordedCounts(null, 5, 1, 2).effective()).isEqualTo(new AttendanceCounts(8, 5, 1, 2, true));
        // numbers that do not add up are kept as written
        assertThat(new RecordedCounts(5, 6, 1, null).effective()).isEqualTo(new AttendanceCounts(5, 6, 1, 0, true));
    }
}
