package org.partydesk.gui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key is in both bundles, and every key is used somewhere in src/main/java: as a string literal,
 * or (for enum labels, {@code Enum.CONSTANT}) as a constant of an enum declared in the sources.
 */
class I18nKeysTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*\\{([^}]*)}");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(difference(zh, en)).as("keys missing from messages_en.properties").isEmpty();
        assertThat(difference(en, zh)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyIsUsedInTheSources() throws IOException {
        StringBuilder all = new StringBuilder();
        Map<String, Set<String>> enums = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                all.append(text).append('\n');
                Matcher m = ENUM.matcher(text);
                while (m.find()) {
                    Set<String> constants = new TreeSet<>();
                    for (String c : m.group(2).split("[,;]")) {
                        String name = c.strip().split("[\\s(]", 2)[0];
                        if (name.matches("[A-Z][A-Z0-9_]*")) {
                            constants.add(name);
                        }
                    }
                    enums.put(m.group(1), constants);
                }
            }
        }
        String sources = all.toString();
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            String[] parts = key.split("\\.", 2);
            boolean enumLabel = parts.length == 2 && enums.getOrDefault(parts[0], Set.of()).contains(parts[1]);
            // a work's status-bar title, looked up by Shell.taskTitle as the key of the work + ".task"
            boolean taskTitle = key.endsWith(".task")
                    && sources.contains("\"" + key.substring(0, key.length() - ".task".length()) + "\"");
            if (!enumLabel && !taskTitle && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys used nowhere in src/main/java").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(I18nKeysTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }
}
