package org.partydesk.logic.reports;

import java.util.List;

import org.partydesk.model.ReportFigure;

/**
 * The shape of an annual summary: title, subtitle, lead paragraph and sections, each with the figures,
 * honours and number of photos it asks for. {@code {year}} and {@code {bureau}} in texts are filled in when
 * a draft is made. {@code honoursAuto}: the honours of municipal level and above awarded in the year.
 */
public record Outline(String key, String name, String title, String subtitle, String lead, List<Section> sections) {
    public Outline {
        sections = List.copyOf(sections);
    }

    public record Section(int level, String heading, String topic, String narrative, List<ReportFigure> figures,
                          boolean honoursAuto, int photos) {
        public Section {
            figures = List.copyOf(figures);
        }
    }
}
