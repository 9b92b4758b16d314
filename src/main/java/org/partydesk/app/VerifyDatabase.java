package org.partydesk.app;

import java.util.ArrayList;
import java.util.List;

import org.partydesk.store.Database;
import org.partydesk.store.EvidenceStore;

/** {@code verify}: SQLite integrity check, foreign key check and schema version. */
public final class VerifyDatabase {
    private VerifyDatabase() {
    }

    public record Result(List<String> lines, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result run(Workspace ws) {
        Database db = ws.database();
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        List<String> integrity = db.read().fetch("pragma integrity_check").getValues(0, String.class);
        if (integrity.size() == 1 && "ok".equalsIgnoreCase(integrity.get(0))) {
            lines.add("完整性检查：通过");
        } else {
            for (String row : integrity) {
                problems.add("完整性检查：" + row);
            }
        }

        var fk = db.read().fetch("pragma foreign_key_check");
        if (fk.isEmpty()) {
            lines.add("外键检查：通过");
        } else {
            for (var r : fk) {
                problems.add("外键检查：表 " + r.get(0) + " 第 " + r.get(1) + " 行引用了表 " + r.get(2) + " 中不存在的记录");
            }
        }

        String dbVersion = db.schemaVersion();
        String codeVersion = Database.codeSchemaVersion();
        if (codeVersion != null && codeVersion.equals(dbVersion)) {
            lines.add("结构版本：" + dbVersion + "（与程序一致）");
        } else {
            problems.add("结构版本：数据库为 " + dbVersion + "，程序为 " + codeVersion);
        }
        List<String> values = org.partydesk.store.StoredValues.problems(db);
        if (values.isEmpty()) {
            lines.add("数值检查：通过（文字长度、日期范围）");
        } else {
            values.forEach(v -> problems.add("数值检查：" + v));
        }
        EvidenceStore.Verification evidence = new EvidenceStore(db).verify();
        for (String m : evidence.missing()) {
            problems.add("佐证材料缺失：" + m);
        }
        for (String c : evidence.changed()) {
            problems.add("佐证材料已被改动（与登记时的校验值不符）：" + c);
        }
        for (java.nio.file.Path u : evidence.unreferenced()) {
            problems.add("佐证材料文件夹中有未登记的文件：" + u);
        }
        if (evidence.ok()) {
            lines.add("佐证材料：" + evidence.checked() + " 个文件，全部与校验值一致");
        }
        lines.addAll(problems);
        return new Result(List.copyOf(lines), List.copyOf(problems));
    }
}
