package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.logic.ledgers.MemberLedger;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** The roster ledger end to end on real SQLite files and real workbooks written with POI. */
class LedgerImportTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");
    static final String WANG = id("11010519491231002");
    static final String ZHAO = id("32010219780615001");

    @TempDir
    Path dir;
    Workspace ws;
    int branchOne;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        branchOne = ws.database().write("测试", tx -> {
            int organ = OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.ORGAN_COMMITTEE, "机关党委", null, false, null, null, 0));
            OrgRepository.add(tx, new OrgUnit(null, organ, OrgKind.BRANCH, "第二党支部", null, false, null, null, 2));
            return OrgRepository.add(tx, new OrgUnit(null, organ, OrgKind.BRANCH, "第一党支部", null, false, null, null, 1));
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Title rows, a merged title, shuffled columns under aliases, every date form, full-width digits, a notes row. */
    static SheetMaker messy() {
        return new SheetMaker()
                .row("某市生态环境局机关党员花名册").mergeLast(0, 12)
                .row()
                .row("填报单位：机关党委", null, null, null, null, null, null, null, "填报日期：2024年12月")
                .row("序号", "所在支部", "姓　名", "身份证号码（必填）", "性别", "出生年月", "人员类别", "入党时间",
                        "转正时间", "联系电话", "工作单位", "在职/离退休", "民族", "备注")
                .row(1, "第一党支部", "张 三", ZHANG, "男", "1985.03", "正式党员", "2010-07-01", "2011/7/1",
                        13800138000L, "办公室", "在职", "汉族")
                .row(2, " 第一党支部 ", "李四", LI.replace("1", "１"), "女", LocalDate.of(1990, 1, 1), "预备党员",
                        "２０２４年７月１日", null, "027-88886666", "法规处", "在职", "回族")
                .row()
                .row(3, "离退休党支部", "王五", WANG, null, null, "正式", "1975.07.01", "19760701", null, null,
                        "离退休", "汉族", "老同志")
                .row(4, "第二党支部", "赵六", ZHAO, "男", "1978年6月15日", "正式党员", LocalDate.of(2001, 7, 1),
                        "2002年7月", "13912345678", "办公室", "在职", "汉族")
                .row("注：本表由各支部填报，身份证号请填写18位。");
    }

    @Test
    void aMessyXlsxIsReadAndImportedWithItsNewBranchListedFirst() throws Exception {
        Path file = messy().xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport im = LedgerImport.members(ws, file);
        LedgerImport.Preview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.adds()).isEqualTo(4);
        assertThat(p.updates()).isZero();
        assertThat(p.newBranches()).containsExactly("离退休党支部");
        assertThat(p.newDepartments()).containsExactly("办公室", "法规处");
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "花名册.xlsx，工作表“党员名册”，第9行，I列（转正时间）：只填写了年月，按当月1日记录");
        assertThat(count()).isZero();

        im.apply(Progress.NONE);
        Map<String, Member> byName = members();
        assertThat(byName).containsOnlyKeys("张三", "李四", "王五", "赵六");
        Member zhang = byName.get("张三");
        assertThat(zhang.idNumber()).isEqualTo(ZHANG);
        assertThat(zhang.birthDate()).isEqualTo(LocalDate.of(1985, 3, 17));
        assertThat(zhang.joinedOn()).isEqualTo(LocalDate.of(2010, 7, 1));
        assertThat(zhang.fullMemberOn()).isEqualTo(LocalDate.of(2011, 7, 1));
        assertThat(zhang.phone()).isEqualTo("13800138000");
        Member li = byName.get("李四");
        assertThat(li.idNumber()).isEqualTo(LI);
        assertThat(li.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(li.joinedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(li.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        Member wang = byName.get("王五");
        assertThat(wang.gender()).isEqualTo(Gender.FEMALE);
        assertThat(wang.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(wang.category()).isEqualTo(MemberCategory.RETIRED);
        assertThat(wang.joinedOn()).isEqualTo(LocalDate.of(1975, 7, 1));
        assertThat(wang.fullMemberOn()).isEqualTo(LocalDate.of(1976, 7, 1));
        assertThat(byName.get("赵六").fullMemberOn()).isEqualTo(LocalDate.of(2002, 7, 1));
        MemberRepository repo = new MemberRepository(ws.database());
        assertThat(repo.branchName(wang.id(), today())).contains("离退休党支部");
        assertThat(repo.branchName(zhang.id(), today())).contains("第一党支部");
        OrgUnit retiredBranch = new OrgRepository(ws.database()).all().stream()
                .filter(u -> u.name().equals("离退休党支部")).findFirst().orElseThrow();
        assertThat(retiredBranch.kind()).isEqualTo(OrgKind.BRANCH);
        assertThat(new OrgRepository(ws.database()).find(retiredBranch.parentId()).orElseThrow().kind())
                .isEqualTo(OrgKind.ORGAN_COMMITTEE);
    }

    @Test
    void theSameMessyFileAsXlsWithAHiddenSheetFirstGivesTheSameMembers() throws Exception {
        Path file = messy().hiddenSheetFirst().xls(dir.resolve("花名册.xls"));
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).isEmpty();
        assertThat(im.preview().adds()).isEqualTo(4);
        // the hidden sheet has a roster's header: it is left, and said so
        assertThat(im.preview().warnings()).extracting(ImportMessage::text).contains("花名册.xls，工作表“旧表”：这个工作表是隐藏的，"
                + "未导入；需要导入时请在表格软件中取消隐藏，或在命令行用 --sheet 旧表 只导入这一张");
        im.apply(Progress.NONE);
        assertThat(members().get("李四").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(members().get("赵六").joinedOn()).isEqualTo(LocalDate.of(2001, 7, 1));
        assertThat(members().get("张三").phone()).isEqualTo("13800138000");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = messy().xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport.members(ws, file).apply(Progress.NONE);
        int audits = audits();
        LedgerImport again = LedgerImport.members(ws, file);
        assertThat(again.preview().adds()).isZero();
        assertThat(again.preview().updates()).isZero();
        assertThat(again.preview().unchanged()).isEqualTo(4);
        assertThat(again.preview().newBranches()).isEmpty();
        again.apply(Progress.NONE);
        assertThat(audits()).isEqualTo(audits + 1); // only the IMPORT summary row
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void aChangedRowUpdatesTheMemberAndABranchChangeMovesTheMembership() throws Exception {
        LedgerImport.members(ws, messy().xlsx(dir.resolve("a.xlsx"))).apply(Progress.NONE);
        Path changed = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "手机号码")
                .row("张三", ZHANG, "第二党支部", "13800138001")
                .row("李四", LI, "第一党支部", "027-88886666")
                .xlsx(dir.resolve("b.xlsx"));
        LedgerImport im = LedgerImport.members(ws, changed);
        assertThat(im.preview().updates()).isEqualTo(1);
        assertThat(im.preview().unchanged()).isEqualTo(1);
        assertThat(im.preview().warnings()).extracting(ImportMessage::reason)
                .contains("组织关系由“第一党支部”转到“第二党支部”（" + today() + "起）");
        im.apply(Progress.NONE);
        Member zhang = members().get("张三");
        assertThat(zhang.phone()).isEqualTo("13800138001");
        assertThat(zhang.joinedOn()).isEqualTo(LocalDate.of(2010, 7, 1)); // columns not in the file are kept
        MemberRepository repo = new MemberRepository(ws.database());
        assertThat(repo.branchName(zhang.id(), today())).contains("第二党支部");
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void aBadCheckDigitIsReportedWithSheetRowAndColumnAndNothingIsWritten() throws Exception {
        String bad = ZHANG.substring(0, 17) + (ZHANG.charAt(17) == '0' ? '1' : '0');
        Path file = new SheetMaker()
                .row("党员花名册").mergeLast(0, 5)
                .row("序号", "姓名", "性别", "民族", "身份证号", "所在党支部")
                .row(1, "张三", "男", "汉族", bad, "第一党支部")
                .row(2, "李四", "女", "汉族", LI, "第一党支部")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "花名册.xlsx，工作表“党员名册”，第3行，E列（身份证号）：身份证号校验位错误（应为" + ZHANG.charAt(17) + "）");
        ImportMessage e = im.preview().errors().get(0);
        assertThat(e.sheet()).isEqualTo("党员名册");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("E");
        assertThat(e.header()).isEqualTo("身份证号");
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("第3行，E列（身份证号）");
        assertThat(count()).isZero();
        assertThat(new OrgRepository(ws.database()).count()).isEqualTo(3);
    }

    @Test
    void aSharedBranchNameMustNameItsParentAndTheExportDoesSo() throws Exception {
        int other = ws.database().write("测试", tx -> {
            int committee = OrgRepository.add(tx, new OrgUnit(null, null, OrgKind.PRIMARY_COMMITTEE, "第二基层党委", null, false,
                    null, null, 5));
            return OrgRepository.add(tx, new OrgUnit(null, committee, OrgKind.BRANCH, "第一党支部", null, false, null, null, 1));
        });
        Path bare = new SheetMaker()
                .row("序号", "姓名", "身份证号", "所在党支部")
                .row(1, "张三", ZHANG, "第一党支部")
                .row(2, "李四", LI, "第一党支部（第三基层党委）")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport refused = LedgerImport.members(ws, bare);
        assertThat(refused.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "花名册.xlsx，工作表“党员名册”，第2行，D列（所在党支部）：有2个名为“第一党支部”的党组织，请写作 第一党支部（上级党组织名称），"
                        + "如 第一党支部（机关党委）、第一党支部（第二基层党委）",
                "花名册.xlsx，工作表“党员名册”，第3行，D列（所在党支部）：找不到党组织“第一党支部（第三基层党委）”："
                        + "上级党组织“第三基层党委”下没有名为“第一党支部”的党组织");
        assertThatThrownBy(() -> refused.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class);
        assertThat(count()).isZero();

        Path qualified = new SheetMaker()
                .row("序号", "姓名", "身份证号", "所在党支部")
                .row(1, "张三", ZHANG, "第一党支部（机关党委）")
                .row(2, "李四", LI, "第二基层党委/第一党支部")
                .row(3, "王五", WANG, "第一党支部(第二基层党委)")
                .xlsx(dir.resolve("写明上级.xlsx"));
        LedgerImport im = LedgerImport.members(ws, qualified);
        assertThat(im.preview().errors()).isEmpty();
        assertThat(im.preview().newBranches()).isEmpty();
        im.apply(Progress.NONE);
        MemberRepository repo = new MemberRepository(ws.database());
        Map<String, Member> byName = members();
        assertThat(repo.branchIdsOfAll(today())).containsEntry(byName.get("张三").id(), branchOne)
                .containsEntry(byName.get("李四").id(), other).containsEntry(byName.get("王五").id(), other);

        Path out = dir.resolve("导出.xlsx");
        LedgerExport.members(ws, out, new LedgerExport.Options(null, null, true), Progress.NONE);
        List<String> cells = SheetValues.of(out).stream().flatMap(List::stream).toList();
        assertThat(cells).containsOnlyOnce("第一党支部（机关党委）").doesNotContain("第一党支部");
        assertThat(cells.stream().filter("第一党支部（第二基层党委）"::equals)).hasSize(2);
        LedgerImport again = LedgerImport.members(ws, out);
        assertThat(again.preview().errors()).isEmpty();
        assertThat(again.preview().updates()).isZero();
        assertThat(again.preview().unchanged()).isEqualTo(3);
    }

    @Test
    void anIdStoredAsANumberIsAnErrorNotAGuess() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "公民身份号码", "所在党支部")
                .row("张三", Double.parseDouble(ZHANG.substring(0, 17)) * 10, "第一党支部")
                .xlsx(dir.resolve("数字.xlsx"));
        assertThat(LedgerImport.members(ws, file).preview().errors()).extracting(ImportMessage::text).containsExactly(
                "数字.xlsx，工作表“党员名册”，第2行，B列（公民身份号码）：" + MemberLedger.ID_AS_NUMBER);
    }

    /** What Excel showed for such a number, copied into a text cell, is told the same, not “应为18位，实际为11位”. */
    @Test
    void anIdKeptAsTheTextOfItsNumberIsToldTheSame() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "公民身份号码", "所在党支部")
                .row("张三", "3.30102E+17", "第一党支部")
                .row("李四", "４.２０１０２Ｅ＋１７", "第一党支部")
                .xlsx(dir.resolve("文本.xlsx"));
        assertThat(LedgerImport.members(ws, file).preview().errors()).extracting(ImportMessage::text).containsExactly(
                "文本.xlsx，工作表“党员名册”，第2行，B列（公民身份号码）：" + MemberLedger.ID_AS_NUMBER,
                "文本.xlsx，工作表“党员名册”，第3行，B列（公民身份号码）：" + MemberLedger.ID_AS_NUMBER);
    }

    @Test
    void aDuplicateIdInTheFileNamesBothRows() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部")
                .row("张三", ZHANG, "第一党支部")
                .row("李四", LI, "第一党支部")
                .row("张三", ZHANG.toLowerCase(), "第二党支部")
                .xlsx(dir.resolve("重复.xlsx"));
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "重复.xlsx，工作表“党员名册”，第4行，B列（身份证号）：身份证号与第2行重复（同一党员只能出现一次；"
                        + "写他先后所在的党支部时，每行都要填不同的转入本支部日期）");
    }

    @Test
    void oneBadRowAmongGoodOnesWritesNothingAndTheAnnotatedCopyMarksIt() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", ZHANG, "第一党支部", "2010-07-01")
                .row("李四", LI, "新党支部", "去年七月")
                .row("王五", WANG, "第一党支部", "1975.07")
                .xlsx(dir.resolve("一行错.xlsx"));
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).hasSize(1);
        assertThat(im.preview().errors().get(0).text()).startsWith("一行错.xlsx，工作表“党员名册”，第3行，D列（入党日期）：无法识别的日期“去年七月”");
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class);
        assertThat(count()).isZero();
        assertThat(new OrgRepository(ws.database()).count()).isEqualTo(3);

        Path annotated = dir.resolve("一行错-导入结果.xlsx");
        im.writeAnnotated(annotated);
        try (Workbook wb = WorkbookFactory.create(annotated.toFile())) {
            var sheet = wb.getSheet("党员名册");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("导入结果");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).startsWith("错误：D列（入党日期）：无法识别的日期“去年七月”");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("提醒：D列（入党日期）：只填写了年月，按当月1日记录");
            assertThat(sheet.getRow(1).getCell(4)).isNull();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ZHANG);
        }
    }

    /** A titled roster of three, the branch merged down, 李四's 入党日期 as given. */
    private static SheetMaker branchMergedDown(String liJoined) {
        return new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", ZHANG, "第一党支部", LocalDate.of(2010, 7, 1))
                .row("李四", LI, null, liJoined)
                .row("王五", WANG, null, "1975.07").merge(2, 4, 2, 2);
    }

    /** A roster kept in LibreOffice (.ods): read as an .xlsx is, its annotated copy an .xlsx a clerk opens anywhere. */
    @Test
    void anOdsRosterIsCheckedAndItsAnnotatedCopyMarksTheBadRow() throws Exception {
        Path file = branchMergedDown("去年七月").hiddenSheetFirst().ods(dir.resolve("一行错.ods"));
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).singleElement().extracting(ImportMessage::text).asString()
                .startsWith("一行错.ods，工作表“党员名册”，第4行，D列（入党日期）：无法识别的日期“去年七月”");
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class);
        assertThat(count()).isZero();

        Path annotated = dir.resolve("一行错-导入结果.xlsx");
        im.writeAnnotated(annotated);
        try (Workbook wb = WorkbookFactory.create(annotated.toFile())) {
            var sheet = wb.getSheet("党员名册");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("导入结果");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).startsWith("错误：D列（入党日期）：无法识别的日期“去年七月”");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(ZHANG);
            assertThat(sheet.getRow(2).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 7, 1));
        }

        Path fixed = branchMergedDown("2012年7月").ods(dir.resolve("改好的.ods"));
        LedgerImport again = LedgerImport.members(ws, fixed);
        assertThat(again.preview().errors()).isEmpty();
        again.apply(Progress.NONE);
        assertThat(count()).isEqualTo(3);
        assertThat(new MemberRepository(ws.database()).branchNamesOfAll(LocalDate.of(2025, 12, 31)).values())
                .containsOnly("第一党支部");
    }

    @Test
    void cancellingWritesNothing() throws Exception {
        LedgerImport im = LedgerImport.members(ws, messy().xlsx(dir.resolve("花名册.xlsx")));
        Progress cancelAfterTwo = new Progress() {
            long done;

            @Override
            public void update(long d, long total, String message) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2;
            }
        };
        assertThatThrownBy(() -> im.apply(cancelAfterTwo)).isInstanceOf(Progress.CancelledException.class);
        assertThat(count()).isZero();
        assertThat(new OrgRepository(ws.database()).count()).isEqualTo(3);
    }

    @Test
    void maskedExportReimportsUnchangedAgainstExistingMembers() throws Exception {
        LedgerImport.members(ws, messy().xlsx(dir.resolve("花名册.xlsx"))).apply(Progress.NONE);
        Path out = dir.resolve("导出.xlsx");
        assertThat(LedgerExport.members(ws, out, new LedgerExport.Options(null, null, false), Progress.NONE)).isEqualTo(4);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            var sheet = wb.getSheet(MemberLedger.SHEET_NAME);
            List<String> ids = java.util.stream.IntStream.rangeClosed(2, 5)
                    .mapToObj(r -> sheet.getRow(r).getCell(5).getStringCellValue()).toList();
            assertThat(ids).contains("420102********" + ZHANG.substring(14)).noneMatch(s -> s.equals(ZHANG));
        }
        LedgerImport back = LedgerImport.members(ws, out);
        assertThat(back.preview().errors()).isEmpty();
        assertThat(back.preview().adds()).isZero();
        assertThat(back.preview().updates()).isZero();
        assertThat(back.preview().unchanged()).isEqualTo(4);
        Map<String, Member> before = members();
        back.apply(Progress.NONE);
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aMaskedIdOfAnUnknownMemberIsAClearErrorAndNeverStored() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部")
                .row("张三", "420102********" + ZHANG.substring(14), "第一党支部")
                .xlsx(dir.resolve("脱敏.xlsx"));
        assertThat(LedgerImport.members(ws, file).preview().errors()).extracting(ImportMessage::reason).containsExactly(
                "身份证号是脱敏的（420102********" + ZHANG.substring(14) + "），库中没有姓名为“张三”且号码相符的党员；新党员请填写完整的身份证号");
    }

    @Test
    void unmaskedExportOfABranchAndYearRoundTripsIntoAnEmptyDatabase() throws Exception {
        LedgerImport.members(ws, messy().xlsx(dir.resolve("花名册.xlsx"))).apply(Progress.NONE);
        Path out = dir.resolve("第一党支部.xlsx");
        int n = LedgerExport.members(ws, out, new LedgerExport.Options(today().getYear(), "第一党支部", true), Progress.NONE);
        assertThat(n).isEqualTo(2);
        // the file's 填报日期：2024年12月 dates the roster; memberships count from 入党日期, so last year had them all
        assertThat(LedgerExport.members(ws, dir.resolve("去年.xlsx"),
                new LedgerExport.Options(today().getYear() - 1, null, true), Progress.NONE)).isEqualTo(4);
        assertThatThrownBy(() -> LedgerExport.members(ws, dir.resolve("x.xlsx"),
                new LedgerExport.Options(null, "没有这个支部", false), Progress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("没有名为“没有这个支部”的党组织；库中的党组织有：")
                .hasMessageContaining("第一党支部");

        LedgerImport same = LedgerImport.members(ws, out);
        assertThat(same.preview().adds() + same.preview().updates()).isZero();

        Map<String, Member> original = members();
        try (Workspace other = Workspace.open(dir.resolve("other.db"), "测试")) {
            LedgerImport im = LedgerImport.members(other, out);
            assertThat(im.preview().newBranches()).containsExactly("第一党支部");
            im.apply(Progress.NONE);
            Map<String, Member> copied = new MemberRepository(other.database()).all().stream()
                    .collect(Collectors.toMap(Member::name, Function.identity()));
            assertThat(copied).containsOnlyKeys("张三", "李四");
            for (String name : copied.keySet()) {
                Member a = original.get(name);
                Member b = copied.get(name);
                assertThat(b).usingRecursiveComparison().ignoringFields("id", "departmentId").isEqualTo(a);
            }
        }
    }

    @Test
    void templateHasFrozenHeaderDropdownsTextIdColumnAndNotes() throws Exception {
        Path t = dir.resolve("模板.xlsx");
        LedgerTemplate.write(LedgerKind.MEMBERS, t);
        try (Workbook wb = WorkbookFactory.create(t.toFile())) {
            var sheet = wb.getSheet(MemberLedger.SHEET_NAME);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(MemberLedger.TITLE);
            assertThat(sheet.getMergedRegions()).hasSize(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            var validations = sheet.getDataValidations();
            assertThat(validations).hasSize(4);
            assertThat(validations).flatExtracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .contains("男", "女", "正式党员", "预备党员", "在职", "离退休", "流动", "书记", "组织委员", "无");
            assertThat(sheet.getColumnStyle(5).getDataFormatString()).isEqualTo("@");
            var notes = wb.getSheet("填表说明");
            assertThat(notes).isNotNull();
            StringBuilder all = new StringBuilder();
            notes.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            assertThat(all).contains("身份证号", "请勿改为数字", "所在党支部", "公民身份号码");
        }
        LedgerImport empty = LedgerImport.members(ws, t);
        assertThat(empty.preview().errors()).isEmpty();
        assertThat(empty.preview().adds()).isZero();
    }

    @Test
    void aSheetFormattedDownToRow100000StopsAfterTheBlankRun() throws Exception {
        // how long it takes is the benchmark's (BenchmarkRun.formattedMillionRows), never a test's
        Path file = SheetMaker.blankFormattedRows(dir.resolve("格式.xlsx"), true, 100_000);
        LedgerImport im = LedgerImport.members(ws, file);
        assertThat(im.preview().errors()).isEmpty();
        assertThat(im.preview().adds()).isEqualTo(1);
        assertThat(im.preview().warnings()).extracting(ImportMessage::reason)
                .contains("第3行起连续1000多行为空，其后的内容未读取");
    }

    private LocalDate today() {
        return LocalDate.now(ws.database().clock());
    }

    @Test
    void importedMembersHaveNoAuditRowEachYetTheirPageSaysWhoEnteredThemAndHow() throws Exception {
        Path file = messy().xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport.members(ws, file).apply(Progress.NONE);
        var audit = org.partydesk.store.jooq.Tables.AUDIT_LOG;
        assertThat(ws.database().read().fetchCount(audit, audit.TABLE_NAME.in("member", "membership").and(audit.ACTION.ne("IMPORT"))))
                .as("the batch records the new members, not a JSON document per row").isZero();

        org.partydesk.app.org.Members members = new org.partydesk.app.org.Members(ws);
        int li = members().get("李四").id();
        assertThat(members.changes(li)).singleElement().satisfies(c -> {
            assertThat(c.operator()).isEqualTo("测试");
            assertThat(c.text()).isEqualTo("登记入册（预备党员，入党日期 2024-07-01）");
        });
        members.makeFull(li, LocalDate.of(2025, 7, 1));
        assertThat(members.changes(li)).extracting(org.partydesk.app.org.MemberChange::text).containsExactly(
                "登记入册（预备党员，入党日期 2024-07-01）", "转正：预备党员 → 正式党员（转正日期 2025-07-01）");
    }

    @Test
    void aPreviewOutdatedByAnotherWriteIsMatchedAgainWhenApplied() throws Exception {
        Path file = messy().xlsx(dir.resolve("花名册.xlsx"));
        LedgerImport first = LedgerImport.members(ws, file);
        assertThat(first.preview().adds()).isEqualTo(4);
        LedgerImport.members(ws, file).apply(Progress.NONE); // the same roster imported meanwhile (another window)

        var done = first.apply(Progress.NONE);
        assertThat(done.adds()).isZero();
        assertThat(done.unchanged()).isEqualTo(4);
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void aFirstImportWithManyNewBranchesNamesTwentyOfThem() throws Exception {
        SheetMaker sheet = new SheetMaker().row("姓名", "身份证号", "所在党支部", "人员类别", "入党时间");
        for (int i = 1; i <= 25; i++) {
            sheet.row("党员" + i, id(String.format("110101198001%02d%03d", i, i)), "新建第" + i + "党支部", "正式党员", "2005-07-01");
        }
        String summary = LedgerImport.members(ws, sheet.xlsx(dir.resolve("名册.xlsx"))).preview().summary();
        assertThat(summary).contains("新建党支部 25 个：新建第1党支部、").contains("新建第20党支部等；")
                .doesNotContain("新建第21党支部");
    }

    private int count() {
        return new MemberRepository(ws.database()).all().size();
    }

    private int audits() {
        return ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG);
    }

    private Map<String, Member> members() {
        return new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, Function.identity()));
    }
}
