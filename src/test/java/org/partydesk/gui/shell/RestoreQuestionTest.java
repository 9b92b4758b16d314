package org.partydesk.gui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The question before a restore names when the backup was made. */
class RestoreQuestionTest {
    @TempDir
    Path dir;

    @Test
    void theBackupsTimeIsItsFilesTime() throws Exception {
        Path backup = Files.writeString(dir.resolve("partydesk-备份.zip"), "x");
        Files.setLastModifiedTime(backup, FileTime.from(LocalDateTime.of(2026, 12, 7, 18, 5)
                .atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(RestoreBackup.madeAt(backup)).isEqualTo("2026-12-07 18:05");
    }
}
