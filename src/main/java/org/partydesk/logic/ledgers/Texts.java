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
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u200b'
                    || c == '\ufeff') {
                sb.append(' ');
            } else if (c >= '\uff01' && c <= '\uff5e' && c != '（' && c != '）') {
                sb.append((char) (c - 0xfee0));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
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
            sb.append(c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003' || c == '\u2009'
                    || c == '\u200b' || c == '\ufeff' ? ' ' : c);
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** Half-width, with every space (also inside) removed; null stays null. */
    public static String compact(String s) {
        return s == null ? null : SPACES.matcher(toHalfWidth(s)).replaceAll("");
    }

    /** Half-width, runs of spaces collapsed to one and the ends stripped; null stays null. */
    public static String clean(String s) {
        return s == null ? null : SPACES.matcher(toHalfWidth(s)).replaceAll(" ").strip();
    }
}
