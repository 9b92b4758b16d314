package org.partydesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a restore does to the database extracted from a backup before it may replace anything: migrate it
 * to this program's schema (Flyway validates the checksums of what was applied); then {@link DatabaseChecks},
 * the check {@code verify} and {@code backup} run too. Works on the temporary copy only, through plain JDBC.
 */
public final class RestoreChecks {
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

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
