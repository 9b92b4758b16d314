package org.partydesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.partydesk.store.jooq.DefaultSchema;

/**
 * Values that imports refuse, looked for in what is stored (the {@code verify} command): text longer than an
 * Excel cell holds (it would break every export of it) and dates outside the years a ledger may have. Reads
 * every table of the schema but the audit trail, settings and report drafts, whose texts never go to Excel.
 */
public final class StoredValues {
    /** Excel's limit for the text of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Set<String> SKIPPED = Set.of("audit_log", "setting", "report_draft", "report_draft_section",
            "report_draft_choice");

    private StoredValues() {
    }

    /** One problem per table and column, with how many rows and the first row's id. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(Database db) {
        List<String> out = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (SKIPPED.contains(table.getName())) {
                continue;
            }
            Field<?> id = table.field("id");
            for (Field<?> f : table.fields()) {
                org.jooq.Condition bad;
                String what;
                if (f.getType() == String.class) {
                    bad = DSL.length((Field<String>) f).gt(MAX_CELL_CHARS);
                    what = "文字超过 " + MAX_CELL_CHARS + " 个字符（Excel 单元格的上限）";
                } else if (f.getType() == LocalDate.class) {
                    Field<LocalDate> d = (Field<LocalDate>) f;
                    bad = d.lt(EARLIEST).or(d.gt(LATEST));
                    what = "日期不在 " + EARLIEST.getYear() + "–" + LATEST.getYear() + " 年之间";
                } else if (f.getType() == LocalDateTime.class) {
                    Field<LocalDateTime> t = (Field<LocalDateTime>) f;
                    bad = t.lt(EARLIEST.atStartOfDay()).or(t.ge(LATEST.plusDays(1).atStartOfDay()));
                    what = "时间不在 " + EARLIEST.getYear() + "–" + LATEST.getYear() + " 年之间";
                } else {
                    continue;
                }
                int n = db.read().fetchCount(table, bad);
                if (n > 0) {
                    Object first = id == null ? null : db.read().select(id).from(table).where(bad).orderBy(id).limit(1).fetchOne(0);
                    out.add("表 " + table.getName() + " 的 " + f.getName() + " 列有 " + n + " 行" + what
                            + (first == null ? "" : "（第一条编号 " + first + "）"));
                }
            }
        }
        return out;
    }
}
