package org.partydesk.arch;

import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partydesk.cli.PartyDeskCommand;

/**
 * Child JVM of {@link NoNetworkTest}: installs a security manager that refuses (and records) every socket
 * and name lookup (except the JDK font configuration's look-up of this machine's own name), then runs the command line's real work on a sample bureau in {@code args[0]}.
 * Prints {@code NETWORK ATTEMPT …} for each refusal and exits 1 if there was any.
 */
public final class NoNetworkRun {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static volatile String current = "start";

    private NoNetworkRun() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        org.partydesk.Main.offline();
        try {
            java.net.InetAddress.getByName("partydesk-probe.invalid");
            ATTEMPTS.add("a host name was resolved: the system resolver is still in use");
        } catch (java.net.UnknownHostException expected) {
            if (!String.valueOf(expected.getMessage()).contains("hosts file")) {
                ATTEMPTS.add("a host name was looked up by the system resolver (DNS): " + expected.getMessage());
            }
        }
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission && !fontCacheNameOfThisMachine(perm)) {
                    java.io.StringWriter where = new java.io.StringWriter();
                    new Throwable().printStackTrace(new java.io.PrintWriter(where));
                    ATTEMPTS.add(perm + " during " + current + "\n" + where);
                    throw new SecurityException("PartyDesk must not use the network: " + perm);
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
        if (args[0].equals("--try-socket")) {
            try {
                new java.net.Socket("127.0.0.1", 9).close();
            } catch (SecurityException | java.io.IOException expected) {
                // recorded by the security manager when it was a refusal
            }
            finish(0);
            return;
        }
        Path dir = Path.of(args[0]);
        String db = dir.resolve("offline.db").toString();
        String[][] commands = {
                {"sample", "--db", db, "--year", "2025"},
                {"check", "--year", "2025", "--db", db},
                {"export", "members", dir.resolve("花名册.xlsx").toString(), "--branch", "机关第一党支部", "--db", db},
                {"template", "members", dir.resolve("模板.xlsx").toString()},
                {"import", "members", dir.resolve("花名册.xlsx").toString(), "--db", db},
                {"package", "--year", "2025", "--out", dir.resolve("迎检材料.zip").toString(), "--db", db},
                {"backup", "--out", dir.resolve("备份.zip").toString(), "--db", db},
                {"restore", dir.resolve("备份.zip").toString(), "--db", db},
                {"verify", "--db", db},
        };
        int done = 0;
        for (String[] c : commands) {
            current = String.join(" ", c);
            int code = PartyDeskCommand.run(c);
            if (code != 0) {
                System.out.println("FAILED (" + code + "): " + String.join(" ", c));
                finish(2);
                return;
            }
            done++;
        }
        System.out.println("NO NETWORK: " + done + " commands done");
        finish(0);
    }

    /**
     * The one look-up asked for: the JDK's font configuration (used when POI measures column widths) names
     * its cache file after this machine's own host name. With {@link org.partydesk.Main#offline} it is
     * answered from an empty hosts file (checked above), never by DNS.
     */
    private static boolean fontCacheNameOfThisMachine(Permission perm) {
        return "resolve".equals(perm.getActions()) && StackWalker.getInstance().walk(frames -> frames
                .anyMatch(f -> f.getClassName().equals("sun.font.FcFontConfiguration")));
    }

    private static void finish(int code) {
        for (String a : ATTEMPTS) {
            System.out.println("NETWORK ATTEMPT " + a);
        }
        System.out.flush();
        System.exit(ATTEMPTS.isEmpty() ? code : 1);
    }
}
