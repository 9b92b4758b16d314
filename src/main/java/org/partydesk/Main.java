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

    public static void main(String[] args) {
        if (args.length == 0) {
            PartyDeskApp.launchWindow(args);
        } else {
            System.exit(PartyDeskCommand.run(args));
        }
    }
}
