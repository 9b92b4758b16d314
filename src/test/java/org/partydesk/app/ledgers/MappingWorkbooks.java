package org.partydesk.app.ledgers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the hand-made workbooks of {@code src/test/resources/ledgers/mapping/} (decision 0016): a roster and a
 * meetings ledger laid out as clerks lay them out (merged title, notes), whose column names the app does not know
 * (居民身份证号, 所属党组织, 所任岗位; 召开日期, 主持, 出席人, 出席人数, 请假人员名单). Run once; the files are committed.
 * Not shipped: test code only.
 */
public final class MappingWorkbooks {
    /** The roster header whose columns need mapping, shared by both roster files (same header set). */
    static final Object[] ROSTER_HEADER = {"序号", "姓名", "性别", "居民身份证号", "所属党组织", "所任岗位", "入党时间", "备注"};
    static final String ZHANG = SheetMaker.id("11010119800101001");
    static final String LI = SheetMaker.id("11010119850202002");
    static final String WANG = SheetMaker.id("11010119900303003");
    static final String ZHAO = SheetMaker.id("11010119920404004");

    private MappingWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/ledgers/mapping");
        Files.createDirectories(dir);
        new SheetMaker().sheet("党员名册")
                .row("机关党员信息统计表（截至2025年12月31日）").mergeLast(0, 7)
                .row(ROSTER_HEADER)
                .row(1, "张三", "男", ZHANG, "机关第一党支部", "科长", LocalDate.of(2010, 7, 1), null)
                .row(2, "李四", "女", LI, "机关第一党支部", "副科长", LocalDate.of(2015, 6, 30), "借调至办公室")
                .row(3, "王五", "男", WANG, "机关第一党支部", "一级主任科员", LocalDate.of(2018, 7, 1), null)
                .row("注：本表由各支部于每年年底填报，人员以组织关系所在支部为准。").mergeLast(0, 7)
                .xlsx(dir.resolve("花名册-自定列名.xlsx"));
        new SheetMaker().sheet("2026年")
                .row("机关党员信息统计表（截至2026年3月31日）").mergeLast(0, 7)
                .row(ROSTER_HEADER)
                .row(1, "张三", "男", ZHANG, "机关第一党支部", "科长", LocalDate.of(2010, 7, 1), null)
                .row(2, "赵六", "女", ZHAO, "机关第一党支部", "四级主任科员", LocalDate.of(2019, 7, 1), "新调入")
                .row("填表人：李四").mergeLast(0, 7)
                .xlsx(dir.resolve("花名册-自定列名-第二批.xlsx"));
        new SheetMaker().sheet("三会一课")
                .row("机关第一党支部2025年三会一课台账").mergeLast(0, 8)
                .row("序号", "召开日期", "会议类型", "会议主题", "主持", "出席人", "出席人数", "请假人员名单", "会议主要内容")
                .row(1, LocalDate.of(2025, 3, 8), "支部党员大会", "学习全国两会精神", "张三", "张三、王五", 2, "李四（出差）",
                        "传达学习全国两会精神")
                .row(2, LocalDate.of(2025, 4, 12), "主题党日", "4月主题党日活动", "张三", "张三、李四、王五", 3, "无",
                        "参观廉政教育基地")
                .row("填写注意事项：人员姓名之间用顿号分隔，请假人员在括号中写明事由。").mergeLast(0, 8)
                .xlsx(dir.resolve("三会一课-自定列名.xlsx"));
        new SheetMaker().sheet("表彰")
                .row("2025年度表彰情况统计表").mergeLast(0, 6)
                .row("序号", "获得称号", "级别", "受表彰人", "批准单位", "批准时间", "文号")
                .row(1, "优秀共产党员", "市级", "张三", "市直机关工委", LocalDate.of(2025, 6, 28), "市直工委〔2025〕5号")
                .row(2, "优秀党务工作者", "市级", "李四", "市直机关工委", LocalDate.of(2025, 6, 28), "市直工委〔2025〕5号")
                .row("制表人：王五").mergeLast(0, 6)
                .xlsx(dir.resolve("评先创优-自定列名.xlsx"));
        new SheetMaker().sheet("党组书记清单")
                .row("2025年党组书记第一责任清单").mergeLast(0, 7)
                .row("年度", "清单名称", "清单类型", "清单所属", "层级编号", "工作事项", "牵头处室", "完成时限")
                .row("2025", "党组书记第一责任清单", "党组书记", "张三", "1", "履行第一责任人职责", "办公室", "每季度")
                .row("2025", "党组书记第一责任清单", "党组书记", "张三", "1.1", "主持研究部署党建工作", "机关党委", "2025年6月底前")
                .row("说明：层级编号 1 为责任类别，1.1 为具体措施。").mergeLast(0, 7)
                .xlsx(dir.resolve("责任清单-自定列名.xlsx"));
    }
}
