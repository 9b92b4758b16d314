package org.partydesk.app.ledgers;

import java.util.List;

/** What an import of a ledger of any kind would do, or did: counts in Chinese, warnings and errors. */
public interface ImportPreview {
    /** The whole preview in one line, e.g. "新增 3 人，更新 1 人，未变 20 人；…；警告 2 条，错误 0 条". */
    String summary();

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
}
