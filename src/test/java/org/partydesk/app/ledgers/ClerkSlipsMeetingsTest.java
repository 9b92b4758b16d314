package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.store.MeetingRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Slips an outside probe found in clerks' meetings ledgers, each into an empty database after its roster: names in one
 * cell with mixed separators and a lost space, 全体党员, a bullet for the middle dot, a four-character name with a space,
 * a space before the reason's bracket, one reason for two (均出差); a meeting time Excel stored as a number (2025.10 as
 * 2025.1, a date serial with its time) and a year that is not the title's.
 */
class ClerkSlipsMeetingsTest extends EmptyDatabaseTest {
    @BeforeEach
    void roster() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2024年12月31日）").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号码", "所在党支部", "入党时间")
                .row(1, "张三", id("42010219800101123"), "机关第一党支部", "2005-07-01")
                .row(2, "李四", id("42010219850202234"), "机关第一党支部", "2010-07-01")
                .row(3, "王伟", id("42010219900303345"), "机关第一党支部", "2012-07-01")
                .row(4, "阿依古丽·买买提", id("65010219910404456"), "机关第一党支部", "2013-07-01")
                .row(5, "欧阳晓明", id("42010219920505567"), "机关第一党支部", "2014-07-01")
                .row(6, "赵敏", id("42010219930606678"), "机关第一党支部", "2015-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
    }

    private static Map<String, AttendanceStatus> statuses(Meeting m) {
        return m.attendance().stream().collect(Collectors.toMap(AttendanceEntry::name, AttendanceEntry::status));
    }

    @Test
    void namesAsClerksTypeThemAreTheMembersTheyMean() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, new SheetMaker().sheet("一支部")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 5)
                .row("会议时间", "会议类型", "会议主题", "参会人员", "请假人员", "缺席人员")
                .row("2025-03-05", "支部党员大会", "三月党员大会", "张三、李四，王伟,阿依古丽•买买提 欧阳晓明", null, "赵敏（长期居住外地）")
                .row("2025-04-05", "主题党日", "四月主题党日", "全体党员", null, null)
                .row("2025-05-05", "党课", "五月党课", null, " 王伟 （出差） ", "欧阳 晓明")
                .row("2025-06-05", "主题党日", "六月主题党日", null, "赵敏、李四（均出差）", null)
                .xlsx(dir.resolve("一支部.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        Map<String, Meeting> meetings = byTheme();

        // the space lost between 阿依古丽•买买提 and 欧阳晓明 and the bullet for the dot: both came; 赵敏 was not listed
        assertThat(statuses(meetings.get("三月党员大会"))).containsEntry("阿依古丽·买买提", AttendanceStatus.PRESENT)
                .containsEntry("欧阳晓明", AttendanceStatus.PRESENT).containsEntry("王伟", AttendanceStatus.PRESENT)
                .containsEntry("赵敏", AttendanceStatus.ABSENT);
        // the reason written beside an absence is kept, and exported as written
        assertThat(meetings.get("三月党员大会").attendance()).filteredOn(a -> a.name().equals("赵敏"))
                .extracting(AttendanceEntry::leaveReason).containsExactly("长期居住外地");
        assertThat(meetings.get("四月主题党日").attendance()).hasSize(6).extracting(AttendanceEntry::status)
                .containsOnly(AttendanceStatus.PRESENT);
        assertThat(meetings.get("五月党课").attendance()).filteredOn(a -> a.status() != AttendanceStatus.PRESENT)
                .extracting(AttendanceEntry::name, AttendanceEntry::status, AttendanceEntry::leaveReason)
                .containsExactlyInAnyOrder(Tuple.tuple("王伟", AttendanceStatus.ON_LEAVE, "出差"),
                        Tuple.tuple("欧阳晓明", AttendanceStatus.ABSENT, null));
        assertThat(meetings.get("六月主题党日").attendance()).filteredOn(a -> a.status() == AttendanceStatus.ON_LEAVE)
                .extracting(AttendanceEntry::name, AttendanceEntry::leaveReason)
                .containsExactlyInAnyOrder(Tuple.tuple("赵敏", "出差"), Tuple.tuple("李四", "出差"));
        assertThat(p.warnings()).extracting(ImportMessage::reason).noneMatch(r -> r.contains("不是这次会议的应到党员"));
        Path exported = dir.resolve("导出.xlsx");
        LedgerExport.export(LedgerKind.MEETINGS, ws, exported, new LedgerExport.Options(null, null, false), Progress.NONE);
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, exported, false, Progress.NONE).summary()).startsWith("新增 0 ");
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, dir.resolve("一支部.xlsx"), false, Progress.NONE).summary())
                .startsWith("新增 0 ").contains("更新 0 ");
    }

    @Test
    void aLaterLedgerGivesAMeetingStoredWithItsDayAloneItsTime() throws Exception {
        SheetMaker dayOnly = new SheetMaker().sheet("一支部").row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 2)
                .row("会议时间", "会议类型", "会议主题").row("2025-03-05", "支部委员会", "研究三月工作");
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, dayOnly.xlsx(dir.resolve("日期.xlsx")), true,
                Progress.NONE).errors()).isEmpty();
        SheetMaker withTime = new SheetMaker().sheet("一支部").row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 2)
                .row("会议时间", "会议类型", "会议主题").row("2025-03-05 09:30", "支部委员会", "研究三月工作");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, withTime.xlsx(dir.resolve("时间.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.summary()).startsWith("新增 0 ").contains("更新 1 ");
        assertThat(byTheme()).hasSize(1);
        assertThat(byTheme().get("研究三月工作").heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 5, 9, 30));
        assertThat(LedgerImporter.importFile(LedgerKind.MEETINGS, ws, dir.resolve("时间.xlsx"), false, Progress.NONE).summary())
                .startsWith("新增 0 ").contains("更新 0 ");
    }

    @Test
    void attendanceWrittenAsASentenceGivesItsNumbers() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, new SheetMaker().sheet("一支部")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 3)
                .row("会议时间", "会议类型", "会议主题", "出席情况")
                .row("2025-03-05", "支部党员大会", "三月党员大会", "应到6人，实到5人，请假1人（王伟出差）")
                .row("2025-04-05", "主题党日", "四月主题党日", "全体出席")
                .row("2025-05-05", "党课", "五月党课", "见会议记录")
                .xlsx(dir.resolve("出席情况.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        MeetingRepository repo = new MeetingRepository(ws.database());
        org.partydesk.model.AttendanceCounts march = repo.counts(byTheme().get("三月党员大会").id());
        assertThat(List.of(march.expected(), march.present(), march.onLeave(), march.absent())).containsExactly(6, 5, 1, 0);
        assertThat(byTheme().get("四月主题党日").attendance()).hasSize(6).extracting(AttendanceEntry::status)
                .containsOnly(AttendanceStatus.PRESENT);
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("出席情况“见会议记录”中没有读出人数（如“应到8人，实到7人，请假1人”），未导入")
                .noneMatch(r -> r.contains("全体出席"));
    }

    @Test
    void aSecondTableUnderTheFirstWithItsOwnTitleAndHeaderIsRead() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, new SheetMaker().sheet("一支部")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 3)
                .row("第一季度").mergeLast(0, 3)
                .row("会议时间", "会议类型", "会议主题", "请假人员")
                .row("2025-01-08", "支部委员会", "一月支委会", null)
                .row("2025-02-08", "主题党日", "二月主题党日", "王伟（出差）")
                .row(null, null, null, null)
                .row("第二季度").mergeLast(0, 3)
                .row("会议时间", "会议类型", "会议主题", "请假人员")
                .row("2025-04-08", "支部委员会", "四月支委会", null)
                .row("第三季度").mergeLast(0, 3)
                .row("（本季度无记录）").mergeLast(0, 3)
                .xlsx(dir.resolve("分季度.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(byTheme()).containsOnlyKeys("一月支委会", "二月主题党日", "四月支委会");
        assertThat(p.warnings()).extracting(ImportMessage::reason)
                .contains("第7–8行、第10–11行是分段的标题或重复的表头（“第二季度”），已跳过");
    }

    @Test
    void aHiddenOldColumnGivesWayToTheVisibleOneAndAHiddenRowIsSaid() throws Exception {
        SheetMaker maker = new SheetMaker().sheet("会议")
                .row("2025年“三会一课”台账").mergeLast(0, 3)
                .row("所在支部", "所在党支部", "会议时间", "会议类型", "会议主题")
                .row("机关第二党支部", "机关第一党支部", "2025-01-08", "支部委员会", "一月支委会")
                .row("机关第二党支部", "机关第一党支部", "2025-02-08", "主题党日", "二月主题党日（作废，已改期）")
                .hideLastRowAnd(0);
        for (Path f : List.of(maker.xlsx(dir.resolve("隐藏.xlsx")), maker.xls(dir.resolve("隐藏.xls")), maker.ods(dir.resolve("隐藏.ods")))) {
            ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, f, false, Progress.NONE);
            assertThat(p.errors()).as(f.toString()).isEmpty();
            assertThat(p.summary()).as(f.toString()).doesNotContain("新建党支部");
            assertThat(p.records()).as(f.toString()).extracting(ImportRecord::record).allMatch(r -> r.startsWith("机关第一党支部 "));
            assertThat(p.warnings()).as(f.toString()).extracting(ImportMessage::reason).contains(
                    "是隐藏的列，与B列（所在党支部）重复，按B列导入，该列不导入",
                    "第4行在表格中是隐藏的行（“机关第一党支部 2025-02-08 主题党日 二月主题党日…”），"
                            + "已照常导入；不需要导入的行请删除后再导入");
        }
    }

    @Test
    void aFormulaWithoutItsResultIsSaidNotReadAsBlank() throws Exception {
        Path file = dir.resolve("公式.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("一支部");
            String[][] rows = {{"机关第一党支部2025年“三会一课”台账"}, {"会议时间", "会议类型", "会议主题", "应到人数"},
                    {"2025-01-08", "主题党日", "一月主题党日", null}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(2).createCell(3).setCellFormula("SUM(E3:F3)"); // a program writes it, nothing works it out
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly("公式.xlsx，工作表“一支部”，第3行，D列（应到人数）："
                + "这一格是公式，文件中没有保存它的计算结果（文件可能是别的程序生成的）；请用 Excel 或 WPS 打开后保存一次，再导入");
        assertThat(byTheme()).isEmpty();
    }

    @Test
    void aMeetingTimeExcelStoredAsANumberIsReadOrRefusedAndAYearNotTheTitlesIsSaid() throws Exception {
        Path october = new SheetMaker().sheet("一支部")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 2)
                .row("会议时间", "会议类型", "会议主题")
                .row(2025.1, "主题党日", "十月主题党日")
                .xlsx(dir.resolve("十月.xlsx"));
        ImportPreview refused = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, october, true, Progress.NONE);
        assertThat(refused.errors()).extracting(ImportMessage::reason)
                .containsExactly("“2025.1”被存成了数字，分不清是2025年1月还是2025年10月，请将该列设为文本或写成 2025年1月");

        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, new SheetMaker().sheet("一支部")
                .row("机关第一党支部2025年“三会一课”台账").mergeLast(0, 2)
                .row("会议时间", "会议类型", "会议主题")
                .row(45724.6041666667, "主题党日", "三月主题党日")
                .row("2024年6月8日", "主题党日", "六月主题党日")
                .row(LocalDateTime.of(2025, 7, 1, 9, 30), "主题党日", "七月主题党日")
                .xlsx(dir.resolve("数字.xlsx")), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        // the column map's samples show a date with its time as a clerk reads it
        assertThat(p.columns()).filteredOn(c -> c.header().equals("会议时间")).singleElement()
                .extracting(ColumnMapping::samples).asList().contains("2025-07-01 09:30");
        assertThat(byTheme().get("三月主题党日").heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 8, 14, 30));
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains(
                "“45724.6041666667”是 Excel 日期序号（该格没有设为日期格式），按2025-03-08 14:30记录，请核对",
                "会议时间是2024年，而表格标题写的是2025年，请核对");
    }
}
