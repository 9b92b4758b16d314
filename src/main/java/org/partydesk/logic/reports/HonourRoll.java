package org.partydesk.logic.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partydesk.logic.Terms;
import org.partydesk.model.Commendation;
import org.partydesk.model.RecipientKind;

/**
 * The honour roll in prose, as the sources write it: "王某、李某同志获评市直机关工委“优秀共产党员”；
 * 市环境监测中心获生态环境部“工人先锋号”称号。" People get 同志 after their names; collectives get 称号.
 * A long list of people names the first {@value #MAX_NAMES} and says how many in all (……等20名同志).
 */
public final class HonourRoll {
    static final int MAX_NAMES = 12;

    private HonourRoll() {
    }

    /** The roll of these commendations (in the given order), or "" when they have no recipients. */
    public static String prose(List<Commendation> commendations) {
        Map<String, List<String>> people = new LinkedHashMap<>();
        Map<String, List<String>> collectives = new LinkedHashMap<>();
        Map<String, String> awarders = new LinkedHashMap<>();
        for (Commendation c : commendations) {
            String awarder = c.awardedBy() == null || c.awardedBy().isBlank() ? Terms.label(c.level()) : c.awardedBy().strip();
            String key = awarder + "\u0000" + c.title();
            awarders.put(key, awarder);
            for (Commendation.Recipient r : c.recipients()) {
                if (r.displayName() == null || r.displayName().isBlank()) {
                    continue;
                }
                var target = r.kind() == RecipientKind.MEMBER ? people : collectives;
                List<String> names = target.computeIfAbsent(key, k -> new ArrayList<>());
                if (!names.contains(r.displayName())) {
                    names.add(r.displayName());
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        awarders.forEach((key, awarder) -> {
            String title = ChineseText.quoted(key.substring(key.indexOf('\u0000') + 1));
            List<String> names = people.getOrDefault(key, List.of());
            if (!names.isEmpty()) {
                String who = names.size() > MAX_NAMES
                        ? String.join("、", names.subList(0, MAX_NAMES)) + "等" + names.size() + "名同志"
                        : ChineseText.comrades(names);
                clauses.add(who + "获评" + awarder + title);
            }
            List<String> groups = collectives.getOrDefault(key, List.of());
            if (!groups.isEmpty()) {
                clauses.add(ChineseText.join(groups) + "获" + awarder + title + "称号");
            }
        });
        return clauses.isEmpty() ? "" : String.join("；", clauses) + "。";
    }
}
