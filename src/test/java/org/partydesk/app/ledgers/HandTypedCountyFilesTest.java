package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.logic.UnitNames;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.OrgRepository;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ledgers as the clerks of a county bureau (某县自然资源局) type them, into an empty database (probe I): the roster's
 * leftover template sheet with its 张XX example, the branch a roster wrote short (二支部) and the meetings ledger's title
 * writes in full (机关第二党支部), 退休支部 for 离退休干部党支部, one branch written two ways in one roster, a cell showing
 * #REF!, and a 责任清单 whose 1. stands straight under 三、.
 */
class HandTypedCountyFilesTest extends EmptyDatabaseTest {
    private ImportPreview importFile(LedgerKind kind, Path file) {
        return LedgerImporter.importFile(kind, ws, file, true, Progress.NONE);
    }

    private Map<String, String> branchOfEach() {
        Map<Integer, String> units = UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        Map<Integer, Integer> branchOf = new MemberRepository(ws.database()).branchIdsOfAll(LocalDate.of(2025, 12, 31));
        return new MemberRepository(ws.database()).all().stream()
                .collect(Collectors.toMap(Member::name, m -> units.get(branchOf.get(m.id()))));
    }

    private List<String> branches() {
        return new OrgRepository(ws.database()).all().stream().filter(u -> u.kind() == OrgKind.BRANCH).map(OrgUnit::name).toList();
    }

    /** A roster of 2025年12月: title, a note, the header on row 3, and the people given (姓名, 所在党支部, 入党时间). */
    private SheetMaker roster(String[]... people) {
        SheetMaker s = new SheetMaker().sheet("花名册")
                .row("某县自然资源局机关党委党员花名册").mergeLast(0, 4)
                .row("填报单位：县自然资源局机关党委                截至2025年12月").mergeLast(0, 4)
                .row("序号", "姓名", "性别", "所在党支部", "入党时间");
        int n = 1;
        for (String[] p : people) {
            s.row(String.valueOf(n++), p[0], p[1], p[2], p[3]);
        }
        return s;
    }

    @Test
    void theExampleRowOfATemplateSheetLeftInTheRosterIsNoMember() throws Exception {
        Path file = roster(new String[]{"刘建国", "男", "机关第一党支部", "1995.7"}, new String[]{"王　芳", "女", "机关第一党支部", "2008年7月1日"})
                .sheet("Sheet3")
                .row("序号", "姓名", "性别", "所在党支部", "入党时间", "备注")
                .row("1", "张XX", "男", "XX党支部", "2000.07", "示例")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEMBERS, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.counts()).isEqualTo("新增 2 人，更新 0 人");
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "花名册.xlsx，工作表“Sheet3”，第2行：第2行是模板中的填写示例（“1 张XX 男 XX党支部 2000.07 示例”），已跳过，未作为数据导入");
        assertThat(branchOfEach()).containsOnly(Map.entry("刘建国", "机关第一党支部"), Map.entry("王芳", "机关第一党支部"));
        assertThat(branches()).containsExactly("机关第一党支部");
    }

    @Test
    void aRowMarkedAsTheExampleIsSkippedButOnePlaceholderAloneIsData() throws Exception {
        Path file = new SheetMaker()
                .row("姓名", "所在党支部", "入党时间", "备注")
                .row("（示例）王某", "第一党支部", "2000.07", null)
                .row("李四", "第一党支部", "2001.07", "XX年调入")
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEMBERS, file);
        assertThat(p.errors()).isEmpty();
        assertThat(branchOfEach()).containsOnlyKeys("李四");
    }

    @Test
    void aBranchTheRosterWroteShortOrTheMeetingsLedgerShortensIsTheOneStored() throws Exception {
        Path people = roster(
                new String[]{"吴海波", "男", "二支部", "1999.11"},
                new String[]{"李明", "男", "二支部", "2010.12"},
                new String[]{"田国华", "男", "离退休干部党支部", "1975.3"},
                new String[]{"蒋德明", "男", "离退休干部党支部", "1970.1"})
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(importFile(LedgerKind.MEMBERS, people).errors()).isEmpty();

        // the second branch's sheet: the title writes the branch in full; the retirees' sheet writes 退休支部
        Path meetings = new SheetMaker().sheet("二支部")
                .row("机关第二党支部2026年“三会一课”开展情况登记表").mergeLast(0, 4)
                .row("日期", "会议类型", "会议主题", "请假人员", "缺席人员及原因")
                .row("2026.04.20", "主题党日", "4月主题党日活动", "李明（出差）", null)
                .sheet("第一季度")
                .row("时间", "所在支部", "类型", "会议主题", "请假人员")
                .row("2026年1月10日", "退休支部", "主题党日", "1月主题党日：重温入党誓词", "蒋德明 （长期在外地居住）")
                .xlsx(dir.resolve("三会一课.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEETINGS, meetings);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).contains(
                "“机关第二党支部”按库中的“二支部”记录（名称写法不同）",
                "“退休支部”按库中的“离退休干部党支部”记录（名称写法不同）");
        assertThat(branches()).containsExactly("二支部", "离退休干部党支部");
        assertThat(byTheme().get("4月主题党日活动").attendance()).hasSize(2);
        assertThat(byTheme().get("1月主题党日：重温入党誓词").attendance()).hasSize(2);
    }

    @Test
    void aSheetWithContentButNoThemeNamesEachMeetingByItsFirstLine() throws Exception {
        importFile(LedgerKind.MEMBERS, roster(new String[]{"田国华", "男", "离退休干部党支部", "1975.3"},
                new String[]{"蒋德明", "男", "离退休干部党支部", "1970.1"}).xlsx(dir.resolve("花名册.xlsx")));
        Path file = new SheetMaker().sheet("第一季度")
                .row("离退休干部党支部2026年第一季度组织生活记录").mergeLast(0, 5)
                .row("序号", "时间", "所在支部", "类型", "内容", "请假人员")
                .row(1, "2026年1月10日", "离退休干部党支部", "主题党日", "1月主题党日：重温入党誓词", "蒋德明 （长期在外地居住）")
                .row(2, "2026.3.20", "离退休干部党支部", "党员大会、党课", "学习党章\n交流心得体会", null)
                .xlsx(dir.resolve("组织生活.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEETINGS, file);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "组织生活.xlsx，工作表“第一季度”，第3行，E列（内容）：没有写会议主题：以会议内容的第一行作为会议主题",
                "组织生活.xlsx，工作表“第一季度”，第4行，E列（内容）：没有写会议主题：以会议内容的第一行作为会议主题");
        assertThat(byTheme()).containsOnlyKeys("1月主题党日：重温入党誓词", "学习党章");
        assertThat(byTheme().get("学习党章").minutes()).isEqualTo("学习党章\n交流心得体会");
        // the same file again: the same meetings
        assertThat(importFile(LedgerKind.MEETINGS, file).counts()).startsWith("新增 0 次会议，更新 0 次会议");
    }

    @Test
    void oneBranchWrittenTwoWaysInOneRosterIsPointedOut() throws Exception {
        Path file = roster(
                new String[]{"刘建国", "男", "机关第一党支部", "1995.7"},
                new String[]{"陈晓红", "女", "一支部", "2012.06"},
                new String[]{"杨光", "男", "机关第三党支部", "2002.6"})
                .xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = importFile(LedgerKind.MEMBERS, file);
        assertThat(p.warnings()).extracting(ImportMessage::text).contains(
                "花名册.xlsx，工作表“花名册”，第5行，D列（所在党支部）：“一支部”与第4行的“机关第一党支部”像是同一个党支部的两种写法，"
                        + "导入后将是两个党支部，各有一部分党员；如是同一个党支部，请统一写法后再导入");
        assertThat(p.warnings()).extracting(ImportMessage::reason).noneMatch(r -> r.contains("“机关第三党支部”与"));
    }

    @Test
    void aCellShowingRefIsRefusedNamingItInEveryFormat() throws Exception {
        importFile(LedgerKind.MEMBERS, roster(new String[]{"田国华", "男", "离退休干部党支部", "1975.3"}).xlsx(dir.resolve("花名册.xlsx")));
        for (String file : List.of("组织生活.xls", "组织生活.xlsx", "组织生活.ods")) {
            Path meetings = new SheetMaker()
                    .row("时间", "所在支部", "类型", "会议主题", "应到人数")
                    .row("2026年3月28日", "离退休干部党支部", "支部委员会", FormulaError.REF, 1)
                    .save(dir.resolve(file));
            ImportPreview p = importFile(LedgerKind.MEETINGS, meetings);
            assertThat(p.errors()).extracting(ImportMessage::text).as(file).contains(file + "，工作表“党员名册”，第2行，D列（会议主题）："
                    + "这一格显示“#REF!”，是公式出错的结果（如引用的单元格已被删除），不是数据；请在表中改正后再导入");
            assertThat(byTheme()).as(file).isEmpty();
        }
    }

    @Test
    void anItemNumberedOneStraightUnderAChapterIsItsChild() throws Exception {
        Path file = new SheetMaker().sheet("机关党委")
                .row("县自然资源局机关党委2026年度全面从严治党责任清单").mergeLast(0, 4)
                .row("序号", "责任内容", "责任主体", "责任人", "完成时限")
                .row("一、", "政治建设", null, null, null)
                .row("（一）", "理论武装", null, null, null)
                .row("1.", "落实“第一议题”制度", "机关党委", "刘建国", "每季度")
                .row("二、", "作风建设", null, null, null)
                .row("1.", "开展月度作风标兵评选", "机关党委", "刘建国", "每季度")
                .row("2.", "开展作风建设专项检查", "机关党委", "王芳", "下半年")
                .row("三、", "组织建设", null, null, null)
                .row("（一）", "党员队伍", null, null, null)
                .row("1.", "做好发展党员工作", "机关党委", "王芳", "每季度")
                .xlsx(dir.resolve("责任清单.xlsx"));
        ImportPreview p = importFile(LedgerKind.RESPONSIBILITIES, file);
        assertThat(p.errors()).isEmpty();
        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        ResponsibilityList list = repo.allLists().get(0);
        Map<Integer, ResponsibilityItem> byId = repo.items(list.id()).stream()
                .collect(Collectors.toMap(ResponsibilityItem::id, i -> i));
        Map<String, String> parentOf = byId.values().stream().collect(Collectors.toMap(ResponsibilityItem::text,
                i -> i.parentId() == null ? "" : byId.get(i.parentId()).text()));
        assertThat(parentOf).containsEntry("落实“第一议题”制度", "理论武装")
                .containsEntry("开展月度作风标兵评选", "作风建设")
                .containsEntry("开展作风建设专项检查", "作风建设")
                .containsEntry("党员队伍", "组织建设")
                .containsEntry("做好发展党员工作", "党员队伍");
    }
}
