package org.partydesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one check of what a restore refuses in a database, run by all three that care (decision 0051): {@code verify}
 * on the open database, {@code backup} on the snapshot it is about to write, and a restore on the copy extracted from
 * the backup (after it was migrated). A database failing it is one whose backups a restore would reject: foreign keys
 * that point nowhere, an audit trail that is no longer protected or has rows missing, or a record of structure
 * upgrades (Flyway's history) that does not match this program's upgrade scripts. Plain JDBC: these are pragmas and
 * catalogue reads jOOQ does not cover.
 */
public final class DatabaseChecks {
    /** The triggers that keep {@code audit_log} append-only, as V1 creates them. */
    static final List<String> AUDIT_TRIGGERS = List.of("audit_log_no_update", "audit_log_no_delete");

    /** What a problem is about, so that {@code verify} can say which of its checks passed. */
    public enum Kind {
        FOREIGN_KEYS, AUDIT_TRAIL, MIGRATIONS
    }

    /** One reason a restore would refuse the database, in Chinese. */
    public record Problem(Kind kind, String text) {
    }

    private DatabaseChecks() {
    }

    /** The problems of the open database (through its own connection: nothing else opens the file). */
    public static List<Problem> of(Database db) {
        try (Statement s = db.connection().createStatement()) {
            return of(s);
        } catch (SQLException e) {
            throw new StoreException("无法检查数据库 " + db.file() + "：" + SqliteMessages.chinese(e), e);
        }
    }

    /** The problems of the SQLite file {@code file} (a backup's snapshot, a restore's extracted copy). */
    public static List<Problem> of(Path file) throws SQLException {
        try (Connection c = SqliteLibrary.connect(file); Statement s = c.createStatement()) {
            return of(s);
        }
    }

    static List<Problem> of(Statement s) throws SQLException {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> violations = new TreeMap<>();
        try (ResultSet rs = s.executeQuery("pragma foreign_key_check")) {
            while (rs.next()) {
                violations.merge(rs.getString(1) + " → " + rs.getString(3), 1, Integer::sum);
            }
        }
        violations.forEach((where, n) -> out.add(new Problem(Kind.FOREIGN_KEYS,
                "外键不一致：表 " + where + " 有 " + n + " 行引用了不存在的记录")));
        for (String trigger : AUDIT_TRIGGERS) {
            Optional<String> sql = triggerSql(s, trigger);
            if (sql.isEmpty()) {
                out.add(new Problem(Kind.AUDIT_TRAIL, "审计日志的保护触发器 " + trigger + " 不存在，审计日志可能被改动过"));
            } else if (!sql.get().contains("RAISE(ABORT")) {
                out.add(new Problem(Kind.AUDIT_TRAIL, "审计日志的保护触发器 " + trigger + " 被改过，审计日志可能被改动过"));
            }
        }
        try (ResultSet rs = s.executeQuery("select count(*), min(id), max(id) from audit_log")) {
            if (rs.next() && rs.getLong(1) > 0) {
                long count = rs.getLong(1);
                long min = rs.getLong(2);
                long max = rs.getLong(3);
                if (min != 1 || max != count) {
                    out.add(new Problem(Kind.AUDIT_TRAIL,
                            "审计日志不完整（编号 1–" + max + " 中缺少 " + (max - count) + " 条），审计日志可能被改动过"));
                }
            }
        }
        for (String m : Migrations.historyProblems(s)) {
            out.add(new Problem(Kind.MIGRATIONS, m));
        }
        return out;
    }

    /** The texts of {@code problems}, one a line as a refusal lists them. */
    public static List<String> texts(List<Problem> problems) {
        return problems.stream().map(Problem::text).toList();
    }

    private static Optional<String> triggerSql(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("select sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log' and name = '"
                + name + "'")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }
}
