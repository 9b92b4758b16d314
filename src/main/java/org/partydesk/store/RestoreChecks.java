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
 * What a restore does to the database extracted from a backup before it may replace anything: migrate it
 * to this program's schema (Flyway validates the checksums of what was applied) and check it — foreign
 * keys, the append-only triggers of the audit trail, and an audit trail without gaps. Works on the
 * temporary copy only, through plain JDBC: these are pragmas and catalogue reads jOOQ does not cover.
 */
public final class RestoreChecks {
    /** The triggers that keep {@code audit_log} append-only, as V1 creates them. */
    private static final List<String> AUDIT_TRIGGERS = List.of("audit_log_no_update", "audit_log_no_delete");

    private RestoreChecks() {
    }

    /**
     * Brings the copy to this program's schema; refuses (with nothing replaced) a copy whose recorded
     * migrations do not match the program's, or on which a migration fails.
     */
    public static void migrate(Path copy, Path backupFile) {
        try {
            Database.migrate(copy);
        } catch (org.flywaydb.core.api.FlywayException e) {
            String what = e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("checksum")
                    ? "备份中记录的数据库结构升级与本程序的升级脚本不一致（校验和不符），备份可能被改动过"
                    : "备份中的数据库无法升级到本程序的结构（" + firstLine(e.getMessage()) + "）";
            throw new NotADatabaseException(backupFile, what + "；当前数据库未做任何改变");
        }
    }

    /** Every reason the (migrated) copy must not replace the database; empty when it may. */
    public static List<String> problems(Path copy) {
        List<String> out = new ArrayList<>();
        try (Connection c = SqliteLibrary.connect(copy);
             Statement s = c.createStatement()) {
            Map<String, Integer> violations = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("pragma foreign_key_check")) {
                while (rs.next()) {
                    violations.merge(rs.getString(1) + " → " + rs.getString(3), 1, Integer::sum);
                }
            }
            violations.forEach((where, n) -> out.add("外键不一致：表 " + where + " 有 " + n + " 行引用了不存在的记录"));
            for (String trigger : AUDIT_TRIGGERS) {
                Optional<String> sql = triggerSql(s, trigger);
                if (sql.isEmpty()) {
                    out.add("审计日志的保护触发器 " + trigger + " 不存在，审计日志可能被改动过");
                } else if (!sql.get().contains("RAISE(ABORT")) {
                    out.add("审计日志的保护触发器 " + trigger + " 被改过，审计日志可能被改动过");
                }
            }
            try (ResultSet rs = s.executeQuery("select count(*), min(id), max(id) from audit_log")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    long count = rs.getLong(1);
                    long min = rs.getLong(2);
                    long max = rs.getLong(3);
                    if (min != 1 || max != count) {
                        out.add("审计日志不完整（编号 1–" + max + " 中缺少 " + (max - count) + " 条），备份可能被改动过");
                    }
                }
            }
        } catch (SQLException e) {
            out.add("无法检查备份中的数据库：" + e.getMessage());
        }
        return out;
    }

    /** A setting of the copy (e.g. the bureau's identity), read without opening it as a workspace. */
    public static Optional<String> setting(Path copy, String key) {
        try (Connection c = SqliteLibrary.connect(copy);
             var ps = c.prepareStatement("select value from setting where key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> triggerSql(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("select sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log' and name = '"
                + name + "'")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
