package org.partydesk.app.ledgers;

import java.util.List;

/**
 * One column of an imported sheet and the field it is read as (decision 0016): the sheet, the column letter, the
 * header as the file writes it, the field's key and Chinese label (both null: 未识别, not imported; key
 * {@link LedgerFields#IGNORE}: 忽略), up to three values of the column as samples, and why it is read so.
 */
public record ColumnMapping(String sheet, String column, String header, String field, String fieldLabel,
                            List<String> samples, Source source) {
    /** Why a column is read as its field. */
    public enum Source {
        /** By its header, a name the kind knows (姓名, 身份证号码 …). */
        NAME("按列名"),
        /** As the clerk chose for this import. */
        CHOSEN("按指定"),
        /** As the clerk chose for an earlier file with the same header. */
        REMEMBERED("按上次的列对应"),
        /** Not recognised: the column is not imported. */
        NONE("未识别");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ColumnMapping {
        samples = List.copyOf(samples);
    }

    /** Whether the column is read as a field (not 未识别 and not 忽略). */
    public boolean imported() {
        return field != null && !LedgerFields.IGNORE.equals(field);
    }

    /** "B列 行政职务 → 职务（按指定）" or "F列 备注 → 未识别，如：退休返聘、…". */
    public String line() {
        String to = field == null ? Source.NONE.label() : fieldLabel + (source == Source.NAME ? "" : "（" + source.label() + "）");
        return column + "列 " + header + " → " + to + (samples.isEmpty() ? "" : "，如：" + String.join("、", samples));
    }
}
