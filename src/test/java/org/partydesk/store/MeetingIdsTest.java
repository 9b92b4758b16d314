package org.partydesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceRecord;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.HeldCount;
import org.partydesk.model.MeetingLine;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PersonRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries that read a span's meetings through the range of their ids (the year's 党课 and open leaves, the
 * summary's meetings of a type, the counts of the 红黄旗 check) find exactly the span's meetings when meetings were
 * recorded out of the order they were held in: an older year's ledger imported after this year's meetings, a meeting
 * of next year entered early. Meetings of other years inside the id range are left out, and a new meeting moves the
 * range on (it is kept only until the database changes).
 */
class MeetingIdsTest {
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @TempDir
    Path dir;

    Database db;
    MeetingFixture f;
    int first;
    int second;
    int cell;
    int lecturer;
    int absent;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("ids.db"));
        f = new MeetingFixture(db);
        int organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 1);
        first = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
        second = f.unit(organ, OrgKind.BRANCH, "第二党支部", 2);
        cell = f.unit(second, OrgKind.CELL, "第一党小组", 1);
        lecturer = f.member("王书记");
        absent = f.member("赵请假");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A meeting with one member on leave without a make-up day, of these types, lecturer given or not. */
    private int meeting(int unit, LocalDateTime at, boolean named, MeetingType... types) {
        return f.meetings.save(MeetingFixture.OPERATOR, MeetingFixture.meeting(unit, at,
                named ? new PersonRef(lecturer, "王书记") : null,
                List.of(AttendanceEntry.present(lecturer, "王书记"),
                        new AttendanceEntry(absent, "赵请假", AttendanceStatus.ON_LEAVE, "出差", null)), types));
    }

    @Test
    void meetingsOfOtherYearsBetweenTheYearsIdsAreLeftOut() {
        int march = meeting(first, LocalDateTime.of(2025, 3, 10, 9, 0), true, MeetingType.PARTY_LESSON);
        // the year before, imported later: unnamed lessons and open leaves of 2024 inside 2025's id range
        meeting(first, LocalDateTime.of(2024, 12, 31, 23, 59), false, MeetingType.PARTY_LESSON);
        meeting(second, LocalDateTime.of(2024, 6, 1, 9, 0), false, MeetingType.PARTY_LESSON, MeetingType.THEMED_PARTY_DAY);
        int cellLesson = meeting(cell, LocalDateTime.of(2025, 9, 1, 9, 0), false, MeetingType.PARTY_LESSON);
        // next year's, entered early, and one held at the year's last minute
        meeting(first, LocalDateTime.of(2026, 1, 1, 0, 0), false, MeetingType.PARTY_LESSON);
        int february = meeting(first, LocalDateTime.of(2025, 2, 1, 9, 0), true, MeetingType.THEMED_PARTY_DAY,
                MeetingType.PARTY_LESSON);
        int lastMinute = meeting(second, LocalDateTime.of(2025, 12, 31, 23, 59), true, MeetingType.BRANCH_COMMITTEE);

        MeetingIds ids = MeetingIds.held(db, FROM, TO);
        assertThat(ids).isEqualTo(new MeetingIds(march, lastMinute));

        ComplianceRepository repo = new ComplianceRepository(db);
        assertThat(repo.unnamedLessonUnits(FROM, TO)).as("the cell's unnamed 党课 counts for its branch; 2024's not")
                .containsExactly(second);
        assertThat(repo.leavesWithoutMakeUp(FROM, TO)).extracting(AttendanceRecord::meetingId)
                .containsExactly(february, march, cellLesson, lastMinute);
        assertThat(repo.heldCounts(FROM, TO)).containsExactlyInAnyOrder(
                new HeldCount(first, MeetingType.THEMED_PARTY_DAY, 2025, 2, 1),
                new HeldCount(first, MeetingType.PARTY_LESSON, 2025, 2, 1),
                new HeldCount(first, MeetingType.PARTY_LESSON, 2025, 3, 1),
                new HeldCount(cell, MeetingType.PARTY_LESSON, 2025, 9, 1),
                new HeldCount(second, MeetingType.BRANCH_COMMITTEE, 2025, 12, 1));

        Map<MeetingType, List<MeetingLine>> named = new SummaryQueries(db).meetings(2025,
                EnumSet.of(MeetingType.PARTY_LESSON, MeetingType.THEMED_PARTY_DAY, MeetingType.CENTRAL_GROUP_STUDY));
        assertThat(named.get(MeetingType.PARTY_LESSON)).extracting(MeetingLine::id).containsExactly(february, march, cellLesson);
        assertThat(named.get(MeetingType.PARTY_LESSON)).extracting(MeetingLine::lecturer)
                .containsExactly("王书记", "王书记", null);
        assertThat(named.get(MeetingType.THEMED_PARTY_DAY)).extracting(MeetingLine::id).containsExactly(february);
        assertThat(named.get(MeetingType.CENTRAL_GROUP_STUDY)).isEmpty();
    }

    @Test
    void aYearWithoutMeetingsHasNoneAndANewMeetingMovesTheRangeOn() {
        meeting(first, LocalDateTime.of(2024, 5, 1, 9, 0), false, MeetingType.PARTY_LESSON);
        assertThat(MeetingIds.held(db, FROM, TO).none()).isTrue();
        ComplianceRepository repo = new ComplianceRepository(db);
        assertThat(repo.unnamedLessonUnits(FROM, TO)).isEmpty();
        assertThat(repo.leavesWithoutMakeUp(FROM, TO)).isEmpty();
        assertThat(repo.heldCounts(FROM, TO)).isEmpty();
        assertThat(new SummaryQueries(db).meetings(2025, Set.of(MeetingType.PARTY_LESSON)))
                .isEqualTo(Map.of(MeetingType.PARTY_LESSON, List.of()));

        int may = meeting(first, LocalDateTime.of(2025, 5, 1, 9, 0), false, MeetingType.PARTY_LESSON);
        assertThat(MeetingIds.held(db, FROM, TO)).isEqualTo(new MeetingIds(may, may));
        assertThat(repo.unnamedLessonUnits(FROM, TO)).containsExactly(first);
        int june = meeting(second, LocalDateTime.of(2025, 6, 1, 9, 0), true, MeetingType.PARTY_LESSON);
        assertThat(MeetingIds.held(db, FROM, TO)).isEqualTo(new MeetingIds(may, june));
        assertThat(repo.leavesWithoutMakeUp(FROM, TO)).extracting(AttendanceRecord::meetingId).containsExactly(may, june);
    }
}
