package org.partydesk.app.ledgers;

import java.util.List;

/** What an import of any ledger kind would do, or did: counts, warnings and errors. */
public interface ImportPreview {
    List<ImportMessage> warnings();

    List<ImportMessage> errors();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The whole preview in one line, e.g. "新增 3 人，更新 1 人，未变 20 人；…；警告 2 条，错误 0 条". */
    String summary();

    /** What was written, e.g. "新增 3 人，更新 1 人". */
    String result();
}
