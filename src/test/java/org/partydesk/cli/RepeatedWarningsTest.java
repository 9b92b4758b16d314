package org.partydesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook of several sheets laid out alike (a sheet a branch, a sheet a month) says a warning about the same column
 * once, naming the sheets, instead of once a sheet; a warning of one sheet's own rows is still that sheet's.
 */
class RepeatedWarningsTest {
    @TempDir
    Path dir;

    @Test
    void aColumnNobodyReadsInEveryBranchSheetIsSaidOnceWithTheSheets() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int committee = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0);
            f.belongs(f.member("张三"), f.unit(committee, OrgKind.BRANCH, "第一党支部", 1), LocalDate.of(2020, 1, 1), null);
            f.belongs(f.member("李四"), f.unit(committee, OrgKind.BRANCH, "第二党支部", 2), LocalDate.of(2020, 1, 1), null);
        }
        SheetMaker book = new SheetMaker();
        for (String branch : new String[] {"第一党支部", "第二党支部"}) {
            book.sheet(branch).row(branch + "2025年“三会一课”登记表").mergeLast(0, 4)
                    .row("会议类型", "会议主题", "会议时间", "应到人数", "记录人签字")
                    .row("主题党日", "三月主题党日", "2025-03-08", "1", "");
        }
        book.row("支委会", "四月支委会", "2025-04-08", "1", "");
        Path file = book.xlsx(dir.resolve("各支部台账.xlsx"));
        LedgerCliTest.Run r = LedgerCliTest.on(dir.resolve("t.db"), "import", "meetings", file.toString(), "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("各支部台账.xlsx，工作表“第一党支部”“第二党支部”，第2行，E列（记录人签字）：不认识的列名，该列不导入");
        assertThat(r.out().split("记录人签字", -1)).hasSize(2);
        // a warning of the second sheet's own row stays its own
        assertThat(r.out()).contains("工作表“第二党支部”，第4行");
    }
}
