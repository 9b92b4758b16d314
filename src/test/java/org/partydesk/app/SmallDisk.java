package org.partydesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A size-capped file system for a test: a tmpfs of a few hundred KB mounted on a folder (root on Linux, as
 * CI is). Where it cannot be mounted, the test is skipped with a visible message.
 */
final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code folder} (created), or skips the test. */
    static SmallDisk mount(Path folder, int kilobytes) throws Exception {
        Files.createDirectories(folder);
        boolean mounted = false;
        String why = "needs root on Linux to mount a small tmpfs";
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            try {
                Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs",
                        folder.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                if (!mounted) {
                    why = "mount failed: " + out.strip();
                }
            } catch (java.io.IOException e) {
                why = "mount not available: " + e.getMessage();
            }
        }
        if (!mounted) {
            System.out.println("SKIPPED (full-disk test): " + why);
        }
        Assumptions.assumeTrue(mounted, "full-disk test skipped: " + why);
        return new SmallDisk(folder);
    }

    /** Fills the disk up to about {@code leaveKilobytes} of free space. */
    void fillLeaving(int leaveKilobytes) throws Exception {
        long free = Files.getFileStore(folder).getUsableSpace();
        long fill = free - leaveKilobytes * 1024L;
        if (fill > 0) {
            Files.write(folder.resolve("filler.bin"), new byte[(int) fill]);
        }
    }

    @Override
    public void close() throws Exception {
        Process p = new ProcessBuilder("umount", "-l", folder.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
    }
}
