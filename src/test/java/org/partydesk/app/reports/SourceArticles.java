package org.partydesk.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The source articles the summary is modelled on (test resources {@code seeds/*.txt}) and the check that a
 * generated text copies none of their sentences: no run of {@value #RUN} characters (whitespace ignored) of an
 * article may appear in it, apart from the proper names and fixed political formulas of {@link #ALLOWED}, each
 * of which counts as one character.
 */
final class SourceArticles {
    static final int RUN = 20;
    /** Proper names and fixed formulas a summary may share with the articles. */
    static final List<String> ALLOWED = List.of("习近平新时代中国特色社会主义思想", "习近平生态文明思想", "党组书记第一责任清单",
            "班子成员领导责任清单", "党组集体责任清单", "全面从严治党", "政治强、本领高、作风硬、敢担当", "“三会一课”",
            "理论学习中心组", "生态环境保护", "绿水青山就是金山银山", "生态环保铁军");
    private static final Set<String> RUNS = load();

    private SourceArticles() {
    }

    /** The runs of {@code text} found in an article (empty when nothing is copied). */
    static List<String> copiedRuns(String text) {
        String t = normalize(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + RUN <= t.length(); i++) {
            String run = t.substring(i, i + RUN);
            if (RUNS.contains(run)) {
                out.add(readable(run));
            }
        }
        return List.copyOf(out);
    }

    /** Whitespace removed, each allowed phrase (longest first) replaced by one private-use character. */
    static String normalize(String s) {
        String t = s.replaceAll("\\s+", "");
        List<String> phrases = new ArrayList<>(ALLOWED);
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        for (String p : phrases) {
            t = t.replace(p, String.valueOf((char) (0xE000 + ALLOWED.indexOf(p))));
        }
        return t;
    }

    private static String readable(String run) {
        StringBuilder b = new StringBuilder();
        run.chars().forEach(c -> b.append(c >= 0xE000 && c < 0xE000 + ALLOWED.size() ? "〔" + ALLOWED.get(c - 0xE000) + "〕" : String.valueOf((char) c)));
        return b.toString();
    }

    private static Set<String> load() {
        try {
            Path dir = Path.of(SourceArticles.class.getResource("seeds").toURI());
            Set<String> runs = new HashSet<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    String t = normalize(Files.readString(f, StandardCharsets.UTF_8));
                    for (int i = 0; i + RUN <= t.length(); i++) {
                        runs.add(t.substring(i, i + RUN));
                    }
                }
            }
            if (runs.isEmpty()) {
                throw new IllegalStateException("no source articles under " + dir);
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
