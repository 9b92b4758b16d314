package org.partydesk.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A quick answer to "is this database file already at the newest schema?", so that opening a current
 * database skips Flyway (whose start-up costs about a second on a slow PC, most of the time to the first
 * window). The migrations of the code are listed from the folder or jar that holds
 * {@code db/migration}; whenever anything is unusual (no history table, a failed migration, a repeatable
 * migration, a location that cannot be listed) the answer is "no" and Flyway runs as before.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    private static volatile Set<String> codeVersions;

    private Migrations() {
    }

    /** Whether every versioned migration of the code is recorded as applied in {@code file}. */
    static boolean upToDate(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            Set<String> code = codeVersions();
            if (code.isEmpty()) {
                return false;
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 Statement s = c.createStatement()) {
                try (ResultSet t = s.executeQuery(
                        "select count(*) from sqlite_master where type = 'table' and name = 'flyway_schema_history'")) {
                    if (!t.next() || t.getInt(1) == 0) {
                        return false;
                    }
                }
                Set<String> applied = new HashSet<>();
                try (ResultSet rs = s.executeQuery("select version, success from flyway_schema_history")) {
                    while (rs.next()) {
                        if (!rs.getBoolean(2)) {
                            return false; // a failed migration: Flyway reports it
                        }
                        if (rs.getString(1) != null) {
                            applied.add(rs.getString(1));
                        }
                    }
                }
                return applied.containsAll(code) && applied.size() == code.size();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The versions of the code's migrations ({@code V6__x.sql} → "6"); empty when they cannot be listed. */
    static Set<String> codeVersions() {
        Set<String> v = codeVersions;
        if (v == null) {
            v = Set.copyOf(scan());
            codeVersions = v;
        }
        return v;
    }

    private static Set<String> scan() {
        Set<String> versions = new HashSet<>();
        try {
            Path root = Path.of(Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                Path folder = root.resolve(LOCATION);
                if (!Files.isDirectory(folder)) {
                    return Set.of();
                }
                try (Stream<Path> s = Files.list(folder)) {
                    for (Path p : s.toList()) {
                        if (!add(versions, p.getFileName().toString())) {
                            return Set.of();
                        }
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(root.toFile())) {
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(LOCATION + "/") && name.length() > LOCATION.length() + 1
                                && !add(versions, name.substring(LOCATION.length() + 1))) {
                            return Set.of();
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
        return versions;
    }

    /** Adds the version of a migration file name; false for anything but plain versioned SQL migrations. */
    private static boolean add(Set<String> versions, String name) {
        if (name.endsWith("/")) {
            return false;
        }
        int sep = name.indexOf("__");
        if (!name.startsWith("V") || sep < 2 || !name.endsWith(".sql")) {
            return false;
        }
        String version = name.substring(1, sep).replace('_', '.');
        if (!version.matches("\\d+(\\.\\d+)*")) {
            return false;
        }
        versions.add(version);
        return true;
    }
}
