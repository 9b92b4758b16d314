package org.partydesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partydesk.model.AbsenceRun;
import org.partydesk.model.AttendanceRecord;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.Flag;
import org.partydesk.model.FlagKind;
import org.partydesk.model.RecordedMeeting;
import org.partydesk.model.RoleHolder;

/**
 * Attendance warnings of a period: members absent (缺席, not 请假) from every meeting they were expected
 * at for six consecutive calendar months; members on leave without a make-up session (补课); branches
 * whose secretary gave no 党课 (as lecturer) in the year.
 */
public final class AttendanceFlags {
    /** Six consecutive calendar months: the first and the last month of a run are five apart. */
    public static final int LONG_ABSENCE_MONTH_SPAN = 5;

    private AttendanceFlags() {
    }

    /**
     * @param absenceRuns     members' unbroken runs of absences, from a year before the period to its end (at least the
     *                        runs ending in the period that span {@link #LONG_ABSENCE_MONTH_SPAN} months)
     * @param leaves          attendance rows marked 请假 in the period (at least those without a 补课 day)
     * @param roleHolders     committee roles held during the year of the period
     * @param lessonLecturers members who lectured a 党课 in the year of the period
     */
    public static List<Flag> evaluate(List<AbsenceRun> absenceRuns, List<AttendanceRecord> leaves,
                                      List<RoleHolder> roleHolders, Set<Integer> lessonLecturers, CompliancePeriod period) {
        List<Flag> out = new ArrayList<>();
        out.addAll(longAbsences(absenceRuns, period));
        out.addAll(leaveWithoutMakeUp(leaves, period));
        out.addAll(secretariesWithoutLesson(roleHolders, lessonLecturers, period.year()));
        return out;
    }

    /**
     * Meetings counted by their ledger's figures (按台账人数) with members on leave: who they were is not
     * known, so their 补课 cannot be checked; one warning per meeting of the period, naming the branch.
     */
    public static List<Flag> recordedLeaves(List<RecordedMeeting> meetings, CompliancePeriod period) {
        return meetings.stream()
                .filter(m -> m.counts().onLeave() > 0 && within(m.heldAt().toLocalDate(), period.start(), period.end()))
                .map(m -> new Flag(FlagKind.LEAVE_WITHOUT_MAKE_UP, m.orgUnitId(), m.unitName(), null, null,
                        m.unitName() + " " + m.heldAt().toLocalDate() + "「" + m.theme() + "」按台账人数记录请假"
                                + m.counts().onLeave() + "人，未写姓名，无法核对补课"))
                .toList();
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    private static List<Flag> longAbsences(List<AbsenceRun> runs, CompliancePeriod period) {
        List<Flag> out = new ArrayList<>();
        for (AbsenceRun run : longAbsenceRuns(runs, period)) {
            LocalDate from = run.firstAbsence();
            LocalDate to = run.lastAbsence();
            out.add(new Flag(FlagKind.LONG_ABSENCE, null, null, run.memberId(), run.memberName(),
                    run.memberName() + "自" + from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年"
                            + to.getMonthValue() + "月应到的" + run.meetings() + "次会议均缺席，已连续六个月未参加组织生活"));
        }
        return out;
    }

    /**
     * The runs of {@code runs} that are a long absence of the period (its {@link FlagKind#LONG_ABSENCE} warnings): six
     * consecutive calendar months or more, ending in the period.
     */
    public static List<AbsenceRun> longAbsenceRuns(List<AbsenceRun> runs, CompliancePeriod period) {
        return runs.stream()
                .filter(run -> monthIndex(run.lastAbsence()) - monthIndex(run.firstAbsence()) >= LONG_ABSENCE_MONTH_SPAN
                        && within(run.lastAbsence(), period.start(), period.end()))
                .toList();
    }

    private static List<Flag> leaveWithoutMakeUp(List<AttendanceRecord> records, CompliancePeriod period) {
        return records.stream()
                .filter(r -> r.status() == AttendanceStatus.ON_LEAVE && r.makeUpOn() == null
                        && within(r.heldAt().toLocalDate(), period.start(), period.end()))
                .sorted(Comparator.comparing(AttendanceRecord::heldAt).thenComparing(AttendanceRecord::memberName))
                .map(r -> new Flag(FlagKind.LEAVE_WITHOUT_MAKE_UP, r.orgUnitId(), r.unitName(), r.memberId(),
                        r.memberName(), r.memberName() + "请假未补课：" + r.unitName() + " "
                        + r.heldAt().toLocalDate() + "「" + r.theme() + "」"))
                .toList();
    }

    private static List<Flag> secretariesWithoutLesson(List<RoleHolder> roleHolders, Set<Integer> lessonLecturers, int year) {
        return secretariesWithoutLessonOf(roleHolders, lessonLecturers, year).stream()
                .map(h -> new Flag(FlagKind.SECRETARY_NO_LESSON, h.orgUnitId(), h.unitName(), h.memberId(), h.memberName(),
                        h.unitName() + "书记" + h.memberName() + year + "年未讲党课（书记带头讲党课）"))
                .toList();
    }

    /**
     * The branches whose secretaries of {@code year} none lectured a 党课 in it (its {@link FlagKind#SECRETARY_NO_LESSON}
     * warnings), each by its last secretary of the year.
     */
    public static List<RoleHolder> secretariesWithoutLessonOf(List<RoleHolder> roleHolders, Set<Integer> lessonLecturers,
                                                              int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Integer, List<RoleHolder>> secretaries = new LinkedHashMap<>();
        roleHolders.stream()
                .filter(r -> r.role() == CommitteeRole.SECRETARY && !r.startOn().isAfter(to)
                        && (r.endOn() == null || !r.endOn().isBefore(from)))
                .forEach(r -> secretaries.computeIfAbsent(r.orgUnitId(), k -> new ArrayList<>()).add(r));
        List<RoleHolder> out = new ArrayList<>();
        for (List<RoleHolder> holders : secretaries.values()) {
            if (holders.stream().noneMatch(h -> lessonLecturers.contains(h.memberId()))) {
                out.add(holders.get(holders.size() - 1));
            }
        }
        return out;
    }
}
