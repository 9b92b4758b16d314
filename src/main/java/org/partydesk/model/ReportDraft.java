package org.partydesk.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The draft of a year's annual summary (年度党建工作总结): made from an outline, edited by the clerk and
 * saved (one per year). {@code id} and {@code savedAt} are null until it is saved.
 */
public record ReportDraft(Integer id, int year, String outline, String title, String subtitle, String lead,
                          List<Section> sections, LocalDateTime savedAt) {
    public ReportDraft {
        sections = List.copyOf(sections);
    }

    public ReportDraft withSections(List<Section> newSections) {
        return new ReportDraft(id, year, outline, title, subtitle, lead, newSections, savedAt);
    }

    /**
     * One section: a heading (level 1 is numbered 一、, level 2 （一）, level 3 1.), an optional bold topic
     * sentence ending in 。, the clerk's narrative, and what goes into it: figures (fact sentences or charts),
     * honours (commendation titles, written as an honour roll in prose) and photos (evidence ids).
     */
    public record Section(int level, String heading, String topic, String narrative, List<ReportFigure> figures,
                          List<String> honours, List<Integer> photos) {
        public Section {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("section level must be 1 to 3: " + level);
            }
            figures = List.copyOf(figures);
            honours = List.copyOf(honours);
            photos = List.copyOf(photos);
        }
    }
}
