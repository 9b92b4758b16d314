package org.partydesk.app.ledgers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;

/**
 * A meetings ledger that names, on leave or absent, a member of another branch: the error says which branch he belonged
 * to on the meeting's day, so the clerk sees a transfer not yet recorded (or a row under the wrong branch) rather than
 * a name to check. Workbooks built by POI in a temp folder, imported into an empty database.
 */
class MeetingImportOtherBranchTest {
    @TempDir
    Path dir;

    @Test
    void aMemberOfAnotherBranchThatDayIsNamedWithHisBranch() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "干事")) {
            Path roster = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部", "入党日期", "党内职务")
                    .row("王建国", id("42010219700301111"), "机关第一党支部", "1995-07-01", "书记")
                    .row("刘芳", id("42010219800402122"), "机关第一党支部", "2005-07-01", null)
                    .row("张三", id("42010219820503133"), "机关第二党支部", "2008-07-01", null)
                    .row("李四", id("42010219840604144"), "机关第二党支部", "2010-07-01", "书记")
                    .xlsx(dir.resolve("花名册.xlsx"));
            ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
            assertThat(p.errors()).isEmpty();

            Path file = new SheetMaker().sheet("三会一课")
                    .row("所在党支部", "会议类型", "会议主题", "会议时间", "请假人员", "缺席人员")
                    .row("机关第一党支部", "主题党日", "三月主题党日", "2025-03-15", "赵六（出差）", "张三")
                    .row("机关第二党支部", "主题党日", "三月主题党日", "2025-03-18", null, "张三")
                    .xlsx(dir.resolve("三会一课.xlsx"));
            MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
            assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                    // nobody of that name anywhere: check the name, as before
                    "三会一课.xlsx，工作表“三会一课”，第2行，E列（请假人员）：“赵六”不是“机关第一党支部”2025-03-15的党员（按组织关系），"
                            + "请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）",
                    // a member of 机关第二党支部 that day
                    "三会一课.xlsx，工作表“三会一课”，第2行，F列（缺席人员）：“张三”2025-03-15属于“机关第二党支部”，"
                            + "不是“机关第一党支部”的党员（按组织关系）；如已调入本支部，请先在党员页面办理“调动…”，"
                            + "如是填错了所在党支部，请改正后再导入");
            assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                    .hasMessageStartingWith("台账有 2 处错误，未写入任何数据");
            assertThat(ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.MEETING)).isZero();
        }
    }

    @Test
    void aMemberOfAnotherBranchListedAmongThoseWhoCameIsASittingGuestNamedWithHisBranch() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "干事")) {
            Path roster = new SheetMaker()
                    .row("姓名", "身份证号", "所在党支部", "入党日期")
                    .row("王建国", id("42010219700301111"), "机关第一党支部", "1995-07-01")
                    .row("张三", id("42010219820503133"), "机关第二党支部", "2008-07-01")
                    .xlsx(dir.resolve("花名册.xlsx"));
            assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
            Path file = new SheetMaker().sheet("三会一课")
                    .row("所在党支部", "会议类型", "会议主题", "会议时间", "参会人员")
                    .row("机关第一党支部", "支部党员大会", "一季度党员大会", "2025-03-20", "王建国、张三、陈晨")
                    .xlsx(dir.resolve("三会一课.xlsx"));
            MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
            assertThat(im.preview().errors()).isEmpty();
            assertThat(im.preview().warnings()).extracting(ImportMessage::reason).contains(
                    "参会人员“张三”2025-03-20属于“机关第二党支部”，不是这次会议的应到党员（按“机关第一党支部”2025-03-20的组织关系），"
                            + "记为列席人员，不计入出勤；如已调入本支部，请先在党员页面办理“调动…”",
                    // a guest who is nobody's member (an activist) as before
                    "参会人员“陈晨”不是这次会议的应到党员（按“机关第一党支部”2025-03-20的组织关系），记为列席人员，不计入出勤");
        }
    }
}
