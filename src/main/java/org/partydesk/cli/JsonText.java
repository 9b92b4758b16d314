package org.partydesk.cli;

/** A minimal JSON writer for command output: strings escaped per RFC 8259, keys written in call order. */
final class JsonText {
    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    JsonText beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    JsonText endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    JsonText beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    JsonText endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** Writes a key; the next call writes its value. */
    JsonText key(String name) {
        comma();
        quote(name);
        out.append(':');
        needComma = false;
        return this;
    }

    JsonText value(String s) {
        comma();
        if (s == null) {
            out.append("null");
        } else {
            quote(s);
        }
        needComma = true;
        return this;
    }

    JsonText value(Integer n) {
        comma();
        out.append(n == null ? "null" : n.toString());
        needComma = true;
        return this;
    }

    JsonText value(boolean b) {
        comma();
        out.append(b);
        needComma = true;
        return this;
    }

    /** A finite number in plain notation (no exponent). */
    JsonText decimal(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        comma();
        out.append(java.math.BigDecimal.valueOf(d).toPlainString());
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
