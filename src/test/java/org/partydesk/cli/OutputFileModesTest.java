package org.partydesk.cli;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.partydesk.cli.ExitCodesTest.run;

/**
 * Reports, exports, backups and inspection packages get the mode the umask gives a new file (0644 under the
 * usual 022), not 0600, so colleagues can open a report saved to a shared folder; the temporary files they
 * were written to (private, 0600) are gone.
 */
class OutputFileModesTest {
    @TempDir
    Path dir;

    @Test
    void outputsFollowTheUmask() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("POSIX file modes").contains("posix");
        Integer umask = umask();
        assumeThat(umask).as("the process's umask (Linux /proc/self/status)").isNotNull();
        Set<PosixFilePermission> expected = modeOf(0666 & ~umask);

        Path db = dir.resolve("bureau.db");
        try (Workspace ws = Workspace.open(db, "测试")) {
            RosterFixture.fill(ws.database());
        }
        Path out = Files.createDirectory(dir.resolve("共享"));
        String d = db.toString();
        List<String[]> commands = List.of(
                new String[] {"export", "members", out.resolve("花名册.xlsx").toString(), "--db", d},
                new String[] {"template", "meetings", out.resolve("模板.xlsx").toString(), "--db", d},
                new String[] {"report", "workbook", "--year", "2025", "--out", out.resolve("统计表.xlsx").toString(),
                        "--allow-empty", "--db", d},
                new String[] {"report", "annual", "--year", "2025", "--out", out.resolve("年度总结.docx").toString(),
                        "--allow-empty", "--db", d},
                new String[] {"package", "--year", "2025", "--out", out.resolve("迎检材料.zip").toString(), "--db", d},
                new String[] {"backup", "--out", out.resolve("备份.zip").toString(), "--db", d});
        for (String[] args : commands) {
            ExitCodesTest.Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        }
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("花名册.xlsx", "模板.xlsx", "统计表.xlsx", "年度总结.docx", "迎检材料.zip", "备份.zip");
            for (Path p : written) {
                assertThat(Files.getPosixFilePermissions(p)).as(p.getFileName().toString()).isEqualTo(expected);
            }
        }
    }

    /** The umask as the kernel reports it ("Umask:\t0022"), or null where it does not. */
    static Integer umask() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return null;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("Umask:"))
                .map(l -> Integer.parseInt(l.substring("Umask:".length()).strip(), 8)).findFirst().orElse(null);
    }

    static Set<PosixFilePermission> modeOf(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                perms.add(bits[i]);
            }
        }
        return perms;
    }
}
