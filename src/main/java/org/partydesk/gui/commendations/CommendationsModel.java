package org.partydesk.gui.commendations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.OrgUnit;

/**
 * The 评先创优 screen without JavaFX: what its filter row offers (this year, the 荣誉名称, the 党支部) and, for a
 * choice, the commendations with the year's counts by level and by title and the status line, each read in one
 * go. It touches no control, so the screen runs its reads off the FX thread.
 */
final class CommendationsModel {
    /** What the filter row offers: this year, the titles and the branches. */
    record Setup(int thisYear, List<String> titles, List<OrgUnit> branches) {
    }

    /** One line of a summary: a name (level or title) and how many commendations it has. */
    record Count(String name, int count) {
    }

    /** What the screen shows for a choice of the filter row. */
    record Snapshot(List<Commendation> rows, List<Count> byLevel, List<Count> byTitle, String status) {
    }

    private final Commendations commendations;
    private final Roster roster;
    private final I18n i18n;

    CommendationsModel(Commendations commendations, Roster roster, I18n i18n) {
        this.commendations = commendations;
        this.roster = roster;
        this.i18n = i18n;
    }

    Setup setup() {
        return new Setup(roster.today().getYear(), titles(), Units.branches(roster));
    }

    /** The names of the 荣誉名称 list. */
    List<String> titles() {
        return commendations.titles().stream().map(CommendationTitle::name).toList();
    }

    /**
     * The commendations of {@code year} of a level, a title and a branch (each null: all), with the year's counts
     * by level (in the order of the levels) and by title (most first), and the status line.
     */
    Snapshot read(int year, CommendationLevel level, String title, Integer branchId) {
        List<Commendation> rows = commendations.find(year, level, title, branchId);
        List<Commendation> ofYear = commendations.find(year, null, null, null);
        Map<CommendationLevel, Long> levels = ofYear.stream()
                .collect(Collectors.groupingBy(Commendation::level, LinkedHashMap::new, Collectors.counting()));
        List<Count> byLevel = Arrays.stream(CommendationLevel.values()).filter(levels::containsKey)
                .map(lv -> new Count(i18n.label(lv), levels.get(lv).intValue())).toList();
        List<Count> byTitle = ofYear.stream().collect(Collectors.groupingBy(Commendation::title, LinkedHashMap::new,
                        Collectors.counting()))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Count(e.getKey(), e.getValue().intValue())).toList();
        return new Snapshot(rows, byLevel, byTitle, i18n.format("commendations.status.bar", String.valueOf(year),
                String.valueOf(rows.size()), String.valueOf(ofYear.size())));
    }

    /** Deletes a commendation (audited); refused with a Chinese sentence. */
    void delete(int commendationId) {
        commendations.delete(commendationId);
    }

    /** The app's commendations, for the entry dialogs. */
    Commendations commendations() {
        return commendations;
    }

    /** The roster, for the entry dialogs' branches and members. */
    Roster roster() {
        return roster;
    }
}
