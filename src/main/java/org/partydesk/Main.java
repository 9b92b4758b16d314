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

    /** The JDK's property that replaces the system resolver by a hosts file. */
    public static final String HOSTS_FILE_PROPERTY = "jdk.net.hosts.file";

    public static void main(String[] args) {
        offline();
        if (args.length == 0) {
            PartyDeskApp.launchWindow(args);
        } else {
            System.exit(PartyDeskCommand.run(args));
        }
    }
}
