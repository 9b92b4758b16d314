package org.partydesk.logic.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partydesk.model.ReportFigure;

/**
 * The built-in outlines of the annual summary, kept as data in
 * {@code org/partydesk/logic/reports/outlines/*.txt}, and their parser. The text form: {@code key=value}
 * lines for {@code name}, {@code title}, {@code subtitle}, {@code lead}; then each section opens with a
 * line {@code [LEVEL] heading} followed by {@code topic=}, {@code narrative=}, {@code figures=A,B},
 * {@code honours=AUTO} and {@code photos=N}. Lines starting with {@code #} are comments.
 */
public final class Outlines {
    /** The built-in outlines, the default first. */
    public static final List<String> BUILT_IN = List.of("four-strengths", "numbered");

    private Outlines() {
    }

    public static List<Outline> builtIn() {
        return BUILT_IN.stream().map(Outlines::load).toList();
    }

    public static Outline defaultOutline() {
        return load(BUILT_IN.get(0));
    }

    public static Optional<Outline> find(String key) {
        return BUILT_IN.contains(key) ? Optional.of(load(key)) : Optional.empty();
    }

    private static Outline load(String key) {
        String resource = "outlines/" + key + ".txt";
        try (InputStream in = Outlines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing outline resource " + resource);
            }
            return parse(key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text form of an outline; throws IllegalArgumentException naming the bad line. */
    public static Outline parse(String key, String text) {
        String name = key;
        String title = "";
        String subtitle = null;
        String lead = null;
        List<Outline.Section> sections = new ArrayList<>();
        SectionBuilder current = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                if (close < 2) {
                    throw new IllegalArgumentException("outline " + key + " line " + (i + 1) + ": expected [LEVEL] heading");
                }
                if (current != null) {
                    sections.add(current.build());
                }
                current = new SectionBuilder(Integer.parseInt(line.substring(1, close).strip()), line.substring(close + 1).strip());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("outline " + key + " line " + (i + 1) + ": expected key=value");
            }
            String k = line.substring(0, eq).strip();
            String v = line.substring(eq + 1).strip();
            if (current == null) {
                switch (k) {
                    case "name" -> name = v;
                    case "title" -> title = v;
                    case "subtitle" -> subtitle = v.isEmpty() ? null : v;
                    case "lead" -> lead = v.isEmpty() ? null : v;
                    default -> throw new IllegalArgumentException("outline " + key + " line " + (i + 1) + ": unknown key " + k);
                }
            } else {
                switch (k) {
                    case "topic" -> current.topic = v.isEmpty() ? null : v;
                    case "narrative" -> current.narrative = v.isEmpty() ? null : v;
                    case "figures" -> {
                        for (String f : v.split(",")) {
                            if (!f.isBlank()) {
                                current.figures.add(ReportFigure.valueOf(f.strip()));
                            }
                        }
                    }
                    case "honours" -> current.honoursAuto = "AUTO".equals(v);
                    case "photos" -> current.photos = v.isEmpty() ? 0 : Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("outline " + key + " line " + (i + 1) + ": unknown key " + k);
                }
            }
        }
        if (current != null) {
            sections.add(current.build());
        }
        return new Outline(key, name, title, subtitle, lead, sections);
    }

    private static final class SectionBuilder {
        final int level;
        final String heading;
        String topic;
        String narrative;
        final List<ReportFigure> figures = new ArrayList<>();
        boolean honoursAuto;
        int photos;

        SectionBuilder(int level, String heading) {
            this.level = level;
            this.heading = heading;
        }

        Outline.Section build() {
            return new Outline.Section(level, heading, topic, narrative, figures, honoursAuto, photos);
        }
    }
}
