package org.partydesk.logic.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.partydesk.model.Commendation;
import org.partydesk.model.DuesFigures;
import org.partydesk.model.MemberLifeStats;
import org.partydesk.model.Rating;
import org.partydesk.model.YearStats;

/**
 * What the annual summary says about a year beyond its statistics: the year before (for the year-over-year
 * lines; null when it has no members and no meetings), the named activities, the members who joined or
 * became full members, the honours, the 红黄旗 results and what is still open. Gathered by the app, written
 * out by {@link AnnualProse}.
 *
 * @param previous         the year before's figures that the prose compares with (its meetings per branch and its tags
 *                         are left empty); null when it has no members and no meetings
 * @param units            the units rated (红黄旗): branches, temporary branches, and the leading group when rated
 * @param secretaryLessons 党课 given by the branch's own secretary
 * @param noLessonBranches branches whose secretary gave no 党课 in the year ("机关第三党支部（王某）")
 * @param overdueByList    overdue responsibility items per list name, most first
 * @param life             发展党员, 组织关系转接, 民主评议 and 换届 ({@link Life#NONE} when not gathered)
 * @param dues             党费 of the year ({@code stats --json} "dues"); null when no member owes dues in it
 * @param duesBefore       the same of the year before; null when it has no dues data
 * @param duesScope        what {@code dues} covers: the months counted and the branches and members with dues in them;
 *                         null when not gathered (then the dues are the year's and cover every branch)
 * @param quarters         the 红黄旗 of each quarter begun, how many units of each colour (empty when not gathered)
 */
public record YearFacts(YearStats stats, YearStats previous, boolean yearOver, Map<Rating, Integer> ratings,
                        RatedUnits units, List<RatedUnit> flagged, List<Activity> themedDays, List<Activity> lessons,
                        int secretaryLessons, int lessonBranches, List<String> noLessonBranches,
                        List<Activity> studies, int newMembers, int becameFull, int postedMembers, int communities,
                        int leaveWithoutMakeUp, List<Commendation> commendations, Map<String, Integer> overdueByList,
                        Life life, DuesFigures dues, DuesFigures duesBefore, DuesScope duesScope,
                        List<Map<Rating, Integer>> quarters) {
    public YearFacts {
        quarters = quarters.stream().map(Map::copyOf).toList();
        life = life == null ? Life.NONE : life;
        ratings = Map.copyOf(ratings);
        flagged = List.copyOf(flagged);
        themedDays = List.copyOf(themedDays);
        lessons = List.copyOf(lessons);
        noLessonBranches = List.copyOf(noLessonBranches);
        studies = List.copyOf(studies);
        commendations = List.copyOf(commendations);
        overdueByList = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overdueByList));
    }

    /** The facts without the scope of the 党费 and the quarters' 红黄旗. */
    public YearFacts(YearStats stats, YearStats previous, boolean yearOver, Map<Rating, Integer> ratings,
                     RatedUnits units, List<RatedUnit> flagged, List<Activity> themedDays, List<Activity> lessons,
                     int secretaryLessons, int lessonBranches, List<String> noLessonBranches,
                     List<Activity> studies, int newMembers, int becameFull, int postedMembers, int communities,
                     int leaveWithoutMakeUp, List<Commendation> commendations, Map<String, Integer> overdueByList,
                     Life life, DuesFigures dues, DuesFigures duesBefore) {
        this(stats, previous, yearOver, ratings, units, flagged, themedDays, lessons, secretaryLessons, lessonBranches,
                noLessonBranches, studies, newMembers, becameFull, postedMembers, communities, leaveWithoutMakeUp,
                commendations, overdueByList, life, dues, duesBefore, null, List.of());
    }

    /** The facts without 党费. */
    public YearFacts(YearStats stats, YearStats previous, boolean yearOver, Map<Rating, Integer> ratings,
                     RatedUnits units, List<RatedUnit> flagged, List<Activity> themedDays, List<Activity> lessons,
                     int secretaryLessons, int lessonBranches, List<String> noLessonBranches,
                     List<Activity> studies, int newMembers, int becameFull, int postedMembers, int communities,
                     int leaveWithoutMakeUp, List<Commendation> commendations, Map<String, Integer> overdueByList,
                     Life life) {
        this(stats, previous, yearOver, ratings, units, flagged, themedDays, lessons, secretaryLessons, lessonBranches,
                noLessonBranches, studies, newMembers, becameFull, postedMembers, communities, leaveWithoutMakeUp,
                commendations, overdueByList, life, null, null);
    }

    /** The facts without {@link Life} and 党费. */
    public YearFacts(YearStats stats, YearStats previous, boolean yearOver, Map<Rating, Integer> ratings,
                     RatedUnits units, List<RatedUnit> flagged, List<Activity> themedDays, List<Activity> lessons,
                     int secretaryLessons, int lessonBranches, List<String> noLessonBranches,
                     List<Activity> studies, int newMembers, int becameFull, int postedMembers, int communities,
                     int leaveWithoutMakeUp, List<Commendation> commendations, Map<String, Integer> overdueByList) {
        this(stats, previous, yearOver, ratings, units, flagged, themedDays, lessons, secretaryLessons, lessonBranches,
                noLessonBranches, studies, newMembers, becameFull, postedMembers, communities, leaveWithoutMakeUp,
                commendations, overdueByList, Life.NONE);
    }

    /**
     * A member's life in the party over the year: the figures of {@code stats --json} (发展党员, transfers, 民主评议,
     * 换届 due and overdue) of the year and of the year before (null without data), the organisations that elected
     * their committee in the year, and those whose term ends soon ({@code dueTerms}) or has ended without an
     * election ({@code overdueTerms}).
     */
    public record Life(MemberLifeStats now, MemberLifeStats before, List<String> elected, List<String> dueTerms,
                       List<String> overdueTerms, List<String> longAbsent) {
        public static final Life NONE = new Life(null, null, List.of(), List.of(), List.of());

        public Life {
            elected = List.copyOf(elected);
            dueTerms = List.copyOf(dueTerms);
            overdueTerms = List.copyOf(overdueTerms);
            longAbsent = List.copyOf(longAbsent);
        }

        /** The year's life without members absent six months running. */
        public Life(MemberLifeStats now, MemberLifeStats before, List<String> elected, List<String> dueTerms,
                    List<String> overdueTerms) {
            this(now, before, elected, dueTerms, overdueTerms, List.of());
        }
    }

    /**
     * What the year's 党费 cover: the months up to {@code through} (the last that has ended; December of a year over),
     * {@code branches} of the {@code allBranches} 党支部 with dues recorded in them, and the {@code members} who owed
     * dues in them.
     */
    public record DuesScope(java.time.YearMonth through, int branches, int allBranches, int members) {
    }

    /** A meeting named in the text: when, which unit, its theme and lecturer (null when none). */
    public record Activity(LocalDate on, String unit, String theme, String lecturer) {
    }

    /** How many units of each kind were rated: branches, temporary branches, the leading group (0 or 1). */
    public record RatedUnits(int branches, int temporary, int leadingGroup) {
        public int total() {
            return branches + temporary + leadingGroup;
        }
    }

    /** A unit rated red or yellow for the year, with the meeting types it fell short in. */
    public record RatedUnit(String unit, Rating rating, List<String> shortOf) {
        public RatedUnit {
            shortOf = List.copyOf(shortOf);
        }
    }
}
