package org.partydesk.app.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The Chinese text pools of the sample bureau, read from {@code sample/text.txt} (UTF-8). */
final class SampleText {
    private static final String RESOURCE = "/sample/text.txt";
    private static SampleText instance;

    private final Map<String, List<String>> pools;

    private SampleText(Map<String, List<String>> pools) {
        this.pools = pools;
    }

    static synchronized SampleText get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static SampleText load() {
        Map<String, List<String>> pools = new HashMap<>();
        try (InputStream in = SampleText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            boolean words = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[")) {
                    int close = t.indexOf(']');
                    current = new ArrayList<>();
                    pools.put(t.substring(1, close), current);
                    words = t.substring(close + 1).strip().equals("words");
                } else if (words) {
                    current.addAll(List.of(t.split("\\s+")));
                } else {
                    current.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleText(pools);
    }

    List<String> list(String pool) {
        List<String> list = pools.get(pool);
        if (list == null) {
            throw new IllegalArgumentException("no text pool " + pool);
        }
        return list;
    }

    /** The {@code index}th entry of a pool. */
    String at(String pool, int index) {
        return list(pool).get(index);
    }

    /** The {@code index}th entry of a pool used as a format. */
    String format(String pool, int index, Object... args) {
        return String.format(at(pool, index), args);
    }

    String pick(String pool, Random rnd) {
        List<String> list = list(pool);
        return list.get(rnd.nextInt(list.size()));
    }
}
