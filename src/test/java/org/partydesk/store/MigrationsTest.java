package org.partydesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick "already at the newest schema" check that lets opening skip Flyway, and when it must not. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseALaterVersionHasWrittenIsNotOpenedAndNotChanged() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        String next = String.valueOf(Integer.parseInt(Database.codeSchemaVersion()) + 1);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) values (100, '" + next
                    + "', 'later', 'SQL', 'V" + next + "__later.sql', 1, 'x', '2027-01-01', 1, 1)");
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessage("数据库文件 " + file + " 已被更新版本的程序使用（结构版本 " + next + "，本程序为 "
                        + Database.codeSchemaVersion() + "），本程序不能打开它，以免写坏数据；请换用更新版本的程序");
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theCodeVersionsAreFlywaysVersions() {
        java.util.Set<String> flyway = new java.util.HashSet<>();
        for (MigrationInfo i : Flyway.configure().dataSource("jdbc:sqlite::memory:", null, null)
                .locations("classpath:db/migration").load().info().all()) {
            flyway.add(i.getVersion().getVersion());
        }
        assertThat(Migrations.codeVersions()).isNotEmpty().isEqualTo(flyway).contains(Database.codeSchemaVersion());
    }

    @Test
    void theChecksumsComparedAreTheOnesFlywayRecordedAndAMigrateCompares() throws Exception {
        // the build's empty database was migrated by Flyway (the Maven plugin): its history holds Flyway's checksums
        Path empty = dir.resolve("empty.db");
        try (var in = Migrations.class.getClassLoader().getResourceAsStream(Migrations.EMPTY)) {
            Files.copy(in, empty);
        }
        java.util.Map<String, Integer> recorded = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement();
             var rs = s.executeQuery("select version, checksum from flyway_schema_history where version is not null")) {
            while (rs.next()) {
                recorded.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(Migrations.codeChecksums()).isNotEmpty().isEqualTo(recorded);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement()) {
            assertThat(Migrations.historyProblems(s)).isEmpty();
            s.executeUpdate("update flyway_schema_history set checksum = 12345 where version = '3'");
            assertThat(Migrations.historyProblems(s)).singleElement().asString()
                    .contains("V3（report drafts）的校验和为 12345", "本程序的为 " + recorded.get("3"));
        }
        // and Flyway's own validation finds the same
        assertThat(Flyway.configure().dataSource("jdbc:sqlite:" + empty, null, null).locations("classpath:db/migration")
                .load().validateWithResult().validationSuccessful).isFalse();
    }

    @Test
    void aMigratedDatabaseIsUpToDateAndANewOrEmptyOneIsNot() throws Exception {
        Path file = dir.resolve("a.db");
        assertThat(Migrations.upToDate(file)).isFalse();
        Files.createFile(file);
        assertThat(Migrations.upToDate(file)).isFalse();
        Database.open(file).close();
        assertThat(Migrations.upToDate(file)).isTrue();
    }

    @Test
    void aMissingOrFailedMigrationSendsTheOpenThroughFlyway() throws Exception {
        Path file = dir.resolve("b.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) values (999, '999', 'broken', 'SQL', 'V999__broken.sql', 0, 't', 0, 0)");
        }
        assertThat(Migrations.upToDate(file)).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("delete from flyway_schema_history where version = '999'");
            s.execute("delete from flyway_schema_history where version = '" + Database.codeSchemaVersion() + "'");
        }
        assertThat(Migrations.upToDate(file)).isFalse();
        Path other = dir.resolve("plain.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("create table t(x)");
        }
        assertThat(Migrations.upToDate(other)).isFalse();
    }

    @Test
    void theBuildsListIsTheFilesInDbMigration() throws Exception {
        java.util.Set<String> inFolder;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            inFolder = files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
        assertThat(Migrations.files()).isNotEmpty().doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inFolder);
    }

    /** Flyway as it was configured before the list: scanning the classpath. */
    private static org.flywaydb.core.api.configuration.FluentConfiguration scanning(Path file) {
        return Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration");
    }

    private static java.util.List<String> rows(Path file, String sql) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static final String HISTORY = "select version, description, type, script, checksum, success "
            + "from flyway_schema_history order by installed_rank";
    private static final String SCHEMA = "select type, name, tbl_name, sql from sqlite_master "
            + "where name not like 'sqlite_%' order by type, name";

    @Test
    void aNewDatabaseIsACopyOfTheBuildsEmptyDatabaseThatFlywayFindsCurrentAndValid() throws Exception {
        Path copied = dir.resolve("new.db");
        Database.open(copied).close();
        Path migrated = dir.resolve("scanned.db");
        scanning(migrated).load().migrate();

        assertThat(Migrations.upToDate(copied)).isTrue();
        var flyway = scanning(copied).load();
        flyway.validate(); // the checksums of what the copy records are those of the code's files
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(Database.codeSchemaVersion());
        assertThat(rows(copied, HISTORY)).isEqualTo(rows(migrated, HISTORY));
        assertThat(rows(copied, SCHEMA)).isNotEmpty().isEqualTo(rows(migrated, SCHEMA));
        assertThat(rows(copied, "select count(*) from compliance_rule")).isEqualTo(rows(migrated, "select count(*) from compliance_rule"));
    }

    @Test
    void anOlderDatabaseIsUpgradedFromTheListAsTheScanWouldHaveDoneIt() throws Exception {
        Path listed = dir.resolve("old-listed.db");
        Path scanned = dir.resolve("old-scanned.db");
        scanning(listed).target("1").load().migrate();
        scanning(scanned).target("1").load().migrate();

        Database.open(listed).close();
        scanning(scanned).load().migrate();

        assertThat(rows(listed, HISTORY)).hasSize(Migrations.files().size()).isEqualTo(rows(scanned, HISTORY));
        assertThat(rows(listed, SCHEMA)).isEqualTo(rows(scanned, SCHEMA));
        Database.migrate(listed); // a current database: nothing to do, and Flyway's validation passes
        assertThat(rows(listed, HISTORY)).isEqualTo(rows(scanned, HISTORY));
    }
}
