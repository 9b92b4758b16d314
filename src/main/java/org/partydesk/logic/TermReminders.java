package org.partydesk.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partydesk.model.OrgTerm;
import org.partydesk.model.OrgUnit;

/**
 * 应换届 and 逾期未换届 from the recorded committee terms: an organisation existing on the day whose latest term
 * ends within the reminder months after it, or has ended without a new election. Organisations with no
 * recorded election are not listed.
 */
public final class TermReminders {
    private TermReminders() {
    }

    /** One organisation whose term ends soon ({@code overdue} false) or has ended; {@code text} says it in Chinese. */
    public record Due(int orgUnitId, String unitName, LocalDate electedOn, LocalDate endsOn, boolean overdue, String text) {
    }

    /** Overdue first, then by the end of the term. */
    public static List<Due> on(LocalDate day, List<OrgTerm> terms, List<OrgUnit> units, MemberLifeRules rules) {
        Map<Integer, OrgTerm> latest = terms.stream().filter(t -> !t.electedOn().isAfter(day))
                .collect(Collectors.toMap(OrgTerm::orgUnitId, t -> t, (a, b) -> a.electedOn().isAfter(b.electedOn()) ? a : b));
        List<Due> out = new ArrayList<>();
        for (OrgUnit u : units) {
            OrgTerm t = latest.get(u.id());
            if (t == null || !u.activeOn(day)) {
                continue;
            }
            LocalDate ends = t.endsOn();
            if (day.isBefore(ends.minusMonths(rules.termReminderMonths()))) {
                continue;
            }
            boolean overdue = !day.isBefore(ends);
            out.add(new Due(u.id(), u.name(), t.electedOn(), ends, overdue, "“" + u.name() + "”委员会于 " + t.electedOn()
                    + " 选举产生，任期 " + t.termYears() + " 年，" + (overdue ? "已于 " + ends.minusDays(1) + " 届满，逾期未换届"
                    : "将于 " + ends.minusDays(1) + " 届满，应做好换届准备") + "。" + rules.termText() + "。"));
        }
        out.sort(Comparator.comparing(Due::overdue).reversed().thenComparing(Due::endsOn));
        return out;
    }
}
