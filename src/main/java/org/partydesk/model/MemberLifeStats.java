package org.partydesk.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A year's figures of members' life in the party ({@code stats --json}: recruitment, transfers, appraisal,
 * terms), as of {@code asOf} (the end of the year, or today for the current year).
 *
 * @param recruitment 发展党员: applications, 积极分子 and 发展对象 named in the year, members admitted (入党日期)
 *                    and made full (转正日期) in it
 * @param transfersIn members transferred into the bureau in the year; {@code transfersOut} out of it
 * @param appraisal   the year's 民主评议 results, members per result
 * @param termsDue    organisations whose committee term ends within the reminder months after {@code asOf};
 *                    {@code termsOverdue} those whose term has ended without an election
 */
public record MemberLifeStats(int year, LocalDate asOf, Recruitment recruitment, int transfersIn, int transfersOut,
                              Map<AppraisalResult, Integer> appraisal, int termsDue, int termsOverdue) {
    public record Recruitment(int applicants, int activists, int candidates, int admitted, int confirmed) {
    }

    public MemberLifeStats {
        Map<AppraisalResult, Integer> all = new EnumMap<>(AppraisalResult.class);
        for (AppraisalResult r : AppraisalResult.values()) {
            all.put(r, appraisal.getOrDefault(r, 0));
        }
        appraisal = Collections.unmodifiableMap(all);
    }
}
