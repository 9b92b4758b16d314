package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.model.MeetingFilter;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger whose title names the year may write its dates as 5月8日: the year comes from the title. */
class MeetingTitleYearTest {
    @TempDir
    Path dir;

    @Test
    void datesWithoutAYearTakeTheYearOfTheTitle() throws Exception {
        Path file = new SheetMaker().sheet("三会一课")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 4)
                .row("会议类型", "会议主题", "会议时间", "主持人", "请假人员")
                .row("支委会", "研究发展党员工作", "5月8日", "张伟", "无")
                .row("主题党日", "参观红色教育基地", "6月28日下午", "张伟", null)
                .xlsx(dir.resolve("台账.xlsx"));
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            RosterFixture.fill(ws.database());
            ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
            assertThat(p.errors()).isEmpty();
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).extracting(m -> m.heldAt())
                    .containsExactlyInAnyOrder(LocalDateTime.of(2025, 5, 8, 0, 0), LocalDateTime.of(2025, 6, 28, 14, 30));
        }
    }
}
