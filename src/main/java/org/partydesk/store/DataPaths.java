package org.partydesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Where PartyDesk keeps its data for the current user: Linux {@code ~/.local/share/PartyDesk/},
 * Windows {@code %APPDATA%\PartyDesk\}, macOS {@code ~/Library/Application Support/PartyDesk/}.
 * The system property {@code partydesk.home} overrides it (tests, portable installs).
 */
public final class DataPaths {
    public static final String DATABASE_FILE = "partydesk.db";

    private final Path home;

    public DataPaths(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    /** The data folder of this user on this system. */
    public static DataPaths forCurrentUser() {
        String override = System.getProperty("partydesk.home");
        if (override != null && !override.isBlank()) {
            return new DataPaths(Paths.get(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Paths.get(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null ? Paths.get(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new DataPaths(base.resolve("PartyDesk"));
        }
        if (os.contains("mac")) {
            return new DataPaths(userHome.resolve("Library").resolve("Application Support").resolve("PartyDesk"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : userHome.resolve(".local").resolve("share");
        return new DataPaths(base.resolve("PartyDesk"));
    }

    public Path home() {
        return home;
    }

    public Path defaultDatabase() {
        return home.resolve(DATABASE_FILE);
    }

    /** The evidence files of a database live beside it, named by their SHA-256. */
    public static Path evidenceFolderFor(Path databaseFile) {
        Path abs = databaseFile.toAbsolutePath();
        String name = abs.getFileName().toString();
        String stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return abs.resolveSibling(stem + "-evidence");
    }

    public Path backups() {
        return home.resolve("backups");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path ensureHome() {
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new StoreException("无法创建数据文件夹：" + home, e);
        }
        return home;
    }
}
