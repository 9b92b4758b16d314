package org.partydesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for the single-writer tests: opens the database named by {@code args[0]}, prints
 * {@code HOLDING}, and keeps it open until its standard input ends or a line is read.
 */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("HOLDING " + db.file());
            System.out.flush();
            System.in.read();
        }
    }

    /** Starts a child JVM holding {@code db}; returns once it holds it. */
    public static Process start(Path db) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("HOLDING")) {
                return p;
            }
        }
        throw new IllegalStateException("the child process ended without holding " + db + " (exit " + waitFor(p) + ")");
    }

    /** Lets the child close the database and end; returns its exit code. */
    public static int release(Process p) throws IOException {
        p.getOutputStream().write('\n');
        p.getOutputStream().flush();
        return waitFor(p);
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return -1;
        }
    }
}
