package org.partydesk.app.ledgers;

import java.util.List;

/**
 * The preview of a ledger import counted in records of one kind ({@code unit}: 项, 条 …): records to add,
 * to update and unchanged, and the names of things the import creates on the way (new titles, new lists).
 */
public record ImportSummary(String unit, int adds, int updates, int unchanged, List<Created> created,
                            List<ImportMessage> warnings, List<ImportMessage> errors, List<ImportRecord> records,
                            List<ColumnMapping> columns)
        implements ImportPreview {
    /** Things created on the way: what they are (新增荣誉名称, 新建清单) and their names. */
    public record Created(String what, String counter, List<String> names) {
        public Created {
            names = List.copyOf(names);
        }
    }

    public ImportSummary {
        created = created.stream().filter(c -> !c.names().isEmpty()).toList();
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        records = List.copyOf(records);
        columns = List.copyOf(columns);
    }

    /** A summary without its columns. */
    public ImportSummary(String unit, int adds, int updates, int unchanged, List<Created> created,
                         List<ImportMessage> warnings, List<ImportMessage> errors, List<ImportRecord> records) {
        this(unit, adds, updates, unchanged, created, warnings, errors, records, List.of());
    }

    /** A summary that does not list its records. */
    public ImportSummary(String unit, int adds, int updates, int unchanged, List<Created> created,
                         List<ImportMessage> warnings, List<ImportMessage> errors) {
        this(unit, adds, updates, unchanged, created, warnings, errors, List.of(), List.of());
    }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder(counts()).append("，未变 ").append(unchanged).append(' ').append(unit);
        for (Created c : created) {
            sb.append(ImportPreview.created(c.what(), c.counter(), c.names()));
        }
        return sb.append("；警告 ").append(warnings.size()).append(" 条，错误 ").append(errors.size()).append(" 条").toString();
    }

    @Override
    public String counts() {
        return "新增 " + adds + " " + unit + "，更新 " + updates + " " + unit;
    }
}
