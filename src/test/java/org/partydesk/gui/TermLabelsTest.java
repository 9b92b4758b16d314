package org.partydesk.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One label per glossary term (../shared/GLOSSARY.md): the documents' labels ({@code logic/terms.properties})
 * are the source, and the screens' Chinese bundle labels the same enum constant, section and column alike.
 */
class TermLabelsTest {
    /** A glossary term, its one Chinese label, and the screen keys that name it. */
    private record Term(String label, List<String> screenKeys) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("三会一课", List.of("section.meetings", "EvidenceRecordType.MEETING", "HitKind.MEETING")),
            new Term("评先创优", List.of("section.commendations", "EvidenceRecordType.COMMENDATION", "HitKind.COMMENDATION")),
            new Term("纪实", List.of("EvidenceRecordType.PROGRESS_RECORD", "responsibility.records.title")),
            new Term("责任清单", List.of("section.responsibility", "responsibility.column.list")),
            new Term("佐证材料", List.of("section.evidence")),
            new Term("责任书", List.of("EvidenceRecordType.RESPONSIBILITY_LETTER")));

    /** Other names the same terms had on some screens; no label of the screens may be one of them. */
    private static final List<String> SYNONYMS = List.of("表彰", "荣誉", "责任清单纪实", "评先", "痕迹");

    @Test
    void aTermHasOneLabelOnTheScreensAndInTheDocuments() throws IOException {
        Properties screens = load("org/partydesk/gui/messages.properties");
        Properties documents = load("org/partydesk/logic/terms.properties");
        List<String> different = new ArrayList<>();
        for (Term term : TERMS) {
            for (String key : term.screenKeys()) {
                if (!term.label().equals(screens.getProperty(key))) {
                    different.add(key + "=" + screens.getProperty(key) + " (glossary: " + term.label() + ")");
                }
                if (documents.containsKey(key) && !term.label().equals(documents.getProperty(key))) {
                    different.add("terms.properties " + key + "=" + documents.getProperty(key));
                }
            }
        }
        for (Map.Entry<Object, Object> e : documents.entrySet()) {
            String screen = screens.getProperty((String) e.getKey());
            if (screen != null && !screen.equals(e.getValue())) {
                different.add(e.getKey() + ": screens " + screen + ", documents " + e.getValue());
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void noScreenLabelIsAnotherNameOfATerm() throws IOException {
        Properties screens = load("org/partydesk/gui/messages.properties");
        assertThat(screens.entrySet()).filteredOn(e -> SYNONYMS.contains(e.getValue()))
                .extracting(e -> e.getKey() + "=" + e.getValue()).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TermLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(p).as(resource).isNotEmpty();
        return p;
    }
}
