package org.partydesk.app.ledgers;

import java.util.ArrayList;
import java.util.List;

/**
 * One record an import writes, or leaves as it is: what happens to it, the row it comes from, its key
 * fields (张三 420102********1234 第一党支部; 第一党支部 2025-03-08 14:30 主题党日 …) and, for an update, what
 * changes. Shown in the window's preview and by {@code import --dry-run --verbose}.
 */
public record ImportRecord(Action action, int row, String record, String changes, String sheet) {
    /** A record of a workbook's only sheet (no sheet named). */
    public ImportRecord(Action action, int row, String record, String changes) {
        this(action, row, record, changes, null);
    }

    /** What the import does with the record. */
    public enum Action {
        ADD("新增"), UPDATE("更新"), UNCHANGED("未变");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line in Chinese: "第5行 新增 张三 420102********1234 第一党支部" and "：changes" when there are any. */
    public String line() {
        return "第" + row + "行 " + action.label() + " " + record + (changes == null || changes.isEmpty() ? "" : "：" + changes);
    }

    /**
     * The records of a preview, the first {@value #LIMIT} kept (a ledger of 100,000 meetings keeps its
     * memory small); {@link #omitted()} counts the rest.
     */
    static final class Collector {
        static final int LIMIT = 10_000;
        private final List<ImportRecord> kept = new ArrayList<>();
        private int omitted;

        void add(Action action, int row, String record, String changes) {
            add(action, null, row, record, changes);
        }

        /** A record from {@code row} of {@code sheet}. */
        void add(Action action, String sheet, int row, String record, String changes) {
            if (kept.size() < LIMIT) {
                kept.add(new ImportRecord(action, row, record, changes, sheet));
            } else {
                omitted++;
            }
        }

        /** Whether every further record is only counted ({@link #omit}): its text need not be built. */
        boolean full() {
            return kept.size() >= LIMIT;
        }

        /** Counts {@code n} records beyond the kept ones. */
        void omit(int n) {
            omitted += n;
        }

        List<ImportRecord> records() {
            return List.copyOf(kept);
        }

        int omitted() {
            return omitted;
        }
    }
}
