package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ledger exported from the sample bureau (roster, meetings, commendations, responsibility lists, 发展党员, 党费)
 * re-imports without a single change. The sample has two branches named 综合党支部: the ledgers write
 * them "综合党支部（上级名称）" and read that back to the same branch.
 */
class SampleLedgersRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyLedgerOfTheSampleReimportsUnchanged() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("sample.db"), "测试")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            assertThat(new org.partydesk.store.OrgRepository(ws.database()).all())
                    .filteredOn(u -> u.name().equals("综合党支部")).hasSize(2);
            for (LedgerKind kind : LedgerKind.values()) {
                Path out = dir.resolve(kind.id() + ".xlsx");
                int rows = LedgerExport.export(kind, ws, out, new LedgerExport.Options(kind == LedgerKind.DUES ? 2025 : null, null, true), Progress.NONE);
                // the sample has up to two people on the way into the party per branch, and far more of every other kind
                // (党费: the months of the sample's year)
                assertThat(rows).as(kind.id()).isGreaterThan(kind == LedgerKind.RECRUITMENT ? 10 : 100);
                java.util.List<String> cells = SheetValues.of(out).stream().flatMap(java.util.List::stream).toList();
                assertThat(cells).as(kind.id()).doesNotContain("综合党支部");
                if (kind == LedgerKind.MEMBERS || kind == LedgerKind.MEETINGS) {
                    assertThat(cells).as(kind.id()).contains("综合党支部（市固体废物管理中心党委）", "综合党支部（市环境科学研究院党委）");
                }
                LedgerImporter back = LedgerImporter.open(kind, ws, out, Progress.NONE);
                assertThat(back.preview().errors()).as(kind.id()).isEmpty();
                assertThat(back.preview().counts()).as(kind.id()).startsWith("新增 0 ").contains("更新 0 ");
                int audits = ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG);
                back.apply(Progress.NONE);
                assertThat(ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG)).isEqualTo(audits + 1);
            }
        }
    }
}
