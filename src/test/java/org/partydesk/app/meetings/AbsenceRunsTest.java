package org.partydesk.app.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.partydesk.logic.AttendanceFlags;
import org.partydesk.app.SmallSampleTest;
import org.partydesk.model.AbsenceRun;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.store.ComplianceRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.jooq.Tables.ATTENDANCE;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEMBER;

/**
 * The runs of absences found from the absences (partial index, a walk of only the members who can have a long
 * run) are exactly the runs the former query found over every attendance row of the window (a window function,
 * kept here as the reference) and the six-month rule kept, for every year, quarter and month of a generated sample.
 */
class AbsenceRunsTest extends SmallSampleTest {
    @Test
    void theWalkFromTheAbsencesFindsWhatTheWindowQueryFoundForEveryPeriod() {
        ComplianceRepository repo = new ComplianceRepository(ws.database());
        List<CompliancePeriod> periods = new ArrayList<>();
        for (int year = YEAR - 2; year <= YEAR; year++) {
            periods.add(new CompliancePeriod(year, null));
            for (int q = 1; q <= 4; q++) {
                periods.add(new CompliancePeriod(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                periods.add(CompliancePeriod.ofMonth(year, m));
            }
        }
        int found = 0;
        for (CompliancePeriod p : periods) {
            LocalDate from = p.start().minusMonths(12);
            List<AbsenceRun> expected = windowQuery(from, p.end()).stream()
                    .filter(r -> !r.lastAbsence().isBefore(p.start()) && !r.lastAbsence().isAfter(p.end())
                            && months(r.lastAbsence()) - months(r.firstAbsence()) >= AttendanceFlags.LONG_ABSENCE_MONTH_SPAN)
                    .toList();
            assertThat(repo.absenceRuns(from, p.end(), p.start(), AttendanceFlags.LONG_ABSENCE_MONTH_SPAN))
                    .as("%s", p).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the sample's chronic absentees give long runs").isPositive();
    }

    @Test
    void theLongAbsencesAloneAreThoseOfTheSeriousWarnings() {
        ComplianceCheck check = new ComplianceCheck(ws);
        int found = 0;
        for (int year = YEAR - 1; year <= YEAR; year++) {
            for (Integer quarter : java.util.Arrays.asList(null, 1, 2, 3, 4)) {
                List<AbsenceRun> alone = check.longAbsences(year, quarter);
                assertThat(alone).as("%d Q%s", year, quarter).isEqualTo(check.serious(year, quarter).longAbsences());
                found += alone.size();
            }
        }
        assertThat(found).as("the sample's chronic absentees give long absences").isPositive();
    }

    private static int months(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The former ComplianceRepository.absenceRuns: gaps and islands over every attendance row of the window. */
    private static List<AbsenceRun> windowQuery(LocalDate from, LocalDate to) {
        var held = MEETING.HELD_AT.ge(from.atStartOfDay()).and(MEETING.HELD_AT.lt(to.plusDays(1).atStartOfDay()));
        Field<Integer> notAbsent = DSL.when(ATTENDANCE.STATUS.ne(AttendanceStatus.ABSENT.name()), DSL.inline(1))
                .otherwise(DSL.inline(0));
        Field<BigDecimal> run = DSL.sum(notAbsent).over(DSL.partitionBy(ATTENDANCE.MEMBER_ID)
                .orderBy(MEETING.HELD_AT, MEETING.ID).rowsUnboundedPreceding());
        var rows = DSL.select(ATTENDANCE.MEMBER_ID.as("member_id"), ATTENDANCE.STATUS.as("status"),
                        MEETING.HELD_AT.as("held_at"), run.as("run"))
                .from(ATTENDANCE).join(MEETING).on(MEETING.ID.eq(ATTENDANCE.MEETING_ID))
                .where(held)
                .asTable("rows");
        Field<Integer> memberId = rows.field("member_id", Integer.class);
        Field<LocalDateTime> heldAt = rows.field("held_at", LocalDateTime.class);
        Field<LocalDateTime> first = DSL.min(heldAt);
        Field<LocalDateTime> last = DSL.max(heldAt);
        return ws.database().read().select(memberId, MEMBER.NAME, first, last, DSL.count())
                .from(rows).join(MEMBER).on(MEMBER.ID.eq(memberId))
                .where(rows.field("status", String.class).eq(AttendanceStatus.ABSENT.name()))
                .groupBy(memberId, MEMBER.NAME, rows.field("run"))
                .orderBy(MEMBER.NAME, memberId, first)
                .fetch(r -> new AbsenceRun(r.value1(), r.value2(), r.value3().toLocalDate(), r.value4().toLocalDate(),
                        r.value5()));
    }
}
