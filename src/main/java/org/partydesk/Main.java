package org.partydesk;

import org.partydesk.cli.PartyDeskCommand;
import org.partydesk.gui.PartyDeskApp;

/**
 * The launcher (not an {@code Application}, so {@code java -jar} works with JavaFX on the class path):
 * no arguments opens the window, arguments run the command line.
 */
public final class Main {
    private Main() {
    }

    /**
     * Host names are never looked up: the JDK's font configuration (loaded when POI measures a column or a
     * chart is drawn) asks for this machine's own name to name a cache file, and where that name is not in the
     * hosts file the system resolver sends a DNS query. With this property the JDK resolves names from the
     * given file only (none here), so that look-up fails at once, as it should, and nothing leaves the machine.
     */
    public static void offline() {
        if (System.getProperty(HOSTS_FILE_PROPERTY) == null) {
            System.setProperty(HOSTS_FILE_PROPERTY, "");
        }
    }

    /**
     * POI's temporary files (large exports, reports) go to a folder of this user's own: the shared
     * {@code /tmp/poifiles} that POI uses by default belongs to whoever made it first, and a second user of the
     * same computer was refused ("AccessDeniedException: /tmp/poifiles").
     */
    static void ownTemporaryFolder() {
        String user = System.getProperty("user.name", "user").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        java.io.File folder = new java.io.File(System.getProperty("java.io.tmpdir"), "partydesk-poifiles-" + user);
        // POI falls back to the shared folder when the one it is given does not exist yet
        if (!folder.isDirectory() && !folder.mkdirs()) {
            return;
        }
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(new org.apache.poi.util.DefaultTempFileCreationStrategy(folder));
    }

    /** The JDK's property that replaces the system resolver by a hosts file. */
    public static final String HOSTS_FILE_PROPERTY = "jdk.net.hosts.file";

    public static void main(String[] args) {
        offline();
        ownTemporaryFolder();
        if (args.length == 0) {
            PartyDeskApp.launchWindow(args);
        } else {
            System.exit(PartyDeskCommand.run(args));
        }
    }
}
