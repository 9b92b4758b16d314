package org.partydesk.app.ledgers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.dues.Dues;
import org.partydesk.app.dues.DuesFixture;
import org.partydesk.app.dues.DuesMonth;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.store.Dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The 党费收缴台账 (kind dues) on a real SQLite file from empty with a clerk's roster: a branch's own sheet (merged
 * title, 填报单位 line, 所在党支部 merged down the rows, notes under the data) sets the bases and records the months;
 * a bank list (户名, 交易金额, 交易日期, 摘要) records more, its 补缴 too; a row of several months or of a month before
 * the member joined is refused naming file, sheet, row and column; export → import changes nothing; the template
 * imports nothing; undo takes the import back.
 */
class DuesLedgerImportTest {
    @TempDir
    Path dir;
    DuesFixture f;
    Dues dues;

    @BeforeEach
    void open() throws Exception {
        f = new DuesFixture(dir);
        dues = new Dues(f.ws);
    }

    @AfterEach
    void close() {
        f.close();
    }

    ImportSummary dues(Path file) {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, f.ws, file, true, Progress.NONE);
        assertThat(p.errors()).as("errors of %s", file).isEmpty();
        return (ImportSummary) p;
    }

    /** 第一党支部's own sheet of the first quarter. */
    Path branchSheet() throws Exception {
        return new SheetMaker().sheet("一季度")
                .row("第一党支部2026年党费收缴台账").mergeLast(0, 9)
                .row("填报单位：第一党支部", null, null, null, null, null, "填报日期：2026年4月1日")
                .row("序号", "所在党支部", "姓名", "月份", "人员类别", "月工资", "应缴党费", "实缴党费", "交纳日期", "收款人", "备注")
                .row(1, "第一党支部", "张伟", "2026年1月", "税后工资", 4500, 45, 45, "2026.1.15", "王组织", null)
                .row(2, null, "张伟", "2026年2月", "税后工资", 4500, null, "45.00", "2026-02-12", "王组织", null)
                .row(3, null, "李四", "2026-01", "退休金", "5,000", null, 25, "2026/1/20", "王组织", null)
                .row(4, null, "李四", "2026年2月", "退休金", "5000", null, 0, null, null, "住院，下月补交")
                .row(5, null, "陈新", "2026年3月", "税后工资", 3000, null, "￥15.00", "2026-03-25", "王组织", "预备党员")
                .merge(3, 7, 1, 1)
                .row()
                .row("注：金额单位为元；预备党员从支部大会通过之月起交纳党费。")
                .xlsx(dir.resolve("第一党支部党费.xlsx"));
    }

    /** A bank's list of transfers: 李四 pays February back in March, 张伟 March. */
    Path bankList() throws Exception {
        return new SheetMaker().sheet("交易明细")
                .row("中国工商银行 账户交易明细").mergeLast(0, 4)
                .row("交易日期", "户名", "交易金额", "摘要", "对方账号")
                .row(LocalDate.of(2026, 3, 8), "李四", "25.00", "2月党费", "6222****1234")
                .row(LocalDate.of(2026, 3, 10), "张伟", 45, "2026年3月党费", "6222****5678")
                .xlsx(dir.resolve("银行流水.xlsx"));
    }

    @Test
    void aBranchsSheetSetsTheBasesAndRecordsTheMonths() throws Exception {
        ImportSummary p = dues(branchSheet());
        assertThat(p.adds()).isEqualTo(5);
        assertThat(p.created()).singleElement().satisfies(c -> assertThat(c.names()).hasSize(3));
        int zhang = f.member("张伟");
        int li = f.member("李四");
        assertThat(dues.history(zhang)).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(DuesBaseKind.SALARY);
            assertThat(b.amount()).isEqualTo(new BigDecimal("4500.00"));
        });
        assertThat(dues.history(li).get(0).kind()).isEqualTo(DuesBaseKind.PENSION);
        assertThat(dues.month(zhang, YearMonth.of(2026, 2)).state()).isEqualTo(DuesMonth.State.PAID);
        DuesMonth feb = dues.month(li, YearMonth.of(2026, 2));
        assertThat(feb.state()).isEqualTo(DuesMonth.State.UNPAID);
        assertThat(feb.due()).isEqualTo(new BigDecimal("25.00"));
        assertThat(feb.payment().note()).isEqualTo("住院，下月补交");
        assertThat(dues.month(f.member("陈新"), YearMonth.of(2026, 3)).paid()).isEqualTo(new BigDecimal("15.00"));

        ImportSummary bank = dues(bankList());
        assertThat(bank.adds()).isEqualTo(1);
        assertThat(bank.updates()).isEqualTo(1);
        DuesMonth back = dues.month(li, YearMonth.of(2026, 2));
        assertThat(back.state()).isEqualTo(DuesMonth.State.PAID);
        assertThat(back.backPayment()).isTrue();
        assertThat(back.payment().note()).as("a blank cell leaves the stored value alone").isEqualTo("住院，下月补交");
        assertThat(dues.month(zhang, YearMonth.of(2026, 3)).paid()).isEqualTo(new BigDecimal("45.00"));
    }

    /**
     * A branch's year kept as clerks keep it: a 填表说明 sheet first, then a sheet per quarter, each with its merged
     * title, 所在党支部 merged down the rows and a notes row.
     */
    @Test
    void aWorkbookWithASheetPerQuarterImportsEveryQuarter() throws Exception {
        Path file = dir.resolve("第一党支部2026年党费台账.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var help = wb.createSheet("填表说明");
            help.createRow(0).createCell(0).setCellValue("每季度一张表；金额单位为元；交纳日期晚于所交月份的记为补缴。");
            String[][] quarters = {{"一季度", "1", "2", "3"}, {"二季度", "4", "5", "6"}};
            for (String[] q : quarters) {
                var sheet = wb.createSheet(q[0]);
                sheet.createRow(0).createCell(0).setCellValue("第一党支部2026年" + q[0] + "党费收缴台账");
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 7));
                String[] header = {"序号", "所在党支部", "姓名", "月份", "基数类型", "党费基数", "实缴党费", "交纳日期"};
                var h = sheet.createRow(1);
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                int r = 2;
                for (int m = 1; m <= 3; m++) {
                    int month = Integer.parseInt(q[m]);
                    var row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r - 1);
                    if (m == 1) {
                        row.createCell(1).setCellValue("第一党支部");
                    }
                    row.createCell(2).setCellValue("张伟");
                    row.createCell(3).setCellValue(month + "月");
                    row.createCell(4).setCellValue("税后工资");
                    row.createCell(5).setCellValue(4500);
                    row.createCell(6).setCellValue(45);
                    row.createCell(7).setCellValue("2026年" + month + "月10日");
                    r++;
                }
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 1, 1));
                sheet.createRow(r + 1).createCell(0).setCellValue("注：张伟的基数按2026年1月工资核定。");
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportSummary p = dues(file);
        assertThat(p.adds()).as("three months on each quarter's sheet").isEqualTo(6);
        int zhang = f.member("张伟");
        for (int m = 1; m <= 6; m++) {
            DuesMonth month = dues.month(zhang, YearMonth.of(2026, m));
            assertThat(month.state()).as("month %d", m).isEqualTo(DuesMonth.State.PAID);
            assertThat(month.paid()).isEqualTo(new BigDecimal("45.00"));
        }
    }

    /**
     * A branch's dues kept one row a member and a column a month (decision 0055), the year in the sheet's name, 月缴纳标准
     * beside the names, a 合计 column and row: each filled month is paid on its last day, a blank month up to the last
     * month filled is unpaid, later months are not registered; the same file again changes nothing.
     */
    @Test
    void aSheetWithAColumnAMonthRecordsEachMonth() throws Exception {
        Path file = new SheetMaker().sheet("2026年党费")
                .row("序号", "姓名", "所在党支部", "月缴纳标准（元）", "1月", "2月", "3月", "4月", "5月", "合计")
                .row(1, "张伟", "第一党支部", 45, 45, 45, null, 45, null, 135)
                .row(2, "李四", "第一党支部", "25.00", 25, "贰拾伍元", 25, 25, null, 100)
                .row("合计", null, null, null, 70, 70, 25, 70, null, 235)
                .xlsx(dir.resolve("党费收缴表.xlsx"));
        ImportSummary s = dues(file);
        assertThat(s.counts()).isEqualTo("新增 8 条，更新 0 条");
        assertThat(s.warnings()).extracting(ImportMessage::text).contains("党费收缴表.xlsx，工作表“2026年党费”，第2行：这张表每人一行、每月一列："
                + "各月按该月一列的金额记为实缴，交纳日期按当月最后一天（本月按今天）记录；2026年4月以前空着的月份记为未交，以后的月份尚未登记；"
                + "补缴等交纳日期不同的，请在“党费”页面更正");
        int zhang = f.member("张伟");
        DuesMonth jan = dues.month(zhang, YearMonth.of(2026, 1));
        assertThat(jan.state()).isEqualTo(DuesMonth.State.PAID);
        assertThat(jan.paid()).isEqualTo(new BigDecimal("45.00"));
        assertThat(jan.payment().paidOn()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(dues.month(zhang, YearMonth.of(2026, 3)).state()).as("blank before April: unpaid").isEqualTo(DuesMonth.State.UNPAID);
        assertThat(dues.month(zhang, YearMonth.of(2026, 5)).payment()).as("blank after April: not registered").isNull();
        assertThat(dues.month(f.member("李四"), YearMonth.of(2026, 2)).paid()).isEqualTo(new BigDecimal("25.00"));
        assertThat(dues(file).counts()).isEqualTo("新增 0 条，更新 0 条");
    }

    @Test
    void aSheetWithAColumnAMonthNamesTheMonthsCellAndWantsItsYear() throws Exception {
        Path file = new SheetMaker().sheet("党费")
                .row("姓名", "应缴党费", "1月", "2月", "3月")
                .row("张伟", 45, 45, "四十五", 45)
                .xlsx(dir.resolve("无年度.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, f.ws, file, false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly("无年度.xlsx，工作表“党费”，第2行，C列（1月）："
                + "每月一列的党费表要在标题或工作表名中写明年度（如“2026年党费收缴登记表”），才知道各月是哪一年的");

        Path titled = new SheetMaker().sheet("党费")
                .row("第一党支部2026年党费收缴登记表").mergeLast(0, 4)
                .row("姓名", "应缴党费", "1月", "2月", "3月")
                .row("张伟", 45, 45, "45元整?", 45)
                .xlsx(dir.resolve("有年度.xlsx"));
        p = LedgerImporter.importFile(LedgerKind.DUES, f.ws, titled, false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly("有年度.xlsx，工作表“党费”，第3行，D列（2月）："
                + "2月实缴金额“45元整?”不是金额；请写数字，如 45.50，或大写，如 肆拾伍元伍角");
    }

    @Test
    void badRowsAreRefusedNamingFileSheetRowAndColumn() throws Exception {
        Path file = new SheetMaker().sheet("交易明细")
                .row("交易日期", "户名", "交易金额", "摘要")
                .row(LocalDate.of(2026, 3, 8), "张伟", "135.00", "1-3月党费")
                .row(LocalDate.of(2026, 3, 8), "陈新", "15", "2026年2月党费")
                .row(LocalDate.of(2026, 3, 8), "钱七", "15", "2026年3月党费")
                .row(LocalDate.of(2026, 3, 8), "王五", "0.2", "2026年3月党费")
                .row(LocalDate.of(2026, 3, 8), "张伟", "45.001", "2026年3月党费")
                .xlsx(dir.resolve("有误.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, f.ws, file, true, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "有误.xlsx，工作表“交易明细”，第2行，D列（摘要）：“1-3月党费”是几个月的党费；一行只写一个月，请分行填写每个月交纳的金额",
                "有误.xlsx，工作表“交易明细”，第3行，D列（摘要）：“陈新”2026-03-15 入党，2026年2月还不需交纳党费。"
                        + dues.rules().startRule() + "。",
                "有误.xlsx，工作表“交易明细”，第4行，B列（户名）：库中没有党员“钱七”；请核对姓名（银行流水的户名须是党员本人）",
                "有误.xlsx，工作表“交易明细”，第5行：“王五”还没有核定2026年的党费基数；请在表中填写基数类型和党费基数，或填写应缴金额",
                "有误.xlsx，工作表“交易明细”，第6行，C列（交易金额）：实缴金额“45.001”精确到了分以下；金额最多两位小数");
        assertThat(dues.history(f.member("张伟"))).isEmpty();
    }

    /**
     * 2026.10 typed into a cell Excel keeps as a number comes back as 2026.1: the month is refused as the roster's dates
     * are, not read as January; 2026.3 can only be March.
     */
    @Test
    void aNumericYearDotOneMonthIsRefusedAsJanuaryOrOctober() throws Exception {
        Path file = new SheetMaker().sheet("一季度")
                .row("姓名", "交纳月份", "基数类型", "党费基数", "实缴金额", "交纳日期")
                .row("张伟", 2026.1, "税后工资", 4500, 45, "2026-10-15")
                .row("张伟", 2026.3, "税后工资", 4500, 45, "2026-03-15")
                .xlsx(dir.resolve("数字月份.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.DUES, f.ws, file, false, Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "数字月份.xlsx，工作表“一季度”，第2行，B列（交纳月份）：交纳月份“2026.1”被存成了数字，分不清是2026年1月还是2026年10月，"
                        + "请将该列设为文本或写成 2026年1月");
        assertThat(dues.month(f.member("张伟"), YearMonth.of(2026, 1)).payment()).isNull();
    }

    /**
     * A branch's sheet with 党费基数 but no 基数类型 column: the base is the member's 税后工资 or 离退休费 as his 人员状态 on
     * the roster says, with one warning for the sheet; a 流动 member's row cannot be told and names the 党费基数 column;
     * a sheet that has the column but leaves it blank still names it.
     */
    @Test
    void withoutABaseKindColumnTheMembersCategoryGivesIt() throws Exception {
        ImportPreview roster = LedgerImporter.importFile(LedgerKind.MEMBERS, f.ws, new SheetMaker()
                .row("序号", "所在支部", "姓名", "身份证号码", "人员状态")
                .row(1, "第一党支部", "张伟", SheetMaker.id("42010219800101123"), "在职")
                .row(2, "第一党支部", "李四", SheetMaker.id("42010219550101123"), "离退休")
                .row(3, "第二党支部", "王五", SheetMaker.id("42010220000101123"), "流动")
                .xlsx(dir.resolve("人员状态.xlsx")), true, Progress.NONE);
        assertThat(roster.errors()).isEmpty();
        Path file = new SheetMaker().sheet("一季度")
                .row("第一党支部2026年党费收缴台账").mergeLast(0, 5)
                .row("序号", "姓名", "交纳月份", "党费基数（元）", "实缴金额（元）", "交纳日期")
                .row(1, "张伟", "2026年1月", 6000, 90, "2026-01-15")
                .row(2, "李四", "2026年1月", 4000, 20, "2026-01-15")
                .row(3, "张伟", "2026年2月", 6000, 90, "2026-02-15")
                .xlsx(dir.resolve("无基数类型.xlsx"));
        ImportSummary p = dues(file);
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "无基数类型.xlsx，工作表“一季度”，第3行，D列（党费基数（元））：表中没有“基数类型”一列：党费基数按各党员的人员状态记为"
                        + "税后工资（在职）或离退休费（离退休）；不对的请加一列“基数类型”写明");
        assertThat(dues.history(f.member("张伟"))).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(DuesBaseKind.SALARY);
            assertThat(b.amount()).isEqualTo(new BigDecimal("6000.00"));
        });
        assertThat(dues.history(f.member("李四"))).singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(DuesBaseKind.PENSION));
        assertThat(dues.month(f.member("李四"), YearMonth.of(2026, 1)).due()).isEqualTo(new BigDecimal("20.00"));

        Path mobile = new SheetMaker().sheet("第二党支部")
                .row("姓名", "交纳月份", "党费基数", "实缴金额", "交纳日期")
                .row("王五", "2026年1月", 3000, 15, "2026-01-15")
                .xlsx(dir.resolve("流动.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.DUES, f.ws, mobile, false, Progress.NONE).errors())
                .extracting(ImportMessage::text).containsExactly("流动.xlsx，工作表“第二党支部”，第2行，C列（党费基数）：填写了党费基数，"
                        + "表中没有“基数类型”一列，“王五”的人员状态为流动，看不出是税后工资还是离退休费；请加一列“基数类型”（税后工资、离退休费、学生、失业 或 低保）");
        Path blank = new SheetMaker().sheet("第二党支部")
                .row("姓名", "交纳月份", "基数类型", "党费基数", "实缴金额", "交纳日期")
                .row("赵六", "2026年1月", null, 3000, 15, "2026-01-15")
                .xlsx(dir.resolve("空类型.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.DUES, f.ws, blank, false, Progress.NONE).errors())
                .extracting(ImportMessage::text).containsExactly(
                        "空类型.xlsx，工作表“第二党支部”，第2行，C列（基数类型）：填写了党费基数，请同时填写基数类型（税后工资或离退休费）");
    }

    @Test
    void exportThenImportChangesNothing() throws Exception {
        dues(branchSheet());
        dues(bankList());
        dues.waive(f.member("陈新"), YearMonth.of(2026, 4), "机关党委批准（2026）3号");
        String before = Dump.of(f.ws.database());
        Path out = dir.resolve("导出.xlsx");
        int n = LedgerExport.export(LedgerKind.DUES, f.ws, out, new LedgerExport.Options(2026, null, false), Progress.NONE);
        assertThat(n).isEqualTo(7);
        ImportSummary back = dues(out);
        assertThat(back.adds()).isZero();
        assertThat(back.updates()).isZero();
        assertThat(back.unchanged()).isEqualTo(7);
        assertThat(Dump.of(f.ws.database())).isEqualTo(before);
        assertThat(LedgerExport.export(LedgerKind.DUES, f.ws, dir.resolve("二支部.xlsx"),
                new LedgerExport.Options(2026, "第二党支部", false), Progress.NONE)).isZero();
    }

    @Test
    void theEmptyTemplateImportsNothingAndUndoTakesTheImportBack() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        LedgerTemplate.write(LedgerKind.DUES, template);
        String before = Dump.of(f.ws.database());
        ImportSummary p = dues(template);
        assertThat(p.adds() + p.updates()).isZero();
        assertThat(Dump.of(f.ws.database())).isEqualTo(before);

        dues(branchSheet());
        Imports imports = new Imports(f.ws);
        Imports.Entry e = imports.list().get(0);
        assertThat(e.batch().kind()).isEqualTo("DUES");
        assertThat(e.kindLabel()).isEqualTo("党费收缴台账");
        imports.undo(e.id());
        assertThat(dues.history(f.member("张伟"))).isEmpty();
        assertThat(dues.month(f.member("张伟"), YearMonth.of(2026, 1)).payment()).isNull();
        assertThatThrownBy(() -> dues.pay(f.member("张伟"), YearMonth.of(2026, 1), BigDecimal.ONE, LocalDate.of(2026, 1, 2), null, null))
                .isInstanceOf(InputRejectedException.class);
    }
}
