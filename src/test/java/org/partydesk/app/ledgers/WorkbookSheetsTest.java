package org.partydesk.app.ledgers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.cli.LedgerCliAccess;
import org.partydesk.model.Member;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Workbooks with one sheet per branch, an instructions sheet and a title naming the branch, read into an
 * empty database.
 */
class WorkbookSheetsTest extends EmptyDatabaseTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");

    /** A workbook of sheets, each given as its name and its rows (String, Number or LocalDate cells). */
    static Path workbook(Path file, Map<String, List<List<Object>>> sheets) throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-m-d"));
            for (Map.Entry<String, List<List<Object>>> s : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                for (int r = 0; r < s.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = s.getValue().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof LocalDate d) {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(date);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        return file;
    }

    private Map<String, String> branches() {
        MemberRepository repo = new MemberRepository(ws.database());
        Map<Integer, String> names = repo.branchNamesOfAll(LocalDate.now());
        return repo.all().stream().collect(Collectors.toMap(Member::name, m -> names.getOrDefault(m.id(), "")));
    }

    /**
     * One roster sheet per branch without a branch column, a 填表说明 sheet before them (not read) and an
     * empty Sheet3 after them (named).
     */
    private Path rosterPerBranch() throws Exception {
        return ClerkFiles.copy(dir, "sheet-per-branch/各支部花名册.xlsx");
    }

    @Test
    void everyBranchSheetIsReadTheBranchTakenFromItsNameAndTheInstructionsSheetNamed() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, rosterPerBranch(), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "张三", "机关第一党支部", "李四", "机关第一党支部", "赵六", "机关第二党支部"));
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "各支部花名册.xlsx，工作表“Sheet3”：这个工作表没有台账表头（可能是填表说明或空表），已跳过：工作表是空的，没有可导入的内容");
        assertThat(p.records()).extracting(ImportRecord::sheet)
                .containsExactly("机关第一党支部", "机关第一党支部", "机关第二党支部");
    }

    @Test
    void theSameMemberOnTwoSheetsIsNamedWithItsSheetAndTheAnnotatedCopyHasBothSheets() throws Exception {
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("第一党支部", List.of(List.of("姓名", "身份证号", "所在党支部"), List.of("张三", ZHANG, "第一党支部")));
        sheets.put("第二党支部", List.of(List.of("姓名", "身份证号", "所在党支部"), List.of("李四", LI, "第二党支部"),
                List.of("张三", ZHANG, "第二党支部")));
        Path file = workbook(dir.resolve("重复.xlsx"), sheets);
        LedgerImporter im = LedgerImporter.open(LedgerKind.MEMBERS, ws, file, Progress.NONE);
        assertThat(im.preview().errors()).singleElement().satisfies(e -> {
            assertThat(e.sheet()).isEqualTo("第二党支部");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.reason()).contains("与工作表“第一党支部”第2行重复");
        });
        Path out = dir.resolve("标注.xlsx");
        im.writeAnnotated(out);
        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheet("第二党支部").getRow(2).getCell(3).getStringCellValue()).contains("重复");
        }
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();
    }

    static final String WANG = id("42010219920202345");

    /** A sheet per branch (the branch from its name) and a 总表 after them: the same rows, with the branch in a column. */
    private SheetMaker perBranchAndTotal() {
        return new SheetMaker().sheet("机关第一党支部")
                .row("机关第一党支部党员花名册").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号", "入党日期", "备注")
                .row(1, "张三", ZHANG, LocalDate.of(2010, 7, 1), null)
                .row(2, "李四", LI, LocalDate.of(2012, 6, 15), null)
                .sheet("机关第二党支部")
                .row("机关第二党支部党员花名册").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号", "入党日期", "备注")
                .row(1, "王五", WANG, LocalDate.of(2015, 5, 4), null)
                .sheet("总表")
                .row("全局党员花名册").mergeLast(0, 5)
                .row("序号", "姓名", "身份证号", "所在党支部", "入党日期", "备注");
    }

    /**
     * A 总表 repeating the branches' sheets row for row is read once, with one warning saying the roster is there twice;
     * a 总表 row that differs from its member's row elsewhere is still refused, the identical ones counted in a warning.
     */
    @Test
    void aTotalSheetRepeatingTheBranchSheetsIsReadOnceAndOnlyConflictingRowsAreRefused() throws Exception {
        Path twice = perBranchAndTotal()
                .row(1, "张三", ZHANG, "机关第一党支部", LocalDate.of(2010, 7, 1), null)
                .row(2, "李四", LI, "机关第一党支部", LocalDate.of(2012, 6, 15), null)
                .row(3, "王五", WANG, "机关第二党支部", LocalDate.of(2015, 5, 4), null)
                .xlsx(dir.resolve("各支部和总表.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, twice, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "各支部和总表.xlsx，工作表“总表”：本表的3行与其他工作表完全相同：同一份名册出现了两次，只导入一次"
                        + "（可删去其中一张，或用命令行的 --sheet 只导入其中一张）");
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "张三", "机关第一党支部", "李四", "机关第一党支部", "王五", "机关第二党支部"));

        Path conflict = perBranchAndTotal()
                .row(1, "张三", ZHANG, "机关第一党支部", LocalDate.of(2010, 7, 1), null)
                .row(2, "李四", LI, "机关第二党支部", LocalDate.of(2012, 6, 15), null)
                .xlsx(dir.resolve("总表有出入.xlsx"));
        ImportPreview refused = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, conflict, false, Progress.NONE);
        assertThat(refused.errors()).extracting(ImportMessage::text).containsExactly(
                "总表有出入.xlsx，工作表“总表”，第4行，C列（身份证号）：身份证号与工作表“机关第一党支部”第4行重复"
                        + "（同一党员只能出现一次；写他先后所在的党支部时，每行都要填不同的转入本支部日期）");
        assertThat(refused.warnings()).extracting(ImportMessage::text)
                .contains("总表有出入.xlsx，工作表“总表”：本表与其他工作表的1行完全相同，只导入一次");
    }

    /** A member typed twice on one sheet, every value alike, is one member, in the window's preview and on the command line. */
    @Test
    void aRowTypedTwiceOnOneSheetIsReadOnce() throws Exception {
        Path twice = new SheetMaker().sheet("花名册")
                .row("党员花名册").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号", "所在党支部", "入党日期")
                .row(1, "张三", ZHANG, "机关第一党支部", LocalDate.of(2010, 7, 1))
                .row(2, "李四", LI, "机关第一党支部", LocalDate.of(2012, 6, 15))
                .row(3, "张三", ZHANG, "机关第一党支部", LocalDate.of(2010, 7, 1))
                .xlsx(dir.resolve("写了两遍.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, twice, false, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains("与第3行完全相同（同一名党员写了两遍），只导入一次");
        ws.close();
        var run = LedgerCliAccess.on(dir.resolve("t.db"), "import", "members", twice.toString());
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(branches()).containsOnlyKeys("张三", "李四");
    }

    /** The command line's import, which writes members while it reads, reads the repeated 总表 once too. */
    @Test
    void theCommandLineImportsABranchesAndTotalWorkbookOnce() throws Exception {
        Path twice = perBranchAndTotal()
                .row(1, "张三", ZHANG, "机关第一党支部", LocalDate.of(2010, 7, 1), null)
                .row(2, "李四", LI, "机关第一党支部", LocalDate.of(2012, 6, 15), null)
                .row(3, "王五", WANG, "机关第二党支部", LocalDate.of(2015, 5, 4), null)
                .xlsx(dir.resolve("各支部和总表.xlsx"));
        ws.close();
        var run = LedgerCliAccess.on(dir.resolve("t.db"), "import", "members", twice.toString());
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("同一份名册出现了两次");
        assertThat(branches()).containsOnlyKeys("张三", "李四", "王五");
    }

    @Test
    void theCommandLineListsTheRecordsSheetBySheet() throws Exception {
        Path file = rosterPerBranch();
        ws.close();
        var run = LedgerCliAccess.on(dir.resolve("t.db"), "import", "members", file.toString(), "--dry-run", "--verbose");
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsSubsequence("工作表“机关第一党支部”：", "  第3行 新增 张三", "  第4行 新增 李四",
                "工作表“机关第二党支部”：", "  第3行 新增 赵六", "警告：各支部花名册.xlsx，工作表“Sheet3”");
    }

    @Test
    void theSheetOptionReadsOnlyThatSheet() throws Exception {
        Path file = rosterPerBranch();
        ws.close();
        var run = LedgerCliAccess.on(dir.resolve("t.db"), "import", "members", file.toString(), "--sheet", "机关第二党支部");
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        assertThat(run.code()).isZero();
        assertThat(branches()).containsOnlyKeys("赵六");
    }

    @Test
    void aMeetingsLedgerWhoseTitleNamesTheBranchNeedsNoBranchColumn() throws Exception {
        Path file = ClerkFiles.copy(dir, "dates/机关第一党支部三会一课台账.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        var units = new OrgRepository(ws.database()).all();
        var branch = units.stream().filter(u -> u.name().equals("机关第一党支部")).findFirst().orElseThrow();
        List<MeetingSummary> meetings = new MeetingRepository(ws.database()).list(MeetingFilter.ALL);
        assertThat(meetings).hasSize(5).allMatch(m -> m.orgUnitId() == branch.id());
    }

    @Test
    void aMeetingsLedgerNamingItsBranchInTheTitleChosenAsARosterSaysWhatItLooksLike() throws Exception {
        Path file = ClerkFiles.copy(dir, "dates/机关第一党支部三会一课台账.xlsx");
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, false, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("机关第一党支部三会一课台账.xlsx：这看起来是三会一课台账，而不是花名册：请选择“三会一课台账”后重新导入"
                        + "（命令行：import meetings 机关第一党支部三会一课台账.xlsx）；未写入任何数据");
    }
}
