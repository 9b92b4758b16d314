package org.partydesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build (from the Maven project, filtered into a resource). */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/partydesk-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
