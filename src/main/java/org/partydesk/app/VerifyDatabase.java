package org.partydesk.app;

import java.util.ArrayList;
import java.util.List;

import org.partydesk.store.Database;
import org.partydesk.store.DatabaseChecks;
import org.partydesk.store.EvidenceStore;

/**
 * {@code verify}: SQLite's integrity check, then {@link DatabaseChecks} (foreign keys, the audit trail, the record of
 * structure upgrades: what a restore refuses, so a database that passes here has backups a restore takes), the schema
 * version, stored values and the evidence files.
 */
public final class VerifyDatabase {
    /** How many of SQLite's integrity-check rows a problem quotes. */
    private static final int QUOTED = 3;

    private VerifyDatabase() {
    }

    /**
     * What verify found. {@code damaged}: the database itself fails (integrity, or what a restore refuses), the case of
     * a damaged database in the exit codes; other problems (stored values, evidence files) leave it false.
     */
    public record Result(List<String> lines, List<String> problems, boolean damaged) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result run(Workspace ws) {
        Database db = ws.database();
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean damaged = false;
        try {
            List<String> integrity = db.read().fetch("pragma integrity_check").getValues(0, String.class);
            if (integrity.size() == 1 && "ok".equalsIgnoreCase(integrity.get(0))) {
                lines.add("完整性检查：通过");
            } else {
                damaged = true;
                problems.add("完整性检查未通过：数据库文件 " + db.file() + " 内部已损坏，SQLite 报告 " + integrity.size() + " 处问题（"
                        + String.join("；", integrity.subList(0, Math.min(QUOTED, integrity.size())))
                        + (integrity.size() > QUOTED ? "……" : "") + "）");
            }
            List<DatabaseChecks.Problem> found = DatabaseChecks.of(db);
            damaged |= !found.isEmpty();
            passedOrNot(found, DatabaseChecks.Kind.FOREIGN_KEYS, "外键检查：通过", lines, problems);
            passedOrNot(found, DatabaseChecks.Kind.AUDIT_TRAIL, "审计日志：通过（保护触发器齐全，编号连续）", lines, problems);
            passedOrNot(found, DatabaseChecks.Kind.MIGRATIONS, "结构升级记录：通过（与本程序的升级脚本一致）", lines, problems);

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
        } catch (RuntimeException e) {
            if (!Database.damaged(e)) {
                throw e;
            }
            // SQLite stopped reading (a page it cannot make sense of): no later check can run either
            damaged = true;
            problems.add("完整性检查未通过：数据库文件 " + db.file() + " 已损坏，SQLite 无法读完它（数据库文件格式错误），其余检查无法进行");
        }
        lines.addAll(problems);
        return new Result(List.copyOf(lines), List.copyOf(problems), damaged);
    }

    private static void passedOrNot(List<DatabaseChecks.Problem> found, DatabaseChecks.Kind kind, String passed,
                                    List<String> lines, List<String> problems) {
        List<DatabaseChecks.Problem> mine = found.stream().filter(p -> p.kind() == kind).toList();
        if (mine.isEmpty()) {
            lines.add(passed);
        } else {
            mine.forEach(p -> problems.add(p.text()));
        }
    }
}
