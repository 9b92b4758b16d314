package org.partydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, loaded from a copy kept in the user's data folder (issue 21). Left to itself the driver
 * writes a new copy of the library (1 MiB, from the jar) into the temporary folder at every start and loads that:
 * a quarter of the time {@code check} took before its first query, more on office PCs whose virus scanner examines
 * every new library, and every start killed before it could delete its copy leaves one behind in the temporary folder.
 * <p>The copy is named by the size and CRC of the library in the jar, so that a different driver or a different
 * library is another copy, never a stale one; it is written once (to a temporary name, then moved into place, so a
 * half-written file is never loaded) and found by every later start. Nothing here can stop a start: whenever the copy
 * cannot be made or read (a read-only or full disk, a data folder the library cannot run from), the driver is left
 * to load the library as it always did, and if the copy fails to load the driver does the same itself.
 * A system property {@code org.sqlite.lib.path} given by whoever started the program is left alone.
 */
final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** Where the driver extracts (when it must) and where at every start it looks for copies to delete. */
    static final String TEMP_PROPERTY = "org.sqlite.tmpdir";
    private static final String PREFIX = "sqlite-";
    private static boolean prepared;

    private SqliteLibrary() {
    }

    /** Points the driver at the kept copy, making it first when needed; once per run, before the first connection. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Path folder = folder();
        Path copy = copy(folder);
        if (copy != null) {
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            // the driver lists its temporary folder at every start, looking for copies to delete: an office PC's
            // temporary folder can hold thousands of files, ours holds one folder
            if (System.getProperty(TEMP_PROPERTY) == null) {
                System.setProperty(TEMP_PROPERTY, folder.toString());
            }
        }
    }

    /**
     * A plain connection to the SQLite file {@code file} (no settings of {@link Database}): for the store's own
     * checks before or beside a database it opens. The library is made ready first, as for every connection.
     */
    static Connection connect(Path file) throws SQLException {
        prepare();
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * Where copies are kept: {@code native} in the data folder; on Windows in the local (not roaming) application
     * data, which a domain's roaming profile does not copy from PC to PC.
     */
    static Path folder() {
        String localAppData = System.getenv("LOCALAPPDATA");
        if (System.getProperty("partydesk.home") == null && localAppData != null && !localAppData.isBlank()
                && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return Path.of(localAppData, "PartyDesk", "native");
        }
        return DataPaths.forCurrentUser().home().resolve("native");
    }

    /** The kept copy of this driver's library under {@code folder}, made if missing; null where it cannot be had. */
    static Path copy(Path folder) {
        Path jarFile = driverJar();
        if (jarFile == null) {
            return null;
        }
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            String name = LibraryLoaderUtil.getNativeLibName();
            JarEntry entry = library(jar, folder, name);
            if (entry == null || entry.getSize() <= 0 || entry.getCrc() < 0) {
                return null; // no library of this system in the jar: the driver reports it
            }
            Path dir = folder.resolve(PREFIX + Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
            Path copy = dir.resolve(name);
            if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
                return copy;
            }
            Files.createDirectories(dir);
            PartFiles.write(copy, name, ".part", part -> {
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (Files.size(part) != entry.getSize()) {
                    throw new IOException("cut short: " + part); // no copy: the driver loads as it always did
                }
            });
            removeOthers(folder, dir);
            return copy;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The jar file the driver's classes come from (the program's own jar, or the driver's in a build); else null. */
    private static Path driverJar() {
        try {
            java.security.CodeSource source = LibraryLoaderUtil.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path file = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(file) ? file : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The library in the jar for this system. Where it lies is the driver's answer ({@link LibraryLoaderUtil}), which
     * asks the system each time (on Linux it starts {@code uname} to rule out Android): kept in a note per system and
     * processor beside the copies, and asked again when the note names nothing in the jar.
     */
    private static JarEntry library(JarFile jar, Path folder, String name) throws IOException {
        Path note = folder.resolve("resource-" + (System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", ""))
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
        if (Files.isRegularFile(note)) {
            JarEntry noted = jar.getJarEntry(entryName(Files.readString(note).strip(), name));
            if (noted != null) {
                return noted;
            }
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath();
        JarEntry entry = jar.getJarEntry(entryName(resource, name));
        if (entry != null) {
            Files.createDirectories(folder);
            PartFiles.write(note, "resource", ".part", part -> Files.writeString(part, resource));
        }
        return entry;
    }

    /** "/org/sqlite/native/Linux/x86_64" and "libsqlitejdbc.so" as a jar entry's name (no leading slash). */
    private static String entryName(String resource, String name) {
        String folder = resource.startsWith("/") ? resource.substring(1) : resource;
        return folder + "/" + name;
    }

    /** Copies made for other drivers (after an update); one still loaded by a running older version stays. */
    private static void removeOthers(Path folder, Path keep) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (dir.equals(keep) || !Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path f : files) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException | RuntimeException e) {
            // left for the next update
        }
    }
}
