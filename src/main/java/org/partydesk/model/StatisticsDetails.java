package org.partydesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics workbook's figures beside {@link YearStats}, for the same year and day.
 *
 * @param meetingsHeld         meetings held in the year, each once however many types it has ({@code stats --json}
 *                             "meetingsHeld"); per branch in {@code meetingsHeldByBranch}, keyed as
 *                             {@link YearStats#meetingsByBranch}
 * @param attendanceByBranch   应到 / 实到 / 请假 / 缺席 per branch (as {@link YearStats#attendance}, which they add up to)
 * @param ratingsByBranch      the 红黄旗 of each unit rated: the four quarters (null where not rated) and the year
 * @param life                 发展党员, transfers, 民主评议 and 换届 of the year ({@code stats --json}); {@code lifeBefore}
 *                             the same of the year before, null when it has no data
 * @param transfers            the transfers in and out of the year, oldest first
 * @param terms                each organisation's latest committee term on the day, overdue and due first
 * @param dues                 党费 of the year for the whole bureau ({@code stats --json} "dues"); {@code duesByBranch} the
 *                             same per branch (only those with dues), adding up to it
 */
public record StatisticsDetails(int meetingsHeld, Map<String, Integer> meetingsHeldByBranch,
                                Map<String, YearStats.Attendance> attendanceByBranch, Map<String, List<Rating>> ratingsByBranch,
                                MemberLifeStats life, MemberLifeStats lifeBefore, List<Transfer> transfers, List<Term> terms,
                                DuesFigures dues, List<DuesFigures> duesByBranch) {
    public StatisticsDetails {
        meetingsHeldByBranch = Collections.unmodifiableMap(new LinkedHashMap<>(meetingsHeldByBranch));
        attendanceByBranch = Collections.unmodifiableMap(new LinkedHashMap<>(attendanceByBranch));
        Map<String, List<Rating>> ratings = new LinkedHashMap<>();
        ratingsByBranch.forEach((k, v) -> ratings.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        ratingsByBranch = Collections.unmodifiableMap(ratings);
        transfers = List.copyOf(transfers);
        terms = List.copyOf(terms);
        dues = dues == null ? new DuesFigures("", java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal.ZERO.setScale(2), 0) : dues;
        duesByBranch = List.copyOf(duesByBranch);
    }

    /** The figures without 党费. */
    public StatisticsDetails(int meetingsHeld, Map<String, Integer> meetingsHeldByBranch,
                             Map<String, YearStats.Attendance> attendanceByBranch, Map<String, List<Rating>> ratingsByBranch,
                             MemberLifeStats life, MemberLifeStats lifeBefore, List<Transfer> transfers, List<Term> terms) {
        this(meetingsHeld, meetingsHeldByBranch, attendanceByBranch, ratingsByBranch, life, lifeBefore, transfers, terms, null,
                List.of());
    }

    /** An organisation's current committee term: elected on, years, ends on (the day it should be renewed by), state. */
    public record Term(String unit, LocalDate electedOn, int termYears, LocalDate endsOn, TermState state) {
    }

    /** Where a term stands on the day: 逾期未换届, 应换届 (ends within the reminder months), 任期内. */
    public enum TermState { OVERDUE, DUE, IN_TERM }
}
