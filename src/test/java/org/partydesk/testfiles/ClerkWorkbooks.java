package org.partydesk.testfiles;

import java.nio.file.Path;
import java.time.LocalDate;

import org.partydesk.logic.IdNumbers;

/**
 * Makes the hand-made ledger workbooks under {@code src/test/resources/ledgers/<topic>/}: one for each way issue
 * 15 saw clerks' files refused or misread, laid out as clerks lay them out. Not run by the build: the files are
 * committed and the tests read them (through {@code app.ledgers.ClerkFiles}, which copies one into the test's
 * folder). After changing a layout here, run {@link #main} with the test class path (from the IDE, or
 * {@code java -cp target/test-classes:target/classes:<POI jars> org.partydesk.testfiles.ClerkWorkbooks}) in
 * the project folder, or give the output folder as the one argument, and commit the files whose layout changed
 * (POI stamps the time into every .xlsx it writes, so the others differ in bytes only: check them out again).
 * The .ods files beside two of them (merged-branch/花名册.ods, dates/机关第一党支部三会一课台账.ods) are those .xlsx
 * saved by LibreOffice Calc 7.4 ({@code soffice --headless --convert-to ods FILE.xlsx}), committed as it wrote them.
 */
public final class ClerkWorkbooks {
    /** ID numbers with a valid check digit, shared with the tests. */
    public static final String ZHANG = id("42010219850317123");
    public static final String LI = id("42010219900101234");
    public static final String WANG = id("11010519491231002");
    public static final String ZHAO = id("32010219780615001");
    public static final String QIAN = id("32010219800520002");
    public static final String SUN = id("11010519920808003");

    private ClerkWorkbooks() {
    }

    public static String id(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/ledgers");
        mergedBranches().xlsx(root.resolve("merged-branch/花名册.xlsx"));
        mergedBranches().xls(root.resolve("merged-branch/花名册.xls"));
        sheetPerBranch().xlsx(root.resolve("sheet-per-branch/各支部花名册.xlsx"));
        attendanceHeader().xlsx(root.resolve("two-row-header/三会一课台账.xlsx"));
        groupHeader().xls(root.resolve("two-row-header/花名册.xls"));
        instructions().xlsx(root.resolve("notes/带填写注意事项的花名册.xlsx"));
        notesBeside().xlsx(root.resolve("notes/旁边有说明的花名册.xlsx"));
        politicalStatus().xlsx(root.resolve("political-status/人员信息表.xlsx"));
        exported().xlsx(root.resolve("coded-values/党员信息导出.xlsx"));
        exported().xls(root.resolve("coded-values/党员信息导出.xls"));
        meetingPeople().xlsx(root.resolve("meeting-people/会议记录台账.xlsx"));
        meetingTypes().xlsx(root.resolve("meeting-types/组织生活台账.xlsx"));
        commendations().xlsx(root.resolve("commendation-headers/表彰情况统计表.xlsx"));
        clerksDates().xlsx(root.resolve("dates/机关第一党支部三会一课台账.xlsx"));
        timeNodes().xlsx(root.resolve("time-nodes/主体责任清单.xlsx"));
        wrongKind().xlsx(root.resolve("wrong-kind/三会一课台账.xlsx"));
        noHeader().xlsx(root.resolve("no-header/人员名单.xlsx"));
        totalsSheet().xlsx(root.resolve("totals-sheet/各支部花名册及汇总.xlsx"));
        missingIdNumber().xlsx(root.resolve("totals-sheet/缺身份证号的花名册.xlsx"));
        meetingsWithStatistics().xlsx(root.resolve("totals-sheet/各支部三会一课.xlsx"));
    }

    /** A printed roster: 所在党支部 merged down the rows of each branch, a 填报单位 line, notes and signatures under it. */
    static ClerkWorkbook mergedBranches() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(5, 14, 8, 5, 21, 13)
                .title("机关党员花名册", 6)
                .line("填报单位：机关党委（盖章）", null, null, null, "截至2025年12月31日")
                .header("序号", "所在党支部", "姓名", "性别", "身份证号", "入党日期")
                .row(1, "第一党支部", "张三", "男", ZHANG, LocalDate.of(2008, 7, 1))
                .row(2, null, "李四", "女", LI, LocalDate.of(2012, 6, 28))
                .row(3, null, "王五", "女", WANG, LocalDate.of(1975, 7, 1))
                .row(4, "第二党支部", "赵六", "男", ZHAO, LocalDate.of(2001, 7, 1))
                .row(5, null, "钱七", "女", QIAN, LocalDate.of(2005, 5, 4))
                .merge(3, 5, 1, 1).merge(6, 7, 1, 1)
                .note("注：所在党支部一栏同一支部合并填写。", 6)
                .line("填表人：孙八", null, null, "审核人：周九");
        return wb;
    }

    /** One sheet per branch with no branch column, a 填表说明 sheet first and an empty Sheet3 left over. */
    static ClerkWorkbook sheetPerBranch() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("填表说明").widths(60)
                .title("填表说明", 1)
                .line("1、每个党支部填写一个工作表，工作表名称写党支部全称。")
                .line("2、身份证号填写18位，性别只填男或女。");
        wb.sheet("机关第一党支部").widths(9, 22, 6)
                .title("党员名册（截至2025年12月31日）", 3)
                .header("姓名", "身份证号", "性别")
                .row("张三", ZHANG, "男")
                .row("李四", LI, "女");
        wb.sheet("机关第二党支部").widths(9, 22, 6)
                .title("党员名册（截至2025年12月31日）", 3)
                .header("姓名", "身份证号", "性别")
                .row("赵六", ZHAO, "男");
        wb.sheet("Sheet3");
        return wb;
    }

    /** A meetings ledger with 参会情况 merged over 应到/实到/请假/缺席, the other names merged down both header rows. */
    static ClerkWorkbook attendanceHeader() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("三会一课").widths(5, 12, 10, 24, 13, 5, 5, 5, 5)
                .title("2025年机关党支部“三会一课”开展情况登记表", 9)
                .line("填报单位：机关党委", null, null, null, null, null, null, "填报时间：2025年4月2日")
                .header("序号", "所在党支部", "会议类型", "会议主题", "会议时间", "参会情况", null, null, null)
                .header(null, null, null, null, null, "应到", "实到", "请假", "缺席")
                .row(1, "第一党支部", "支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8), 5, 5, 0, 0)
                .row(2, "第二党支部", "支部党员大会", "学习贯彻全会精神", LocalDate.of(2025, 3, 20), 12, 10, 2, 0)
                .merge(2, 3, 0, 0).merge(2, 3, 1, 1).merge(2, 3, 2, 2).merge(2, 3, 3, 3).merge(2, 3, 4, 4)
                .merge(2, 2, 5, 8)
                .note("注：应到、实到、请假、缺席填人数。", 9);
        return wb;
    }

    /** A roster whose 基本信息 is merged over 姓名/性别/身份证号, 序号 and 所在党支部 merged down both rows (.xls). */
    static ClerkWorkbook groupHeader() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(5, 13, 8, 5, 21)
                .title("机关党员花名册（截至2025年12月31日）", 5)
                .header("序号", "所在党支部", "基本信息", null, null)
                .header(null, null, "姓名", "性别", "身份证号")
                .row(1, "第一党支部", "张三", "男", ZHANG)
                .row(2, "第二党支部", "李四", "女", LI)
                .merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 1, 2, 4);
        return wb;
    }

    /**
     * Instructions where clerks put them: a 填写注意事项 block merged beside the header, numbered lines between
     * the data, a paragraph merged under it.
     */
    static ClerkWorkbook instructions() {
        String prose = "本表所列党员信息须与党员档案一致，如有变动请于每月五日前报送机关党委组织科，逾期未报的由支部书记说明情况";
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(12, 8, 21, 5, 3, 3, 20, 20, 20)
                .title("机关党员花名册（截至2025年12月31日）", 4)
                .header("所在党支部", "姓名", "身份证号", "性别", null, null, "填写注意事项：身份证号填写18位，性别只填男或女，不清楚的请向组织科询问")
                .row("第一党支部", "张三", ZHANG, "男")
                .row("第一党支部", "李四", LI, "女")
                .line("1、所在党支部写全称")
                .line("2、性别只填男或女")
                .row("第二党支部", "赵六", ZHAO, "男")
                .line(prose)
                .line()
                .line()
                .merge(1, 3, 6, 8)
                .merge(7, 9, 0, 3);
        return wb;
    }

    /** A 说明 text block merged beside two data rows, in columns without a header name. */
    static ClerkWorkbook notesBeside() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(12, 8, 21, 3, 16, 16, 16)
                .title("机关党员花名册（截至2025年12月31日）", 3)
                .header("所在党支部", "姓名", "身份证号")
                .row("第一党支部", "张三", ZHANG, null, "说明：本表由支部组织委员填写，填好后交机关党委组织科汇总，请勿改动表头")
                .row("第一党支部", "李四", LI)
                .merge(2, 3, 4, 6);
        return wb;
    }

    /** 人员类别 holding the job category and 政治面貌 the party standing: a 预备党员 who is a 公务员. */
    static ClerkWorkbook politicalStatus() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("人员信息").widths(5, 8, 5, 21, 12, 10, 13)
                .title("机关工作人员信息表", 7)
                .line("填报单位：办公室", null, null, null, null, "填报日期：2025年12月31日")
                .header("序号", "姓名", "性别", "身份证号", "政治面貌", "人员类别", "所在党支部")
                .row(1, "张三", "男", ZHANG, "中共党员", "公务员", "第一党支部")
                .row(2, "李四", "女", LI, "中共预备党员", "公务员", "第一党支部")
                .row(3, "王五", "女", WANG, "中共党员", "事业编制", "第二党支部")
                .note("注：人员类别填公务员、参公、事业编制或工勤。", 7);
        return wb;
    }

    /** A roster exported by another system: coded values, 政治面貌, 人员类别, and 无 / — / / for nothing. */
    static ClerkWorkbook exported() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(5, 8, 7, 9, 21, 8, 14, 10, 12, 8, 12, 9)
                .line("党员信息导出")
                .header("序号", "姓名", "性别", "民族", "身份证号", "学历", "政治面貌", "人员类别", "所在党支部", "职务", "联系电话", "党内职务")
                .row(1, "张三", "95_男", "868_汉族", ZHANG, "21 大学", "中共党员", "011 公务员", "第一党支部", "无", "—", "无")
                .row(2, "李四", "96_女", "868_汉族", LI, "研究生", "中共预备党员", "事业编制", "第一党支部", "科员", "/", "组织委员")
                .row(3, "王五", "女性", "03 回", WANG, "31 专科", "223_中共党员", "离退休", "第一党支部", null, null, null);
        return wb;
    }

    /** People columns saying 无, 主持人姓名/记录人姓名/实际时间, leave given as a count (请假人数). */
    static ClerkWorkbook meetingPeople() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("会议记录").widths(5, 12, 10, 22, 18, 9, 9, 7, 9, 9)
                .title("第一党支部2025年会议记录台账", 10)
                .line("填报单位：第一党支部", null, null, null, null, null, null, null, "填报人：李四")
                .header("序号", "所在党支部", "会议类型", "会议主题", "实际时间", "主持人姓名", "记录人姓名", "请假人数", "请假人员", "缺席人员")
                .row(1, "第一党支部", "支部党员大会", "学习党章", "2025年3月8日 下午2:30", "无", "无", 1, "无", "无")
                .row(2, "第一党支部", "主题党日", "重温入党誓词", LocalDate.of(2025, 4, 10), "张三", "李四", 0, "无", "—")
                .note("注：请假人数填写人数，请假人员填写姓名。", 10);
        return wb;
    }

    /** No 会议类型 column: the type is written in 活动名称 only, with the type words of other systems. */
    static ClerkWorkbook meetingTypes() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("组织生活").widths(5, 12, 26, 14, 10, 30)
                .title("第一党支部2025年组织生活开展情况", 6)
                .header("序号", "所在党支部", "活动名称", "活动时间", "活动地点", "主要内容")
                .row(1, "第一党支部", "2025年3月主题党日活动", LocalDate.of(2025, 3, 28), "党员活动室", "参观红色教育基地")
                .row(2, "第一党支部", "二季度集中学习", LocalDate.of(2025, 4, 10), "会议室", null)
                .row(3, "第一党支部", "五月党课学习", LocalDate.of(2025, 5, 20), "会议室", null)
                .row(4, "第一党支部", "书记讲专题党课", LocalDate.of(2025, 6, 26), "会议室", null)
                .note("注：活动名称请写明活动类型。", 6);
        return wb;
    }

    /**
     * Commendations as another system's 表彰 template: a 个人 sheet (获奖项目, 获表彰党员姓名, 获奖年月, 年度) and a
     * 集体 sheet (获得奖项, 获表彰党支部名称), a bare 上级表彰 sheet (奖项), levels 厅局级, 省部级 and 部级, the date of a 表彰决定 in numerals.
     */
    static ClerkWorkbook commendations() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("个人").widths(5, 14, 12, 8, 12, 9, 14)
                .title("2025年度个人表彰情况统计表", 7)
                .line("填报单位：机关党委", null, null, null, null, "填报日期：2025年12月31日")
                .header("序号", "获奖项目", "获表彰党员姓名", "级别", "获奖年月", "年度", "授予单位")
                .row(1, "优秀共产党员", "张三", "厅局级", "2025年6月", 2025, "局党组")
                .row(2, "优秀党务工作者", "李四", "部级", "二〇二五年六月二十八日", "2025年度", "生态环境部")
                .note("注：级别填国家级、省部级、厅局级或局级。", 7);
        wb.sheet("集体").widths(5, 16, 18, 8, 18, 9, 14)
                .title("2025年度集体表彰情况统计表", 7)
                .header("序号", "获得奖项", "获表彰党支部名称", "级别", "获奖日期", "年度", "授予单位")
                .row(1, "先进基层党组织", "第一党支部", "省部级", "二〇二五年六月二十八日", "2025年度", "省直机关工委")
                .row(2, "五四红旗团支部", "某某监测站团支部", "部级", "2025年5月4日", "2025", "共青团中央");
        wb.sheet("上级表彰").widths(14, 12, 8, 16)
                .header("奖项", "获表彰党员姓名", "级别", "获奖年月")
                .row("最美基层环保人", "王五", "国家级", "2025年4月22日");
        return wb;
    }

    /**
     * A branch's meetings ledger naming its branch and year only in the title, with the dates clerks write: 5月8日
     * (the year from the title), a weekday and 下午, Chinese numerals with a time range, 上旬, a serial kept as text.
     */
    static ClerkWorkbook clerksDates() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("三会一课").widths(5, 10, 22, 28, 10, 8)
                .title("机关第一党支部2025年“三会一课”台账", 6)
                .line("填报人：李四", null, null, "填报时间：二〇二五年七月一日")
                .header("序号", "会议类型", "会议主题", "会议时间", "会议地点", "主持人")
                .row(1, "支委会", "研究发展党员工作", "5月8日", "会议室", "张三")
                .row(2, "支部党员大会", "学习贯彻全会精神", "2025年5月15日（星期四）下午", "会议室", "张三")
                .row(3, "主题党日", "参观红色教育基地", "二〇二五年六月二十八日 9:00-11:00", "纪念馆", "张三")
                .row(4, "党小组会", "交流学习体会", "2025年6月上旬", "会议室", "张三")
                .row(5, "党课", "书记讲党课", "45838", "会议室", "张三")
                .note("注：会议时间写到日，有具体时间的写明。", 6);
        return wb;
    }

    /** A 党组 responsibility list with the 时间节点 clerks write, 每月 among them. */
    static ClerkWorkbook timeNodes() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("清单").widths(6, 18, 8, 5, 30, 12, 12)
                .title("2025年党组落实全面从严治党主体责任清单", 7)
                .line("制表单位：机关党委", null, null, null, null, "印发日期：2025年2月20日")
                .header("年度", "清单名称", "清单类型", "序号", "内容", "责任单位", "完成时限")
                .row(2025, "党组集体责任清单", "党组", "1", "召开党建工作会议", "办公室", "3-4月")
                .row(2025, "党组集体责任清单", "党组", "2", "签订责任书", "办公室", "3月至4月")
                .row(2025, "党组集体责任清单", "党组", "3", "开展专项检查", "机关党委", "4月初前")
                .row(2025, "党组集体责任清单", "党组", "4", "听取专题汇报", "机关党委", "上半年")
                .row(2025, "党组集体责任清单", "党组", "5", "年度考核", "机关党委", "2025年底")
                .row(2025, "党组集体责任清单", "党组", "6", "开展谈心谈话", "机关党委", "每月")
                .note("注：完成时限按年度工作要点确定。", 7);
        return wb;
    }

    /** A meetings ledger with 序号 and 所在党支部, to be chosen as a roster by mistake. */
    static ClerkWorkbook wrongKind() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("三会一课").widths(5, 12, 10, 20, 13, 9, 8, 8)
                .title("机关2025年三会一课台账", 8)
                .header("序号", "所在党支部", "会议类型", "会议主题", "会议时间", "会议地点", "主持人", "记录人")
                .row(1, "第一党支部", "支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8), "会议室", "张三", "李四");
        return wb;
    }

    /** A list of people whose header the roster does not know: only 序号 is a roster column. */
    static ClerkWorkbook noHeader() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("名单").widths(5, 8, 6, 10)
                .title("机关党员花名册", 4)
                .header("序号", "名字", "工号", "备用")
                .row(1, "张三", "A01", "办公室");
        return wb;
    }

    /** Two branch sheets and a 汇总 sheet of counts whose header has 所在党支部 but no 姓名 or 身份证号. */
    static ClerkWorkbook totalsSheet() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("第一党支部").widths(9, 22, 6)
                .title("第一党支部党员名册（截至2025年12月31日）", 3)
                .header("姓名", "身份证号", "性别")
                .row("张三", ZHANG, "男")
                .row("李四", LI, "女");
        wb.sheet("第二党支部").widths(9, 22, 6)
                .title("第二党支部党员名册（截至2025年12月31日）", 3)
                .header("姓名", "身份证号", "性别")
                .row("赵六", ZHAO, "男");
        wb.sheet("汇总").widths(5, 14, 10, 10, 10)
                .title("各党支部党员人数汇总", 5)
                .header("序号", "所在党支部", "党员人数", "正式党员", "预备党员")
                .row(1, "第一党支部", 2, 2, 0)
                .row(2, "第二党支部", 1, 1, 0)
                .row("合计", null, 3, 3, 0);
        return wb;
    }

    /** A roster whose only sheet lacks 身份证号: still refused, naming the missing column. */
    static ClerkWorkbook missingIdNumber() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("党员名册").widths(5, 14, 9, 6)
                .title("第一党支部党员名册（截至2025年12月31日）", 4)
                .header("序号", "所在党支部", "姓名", "性别")
                .row(1, "第一党支部", "张三", "男");
        return wb;
    }

    /** A meetings ledger with a sheet per branch and a 统计 sheet counting each branch's meetings by type. */
    static ClerkWorkbook meetingsWithStatistics() {
        ClerkWorkbook wb = new ClerkWorkbook();
        wb.sheet("第一党支部").widths(10, 22, 13)
                .title("第一党支部2025年三会一课台账", 3)
                .header("会议类型", "会议主题", "会议时间")
                .row("支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8));
        wb.sheet("第二党支部").widths(10, 22, 13)
                .title("第二党支部2025年三会一课台账", 3)
                .header("会议类型", "会议主题", "会议时间")
                .row("主题党日", "参观红色教育基地", LocalDate.of(2025, 3, 28));
        wb.sheet("统计").widths(5, 14, 10, 12, 8, 6)
                .title("2025年一季度三会一课开展情况统计", 6)
                .header("序号", "所在党支部", "支部委员会", "支部党员大会", "党小组会", "党课")
                .row(1, "第一党支部", 1, 0, 0, 0)
                .row(2, "第二党支部", 0, 0, 0, 0);
        return wb;
    }

    // ---- a whole bureau as its clerks keep it --------------------------------------------------------

    /** The branches of {@link #bureau}, each with its 处室 and its people; the first of each is its secretary. */
    private static final String[][] BUREAU = {
            {"机关第一党支部", "办公室", "周建国", "吴晓梅", "郑海涛", "王丽娟", "冯志强", "陈思远"},
            {"机关第二党支部", "法规科", "褚卫东", "卫红霞", "蒋文博", "沈佳怡", "韩立新", "杨晓燕", "金志远"},
            {"机关第三党支部", "大气环境科", "朱永刚", "秦雅琴", "尤国庆", "许静", "何伟", "吕明"},
            {"监测站党支部", "监测站", "施振华", "张晓峰", "孔令杰", "曹丽萍", "严俊", "华新民"}};
    /** 党组成员 of {@link #bureau}. */
    private static final java.util.Set<String> LEADERS = java.util.Set.of("周建国", "朱永刚", "金志远");
    /** Joined in 2025 (预备党员 at its end) and joined in 2024 (转正 in 2025). */
    public static final String PROBATIONARY = "陈思远";
    public static final String MADE_FULL = "杨晓燕";
    /** The branch whose secretary gives no 党课 in the later year, and the branch that misses committee meetings. */
    public static final String SILENT_SECRETARY_BRANCH = "机关第三党支部";
    public static final String SHORT_BRANCH = "监测站党支部";

    /**
     * A small bureau's ledgers as its clerks keep them, for two years ({@code year - 1} and {@code year}) into
     * {@code dir}: 花名册.xlsx (a printed roster with the branch merged down its rows, 党内职务 书记 and 党组成员),
     * 三会一课台账.xlsx (a sheet per year, the 局党组's 理论学习中心组学习 among the branches' meetings, leave and
     * absence by name, one 主题党日 that is also a 党课), 表彰情况统计表.xlsx (个人 and 集体 sheets: the bureau's monthly 作风标兵 and honours from
     * above) and 责任清单.xlsx (the 党组's list of each year). The later year has more meetings than the earlier;
     * {@link #SHORT_BRANCH} misses committee meetings in the later year and {@link #SILENT_SECRETARY_BRANCH}'s
     * secretary gives no 党课 in it.
     */
    public static void bureau(Path dir, int year) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        bureauRoster(year).xlsx(dir.resolve("花名册.xlsx"));
        bureauMeetings(year).xlsx(dir.resolve("三会一课台账.xlsx"));
        bureauCommendations(year).xlsx(dir.resolve("表彰情况统计表.xlsx"));
        bureauResponsibilities(year).xlsx(dir.resolve("责任清单.xlsx"));
        bureauRecruitment(year).xlsx(dir.resolve("发展党员工作台账.xlsx"));
    }

    /**
     * The 发展党员 ledger: applications of both years (each talked to within the month), 积极分子 named in the later
     * year from the earlier year's applications, and a 发展对象 named in the later year after a year as 积极分子.
     */
    static ClerkWorkbook bureauRecruitment(int year) {
        ClerkWorkbook wb = new ClerkWorkbook();
        ClerkWorkbook.Page s = wb.sheet("发展党员").widths(5, 9, 21, 16, 14, 14, 14, 14, 16)
                .title("机关党委发展党员工作台账", 9)
                .line("填报单位：机关党委", null, null, null, null, null, null, "截至" + year + "年12月31日")
                .header("序号", "姓名", "身份证号", "所在党支部", "递交入党申请书日期", "谈话日期", "确定为入党积极分子日期",
                        "确定为发展对象日期", "备注")
                .row(1, "林雨桐", id("42010219960304201"), "机关第一党支部", LocalDate.of(year - 2, 3, 1), LocalDate.of(year - 2, 3, 20),
                        LocalDate.of(year - 2, 9, 1), LocalDate.of(year, 3, 10), null)
                .row(2, "高宇航", id("42010219970512202"), "机关第二党支部", LocalDate.of(year - 1, 4, 2), LocalDate.of(year - 1, 4, 25),
                        LocalDate.of(year, 4, 8), null, null)
                .row(3, "罗诗涵", id("42010219980721203"), "监测站党支部", LocalDate.of(year - 1, 9, 9), LocalDate.of(year - 1, 9, 30),
                        LocalDate.of(year, 3, 18), null, null)
                .row(4, "梁子墨", id("42010219990918204"), "机关第三党支部", LocalDate.of(year, 3, 3), LocalDate.of(year, 3, 28), null,
                        null, null)
                .row(5, "宋欣然", id("42010220000103205"), "监测站党支部", LocalDate.of(year, 5, 6), LocalDate.of(year, 5, 30), null,
                        null, "本人要求暂缓")
                .row(6, "唐一鸣", id("42010220010227206"), "机关第一党支部", LocalDate.of(year, 10, 8), LocalDate.of(year, 10, 29), null,
                        null, null)
                .note("注：日期写到日；谈话日期为党组织派人谈话的日期。", 9);
        return wb;
    }

    static ClerkWorkbook bureauRoster(int year) {
        ClerkWorkbook wb = new ClerkWorkbook();
        ClerkWorkbook.Page s = wb.sheet("党员名册").widths(5, 16, 9, 5, 21, 13, 13, 10, 12, 10)
                .title("机关党员花名册", 10)
                .line("填报单位：机关党委（盖章）", null, null, null, null, null, null, null, "截至" + year + "年12月31日")
                .header("序号", "所在党支部", "姓名", "性别", "身份证号", "入党日期", "转正日期", "党员类别", "党内职务", "处室");
        int n = 0;
        for (String[] branch : BUREAU) {
            int first = s.next();
            for (int i = 2; i < branch.length; i++) {
                n++;
                String name = branch[i];
                LocalDate joined = LocalDate.of(1990 + n % 25, 1 + n % 12, 1 + n % 27);
                LocalDate full = joined.plusYears(1);
                String status = "正式党员";
                if (name.equals(PROBATIONARY)) {
                    joined = LocalDate.of(year, 6, 20);
                    full = null;
                    status = "预备党员";
                } else if (name.equals(MADE_FULL)) {
                    joined = LocalDate.of(year - 1, 5, 10);
                    full = LocalDate.of(year, 5, 12);
                }
                String post = i == 2 ? "书记" : i == 3 ? "组织委员" : i == 4 ? "宣传委员" : null;
                if (LEADERS.contains(name)) {
                    post = post == null ? "党组成员" : post + "、党组成员";
                }
                String id = id(String.format("420102%04d%02d%02d%03d", 1965 + n, 1 + n % 12, 1 + n % 28, 100 + n));
                s.row(n, i == 2 ? branch[0] : null, name, n % 3 == 0 ? "女" : "男", id, joined, full, status, post,
                        i == 2 ? branch[1] : null);
            }
            s.merge(first, s.next() - 1, 1, 1).merge(first, s.next() - 1, 9, 9);
        }
        s.note("注：所在党支部、处室同一支部合并填写；预备党员不填转正日期。", 10)
                .line("填表人：吴晓梅", null, null, null, "审核人：周建国");
        return wb;
    }

    private static final String[] THEMED_DAYS = {"重温入党誓词", "走进社区开展垃圾分类志愿服务", "参观生态文明教育基地",
            "“我为群众办实事”河道巡查", "学习新修订的党章", "清明祭英烈", "世界环境日进社区宣传", "七一重温入党初心",
            "大气污染防治攻坚党员先锋行", "学习贯彻党的二十届三中全会精神", "生态环境法律法规进企业", "年终党员志愿服务"};
    private static final String[] LESSONS = {"坚定理想信念 争做生态卫士", "从党史中汲取奋进力量", "以严的基调强化监管执法",
            "做新时代合格党员"};
    private static final String[] STUDIES = {"学习贯彻全国生态环境保护大会精神", "深入学习习近平生态文明思想",
            "学习党纪学习教育读本", "研讨美丽中国建设重点任务", "学习贯彻党的二十届三中全会精神"};

    /** Two years of meetings, one sheet per year, as a bureau's clerk collects the branches' ledgers. */
    static ClerkWorkbook bureauMeetings(int year) {
        ClerkWorkbook wb = new ClerkWorkbook();
        for (int y = year - 1; y <= year; y++) {
            boolean later = y == year;
            ClerkWorkbook.Page s = wb.sheet(y + "年").widths(5, 16, 16, 30, 18, 9, 9, 18, 10)
                    .title("机关各党支部" + y + "年“三会一课”开展情况台账", 9)
                    .line("填报单位：机关党委", null, null, null, null, null, null, "填报人：吴晓梅")
                    .header("序号", "所在党支部", "会议类型", "会议主题", "会议时间", "主持人", "讲课人", "请假人员", "缺席人员");
            int n = 0;
            for (int b = 0; b < BUREAU.length; b++) {
                String[] branch = BUREAU[b];
                String unit = branch[0];
                String secretary = branch[2];
                boolean short_ = later && unit.equals(SHORT_BRANCH);
                for (int m = 1; m <= 12; m++) {
                    // a member on leave now and then, with the reason in brackets; one absence a year
                    String leave = (m + b) % 4 == 0 ? branch[3 + m % 3] + "（出差）" : null;
                    String absent = m == 11 && b == 1 ? branch[branch.length - 2] : null;
                    if (!short_ || m % 3 != 0) {
                        s.row(++n, unit, "支委会", "研究" + m + "月份支部工作", LocalDate.of(y, m, 5), secretary, null, null, null);
                    }
                    if (later || m % 6 != 0) {
                        // in July of the later year the first branch's 主题党日 is also a 党课: one meeting of two types
                        boolean alsoLesson = later && b == 0 && m == 7;
                        s.row(++n, unit, alsoLesson ? "主题党日、党课" : "主题党日", THEMED_DAYS[(m + b) % THEMED_DAYS.length],
                                LocalDate.of(y, m, 15 + b), secretary, alsoLesson ? branch[3] : null, leave, absent);
                    }
                    if (m % 3 == 0) {
                        s.row(++n, unit, "支部党员大会", "通报第" + "一二三四".charAt(m / 3 - 1) + "季度工作", LocalDate.of(y, m, 20 + b),
                                secretary, null, leave, null);
                        boolean bySecretary = m % 6 == 0 && !(later && unit.equals(SILENT_SECRETARY_BRANCH));
                        String lecturer = bySecretary ? secretary : branch[4];
                        s.row(++n, unit, "党课", LESSONS[(m / 3 + b) % LESSONS.length], LocalDate.of(y, m, 25),
                                secretary, lecturer, null, null);
                    }
                }
                s.row(++n, unit, "组织生活会", y + "年度组织生活会", LocalDate.of(y, 12, 27), secretary, null, null, null);
                s.row(++n, unit, "民主评议党员", y + "年度民主评议党员", LocalDate.of(y, 12, 28), secretary, null, null, null);
            }
            int studies = later ? 10 : 8;
            for (int i = 0; i < studies; i++) {
                s.row(++n, "局党组", "理论学习中心组学习", STUDIES[i % STUDIES.length], LocalDate.of(y, 1 + i, 10), "周建国", null,
                        null, null);
            }
            s.note("注：请假人员写姓名，事由写在括号里；一次会议同时是主题党日和党课的，会议类型写“主题党日、党课”。", 9);
        }
        return wb;
    }

    /** The bureau's monthly 作风标兵 (局级) and the honours from above, on a 个人 and a 集体 sheet per year. */
    static ClerkWorkbook bureauCommendations(int year) {
        ClerkWorkbook wb = new ClerkWorkbook();
        ClerkWorkbook.Page people = wb.sheet("个人").widths(5, 16, 20, 8, 14, 9, 16)
                .title(year - 1 + "—" + year + "年度个人表彰情况统计表", 7)
                .line("填报单位：机关党委", null, null, null, null, "填报日期：" + year + "年12月31日")
                .header("序号", "获奖项目", "获表彰党员姓名", "级别", "获奖年月", "年度", "授予单位");
        int n = 0;
        for (int y = year - 1; y <= year; y++) {
            for (int m = 1; m <= 12; m++) {
                String[] a = BUREAU[m % BUREAU.length];
                String[] b = BUREAU[(m + 1) % BUREAU.length];
                String names = y == year ? a[3 + m % 3] + "、" + b[5] : a[3 + m % 3];
                people.row(++n, "月度作风标兵", names, "局级", LocalDate.of(y, m, 28), y + "年" + m + "月", "局党组");
            }
            people.row(++n, "优秀共产党员", y == year ? "施振华、卫红霞" : "朱永刚", "市级", y + "年6月", y + "年度", "市直机关工委");
        }
        people.row(++n, "优秀党务工作者", "吴晓梅", "省级", LocalDate.of(year, 6, 28), year + "年度", "省生态环境厅");
        people.note("注：级别填国家级、省级、市级或局级。", 7);
        ClerkWorkbook.Page groups = wb.sheet("集体").widths(5, 16, 18, 8, 14, 9, 16)
                .title(year - 1 + "—" + year + "年度集体表彰情况统计表", 7)
                .header("序号", "获得奖项", "获表彰党支部名称", "级别", "获奖日期", "年度", "授予单位")
                .row(1, "先进基层党组织", "机关第二党支部", "市级", LocalDate.of(year - 1, 6, 30), (year - 1) + "年度", "市直机关工委")
                .row(2, "先进基层党组织", "监测站党支部", "省级", LocalDate.of(year, 7, 1), year + "年度", "省直机关工委");
        return wb;
    }

    /** The 党组's responsibility list of each year, with the 时间节点 clerks write. */
    static ClerkWorkbook bureauResponsibilities(int year) {
        ClerkWorkbook wb = new ClerkWorkbook();
        String[][] items = {{"召开年度党建工作会议", "3月底前"}, {"签订党风廉政建设责任书", "4月底前"}, {"听取各支部书记述职", "上半年"},
                {"开展党建工作专项检查", "9月底前"}, {"组织党务干部培训", "6月底前"}, {"研究部署意识形态工作", "每半年"},
                {"开展廉政谈心谈话", "每季度"}, {"年度党建考核", "年底"}};
        for (int y = year - 1; y <= year; y++) {
            ClerkWorkbook.Page s = wb.sheet(y + "年").widths(6, 18, 8, 5, 30, 12, 12)
                    .title(y + "年党组落实全面从严治党主体责任清单", 7)
                    .line("制表单位：机关党委", null, null, null, null, "印发日期：" + y + "年2月20日")
                    .header("年度", "清单名称", "清单类型", "序号", "内容", "责任单位", "完成时限");
            for (int i = 0; i < items.length; i++) {
                String node = items[i][1].equals("年底") ? y + "年底" : items[i][1];
                s.row(y, "党组集体责任清单", "党组", String.valueOf(i + 1), items[i][0], i % 2 == 0 ? "办公室" : "机关党委", node);
            }
            s.note("注：完成时限按年度工作要点确定。", 7);
        }
        return wb;
    }
}
