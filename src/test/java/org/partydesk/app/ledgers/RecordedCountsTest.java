package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.ComplianceCheck;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.app.reports.Reports;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Flag;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.OrgKind;
import org.partydesk.model.RecordedCounts;
import org.partydesk.model.YearStats;
import org.partydesk.store.MeetingFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 按台账人数 (decision 0012): a meetings ledger's 应到 / 实到 / 请假 / 缺席 kept where no attendance sheet can be
 * built, on real SQLite files and workbooks made with POI as clerks make them.
 */
class RecordedCountsTest {
    @TempDir
    Path dir;

    /** A clerk's ledger: a title, a header with 请假人数 / 缺席人数 written as "5人", a note at the end. */
    static SheetMaker ledger(Object[]... rows) {
        SheetMaker s = new SheetMaker().sheet("三会一课")
                .row("第一党支部2025年“三会一课”台账").mergeLast(0, 9)
                .row("序号", "党支部", "会议类型", "会议主题", "会议时间", "应到", "实到", "请假人数", "缺席人数", "请假人员及事由");
        for (Object[] r : rows) {
            s.row(r);
        }
        return s.row("注：人数可写 5 或 5人。");
    }

    Map<String, Meeting> stored(Workspace ws) {
        Meetings meetings = new Meetings(ws);
        return meetings.list(MeetingFilter.ALL).stream().map(s -> meetings.load(s.id()).orElseThrow())
                .collect(Collectors.toMap(Meeting::theme, m -> m));
    }

    @Test
    void aCommitteeRowWithCountsOnlyKeepsThemInAnEmptyDatabaseAndStatsCheckReportAndExportUseThem() throws Exception {
        Path file = ledger(
                new Object[] {1, "第一党支部", "支委会", "四月支委会", "2025-04-10", "5人", 4, "1人", null, null},
                new Object[] {2, "第一党支部", "党员大会", "五月党员大会", "2025-05-20", 8, "6人", null, "2", null})
                .xlsx(dir.resolve("会议.xlsx"));
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
            assertThat(im.preview().errors()).extracting(ImportMessage::text).isEmpty();
            assertThat(im.preview().warnings()).extracting(ImportMessage::text).anySatisfy(w -> assertThat(w)
                    .contains("第3行").contains("会议当天没有登记支部委员，应到人员无法确定：按台账人数记录（应到5人，实到4人，请假1人，缺席0人）"));
            im.apply(Progress.NONE);

            Map<String, Meeting> meetings = stored(ws);
            assertThat(meetings.get("四月支委会").recorded()).isEqualTo(new RecordedCounts(5, 4, 1, null));
            assertThat(meetings.get("四月支委会").attendance()).isEmpty();
            assertThat(new Meetings(ws).list(MeetingFilter.ALL)).extracting(MeetingSummary::counts)
                    .containsExactly(new AttendanceCounts(5, 4, 1, 0, true), new AttendanceCounts(8, 6, 0, 2, true));

            YearStats.Attendance a = new Reports(ws).stats(2025).attendance();
            assertThat(List.of(a.expected(), a.present(), a.onLeave(), a.absent())).containsExactly(13, 10, 1, 2);

            List<Flag> flags = new ComplianceCheck(ws).run(2025, null).flags();
            assertThat(flags).extracting(Flag::message)
                    .contains("第一党支部 2025-04-10「四月支委会」按台账人数记录请假1人，未写姓名，无法核对补课");

            Path docx = dir.resolve("季度报告.docx");
            new Reports(ws).writeQuarterly("第一党支部", 2025, 2, docx, Progress.NONE);
            try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(docx));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                // the table's cells carry a mark, explained once under the table; the absence section says it in words
                assertThat(text.getText()).contains("5/4*", "请假1人*", "8/6*", "（标*的会议未逐人登记出勤，人数按台账所填）",
                        "缺席2人（按台账人数）").doesNotContain("5/4（按台账人数）", "请假1人（按台账人数）");
            }

            // the export writes the figures back as given and re-imports unchanged
            Path out = dir.resolve("导出.xlsx");
            LedgerExport.export(LedgerKind.MEETINGS, ws, out, new LedgerExport.Options(2025, null, false), Progress.NONE);
            try (Workbook wb = WorkbookFactory.create(out.toFile())) {
                Row first = wb.getSheetAt(0).getRow(2);
                DataFormatter fmt = new DataFormatter();
                Map<String, String> cells = new java.util.HashMap<>();
                for (int c = 0; c < wb.getSheetAt(0).getRow(1).getLastCellNum(); c++) {
                    cells.put(fmt.formatCellValue(wb.getSheetAt(0).getRow(1).getCell(c)), fmt.formatCellValue(first.getCell(c)));
                }
                assertThat(cells).containsEntry("应到人数", "5").containsEntry("实到人数", "4")
                        .containsEntry("请假人数", "1").containsEntry("缺席人数", "");
            }
            MeetingLedgerImport again = MeetingLedgerImport.open(ws, out, Progress.NONE);
            assertThat(again.preview().summary()).startsWith("新增 0 次会议，更新 0 次会议，未变 2 次会议");
            again.apply(Progress.NONE);
            assertThat(stored(ws)).isEqualTo(meetings);
        }
    }

    @Test
    void aRowWithOnlyTheNumberOnLeaveKeepsItWithTheRosterAsExpectedAndNamesStillWin() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("t.db"), "测试")) {
            MeetingFixture f = new MeetingFixture(ws.database());
            int organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0);
            int branch = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
            for (String name : List.of("张三", "李四", "王五", "赵六")) {
                f.belongs(f.member(name), branch, LocalDate.of(2020, 1, 1), null);
            }
            Path file = ledger(
                    new Object[] {1, "第一党支部", "主题党日", "三月主题党日", "2025-03-08", null, null, "1", null, null},
                    new Object[] {2, "第一党支部", "党员大会", "六月党员大会", "2025-06-20", 4, 2, 1, null, "李四（出差）"})
                    .xlsx(dir.resolve("会议.xlsx"));
            MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
            assertThat(im.preview().warnings()).extracting(ImportMessage::text)
                    .anySatisfy(w -> assertThat(w).contains("第3行")
                            .contains("只写了人数，没有写请假、缺席人员姓名：按台账人数记录（应到4人，实到3人，请假1人，缺席0人）"))
                    .anySatisfy(w -> assertThat(w).contains("第4行").contains("实到人数写的是2人，按名单应为3人"));
            im.apply(Progress.NONE);
            Map<String, Meeting> meetings = stored(ws);
            Meeting day = meetings.get("三月主题党日");
            assertThat(day.recorded()).isEqualTo(new RecordedCounts(4, null, 1, null));
            assertThat(day.counts()).isEqualTo(new AttendanceCounts(4, 3, 1, 0, true));
            Meeting assembly = meetings.get("六月党员大会");
            assertThat(assembly.recorded()).isNull();
            assertThat(assembly.counts()).isEqualTo(new AttendanceCounts(4, 3, 1, 0));
            assertThat(assembly.attendance()).filteredOn(e -> e.status() == AttendanceStatus.ON_LEAVE)
                    .extracting(e -> e.name()).containsExactly("李四");

            // editing: the figures stay while the sheet is empty; a sheet filled in replaces them
            Meetings app = new Meetings(ws);
            app.update(day.withAttendance(List.of()));
            assertThat(app.load(day.id()).orElseThrow().recorded()).isEqualTo(day.recorded());
            app.update(day.withAttendance(app.defaultSheet(branch, LocalDate.of(2025, 3, 8), day.types())));
            Meeting edited = app.load(day.id()).orElseThrow();
            assertThat(edited.recorded()).isNull();
            assertThat(app.counts(day.id())).isEqualTo(new AttendanceCounts(4, 4, 0, 0));
        }
    }
}
