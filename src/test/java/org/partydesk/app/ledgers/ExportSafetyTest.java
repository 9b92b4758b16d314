package org.partydesk.app.ledgers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An export that fails or is cancelled half way leaves the file it would replace as it was, and no temporary. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aCancelledExportLeavesTheOldFileAndNoHalfWrittenOne() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("s.db"), "测试")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 7L, 2025, Progress.NONE);
            Path out = dir.resolve("out").resolve("三会一课.xlsx");
            Files.createDirectories(out.getParent());
            Files.writeString(out, "上次导出的台账");
            Progress cancelsAfterFirstChunk = new Progress() {
                private long updates;

                @Override
                public void update(long done, long total, String message) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates > 0;
                }
            };
            assertThatThrownBy(() -> LedgerExport.export(LedgerKind.MEETINGS, ws, out, new LedgerExport.Options(null, null, false),
                    cancelsAfterFirstChunk)).isInstanceOf(Progress.CancelledException.class);
            assertThat(Files.readString(out)).isEqualTo("上次导出的台账");
            try (Stream<Path> files = Files.list(out.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("三会一课.xlsx");
            }
        }
    }
}
