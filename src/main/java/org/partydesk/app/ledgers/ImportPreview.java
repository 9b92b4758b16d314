package org.partydesk.app.ledgers;

import java.util.List;

/** What an import of a ledger of any kind would do, or did: counts in Chinese, warnings and errors. */
public interface ImportPreview {
    /** The whole preview in one line, e.g. "新增 3 人，更新 1 人，未变 20 人；…；警告 2 条，错误 0 条". */
    String summary();

    /** At most this many names of things an import creates are listed in its summary. */
    int NAMES_SHOWN = 20;

    /**
     * "；新建党支部 2 个：甲、乙" for a summary; past {@link #NAMES_SHOWN} names it ends "……等", so the first import of a
     * large bureau (hundreds of new branches) stays readable.
     */
    static String created(String what, String counter, java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.stream().limit(NAMES_SHOWN).toList();
        return "；" + what + " " + names.size() + " " + counter + "：" + String.join("、", shown)
                + (names.size() > shown.size() ? "等" : "");
    }

    /** Only what is added and updated, e.g. "新增 3 人，更新 1 人". */
    String counts();

    List<ImportMessage> warnings();

    List<ImportMessage> errors();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The records the import writes or leaves unchanged, in file order (kinds that do not list them: none). */
    default List<ImportRecord> records() {
        return List.of();
    }

    /** How many records {@link #records()} leaves out of a very large file. */
    default int recordsOmitted() {
        return 0;
    }

    /** Each column of each sheet read and the field it is read as, or 未识别, with samples (decision 0016). */
    default List<ColumnMapping> columns() {
        return List.of();
    }

    /**
     * "已按上次的列对应导入：行政职务 → 职务、…" when columns were read as the clerk mapped them for an earlier file
     * with the same header; null otherwise.
     */
    default String mappingNote() {
        List<String> remembered = columns().stream().filter(c -> c.source() == ColumnMapping.Source.REMEMBERED)
                .map(c -> c.header() + " → " + c.fieldLabel()).distinct().toList();
        return remembered.isEmpty() ? null : "已按上次的列对应导入：" + String.join("、", remembered)
                + "（表头与上次导入的文件相同）";
    }
}
