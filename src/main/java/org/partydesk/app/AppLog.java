package org.partydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.partydesk.store.DataPaths;

/**
 * The application's log file, {@code <data folder>/logs/partydesk.log} (java.util.logging, appended to). Errors shown to a clerk are written here with their technical details.
 */
public final class AppLog {
    public static final String FILE_NAME = "partydesk.log";
    private static final Logger ROOT = Logger.getLogger("");
    private static FileHandler handler;

    private AppLog() {
    }

    /** The log file of the current user's data folder. */
    public static Path file() {
        return DataPaths.forCurrentUser().logs().resolve(FILE_NAME);
    }

    /** Adds the file handler to the root logger once; returns the log file. */
    public static synchronized Path install() {
        Path file = file();
        if (handler == null) {
            try {
                Files.createDirectories(file.getParent());
                FileHandler h = new FileHandler(file.toString().replace("%", "%%"), true);
                h.setEncoding("UTF-8");
                h.setFormatter(new SimpleFormatter());
                h.setLevel(Level.INFO);
                ROOT.addHandler(h);
                handler = h;
            } catch (IOException e) {
                ROOT.log(Level.WARNING, "无法写日志文件 " + file, e);
            }
        }
        return file;
    }

    /** Logs an error with what the clerk was doing. */
    public static void error(String what, Throwable error) {
        Logger.getLogger("org.partydesk").log(Level.SEVERE, what, error);
    }
}
