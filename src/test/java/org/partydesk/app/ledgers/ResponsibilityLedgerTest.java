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
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The responsibility-list ledger (责任清单台账) end to end on real SQLite files and real workbooks. */
class ResponsibilityLedgerTest {
    static final String EVAL = "机关党委考评细则";
    static final String FIRST = "党组书记第一责任清单";

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

    /** Two lists in one sheet: three levels, aliases, a full-width 序号, every 时间节点 form, a notes row. */
    static SheetMaker messy() {
        return new SheetMaker().sheet("清单")
                .row("2025年度责任清单汇总表").mergeLast(0, 10)
                .row("年份", "清单", "责任主体类型", "清单所属", "编号", "责任类别", "工作内容", "牵头单位", "负责人", "完成时限", "落实情况")
                .row(2025, EVAL, "机关党委", "机关党委", "1", "党的政治建设")
                .row(2025, EVAL, "机关党委", "机关党委", 1.1, "党的政治建设", "学习贯彻党的创新理论", "机关党委")
                .row("2025年", EVAL, "机关党委", "机关党委", "1.1.1", null, "每季度召开理论学习中心组学习", "办公室", "张三", "每季度", "进行中")
                .row(2025, EVAL, "机关党委", "机关党委", "1.1.2", null, "年中专题学习", "办公室", "张三、李四", "6月底前")
                .row(2025, EVAL, "机关党委", "机关党委", "１．２", "党的政治建设", "严肃党内政治生活", null, null, "长期坚持")
                .row()
                .row(2025, FIRST, "党组书记", "张三", 1, null, "履行全面从严治党第一责任人职责", "局党组", "张三", "2025年12月")
                .row(2025, FIRST, "党组书记", "张三", 2, null, "带头讲党课", "局党组", "张三", LocalDate.of(2025, 9, 30))
                .row(2025, FIRST, "党组书记", "张三", 3, null, "专题研究党建工作", "局党组", null, "每半年")
                .row("注：序号 1、1.1、1.1.1 表示三级。");
    }

    @Test
    void aMessyLedgerCreatesBothListsWithNestedItemsDeadlinesAndOwners() throws Exception {
        Path file = messy().xlsx(dir.resolve("清单.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE);
        ImportPreview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.summary()).isEqualTo("新增 8 条，更新 0 条，未变 0 条；新建清单 2 份：2025年“机关党委考评细则”（机关党委）、"
                + "2025年“党组书记第一责任清单”（张三）；警告 2 条，错误 0 条");
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "清单.xlsx，工作表“清单”，第7行，J列（完成时限）：“长期坚持”按每年记，年底为时间节点",
                "清单.xlsx，工作表“清单”，第9行，J列（完成时限）：只填写了年月，按当月最后一天记录");
        assertThat(p.records()).hasSize(8).allMatch(r -> r.action() == ImportRecord.Action.ADD)
                .anySatisfy(r -> assertThat(r.record()).startsWith("2025年“党组书记第一责任清单”（张三） 1 "));
        assertThat(repo().allLists()).isEmpty();
        im.apply(Progress.NONE);

        List<ResponsibilityList> lists = repo().allLists();
        assertThat(lists).extracting(ResponsibilityList::name).containsExactly(EVAL, FIRST);
        ResponsibilityList eval = lists.get(0);
        assertThat(eval.ownerKind()).isEqualTo(ListOwnerKind.ORGAN_COMMITTEE);
        assertThat(eval.ownerOrgUnitId()).isEqualTo(f.organ);
        ResponsibilityList first = lists.get(1);
        assertThat(first.ownerKind()).isEqualTo(ListOwnerKind.SECRETARY);
        assertThat(first.ownerMemberId()).isEqualTo(f.zhang);

        List<ResponsibilityItem> items = repo().items(eval.id());
        assertThat(items).extracting(ResponsibilityItem::level, ResponsibilityItem::seq, ResponsibilityItem::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1, "党的政治建设"),
                        org.assertj.core.groups.Tuple.tuple(2, 1, "学习贯彻党的创新理论"),
                        org.assertj.core.groups.Tuple.tuple(2, 2, "严肃党内政治生活"),
                        org.assertj.core.groups.Tuple.tuple(3, 1, "每季度召开理论学习中心组学习"),
                        org.assertj.core.groups.Tuple.tuple(3, 2, "年中专题学习"));
        ResponsibilityItem quarterly = items.get(3);
        assertThat(quarterly.parentId()).isEqualTo(items.get(1).id());
        assertThat(quarterly.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(quarterly.ownerText()).isEqualTo("办公室");
        assertThat(quarterly.ownerMemberIds()).containsExactly(f.zhang);
        assertThat(dues(quarterly)).containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        ResponsibilityItem midYear = items.get(4);
        assertThat(midYear.cadence()).isEqualTo(Cadence.ONCE);
        assertThat(midYear.responsibleText()).isEqualTo("张三、李四");
        assertThat(midYear.ownerMemberIds()).containsExactlyInAnyOrder(f.zhang, f.li);
        assertThat(dues(midYear)).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(dues(items.get(0))).isEmpty();
        assertThat(dues(items.get(1))).isEmpty();
        assertThat(dues(items.get(2))).containsExactly(LocalDate.of(2025, 12, 31));
        List<ResponsibilityItem> firstItems = repo().items(first.id());
        assertThat(firstItems).extracting(ResponsibilityItem::cadence)
                .containsExactly(Cadence.ONCE, Cadence.ONCE, Cadence.HALF_YEARLY);
        assertThat(dues(firstItems.get(0))).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(dues(firstItems.get(1))).containsExactly(LocalDate.of(2025, 9, 30));

        ImportPreview again = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE).preview();
        assertThat(again.summary()).startsWith("新增 0 条，更新 0 条，未变 8 条；警告 2 条");
    }

    @Test
    void badRowsAreReportedExactlyAndNothingIsWritten() throws Exception {
        Path file = new SheetMaker().sheet("责任清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, FIRST, "党组书记", "赵六", "1", "履行职责", "每年")
                .row(2025, EVAL, "机关党委", "机关党委", "1.1.1.1", "太深", "每年")
                .row(2025, EVAL, "机关党委", "机关党委", "3.1", "没有上级", "每年")
                .row(2025, EVAL, "机关党委", "机关党委", "4", "日期不在年度内", "2024-06-30")
                .row(2025, EVAL, "机关党委", "机关党委", "5", "看不懂", "下周")
                .row(2025, EVAL, "机关党委", "机关党委", "3.1", "重复", "每年")
                .row("明年", EVAL, "机关党委", "机关党委", "6", null, "每年")
                .row(2025, EVAL, "委员会", "机关党委", "7", "类型不对")
                .xlsx(dir.resolve("错误.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE);
        assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "错误.xlsx，工作表“责任清单”，第2行，D列（清单所属）：库中没有名为“赵六”的党员",
                "错误.xlsx，工作表“责任清单”，第3行，E列（序号）：序号“1.1.1.1”应写作 1、1.1 或 1.1.1（最多三级，每级从1起）",
                "错误.xlsx，工作表“责任清单”，第4行，E列（序号）：上级条目“3”在本文件和库中的该清单里都不存在",
                "错误.xlsx，工作表“责任清单”，第5行，G列（时间节点）：时间节点 2024-06-30 不在清单年度 2025 年内",
                "错误.xlsx，工作表“责任清单”，第6行，G列（时间节点）：无法识别的时间节点“下周”，请写成 每月、每季度、每半年、每年，或一个日期（如 2025-06-30、2025年6月底前）",
                "错误.xlsx，工作表“责任清单”，第7行，E列（序号）：序号“3.1”与第4行重复（同一清单中每个序号只能出现一次）",
                "错误.xlsx，工作表“责任清单”，第8行，A列（年度）：年度“明年”应为四位年份，如 2025",
                "错误.xlsx，工作表“责任清单”，第8行，F列（内容）：内容为空",
                "错误.xlsx，工作表“责任清单”，第9行，C列（清单类型）：清单类型“委员会”应为 党组、党组书记、班子成员、党支部、处室 或 机关党委");
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class);
        assertThat(repo().allLists()).isEmpty();
    }

    @Test
    void aBranchListOfASharedBranchNameNamesTheParentAndRoundTrips() throws Exception {
        int[] ids = ws.database().write("测试", tx -> {
            int committee = org.partydesk.store.OrgRepository.add(tx, new org.partydesk.model.OrgUnit(null, null,
                    org.partydesk.model.OrgKind.PRIMARY_COMMITTEE, "第二基层党委", null, false, null, null, 5));
            return new int[] {
                    org.partydesk.store.OrgRepository.add(tx, new org.partydesk.model.OrgUnit(null, f.organ,
                            org.partydesk.model.OrgKind.BRANCH, "综合党支部", null, false, null, null, 3)),
                    org.partydesk.store.OrgRepository.add(tx, new org.partydesk.model.OrgUnit(null, committee,
                            org.partydesk.model.OrgKind.BRANCH, "综合党支部", null, false, null, null, 1))};
        });
        Path bare = new SheetMaker().sheet("责任清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, "支部清单", "党支部", "综合党支部", "1", "按期开展三会一课", "每季度")
                .xlsx(dir.resolve("同名.xlsx"));
        LedgerImporter refused = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, bare, Progress.NONE);
        assertThat(refused.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "同名.xlsx，工作表“责任清单”，第2行，D列（清单所属）：有2个名为“综合党支部”的党组织，请写作 综合党支部（上级党组织名称），"
                        + "如 综合党支部（第二基层党委）、综合党支部（机关党委）"); // in tree order (sort order)

        Path qualified = new SheetMaker().sheet("责任清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, "支部清单", "党支部", "综合党支部（机关党委）", "1", "按期开展三会一课", "每季度")
                .row(2025, "支部清单", "党支部", "第二基层党委/综合党支部", "1", "按期开展三会一课", "每季度")
                .xlsx(dir.resolve("写明上级.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, qualified, Progress.NONE);
        assertThat(im.preview().errors()).isEmpty();
        im.apply(Progress.NONE);
        assertThat(repo().allLists()).extracting(ResponsibilityList::ownerOrgUnitId).containsExactlyInAnyOrder(ids[0], ids[1]);

        Path out = dir.resolve("导出.xlsx");
        LedgerExport.export(LedgerKind.RESPONSIBILITIES, ws, out, new LedgerExport.Options(null, null, false), Progress.NONE);
        assertThat(SheetValues.of(out).stream().flatMap(List::stream).toList())
                .contains("综合党支部（机关党委）", "综合党支部（第二基层党委）").doesNotContain("综合党支部");
        LedgerImporter again = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, out, Progress.NONE);
        assertThat(again.preview().errors()).isEmpty();
        assertThat(again.preview().counts()).startsWith("新增 0 ").contains("更新 0 ");
    }

    @Test
    void aChangedDeadlineReplacesOpenDeadlinesButNotOnesAProgressRecordCompleted() throws Exception {
        LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, messy().xlsx(dir.resolve("清单.xlsx")), Progress.NONE).apply(Progress.NONE);
        ResponsibilityList first = repo().allLists().get(1);
        ResponsibilityItem lesson = repo().items(first.id()).get(1);
        SheetMaker changed = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, FIRST, "党组书记", "张三", "2", "带头讲党课（每半年）", "每半年");
        ImportPreview p = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, changed.xlsx(dir.resolve("改.xlsx")), Progress.NONE).preview();
        assertThat(p.counts()).isEqualTo("新增 0 条，更新 1 条");

        Deadline sept = repo().deadlinesOfItem(lesson.id()).get(0);
        new Responsibilities(ws).addRecord(lesson.id(), new NewRecord(LocalDate.of(2025, 9, 20), "讲了党课", f.zhang, null, sept.id()));
        LedgerImporter refused = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, changed.xlsx(dir.resolve("改2.xlsx")), Progress.NONE);
        assertThat(refused.preview().errors()).extracting(ImportMessage::reason)
                .containsExactly("条目“2”的时间节点 2025-09-30 已有纪实完成，不能改为其他时间节点");

        SheetMaker onceMore = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容")
                .row(2025, FIRST, "党组书记", "张三", "2", "带头讲党课（每半年）")
                .row(2025, FIRST, "党组书记", "张三", "4", "新条目");
        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, onceMore.xlsx(dir.resolve("改4.xlsx")), Progress.NONE);
        assertThat(im.preview().counts()).isEqualTo("新增 1 条，更新 1 条");
        im.apply(Progress.NONE);
        List<ResponsibilityItem> items = repo().items(first.id());
        assertThat(items.get(1).text()).isEqualTo("带头讲党课（每半年）");
        assertThat(items.get(1).cadence()).isEqualTo(Cadence.ONCE);
        assertThat(dues(items.get(1))).containsExactly(LocalDate.of(2025, 9, 30));
        assertThat(items.get(3).cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(dues(items.get(3))).containsExactly(LocalDate.of(2025, 12, 31));
    }

    @Test
    void namesPaddedWithSpacesAreTheMembersAndSpacesStillSeparateWholeNames() throws Exception {
        Path file = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "责任人", "时间节点")
                .row(2025, FIRST, "党组书记", "张 三", 1, "带头讲党课", "张 三、李四", "2025-09-30")
                .row(2025, FIRST, "党组书记", "张 三", 2, "专题研究党建工作", "张三 李四", "每半年")
                .xlsx(dir.resolve("书记清单.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        ResponsibilityList list = repo().allLists().get(0);
        assertThat(list.ownerMemberId()).isEqualTo(f.zhang);
        assertThat(repo().items(list.id())).allSatisfy(i ->
                assertThat(i.ownerMemberIds()).containsExactlyInAnyOrder(f.zhang, f.li));
    }

    @Test
    void categoriesContentsAndMeasuresInColumnsOfTheirOwnMakeTheThreeLevels() throws Exception {
        String list = "全面从严治党主体责任清单";
        SheetMaker sheet = new SheetMaker().sheet("主体责任")
                .row("2025年度全面从严治党主体责任清单").mergeLast(0, 8)
                .row("年度", "清单名称", "清单类型", "清单所属", "类别", "考评内容", "落实措施", "责任人", "完成时限")
                .row(2025, list, "党组", "局党组", "一、政治建设", "学习贯彻党的创新理论", "每季度召开中心组学习", "张三", "每季度")
                .row(2025, list, "党组", "局党组", null, null, "开展专题研讨", "张三、李四", "2025年6月底前")
                .row(2025, list, "党组", "局党组", null, "严肃党内政治生活", "召开民主生活会", "张三", "2025年12月")
                .row(2025, list, "党组", "局党组", "二、组织建设", "加强支部建设", "落实“三会一课”", "李四", "每月")
                .row(2025, list, "党组", "局党组", null, null, "开展星级支部评定", "李四", "年底前")
                .merge(2, 4, 4, 4).merge(2, 3, 5, 5).merge(5, 6, 4, 4).merge(5, 6, 5, 5)
                .row("注：考评内容下的落实措施逐条填写。");
        Path file = sheet.xlsx(dir.resolve("主体责任清单.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).noneMatch(t -> t.contains("重复") || t.contains("不认识"));

        ResponsibilityList stored = repo().allLists().get(0);
        List<ResponsibilityItem> items = repo().items(stored.id());
        assertThat(items).extracting(ResponsibilityItem::level, ResponsibilityItem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "一、政治建设"),
                org.assertj.core.groups.Tuple.tuple(1, "二、组织建设"),
                org.assertj.core.groups.Tuple.tuple(2, "学习贯彻党的创新理论"),
                org.assertj.core.groups.Tuple.tuple(2, "严肃党内政治生活"),
                org.assertj.core.groups.Tuple.tuple(2, "加强支部建设"),
                org.assertj.core.groups.Tuple.tuple(3, "每季度召开中心组学习"),
                org.assertj.core.groups.Tuple.tuple(3, "开展专题研讨"),
                org.assertj.core.groups.Tuple.tuple(3, "召开民主生活会"),
                org.assertj.core.groups.Tuple.tuple(3, "落实“三会一课”"),
                org.assertj.core.groups.Tuple.tuple(3, "开展星级支部评定"));
        ResponsibilityItem study = items.get(2);
        assertThat(items.get(6).parentId()).isEqualTo(study.id());
        assertThat(items.get(6).ownerMemberIds()).containsExactlyInAnyOrder(f.zhang, f.li);
        assertThat(dues(items.get(6))).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(dues(items.get(8))).hasSize(12);
        assertThat(dues(items.get(0))).as("a category has no deadline of its own").isEmpty();

        ImportPreview again = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE).preview();
        assertThat(again.summary()).startsWith("新增 0 条，更新 0 条，未变 10 条");
    }

    @Test
    void outlineNumbersAsReportsWriteThemMakeTheLevels() throws Exception {
        String list = "党组全面从严治党责任清单";
        Path file = new SheetMaker().sheet("责任清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "类别", "内容", "责任人", "时间节点")
                .row(2025, list, "党组", "局党组", "一、", "政治建设", null, null, null)
                .row(2025, list, "党组", "局党组", "（一）", null, "坚决做到两个维护", null, null)
                .row(2025, list, "党组", "局党组", "1.", null, "每月召开党组会传达学习", "张三", "每月")
                .row(2025, list, "党组", "局党组", "2.", null, "及时请示报告重大事项", "张三", "长期坚持")
                .row(2025, list, "党组", "局党组", "（二）", null, "加强理论武装", null, null)
                .row(2025, list, "党组", "局党组", "1.", null, "中心组学习每年不少于12次", "李四", "2025年12月底前")
                .row(2025, list, "党组", "局党组", "二、", "纪律建设", null, null, null)
                .row(2025, list, "党组", "局党组", "（一）", null, "开展廉政谈话", "李四", "每季度")
                .xlsx(dir.resolve("责任清单.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.RESPONSIBILITIES, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        List<ResponsibilityItem> items = repo().items(repo().allLists().get(0).id());
        assertThat(items).extracting(i -> i.level() + ":" + i.seq() + " " + i.text()).containsExactly(
                "1:1 政治建设", "1:2 纪律建设", "2:1 坚决做到两个维护", "2:2 加强理论武装", "2:1 开展廉政谈话",
                "3:1 每月召开党组会传达学习", "3:2 及时请示报告重大事项", "3:1 中心组学习每年不少于12次");
        assertThat(LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE).preview().summary())
                .startsWith("新增 0 条，更新 0 条，未变 8 条");

        Path skipped = new SheetMaker().sheet("责任清单")
                .row("年度", "清单名称", "清单类型", "序号", "内容")
                .row(2025, "另一份清单", "党组", "一、", "政治建设")
                .row(2025, "另一份清单", "党组", "1.", "没有（一）就写了1.")
                .row(2025, "另一份清单", "党组", "（一）", "坚决做到两个维护")
                .xlsx(dir.resolve("跳级.xlsx"));
        assertThat(LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, skipped, Progress.NONE).preview().errors()).isEmpty();
    }

    @Test
    void exportReimportsUnchangedAndRoundTripsIntoAnotherDatabase() throws Exception {
        LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, messy().xlsx(dir.resolve("清单.xlsx")), Progress.NONE).apply(Progress.NONE);
        Path out = dir.resolve("导出.xlsx");
        assertThat(LedgerExport.export(LedgerKind.RESPONSIBILITIES, ws, out, new LedgerExport.Options(2025, null, false),
                Progress.NONE)).isEqualTo(8);
        List<List<String>> values = SheetValues.of(out);
        assertThat(values.get(1)).containsExactly("年度", "清单名称", "清单类型", "清单所属", "序号", "类别", "内容", "责任主体",
                "责任人", "时间节点", "完成情况");
        assertThat(values).contains(
                List.of("2025", EVAL, "机关党委", "机关党委", "1", "党的政治建设", "", "", "", "", "已逾期"),
                List.of("2025", EVAL, "机关党委", "机关党委", "1.1.2", "党的政治建设", "年中专题学习", "办公室", "张三、李四",
                        "2025-06-30", "已逾期"),
                List.of("2025", FIRST, "党组书记", "张三", "3", "", "专题研究党建工作", "局党组", "", "每半年", "已逾期"));
        ImportPreview back = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, out, Progress.NONE).preview();
        assertThat(back.errors()).isEmpty();
        assertThat(back.summary()).isEqualTo("新增 0 条，更新 0 条，未变 8 条；警告 0 条，错误 0 条");

        Path branch = dir.resolve("第一党支部.xlsx");
        assertThat(LedgerExport.export(LedgerKind.RESPONSIBILITIES, ws, branch, new LedgerExport.Options(null, "第一党支部", false),
                Progress.NONE)).isEqualTo(3);

        try (Workspace other = Workspace.open(dir.resolve("other.db"), "测试")) {
            LedgerFixture.build(other);
            LedgerImporter.open(LedgerKind.RESPONSIBILITIES, other, out, Progress.NONE).apply(Progress.NONE);
            Path again = dir.resolve("再导出.xlsx");
            LedgerExport.export(LedgerKind.RESPONSIBILITIES, other, again, new LedgerExport.Options(2025, null, false), Progress.NONE);
            assertThat(SheetValues.of(again)).isEqualTo(values);
        }
    }

    private ResponsibilityRepository repo() {
        return new ResponsibilityRepository(ws.database());
    }

    private List<LocalDate> dues(ResponsibilityItem item) {
        return repo().deadlinesOfItem(item.id()).stream().map(Deadline::dueOn).toList();
    }
}
