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
    void theCodeVersionsAreFlywaysVersions() {
        java.util.Set<String> flyway = new java.util.HashSet<>();
        for (MigrationInfo i : Flyway.configure().dataSource("jdbc:sqlite::memory:", null, null)
                .locations("classpath:db/migration").load().info().all()) {
            flyway.add(i.getVersion().getVersion());
        }
        assertThat(Migrations.codeVersions()).isNotEmpty().isEqualTo(flyway).contains(Database.codeSchemaVersion());
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
}
