package org.partydesk.logic;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe file and folder names from text that comes from users or files: no path separators, no
 * characters Windows forbids, no control characters, no leading dots, no reserved device names, at
 * most {@link #MAX_LENGTH} characters. A name built from these parts can never leave its folder.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 80;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    public static String sanitize(String raw) {
        if (raw == null) {
            return "未命名";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0) {
                sb.append('_');
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString().replaceAll("\\.{2,}", ".").strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        while (s.endsWith(".") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).strip();
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (s.isEmpty() || RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s.isEmpty() || s.equals("_") ? "未命名" : s;
    }

    /** Hands out names unique within one folder: a repeat becomes {@code 名称(2).jpg}. */
    public static final class Unique {
        private final Set<String> used = new HashSet<>();

        public String next(String name) {
            String candidate = name;
            int n = 2;
            while (!used.add(candidate.toLowerCase(Locale.ROOT))) {
                int dot = name.lastIndexOf('.');
                candidate = dot > 0 ? name.substring(0, dot) + "(" + n + ")" + name.substring(dot) : name + "(" + n + ")";
                n++;
            }
            return candidate;
        }
    }
}
