package org.partydesk.store;

import java.util.Set;

import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.partydesk.store.jooq.DefaultSchema;

/** Every row of every table but the trail (audit_log, import batches), sorted, as text: two equal dumps are equal data. */
public final class Dump {
    private static final Set<String> SKIPPED = Set.of("audit_log", "import_batch", "import_batch_range");

    private Dump() {
    }

    public static String of(Database db) {
        StringBuilder sb = new StringBuilder();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (SKIPPED.contains(t.getName())) {
                continue;
            }
            // the stored text and its SQLite type, so a date written back in another form would show
            java.util.List<org.jooq.Field<?>> raw = new java.util.ArrayList<>();
            for (org.jooq.Field<?> f : t.fields()) {
                raw.add(DSL.cast(f, SQLDataType.VARCHAR).as(f.getName()));
                raw.add(DSL.function("typeof", String.class, f).as(f.getName() + "_type"));
            }
            sb.append("== ").append(t.getName()).append('\n')
                    .append(db.read().select(raw).from(t).orderBy(t.fields()).fetch().formatCSV());
        }
        return sb.toString();
    }

    /** How many rows all dumped tables hold. */
    public static int rows(Database db) {
        int n = 0;
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!SKIPPED.contains(t.getName())) {
                n += db.read().fetchCount(t);
            }
        }
        return n;
    }
}
