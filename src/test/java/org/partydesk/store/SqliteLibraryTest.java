package org.partydesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's native library from a copy kept per user, made once, never half-written, replaced when wrong. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theCopyIsTheJarsLibraryMadeOnceAndFoundByTheNextStart() throws Exception {
        Path copy = SqliteLibrary.copy(dir);

        assertThat(copy).isRegularFile().hasFileName(LibraryLoaderUtil.getNativeLibName());
        byte[] inJar;
        try (var in = SqliteLibrary.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            inJar = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(copy)).isEqualTo(inJar);
        try (var left = Files.list(copy.getParent())) {
            assertThat(left).as("no part file left").containsExactly(copy);
        }
        FileTime made = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(copy, made);

        assertThat(SqliteLibrary.copy(dir)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy)).as("found, not written again").isEqualTo(made);
    }

    @Test
    void aCopyCutShortIsWrittenAgainAndCopiesOfAnotherDriverAreRemoved() throws Exception {
        Path copy = SqliteLibrary.copy(dir);
        Files.write(copy, new byte[] {1, 2, 3});
        Path older = Files.createDirectories(dir.resolve("sqlite-1234abcd-999"));
        Files.write(older.resolve(copy.getFileName().toString()), new byte[] {4});

        Path again = SqliteLibrary.copy(dir);

        assertThat(again).isEqualTo(copy);
        assertThat(Files.size(again)).isGreaterThan(3);
        assertThat(older).doesNotExist();
    }

    @Test
    void whereTheLibraryLiesIsNotedForTheNextStartAndAskedAgainWhenTheNoteIsWrong() throws Exception {
        SqliteLibrary.copy(dir);
        Path note;
        try (var notes = Files.list(dir)) {
            note = notes.filter(f -> f.getFileName().toString().startsWith("resource-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(note)).isEqualTo(LibraryLoaderUtil.getNativeLibResourcePath());

        Files.writeString(note, "/org/sqlite/native/Nowhere/none");
        Path copy = SqliteLibrary.copy(dir);

        assertThat(copy).isRegularFile();
        assertThat(Files.readString(note)).isEqualTo(LibraryLoaderUtil.getNativeLibResourcePath());
    }

    @Test
    void whereNoCopyCanBeMadeThereIsNoneAndTheDriverLoadsAsItAlwaysDid() throws Exception {
        Path aFile = Files.writeString(dir.resolve("native"), "a file where the folder should be");

        assertThat(SqliteLibrary.copy(aFile)).isNull();
        assertThat(Files.readString(aFile)).isEqualTo("a file where the folder should be");
    }

    @Test
    void theTestsOwnDatabasesRunOnTheKeptCopy() throws Exception {
        // a database opened in this JVM prepared the library: the driver is pointed at the kept copy
        Database.open(dir.resolve("a.db")).close();

        String path = System.getProperty(SqliteLibrary.PATH_PROPERTY);
        assertThat(path).isNotNull();
        assertThat(Path.of(System.getProperty(SqliteLibrary.TEMP_PROPERTY))).as("the driver's own folder")
                .isEqualTo(Path.of(path).getParent());
        assertThat(Path.of(path, System.getProperty(SqliteLibrary.NAME_PROPERTY))).isRegularFile();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             ResultSet rs = c.createStatement().executeQuery("select sqlite_version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("3.");
        }
    }
}
