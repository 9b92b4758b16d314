package org.partydesk.logic.ledgers;

/** Text clean-up shared by the ledger rules: full-width to half-width and space removal. */
public final class Texts {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private Texts() {
    }

    /**
     * Full-width ASCII variants (Ａ, １, ．, ／ …) to their ASCII forms and the ideographic space and
     * no-break spaces to a plain space; Chinese characters and Chinese brackets are left alone.
     */
    public static String toHalfWidth(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !wide(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // the common case: nothing to change, no copy
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (spaceLike(c)) {
                sb.append(' ');
            } else if (c >= '\uff01' && c <= '\uff5e' && c != '（' && c != '）') {
                sb.append((char) (c - 0xfee0));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@link #toHalfWidth} changes {@code c}. */
    private static boolean wide(char c) {
        return c >= '\uff01' && c <= '\uff5e' && c != '（' && c != '）' || spaceLike(c);
    }

    /** The kinds of space made plain by {@link #toHalfWidth} and {@link #tidy}. */
    private static boolean spaceLike(char c) {
        return c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200b'
                || c == '\ufeff';
    }

    /** Whether {@code s} holds a character of the regular expression {@code \s} (space, tab, line breaks). */
    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Free text as typed, with Chinese punctuation kept (，stays ，): only the kinds of space are made plain,
     * runs of them collapsed to one and the ends stripped; null stays null.
     */
    public static String tidy(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(spaceLike(c) ? ' ' : c);
        }
        String plain = sb.toString();
        return hasSpace(plain) ? SPACES.matcher(plain).replaceAll(" ").strip() : plain.strip();
    }

    /** Half-width, with every space (also inside) removed; null stays null. */
    public static String compact(String s) {
        if (s == null) {
            return null;
        }
        String half = toHalfWidth(s);
        return hasSpace(half) ? SPACES.matcher(half).replaceAll("") : half;
    }

    /** Half-width, runs of spaces collapsed to one and the ends stripped; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String half = toHalfWidth(s);
        return hasSpace(half) ? SPACES.matcher(half).replaceAll(" ").strip() : half.strip();
    }
}
