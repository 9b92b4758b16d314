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
    static final String ZHAO = id("32010219780615001");

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

    /** One roster sheet per branch without a branch column, a sheet of instructions with no header between them. */
    private Path rosterPerBranch() throws Exception {
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("机关第一党支部", List.of(List.of("党员名册（截至2025年12月31日）"), List.of("姓名", "身份证号", "性别"),
                List.of("张三", ZHANG, "男"), List.of("李四", LI, "女")));
        sheets.put("要求", List.of(List.of("各支部按以下要求填写："), List.of("1、姓名写全名"), List.of("2、身份证号写18位")));
        sheets.put("机关第二党支部", List.of(List.of("党员名册（截至2025年12月31日）"), List.of("姓名", "身份证号", "性别"),
                List.of("赵六", ZHAO, "男")));
        return workbook(dir.resolve("各支部花名册.xlsx"), sheets);
    }

    @Test
    void everyBranchSheetIsReadTheBranchTakenFromItsNameAndTheInstructionsSheetNamed() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, rosterPerBranch(), true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "张三", "机关第一党支部", "李四", "机关第一党支部", "赵六", "机关第二党支部"));
        assertThat(p.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("要求");
            assertThat(w.text()).contains("工作表“要求”").contains("没有台账表头").contains("已跳过");
        });
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

    @Test
    void theCommandLineListsTheRecordsSheetBySheet() throws Exception {
        Path file = rosterPerBranch();
        ws.close();
        var run = LedgerCliAccess.on(dir.resolve("t.db"), "import", "members", file.toString(), "--dry-run", "--verbose");
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsSubsequence("工作表“机关第一党支部”：", "  第3行 新增 张三", "  第4行 新增 李四",
                "工作表“机关第二党支部”：", "  第3行 新增 赵六", "警告：各支部花名册.xlsx，工作表“要求”");
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
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Sheet1", List.of(List.of("机关第一党支部2025年三会一课台账"),
                List.of("会议类型", "会议主题", "会议时间", "会议地点"),
                List.of("支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8), "会议室"),
                List.of("主题党日", "学习贯彻全会精神", LocalDate.of(2025, 3, 20), "会议室")));
        Path file = workbook(dir.resolve("三会一课.xlsx"), sheets);
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        var units = new OrgRepository(ws.database()).all();
        var branch = units.stream().filter(u -> u.name().equals("机关第一党支部")).findFirst().orElseThrow();
        List<MeetingSummary> meetings = new MeetingRepository(ws.database()).list(MeetingFilter.ALL);
        assertThat(meetings).allMatch(m -> m.orgUnitId() == branch.id())
                .extracting(MeetingSummary::theme).containsExactlyInAnyOrder("研究发展党员工作", "学习贯彻全会精神");
    }

    @Test
    void aMeetingsLedgerNamingItsBranchInTheTitleChosenAsARosterSaysWhatItLooksLike() throws Exception {
        Map<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Sheet1", List.of(List.of("机关第一党支部2025年三会一课台账"),
                List.of("序号", "会议类型", "会议主题", "会议时间"),
                List.of(1, "支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8))));
        Path file = workbook(dir.resolve("三会一课.xlsx"), sheets);
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, false, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("三会一课.xlsx：这看起来是三会一课台账，而不是花名册");
    }
}
