package org.partydesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.Main;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of a database the user may only read (a read-only file, as on a shared drive) finishes with a whole
 * backup; SQLite's online backup API used to spin for ever at full CPU on it. The command runs in a child JVM
 * as an unprivileged user (root may write any file), so the test needs root and {@code runuser}; elsewhere it is
 * skipped with a message.
 */
class ReadOnlyBackupTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyDatabaseIsBackedUp() throws Exception {
        assumeRootAndRunuser("read-only backup test");
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path db = folder.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        chown(folder);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));

        Path out = folder.resolve("备份.zip");
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + folder, "-Djava.io.tmpdir=" + folder, "-cp", readableClassPath(dir.resolve("cp")),
                Main.class.getName(), "backup", "--out", out.toString(), "--db", db.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        // not a timing: a backup that never ends is the defect
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        assertThat(ended).as("the backup of a read-only database ends").isTrue();
        assertThat(p.exitValue()).as(said).isZero();
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertThat(zip.getEntry("partydesk.db").getSize()).isPositive();
        }
        try (Workspace restored = Workspace.open(dir.resolve("restored.db"), "测试")) {
            new BackupService(restored).restore(out);
            assertThat(VerifyDatabase.run(restored).ok()).isTrue();
        }
    }

    @Test
    void aRestoreOntoADatabaseTheUserMayOnlyReadFailsAndSaysSo() throws Exception {
        assumeRootAndRunuser("read-only restore test");
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path db = folder.resolve("bureau.db");
        Path backup = dir.resolve("备份.zip");
        int units;
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
            new BackupService(ws).backup(backup, Progress.NONE);
            new org.partydesk.app.org.Organisation(ws).addUnit(new org.partydesk.app.org.Organisation.NewUnit(null,
                    org.partydesk.model.OrgKind.BRANCH, "备份之后新建的党支部", false, java.time.LocalDate.of(2025, 1, 1), null));
            units = new org.partydesk.store.OrgRepository(ws.database()).all().size();
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(backup, PosixFilePermissions.fromString("r--r--r--"));
        chown(folder);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));

        Process p = new ProcessBuilder(List.of("runuser", "-u", "nobody", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + folder, "-Djava.io.tmpdir=" + folder, "-cp", readableClassPath(dir.resolve("cp")),
                Main.class.getName(), "restore", backup.toString(), "--db", db.toString()))
                .redirectErrorStream(true).start();
        // not a timing: without the check SQLite's restore into the read-only file spun for ever at full CPU
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ended).as("the restore onto a read-only database ends").isTrue();
        // refused as every write into a read-only database is, before anything is done (decision 0051)
        assertThat(p.exitValue()).as(said).isEqualTo(3);
        assertThat(said).contains("bureau.db 是只读的", "未做任何改变").doesNotContain("已从");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        try (Workspace ws = Workspace.open(db, "测试")) {
            assertThat(new org.partydesk.store.OrgRepository(ws.database()).all()).hasSize(units);
        }
    }

    /** Skips the test, saying so, unless it runs as root with {@code runuser} to act as an unprivileged user. */
    static void assumeRootAndRunuser(String what) {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean runuser = Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"));
        if (!root || !runuser) {
            System.out.println("SKIPPED (" + what + "): needs root and runuser to act as another user");
        }
        Assumptions.assumeTrue(root && runuser, what + " needs root and runuser");
    }

    /** The test's class path, with the entries the other user may not read (the Maven repository under /root) copied. */
    static String readableClassPath(Path copies) throws Exception {
        Files.createDirectories(copies);
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isRegularFile(p) && p.toAbsolutePath().startsWith(System.getProperty("user.home"))) {
                Path copy = copies.resolve((i++) + "-" + p.getFileName());
                Files.copy(p, copy);
                out.add(copy.toString());
            } else {
                out.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    static void chown(Path folder) throws Exception {
        Process p = new ProcessBuilder("chown", "-R", "nobody", folder.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
    }
}
