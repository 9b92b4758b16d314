package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Commendation;
import org.partydesk.model.Commendation.Recipient;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;
import org.partydesk.store.CommendationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The commendations ledger (评先创优台账) end to end on real SQLite files and real workbooks. */
class CommendationLedgerTest {
    @TempDir
    Path dir;
    Workspace ws;
    LedgerFixture f;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        f = LedgerFixture.build(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** A title row, aliases in another order, a month for a date, 文号 brackets typed two ways, a notes row. */
    static SheetMaker messy() {
        return new SheetMaker().sheet("2025年表彰")
                .row("2025年度评先创优台账").mergeLast(0, 9)
                .row()
                .row("序号", "荣誉称号", "获奖人", "个人/集体", "荣誉级别", "表彰单位", "获奖时间", "评选周期", "表彰文号", "备注")
                .row(1, "月度作风标兵", "张 三、李四", "个人", "局级", "局党组", "2025年3月", "2025年3月", "示环党[2025]3号")
                .row(2, "月度作风标兵", "王伟（第一党支部）", "个人", null, null, "2025年3月", null, "示环党〔2025〕3号")
                .row(3, "红旗党支部", "第一党支部", "集体", "局级", "机关党委", LocalDate.of(2025, 1, 10), "2024年度")
                .row(4, "工人先锋号", "某某环境监测站", "集体", "国家级", "中华全国总工会", "２０２５．０４．２８", null, "总工发〔2025〕9号")
                .row(5, "先进集体", "办公室", null, "市级", "市直机关工委", "2025/6/30", "2025年第2季度", null, "新设")
                .row("注：同一次表彰可每人一行。");
    }

    @Test
    void aMessyLedgerIsPreviewedThenImportedIntoMembersBranchesDepartmentsAndExternals() throws Exception {
        Path file = messy().xlsx(dir.resolve("荣誉.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE);
        ImportSummary p = (ImportSummary) im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.summary()).isEqualTo("新增 4 项，更新 0 项，未变 0 项；新增荣誉名称 1 个：先进集体；警告 3 条，错误 0 条");
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "荣誉.xlsx，工作表“2025年表彰”，第4行，G列（获奖时间）：只填写了年月，按当月1日记录",
                "荣誉.xlsx，工作表“2025年表彰”，第5行，G列（获奖时间）：只填写了年月，按当月1日记录",
                "荣誉.xlsx，工作表“2025年表彰”，第7行，C列（获奖人）：库中没有名为“某某环境监测站”的党员、党组织或处室，记为外部集体");
        assertThat(p.records()).hasSize(4).allMatch(r -> r.action() == ImportRecord.Action.ADD)
                .anySatisfy(r -> assertThat(r.line()).startsWith("第4行 新增 月度作风标兵 2025-03-01 示环党〔2025〕3号（3 个获奖对象）"));
        assertThat(all()).isEmpty();

        assertThat(im.apply(Progress.NONE).counts()).isEqualTo("新增 4 项，更新 0 项");
        List<Commendation> stored = all();
        Commendation monthly = byTitle(stored, "月度作风标兵");
        assertThat(monthly.level()).isEqualTo(CommendationLevel.BUREAU);
        assertThat(monthly.awardedBy()).isEqualTo("局党组");
        assertThat(monthly.awardedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(monthly.documentNumber()).isEqualTo("示环党〔2025〕3号");
        assertThat(monthly.periodKind()).isEqualTo(PeriodKind.MONTH);
        assertThat(monthly.periodStart()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(monthly.periodEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(monthly.recipients()).extracting(Recipient::memberId).containsExactly(f.zhang, f.li, f.wangOne);
        Commendation flag = byTitle(stored, "红旗党支部");
        assertThat(flag.recipients()).extracting(Recipient::orgUnitId).containsExactly(f.branchOne);
        assertThat(flag.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        Commendation national = byTitle(stored, "工人先锋号");
        assertThat(national.awardedOn()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(national.recipients()).extracting(Recipient::externalName).containsExactly("某某环境监测站");
        Commendation collective = byTitle(stored, "先进集体");
        assertThat(collective.recipients()).extracting(Recipient::departmentId).containsExactly(f.office);
        assertThat(collective.level()).isEqualTo(CommendationLevel.MUNICIPAL);
        assertThat(collective.periodKind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(collective.periodEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(collective.notes()).isEqualTo("新设");
        assertThat(new CommendationRepository(ws.database()).titles()).anyMatch(t -> t.name().equals("先进集体")
                && t.collective() && t.defaultLevel() == CommendationLevel.MUNICIPAL && t.periodKind() == PeriodKind.QUARTER);

        ImportPreview again = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE).preview();
        assertThat(again.counts()).isEqualTo("新增 0 项，更新 0 项");
        assertThat(again.summary()).startsWith("新增 0 项，更新 0 项，未变 4 项；警告 2 条");
        assertThat(again.records()).hasSize(4).allMatch(r -> r.action() == ImportRecord.Action.UNCHANGED);
        int audits = audits();
        LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE).apply(Progress.NONE);
        assertThat(all()).isEqualTo(stored);
        assertThat(audits()).isEqualTo(audits + 1);
    }

    @Test
    void aCollectiveOfASharedBranchNameNamesTheParent() throws Exception {
        int other = ws.database().write("测试", tx -> {
            int committee = org.partydesk.store.OrgRepository.add(tx, new org.partydesk.model.OrgUnit(null, null,
                    org.partydesk.model.OrgKind.PRIMARY_COMMITTEE, "第二基层党委", null, false, null, null, 5));
            return org.partydesk.store.OrgRepository.add(tx, new org.partydesk.model.OrgUnit(null, committee,
                    org.partydesk.model.OrgKind.BRANCH, "第一党支部", null, false, null, null, 1));
        });
        Path file = new SheetMaker().sheet("评先创优")
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间", "文号")
                .row("先进党支部", "局级", "第一党支部", "集体", "2025-06-28", "机关党委〔2025〕3号")
                .xlsx(dir.resolve("同名.xlsx"));
        LedgerImporter refused = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE);
        assertThat(refused.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "同名.xlsx，工作表“评先创优”，第2行，C列（获奖对象）：有2个名为“第一党支部”的党组织，请写作 第一党支部（上级党组织名称），"
                        + "如 第一党支部（机关党委）、第一党支部（第二基层党委）");
        Path qualified = new SheetMaker().sheet("评先创优")
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间", "文号")
                .row("先进党支部", "局级", "第一党支部（第二基层党委）", "集体", "2025-06-28", "机关党委〔2025〕3号")
                .xlsx(dir.resolve("写明上级.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, qualified, Progress.NONE);
        assertThat(im.preview().errors()).isEmpty();
        im.apply(Progress.NONE);
        assertThat(all()).singleElement().satisfies(c -> assertThat(c.recipients()).extracting(Recipient::orgUnitId).containsExactly(other));
        Path out = dir.resolve("导出.xlsx");
        LedgerExport.export(LedgerKind.COMMENDATIONS, ws, out, new LedgerExport.Options(null, null, false), Progress.NONE);
        assertThat(SheetValues.of(out).stream().flatMap(List::stream).toList()).contains("第一党支部（第二基层党委）");
    }

    @Test
    void anAmbiguousNameAnUnknownMemberAndConflictingRowsAreErrorsAndNothingIsWritten() throws Exception {
        Path file = new SheetMaker().sheet("评先创优")
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间", "文号")
                .row("优秀共产党员", "市级", "王伟", "个人", "2025-06-28", "市直工委〔2025〕5号")
                .row("优秀共产党员", "省级", "张三", "个人", "2025-06-28", "市直工委〔2025〕5号")
                .row("优秀共产党员", "市级", "赵六", "个人", "2025-06-28", "市直工委〔2025〕5号")
                .row("优秀共产党员", "市级", "张三", "个人", "2025-06-28", "市直工委〔2025〕5号")
                .row("新荣誉", null, "李四", "个人", "2025-13-01", null)
                .row("新荣誉", null, "李四", "个人", "2025-07-01", null)
                .xlsx(dir.resolve("错误.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE);
        assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "错误.xlsx，工作表“评先创优”，第2行，C列（获奖对象）：获奖对象“王伟”有2名同名党员（第一党支部、第二党支部），无法确定是哪一位；请写作 王伟（所在党支部）",
                "错误.xlsx，工作表“评先创优”，第3行，B列（级别）：与第2行是同一次表彰（荣誉名称、授予时间、文号相同），但级别不同",
                "错误.xlsx，工作表“评先创优”，第4行，C列（获奖对象）：库中没有名为“赵六”的党员（个人获奖对象须为党员；集体请在“对象类型”填写 集体）",
                "错误.xlsx，工作表“评先创优”，第5行，C列（获奖对象）：获奖对象“张三”与第3行重复（同一次表彰的同一对象只能出现一次）",
                "错误.xlsx，工作表“评先创优”，第6行，E列（授予时间）：日期“2025-13-01”的月份应在1到12之间",
                "错误.xlsx，工作表“评先创优”，第7行，B列（级别）：级别为空，荣誉名称“新荣誉”也没有默认级别；请填写 国家级、省级、市级 或 局级");
        int audits = audits();
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("台账有 6 处错误，未写入任何数据");
        assertThat(all()).isEmpty();
        assertThat(audits()).isEqualTo(audits);

        Path annotated = dir.resolve("错误-结果.xlsx");
        im.writeAnnotated(annotated);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(annotated.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("导入结果");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue())
                    .isEqualTo("错误：C列（获奖对象）：库中没有名为“赵六”的党员（个人获奖对象须为党员；集体请在“对象类型”填写 集体）");
        }
    }

    @Test
    void exportReimportsUnchangedAndRoundTripsIntoAnotherDatabase() throws Exception {
        LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, messy().xlsx(dir.resolve("荣誉.xlsx")), Progress.NONE).apply(Progress.NONE);
        Path out = dir.resolve("导出.xlsx");
        assertThat(LedgerExport.export(LedgerKind.COMMENDATIONS, ws, out, new LedgerExport.Options(2025, null, false),
                Progress.NONE)).isEqualTo(6);
        assertThat(SheetValues.of(out)).contains(
                List.of("4", "月度作风标兵", "局级", "王伟（第一党支部）", "个人", "局党组", "2025-03-01", "2025年3月", "示环党〔2025〕3号"),
                List.of("6", "先进集体", "市级", "办公室", "集体", "市直机关工委", "2025-06-30", "2025年第2季度", "", "新设"));
        ImportPreview back = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, out, Progress.NONE).preview();
        assertThat(back.errors()).isEmpty();
        assertThat(back.counts()).isEqualTo("新增 0 项，更新 0 项");

        Path branch = dir.resolve("第二党支部.xlsx");
        assertThat(LedgerExport.export(LedgerKind.COMMENDATIONS, ws, branch, new LedgerExport.Options(null, "第二党支部", false),
                Progress.NONE)).isEqualTo(1);
        assertThat(SheetValues.of(branch).get(2)).contains("李四");

        try (Workspace other = Workspace.open(dir.resolve("other.db"), "测试")) {
            LedgerFixture.build(other);
            LedgerImporter.open(LedgerKind.COMMENDATIONS, other, out, Progress.NONE).apply(Progress.NONE);
            Path again = dir.resolve("再导出.xlsx");
            LedgerExport.export(LedgerKind.COMMENDATIONS, other, again, new LedgerExport.Options(2025, null, false), Progress.NONE);
            assertThat(SheetValues.of(again)).isEqualTo(SheetValues.of(out));
        }
    }

    @Test
    void templateHasTheColumnsDropdownsAndNotesAndImportsAsEmpty() throws Exception {
        Path t = dir.resolve("模板.xlsx");
        LedgerTemplate.write(LedgerKind.COMMENDATIONS, t);
        List<List<String>> values = SheetValues.of(t);
        assertThat(values.get(0)).containsExactly("评先创优台账");
        assertThat(values.get(1)).containsExactly("序号", "荣誉名称", "级别", "获奖对象", "对象类型", "授予单位", "授予时间",
                "评选期", "文号", "备注");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(t.toFile())) {
            assertThat(wb.getSheetAt(0).getDataValidations()).flatExtracting(v -> List.of(v.getValidationConstraint()
                    .getExplicitListValues())).containsExactlyInAnyOrder("国家级", "省级", "市级", "局级", "个人", "集体");
            assertThat(wb.getSheet("填表说明")).isNotNull();
        }
        assertThat(LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, t, Progress.NONE).preview().summary())
                .isEqualTo("新增 0 项，更新 0 项，未变 0 项；警告 0 条，错误 0 条");
    }

    private static Commendation byTitle(List<Commendation> all, String title) {
        return all.stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private List<Commendation> all() {
        return new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all());
    }

    private int audits() {
        return ws.database().read().fetchCount(org.partydesk.store.jooq.Tables.AUDIT_LOG);
    }
}
