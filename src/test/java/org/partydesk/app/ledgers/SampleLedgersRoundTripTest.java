package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commendations and responsibility-list ledgers exported from the sample bureau re-import without a
 * single change. (The roster is left out: the sample has two branches named 综合党支部, which the roster
 * import refuses as ambiguous by design.)
 */
class SampleLedgersRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyLedgerOfTheSampleReimportsUnchanged() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("sample.db"), "测试")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            for (LedgerKind kind : java.util.List.of(LedgerKind.COMMENDATIONS, LedgerKind.RESPONSIBILITIES)) {
                Path out = dir.resolve(kind.id() + ".xlsx");
                int rows = LedgerExport.export(kind, ws, out, new LedgerExport.Options(null, null, true), Progress.NONE);
                assertThat(rows).as(kind.id()).isGreaterThan(100);
                LedgerImporter back = LedgerImporter.open(kind, ws, out, Progress.NONE);
                assertThat(back.preview().errors()).as(kind.id()).isEmpty();
                assertThat(back.preview().counts()).as(kind.id()).isIn("新增 0 项，更新 0 项", "新增 0 条，更新 0 条");
                int audits = ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG);
                back.apply(Progress.NONE);
                assertThat(ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG)).isEqualTo(audits + 1);
            }
        }
    }
}
