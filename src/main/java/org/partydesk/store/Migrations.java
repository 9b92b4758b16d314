package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The code's migrations, as listed at build time, and a quick answer to "is this database file already at
 * the newest schema?", so that opening a current database skips Flyway (whose start-up costs about a second
 * on a slow PC, most of the time to the first window).
 * <p>The build writes {@value #LIST} (the file names in {@code db/migration}, one a line) and {@value #EMPTY},
 * the database it migrated with Flyway to generate the jOOQ classes. Nothing scans the jar: Flyway gets its
 * migrations from the list ({@link #configure}), and a new database starts as a copy of the empty one
 * ({@link #createFromEmpty}). Whenever anything is unusual (no list, a name in it that is not a plain versioned
 * SQL migration, no history table, a failed migration) the answer is "no" and Flyway runs as it always did,
 * scanning {@value #LOCATION}.
 */
final class Migrations {
    static final String LOCATION = "db/migration";
    static final String LIST = "db/migrations.txt";
    static final String EMPTY = "db/empty.db";
    private static volatile List<String> files;

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
            try (Connection c = SqliteLibrary.connect(file);
                 Statement s = c.createStatement()) {
                return upToDate(s);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    /** {@link #upToDate(Path)} of the database {@code s} works on. */
    static boolean upToDate(Statement s) {
        try {
            Set<String> code = codeVersions();
            if (code.isEmpty() || !hasHistory(s)) {
                return false;
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
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The newest structure version applied to {@code file} when it is newer than this program's (a database a later
     * version of PartyDesk has written); empty otherwise, and when it cannot be told.
     */
    static java.util.Optional<String> newerThanCode(Path file) {
        try (Connection c = SqliteLibrary.connect(file); Statement s = c.createStatement()) {
            return newerThanCode(s);
        } catch (SQLException | RuntimeException e) {
            return java.util.Optional.empty(); // a damaged file: opening it says so
        }
    }

    /** {@link #newerThanCode(Path)} of the database {@code s} works on. */
    static java.util.Optional<String> newerThanCode(Statement s) {
        try {
            if (!hasHistory(s)) {
                return java.util.Optional.empty();
            }
            org.flywaydb.core.api.MigrationVersion code = org.flywaydb.core.api.MigrationVersion.fromVersion(
                    Database.codeSchemaVersion());
            org.flywaydb.core.api.MigrationVersion newest = null;
            try (ResultSet rs = s.executeQuery("select version from flyway_schema_history where version is not null")) {
                while (rs.next()) {
                    var v = org.flywaydb.core.api.MigrationVersion.fromVersion(rs.getString(1));
                    newest = newest == null || v.isNewerThan(newest.getVersion()) ? v : newest;
                }
            }
            return newest != null && newest.isNewerThan(code.getVersion()) ? java.util.Optional.of(newest.getVersion())
                    : java.util.Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return java.util.Optional.empty(); // a damaged file: opening it says so
        }
    }

    /** Whether the database {@code s} works on has Flyway's history table (a database PartyDesk migrated). */
    static boolean hasHistory(Statement s) throws SQLException {
        try (ResultSet t = s.executeQuery(
                "select count(*) from sqlite_master where type = 'table' and name = 'flyway_schema_history'")) {
            return t.next() && t.getInt(1) > 0;
        }
    }

    private static volatile java.util.Map<String, Integer> checksums;

    /**
     * Flyway's checksum of each of the code's migrations, by version: what a migrate (a restore's) compares the history
     * with. Computed as Flyway computes it (its {@code ChecksumCalculator} over the script; the scripts have no
     * placeholders), so comparing needs no Flyway start; {@code MigrationsTest} checks it against the history Flyway wrote
     * into the build's empty database. Without the build's list, Flyway's own answer for an empty database.
     */
    static java.util.Map<String, Integer> codeChecksums() {
        java.util.Map<String, Integer> c = checksums;
        if (c == null) {
            java.util.Map<String, Integer> found = new java.util.HashMap<>();
            List<String> names = files();
            if (names.isEmpty()) {
                for (org.flywaydb.core.api.MigrationInfo info : configure("jdbc:sqlite::memory:").load().info().all()) {
                    if (info.getVersion() != null && info.getChecksum() != null) {
                        found.put(info.getVersion().getVersion(), info.getChecksum());
                    }
                }
            } else {
                Location location = new Location("classpath:" + LOCATION);
                ClassLoader loader = Migrations.class.getClassLoader();
                for (String name : names) {
                    Set<String> one = new HashSet<>();
                    add(one, name);
                    found.put(one.iterator().next(), org.flywaydb.core.internal.resolver.ChecksumCalculator.calculate(
                            new ClassPathResource(location, LOCATION + "/" + name, loader, StandardCharsets.UTF_8)));
                }
            }
            c = java.util.Map.copyOf(found);
            checksums = c;
        }
        return c;
    }

    /**
     * What is wrong with the record of structure upgrades of the database {@code s} works on, as a migrate would find
     * it (Flyway validates before it migrates): a failed upgrade, or an applied upgrade whose checksum is not that of
     * this program's script for it (the history was edited, or the database was made by a program whose scripts
     * differ). Versions newer than the code's are not judged here (opening refuses such a database). Chinese texts.
     */
    static List<String> historyProblems(Statement s) throws SQLException {
        List<String> out = new ArrayList<>();
        if (!hasHistory(s)) {
            out.add("没有结构升级记录（flyway_schema_history），不是党务台账写下的数据库，或记录被删除了");
            return out;
        }
        java.util.Map<String, Integer> code = codeChecksums();
        Set<String> applied = new HashSet<>();
        try (ResultSet rs = s.executeQuery("select version, description, checksum, success from flyway_schema_history"
                + " where version is not null order by installed_rank")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String what = "V" + version + "（" + rs.getString(2) + "）";
                applied.add(version);
                if (!rs.getBoolean(4)) {
                    out.add("结构升级记录中 " + what + " 没有成功完成");
                    continue;
                }
                Integer expected = code.get(version);
                int recorded = rs.getInt(3);
                boolean none = rs.wasNull();
                if (expected != null && (none || recorded != expected)) {
                    out.add("结构升级记录与本程序的升级脚本不一致：" + what + "的校验和为 " + (none ? "空" : recorded)
                            + "，本程序的为 " + expected + "；数据库可能被改动过，恢复会拒绝它的备份");
                }
            }
        }
        for (String version : code.keySet().stream().sorted(java.util.Comparator.comparing(
                org.flywaydb.core.api.MigrationVersion::fromVersion)).toList()) {
            if (!applied.contains(version)) {
                out.add("结构升级记录中缺少 V" + version + "：数据库没有升级到本程序的结构");
            }
        }
        return out;
    }

    /** The versions of the code's migrations ({@code V6__x.sql} → "6"); empty when there is no usable list. */
    static Set<String> codeVersions() {
        Set<String> versions = new HashSet<>();
        for (String name : files()) {
            add(versions, name);
        }
        return Set.copyOf(versions);
    }

    /**
     * The file names of the code's migrations as the build listed them, or an empty list when the list is
     * missing or names anything but plain versioned SQL migrations.
     */
    static List<String> files() {
        List<String> f = files;
        if (f == null) {
            f = readList();
            files = f;
        }
        return f;
    }

    private static List<String> readList() {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            Set<String> versions = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!add(versions, name)) {
                    return List.of();
                }
                names.add(name);
            }
            return List.copyOf(names);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Flyway for {@code url}: its migrations from the build's list when there is one (no scan of the jar, no
     * Java migrations), else from {@value #LOCATION} as before.
     */
    static FluentConfiguration configure(String url) {
        FluentConfiguration config = Flyway.configure().dataSource(url, null, null).loggers("slf4j");
        List<String> names = files();
        if (names.isEmpty()) {
            return config.locations("classpath:" + LOCATION);
        }
        Location location = new Location("classpath:" + LOCATION);
        ClassLoader loader = Migrations.class.getClassLoader();
        List<LoadableResource> resources = names.stream()
                .<LoadableResource>map(n -> new ClassPathResource(location, LOCATION + "/" + n, loader, StandardCharsets.UTF_8))
                .toList();
        return config.locations(location)
                .resourceProvider(new ResourceProvider() {
                    @Override
                    public LoadableResource getResource(String name) {
                        return resources.stream().filter(r -> r.getRelativePath().equals(name)).findFirst().orElse(null);
                    }

                    @Override
                    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                        return resources.stream()
                                .filter(r -> r.getFilename().startsWith(prefix)
                                        && Arrays.stream(suffixes).anyMatch(x -> r.getFilename().endsWith(x)))
                                .toList();
                    }
                })
                .javaMigrationClassProvider(List::of);
    }

    /**
     * Makes {@code file} (missing or empty) a copy of the empty database the build migrated, when the build's
     * list and that database are there; false when it is not done (Flyway then creates the schema).
     */
    static synchronized boolean createFromEmpty(Path file) {
        try {
            if (files().isEmpty() || Files.exists(file) && Files.size(file) > 0) {
                return false;
            }
            try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(EMPTY)) {
                if (in == null) {
                    return false;
                }
                PartFiles.write(file, file.getFileName() + ".", ".new",
                        part -> Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
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
