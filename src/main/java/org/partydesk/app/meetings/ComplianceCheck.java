package org.partydesk.app.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partydesk.app.Workspace;
import org.partydesk.logic.AttendanceFlags;
import org.partydesk.logic.ComplianceRules;
import org.partydesk.model.AbsenceRun;
import org.partydesk.model.BranchCompliance;
import org.partydesk.model.CompliancePeriod;
import org.partydesk.model.ComplianceReport;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.Flag;
import org.partydesk.model.RoleHolder;
import org.partydesk.store.ComplianceRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.OrgTermRepository;
import org.partydesk.logic.MemberLifeRules;
import org.partydesk.logic.TermReminders;
import org.partydesk.model.FlagKind;

/**
 * The 红黄旗 check of a year or a quarter: every branch's rating and shortfalls, and the attendance
 * warnings; and the same as a matrix of months or quarters. "Today" is the database clock's date: slots
 * not yet over are not counted against a branch.
 */
public final class ComplianceCheck {
    private final Workspace ws;

    public ComplianceCheck(Workspace ws) {
        this.ws = ws;
    }

    /**
     * What one check reads: the rules, and the units and the year's meetings counted per unit, type and month, made
     * ready once for every period of the year.
     */
    private record Facts(List<ComplianceRule> rules, ComplianceRules.Year year, LocalDate today) {
        List<BranchCompliance> evaluate(CompliancePeriod period) {
            return year.evaluate(rules, period, today);
        }
    }

    private Facts facts(ComplianceRepository repo, int year) {
        return new Facts(repo.rules(), new ComplianceRules.Year(repo.units(),
                repo.heldCounts(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), year),
                LocalDate.now(ws.database().clock()));
    }

    /** Checks {@code year}, or only its {@code quarter} (1–4) when not null. */
    public ComplianceReport run(int year, Integer quarter) {
        CompliancePeriod period = new CompliancePeriod(year, quarter);
        ComplianceRepository repo = new ComplianceRepository(ws.database());
        return new ComplianceReport(year, quarter, rate(year, quarter), flags(repo, period), LocalDate.now(ws.database().clock()));
    }

    /**
     * The ratings of {@link #run} alone, without the warnings, whose reads (long absences, leaves without a make-up
     * session, role holders, lecturers, terms) cost more than the ratings: a branch's quarterly report names its rating.
     */
    public List<BranchCompliance> rate(int year, Integer quarter) {
        return facts(new ComplianceRepository(ws.database()), year).evaluate(new CompliancePeriod(year, quarter));
    }

    /**
     * The year as a matrix: every unit rated in each month ({@code monthly}) or quarter and for the whole
     * year, from one count of the year's meetings; the year's warnings.
     */
    public ComplianceMatrix matrix(int year, boolean monthly) {
        return matrix(year, monthly, true);
    }

    /**
     * {@link #matrix} without the year's warnings (its flags are empty): the ratings alone, which is all the annual
     * summary, its workbook and its draft take of the check. The warnings' reads (long absences, leaves without a
     * make-up session, role holders, lecturers, terms) were a quarter of the annual summary's time on the large sample.
     */
    public ComplianceMatrix ratings(int year, boolean monthly) {
        return matrix(year, monthly, false);
    }

    private ComplianceMatrix matrix(int year, boolean monthly, boolean withFlags) {
        ComplianceRepository repo = new ComplianceRepository(ws.database());
        Facts facts = facts(repo, year);
        List<CompliancePeriod> periods = new ArrayList<>();
        for (int i = 1; i <= (monthly ? 12 : 4); i++) {
            periods.add(monthly ? CompliancePeriod.ofMonth(year, i) : new CompliancePeriod(year, i));
        }
        List<Map<Integer, BranchCompliance>> columns = new ArrayList<>();
        for (CompliancePeriod p : periods) {
            Map<Integer, BranchCompliance> byUnit = new HashMap<>();
            facts.evaluate(p).forEach(b -> byUnit.put(b.orgUnitId(), b));
            columns.add(byUnit);
        }
        CompliancePeriod whole = new CompliancePeriod(year, null);
        List<ComplianceMatrix.Row> rows = new ArrayList<>();
        for (BranchCompliance y : facts.evaluate(whole)) {
            rows.add(new ComplianceMatrix.Row(y.orgUnitId(), y.branch(),
                    columns.stream().map(c -> c.get(y.orgUnitId())).toList(), y));
        }
        return new ComplianceMatrix(year, periods, rows, withFlags ? flags(repo, whole) : List.of(), facts.today());
    }

    /**
     * The facts of the check's gravest warnings for a period (its {@code LONG_ABSENCE} and {@code SECRETARY_NO_LESSON}
     * flags, read and judged as {@link #run} does): the members' runs of absences of six months or more that end in
     * the period, and the branches whose secretary gave no 党课 in the period's year.
     */
    public record Serious(List<AbsenceRun> longAbsences, List<RoleHolder> secretariesWithoutLesson,
                          List<RoleHolder> lecturerUnrecorded) {
    }

    /** A slot as people write it: 2025-07 → 7月, 2025-Q3 → 第三季度, 2025 → 全年. */
    public static String periodText(String slot) {
        return org.partydesk.logic.reports.ChineseText.periodLabel(slot);
    }

    /** {@link Serious} of {@code year}, or of its {@code quarter} (1–4) when not null. */
    public Serious serious(int year, Integer quarter) {
        CompliancePeriod period = new CompliancePeriod(year, quarter);
        ComplianceRepository repo = new ComplianceRepository(ws.database());
        List<RoleHolder> none = AttendanceFlags.secretariesWithoutLessonOf(roleHolders(repo, year), lessonLecturers(repo, year), year);
        Set<Integer> unnamed = unnamedLessonUnits(repo, year);
        return new Serious(longAbsences(repo, period),
                none.stream().filter(h -> !unnamed.contains(h.orgUnitId())).toList(),
                none.stream().filter(h -> unnamed.contains(h.orgUnitId())).toList());
    }

    /**
     * {@link Serious#longAbsences} alone, of {@code year} or of its {@code quarter} (1–4) when not null: the annual
     * summary names the members absent six months running and nothing else of {@link Serious}, whose secretaries'
     * reads (role holders, lecturers, lessons without one) it need not pay for.
     */
    public List<AbsenceRun> longAbsences(int year, Integer quarter) {
        return longAbsences(new ComplianceRepository(ws.database()), new CompliancePeriod(year, quarter));
    }

    private static List<AbsenceRun> longAbsences(ComplianceRepository repo, CompliancePeriod period) {
        return AttendanceFlags.longAbsenceRuns(absenceRuns(repo, period), period);
    }

    /** The branches whose 党课 of {@code year} include one without any lecturer recorded. */
    private static Set<Integer> unnamedLessonUnits(ComplianceRepository repo, int year) {
        return repo.unnamedLessonUnits(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The 书记讲党课 warning of a branch whose 党课 were recorded without a lecturer says that, instead of that the
     * secretary gave none.
     */
    private static Flag lecturerUnrecorded(Flag f, int year) {
        return new Flag(f.kind(), f.orgUnitId(), f.unitName(), f.memberId(), f.memberName(), f.unitName() + year
                + "年的党课有未登记讲课人的，无法确认书记" + f.memberName() + "是否讲过党课；请补登讲课人（书记带头讲党课）");
    }

    private static List<AbsenceRun> absenceRuns(ComplianceRepository repo, CompliancePeriod period) {
        return repo.absenceRuns(period.start().minusMonths(12), period.end(), period.start(),
                AttendanceFlags.LONG_ABSENCE_MONTH_SPAN);
    }

    private static List<RoleHolder> roleHolders(ComplianceRepository repo, int year) {
        return repo.roleHolders(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Set<Integer> lessonLecturers(ComplianceRepository repo, int year) {
        return repo.lessonLecturers(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private List<Flag> flags(ComplianceRepository repo, CompliancePeriod period) {
        int year = period.year();
        Set<Integer> unnamed = unnamedLessonUnits(repo, year);
        List<Flag> out = new ArrayList<>(AttendanceFlags.evaluate(
                absenceRuns(repo, period),
                repo.leavesWithoutMakeUp(period.start(), period.end()),
                roleHolders(repo, year),
                lessonLecturers(repo, year),
                period).stream().map(f -> f.kind() == FlagKind.SECRETARY_NO_LESSON && unnamed.contains(f.orgUnitId())
                        ? lecturerUnrecorded(f, year) : f).toList());
        out.addAll(AttendanceFlags.recordedLeaves(repo.recordedMeetings(period.start(), period.end()), period));
        out.addAll(termFlags(period));
        return withAbsenteesBranches(out, period);
    }

    /**
     * The long absences named with each member's branch (at the period's end, or today while it runs), for the lists
     * that show a 组织 column: the absence runs span meetings, not one unit. Only the name is set: the warning is the
     * member's, not held against the branch.
     */
    private List<Flag> withAbsenteesBranches(List<Flag> flags, CompliancePeriod period) {
        List<Integer> absentees = flags.stream().filter(f -> f.kind() == FlagKind.LONG_ABSENCE && f.unitName() == null)
                .map(Flag::memberId).toList();
        if (absentees.isEmpty()) {
            return flags;
        }
        LocalDate today = LocalDate.now(ws.database().clock());
        Map<Integer, String> branches = new MemberRepository(ws.database())
                .branchNames(absentees, period.end().isBefore(today) ? period.end() : today);
        return flags.stream().map(f -> f.kind() == FlagKind.LONG_ABSENCE && f.unitName() == null
                ? new Flag(f.kind(), f.orgUnitId(), branches.get(f.memberId()), f.memberId(), f.memberName(), f.message())
                : f).toList();
    }

    /** 应换届 and 逾期未换届 at the end of the period, or today while it runs (decision 0018). */
    private List<Flag> termFlags(CompliancePeriod period) {
        LocalDate today = LocalDate.now(ws.database().clock());
        LocalDate day = period.end().isBefore(today) ? period.end() : today;
        return TermReminders.on(day, new OrgTermRepository(ws.database()).terms(null), new OrgRepository(ws.database()).all(),
                        MemberLifeRules.standard()).stream()
                .map(d -> new Flag(d.overdue() ? FlagKind.TERM_OVERDUE : FlagKind.TERM_DUE, d.orgUnitId(), d.unitName(), null, null,
                        d.text())).toList();
    }
}
