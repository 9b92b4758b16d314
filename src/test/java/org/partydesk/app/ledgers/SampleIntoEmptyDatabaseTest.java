package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.model.YearStats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample bureau's own unmasked roster (exported today) and 2025 meetings ledger, imported into an empty
 * database in that order, give the same 2025 figures: members per branch at the year's end, meetings per
 * type and branch, attendance. The sample has members who moved branch during the year (and out of or into
 * a 党小组), leaders in the 局党组, and 党小组 meetings: the roster carries them in its 转入本支部日期, 所在党小组
 * and 党内职务 columns and one earlier row per earlier branch (decision 0011).
 */
class SampleIntoEmptyDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesRosterAndMeetingsExportsRebuildTheYearInAnEmptyDatabase() throws Exception {
        Path roster = dir.resolve("花名册.xlsx");
        Path meetings = dir.resolve("三会一课2025.xlsx");
        YearStats before;
        int members;
        try (Workspace ws = Workspace.open(dir.resolve("sample.db"), "测试")) {
            SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            members = LedgerExport.export(LedgerKind.MEMBERS, ws, roster, new LedgerExport.Options(null, null, true), Progress.NONE);
            LedgerExport.export(LedgerKind.MEETINGS, ws, meetings, new LedgerExport.Options(2025, null, true), Progress.NONE);
            before = new Reports(ws).stats(2025);
        }
        // members who moved have an earlier row per earlier branch, each with its 转入本支部日期
        List<List<String>> rows = SheetValues.of(roster);
        assertThat(rows.size() - 2).isGreaterThan(members);
        assertThat(rows.get(1)).contains("转入本支部日期", "所在党小组", "党内职务");
        assertThat(rows.stream().flatMap(List::stream)).contains("党组成员", "书记", "第1党小组");

        try (Workspace empty = Workspace.open(dir.resolve("empty.db"), "测试")) {
            ImportPreview r = LedgerImporter.importFile(LedgerKind.MEMBERS, empty, roster, true, Progress.NONE);
            assertThat(r.errors()).isEmpty();
            assertThat(r.counts()).isEqualTo("新增 " + members + " 人，更新 0 人");
            ImportPreview m = LedgerImporter.importFile(LedgerKind.MEETINGS, empty, meetings, true, Progress.NONE);
            assertThat(m.errors()).isEmpty();
            assertThat(m.warnings()).isEmpty();
            YearStats after = new Reports(empty).stats(2025);
            assertThat(after.members()).isEqualTo(before.members());
            assertThat(after.members().total()).isGreaterThan(300);
            assertThat(after.meetings()).isEqualTo(before.meetings());
            assertThat(after.meetingsByBranch()).isEqualTo(before.meetingsByBranch());
            assertThat(after.attendance()).isEqualTo(before.attendance());
            assertThat(after.attendance().onLeave()).isPositive();
        }
    }
}
