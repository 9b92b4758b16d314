package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.model.NonVotingAttendee;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.PersonRef;
import org.partydesk.store.MeetingFixture;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meetings ledger (三会一课台账) end to end on real SQLite files and real workbooks written with POI. */
class MeetingLedgerImportTest {
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @TempDir
    Path dir;
    Workspace ws;
    MeetingRepository meetings;
    int organ;
    int branchOne;
    int branchTwo;
    Map<String, Integer> ids;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        meetings = new MeetingRepository(ws.database());
        MeetingFixture f = new MeetingFixture(ws.database());
        organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0);
        branchOne = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
        branchTwo = f.unit(organ, OrgKind.BRANCH, "第二党支部", 2);
        ids = new java.util.HashMap<>();
        for (String name : List.of("张三", "李四", "王五", "赵六")) {
            ids.put(name, f.member(name));
            f.belongs(ids.get(name), branchOne, FROM, null);
        }
        // 孙八 moved to the second branch in April 2025, 钱七 joined the first in June 2025
        ids.put("孙八", f.member("孙八"));
        f.belongs(ids.get("孙八"), branchOne, FROM, LocalDate.of(2025, 3, 31));
        f.belongs(ids.get("孙八"), branchTwo, LocalDate.of(2025, 4, 1), null);
        ids.put("钱七", f.member("钱七"));
        f.belongs(ids.get("钱七"), branchOne, LocalDate.of(2025, 6, 1), null);
        f.role(ids.get("张三"), branchOne, CommitteeRole.SECRETARY, FROM);
        f.role(ids.get("李四"), branchOne, CommitteeRole.ORGANIZATION_MEMBER, FROM);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static final String[] HEADER = {"序号", "党支部", "会议名称", "类型", "活动时间", "地点", "主持人", "记录人", "讲课人",
            "应到", "实到", "请假人员及事由", "缺席人员", "列席人员", "议题", "会议记录", "备注"};

    /** Title rows, aliases, every date form, a new branch, leave with reasons, a count mismatch, a notes row. */
    static SheetMaker messy() {
        return new SheetMaker().sheet("三会一课")
                .row("第一党支部2025年“三会一课”台账").mergeLast(0, 16)
                .row("填报单位：第一党支部", null, null, null, null, null, null, null, null, null, null, null, "填报日期：2025年12月")
                .row((Object[]) HEADER)
                .row(1, "第一党支部", "三月主题党日暨专题党课", "主题党日、党课", "2025年3月8日下午2:30", "党员活动室", "张三", "李四", "张三",
                        5, 3, "王五（出差）、孙八（病假）", null, "周九（区委组织部）", "学习全会精神\n讨论年度计划", "张三讲党课。")
                .row(2, "第一党支部", "三月支委会", "支委会", LocalDateTime.of(2025, 3, 10, 9, 30), "会议室", "张三", "李四",
                        null, "2", "2")
                .row()
                .row(3, "第一党支部", "七一党员大会", "党员大会", "2025.07.01", null, "张三", null, null, "6人", 5, null, "赵六")
                .row(4, "新成立党支部", "成立大会", "支部党员大会", "20250901")
                .row(5, " 第一党支部 ", "八月主题党日", "主题党日", "2025/8/5", null, null, null, null, null, null, "钱七(培训)")
                .row(6, "第一党支部", "九月支委会", "支部委员会", "2025-09")
                .row(7, "第一党支部", "十月党课", "党课", "２０２５－１０－１０ 15:00", null, null, null, "李四")
                .row("注：请假人员请在括号内注明事由。");
    }

    Map<String, Meeting> stored() {
        return meetings.list(new MeetingFilter(null, null, null, null, null)).stream()
                .map(s -> meetings.load(s.id()).orElseThrow())
                .collect(Collectors.toMap(Meeting::theme, m -> m));
    }

    static Map<String, AttendanceStatus> statuses(Meeting m) {
        return m.attendance().stream().collect(Collectors.toMap(AttendanceEntry::name, AttendanceEntry::status));
    }

    @Test
    void aMessyLedgerIsReadWithItsNewBranchCountWarningsAndLeaveReasonsAndReimportingChangesNothing() throws Exception {
        Path file = messy().xlsx(dir.resolve("会议.xlsx"));
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
        MeetingLedgerImport.Preview p = im.preview();
        assertThat(p.errors()).extracting(ImportMessage::text).isEmpty();
        assertThat(p.adds()).isEqualTo(7);
        assertThat(p.newBranches()).containsExactly("新成立党支部");
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "会议.xlsx，工作表“三会一课”，第3行，Q列（备注）：不认识的列名，该列不导入",
                "会议.xlsx，工作表“三会一课”，第7行，J列（应到）：应到人数写的是6人，按组织关系2025-07-01应到5人",
                "会议.xlsx，工作表“三会一课”，第7行，K列（实到）：实到人数写的是5人，按名单应为4人（应到5人，请假0人，缺席1人）",
                "会议.xlsx，工作表“三会一课”，第10行，E列（活动时间）：只填写了年月，按当月1日记录");
        assertThat(p.summary()).isEqualTo("新增 7 次会议，更新 0 次会议，未变 0 次会议；新建党支部 1 个：新成立党支部；警告 4 条，错误 0 条");
        assertThat(stored()).isEmpty();

        im.apply(Progress.NONE);
        Map<String, Meeting> byTheme = stored();
        assertThat(byTheme).hasSize(7);
        Meeting day = byTheme.get("三月主题党日暨专题党课");
        assertThat(day.orgUnitId()).isEqualTo(branchOne);
        assertThat(day.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 8, 14, 30));
        assertThat(day.types()).containsExactlyInAnyOrder(MeetingType.THEMED_PARTY_DAY, MeetingType.PARTY_LESSON);
        assertThat(day.place()).isEqualTo("党员活动室");
        assertThat(day.host()).isEqualTo(new PersonRef(ids.get("张三"), "张三"));
        assertThat(day.lecturer()).isEqualTo(new PersonRef(ids.get("张三"), "张三"));
        assertThat(day.agenda()).containsExactly("学习全会精神", "讨论年度计划");
        assertThat(day.minutes()).isEqualTo("张三讲党课。");
        assertThat(day.nonVotingAttendees()).containsExactly(new NonVotingAttendee(null, "周九", "区委组织部"));
        // 孙八 still belonged to the branch in March
        assertThat(day.attendance()).containsExactly(
                new AttendanceEntry(ids.get("孙八"), "孙八", AttendanceStatus.ON_LEAVE, "病假", null),
                AttendanceEntry.present(ids.get("张三"), "张三"),
                AttendanceEntry.present(ids.get("李四"), "李四"),
                new AttendanceEntry(ids.get("王五"), "王五", AttendanceStatus.ON_LEAVE, "出差", null),
                AttendanceEntry.present(ids.get("赵六"), "赵六"));
        Meeting committee = byTheme.get("三月支委会");
        assertThat(committee.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 9, 30));
        assertThat(statuses(committee)).containsOnlyKeys("张三", "李四");
        // in July 孙八 had left and 钱七 had joined
        assertThat(statuses(byTheme.get("七一党员大会"))).containsExactlyInAnyOrderEntriesOf(Map.of("张三", AttendanceStatus.PRESENT,
                "李四", AttendanceStatus.PRESENT, "王五", AttendanceStatus.PRESENT, "赵六", AttendanceStatus.ABSENT,
                "钱七", AttendanceStatus.PRESENT));
        assertThat(byTheme.get("七一党员大会").heldAt()).isEqualTo(LocalDateTime.of(2025, 7, 1, 0, 0));
        assertThat(byTheme.get("八月主题党日").attendance()).contains(
                new AttendanceEntry(ids.get("钱七"), "钱七", AttendanceStatus.ON_LEAVE, "培训", null));
        assertThat(byTheme.get("九月支委会").heldAt()).isEqualTo(LocalDateTime.of(2025, 9, 1, 0, 0));
        assertThat(byTheme.get("十月党课").heldAt()).isEqualTo(LocalDateTime.of(2025, 10, 10, 15, 0));
        assertThat(byTheme.get("十月党课").lecturer()).isEqualTo(new PersonRef(ids.get("李四"), "李四"));
        Meeting founding = byTheme.get("成立大会");
        OrgUnit newBranch = new OrgRepository(ws.database()).find(founding.orgUnitId()).orElseThrow();
        assertThat(newBranch.name()).isEqualTo("新成立党支部");
        assertThat(newBranch.kind()).isEqualTo(OrgKind.BRANCH);
        assertThat(newBranch.parentId()).isEqualTo(organ);
        assertThat(founding.attendance()).isEmpty();

        MeetingLedgerImport again = MeetingLedgerImport.open(ws, file, Progress.NONE);
        assertThat(again.preview().adds()).isZero();
        assertThat(again.preview().updates()).isZero();
        assertThat(again.preview().unchanged()).isEqualTo(7);
        assertThat(again.preview().newBranches()).isEmpty();
        again.apply(Progress.NONE);
        assertThat(stored()).isEqualTo(byTheme);
    }

    @Test
    void theSameLedgerAsXlsGivesTheSameMeetings() throws Exception {
        MeetingLedgerImport.open(ws, messy().xlsx(dir.resolve("会议.xlsx")), Progress.NONE).apply(Progress.NONE);
        Map<String, Meeting> fromXlsx = stored();
        MeetingLedgerImport xls = MeetingLedgerImport.open(ws, messy().xls(dir.resolve("会议.xls")), Progress.NONE);
        assertThat(xls.preview().errors()).isEmpty();
        assertThat(xls.preview().unchanged()).isEqualTo(7);
        assertThat(xls.preview().adds() + xls.preview().updates()).isZero();
        assertThat(stored()).isEqualTo(fromXlsx);
    }

    @Test
    void aChangedRowUpdatesItsMeetingAndKeepsTheMakeUpOfThoseStillOnLeave() throws Exception {
        MeetingLedgerImport.open(ws, messy().xlsx(dir.resolve("会议.xlsx")), Progress.NONE).apply(Progress.NONE);
        Meeting day = stored().get("三月主题党日暨专题党课");
        LocalDate makeUp = LocalDate.of(2025, 3, 20);
        meetings.update("测试", day.withAttendance(day.attendance().stream()
                .map(a -> a.name().equals("王五") ? a.withStatus(AttendanceStatus.ON_LEAVE, "出差", makeUp) : a).toList()));
        Path changed = new SheetMaker().sheet("三会一课")
                .row((Object[]) HEADER)
                .row(1, "第一党支部", "三月主题党日暨专题党课", "党课、主题党日", "2025-03-08 14:30", "大会议室", "张三", "李四", "张三",
                        5, 2, "王五（出差）、孙八（病假）", "赵六")
                .xlsx(dir.resolve("改.xlsx"));
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, changed, Progress.NONE);
        // the only warning is the unknown 备注 column
        assertThat(im.preview().summary()).isEqualTo("新增 0 次会议，更新 1 次会议，未变 0 次会议；警告 1 条，错误 0 条");
        im.apply(Progress.NONE);
        Meeting after = stored().get("三月主题党日暨专题党课");
        assertThat(after.id()).isEqualTo(day.id());
        assertThat(after.place()).isEqualTo("大会议室");
        assertThat(after.agenda()).containsExactly("学习全会精神", "讨论年度计划");
        assertThat(after.attendance()).contains(
                new AttendanceEntry(ids.get("王五"), "王五", AttendanceStatus.ON_LEAVE, "出差", makeUp),
                new AttendanceEntry(ids.get("赵六"), "赵六", AttendanceStatus.ABSENT, null, null));
    }

    @Test
    void anUnknownNameOrADuplicateRowIsAnErrorAndOneBadRowWritesNothing() throws Exception {
        Path file = new SheetMaker().sheet("三会一课")
                .row("“三会一课”台账").mergeLast(0, 5)
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "请假人员", "缺席人员")
                .row("新成立党支部", "党员大会", "成立大会", "2025-09-01")
                .row("第一党支部", "支委会", "三月支委会", "2025-03-10", "王五（出差）")
                .row("第一党支部", "主题党日", "四月主题党日", "2025-04-08", "周九（出差）", "孙八")
                .row("第一党支部", "主题党日", "四月主题党日", "2025年4月8日")
                .row("第一党支部", "座谈会", "五月座谈", "2025-05-08")
                .xlsx(dir.resolve("有错.xlsx"));
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, file, Progress.NONE);
        assertThat(im.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "有错.xlsx，工作表“三会一课”，第4行，E列（请假人员）：“王五”不是这次会议的应到人员（只开支部委员会时，应到人员为支部委员）",
                "有错.xlsx，工作表“三会一课”，第5行，E列（请假人员）：“周九”不是“第一党支部”2025-04-08的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）",
                // 孙八 is a member of 第二党支部: said so (MeetingImportOtherBranchTest)
                "有错.xlsx，工作表“三会一课”，第5行，F列（缺席人员）：“孙八”2025-04-08属于“第二党支部”，不是“第一党支部”的党员（按组织关系）；"
                        + "如已调入本支部，请先在党员页面办理“调动…”，如是填错了所在党支部，请改正后再导入",
                "有错.xlsx，工作表“三会一课”，第6行：与第5行是同一次会议（所在党支部、会议时间、会议类型、会议主题都相同），同一次会议只能写一行",
                "有错.xlsx，工作表“三会一课”，第7行，B列（会议类型）：不认识的会议类型“座谈会”，应为 支部党员大会、支部委员会、党小组会、党课、主题党日、"
                        + "组织生活会、民主生活会、民主评议党员、理论学习中心组学习 之一（几种用顿号分隔）");
        assertThat(im.preview().adds()).isEqualTo(1);
        assertThatThrownBy(() -> im.apply(Progress.NONE)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("台账有 5 处错误，未写入任何数据");
        assertThat(stored()).isEmpty();
        assertThat(new OrgRepository(ws.database()).all()).extracting(OrgUnit::name).doesNotContain("新成立党支部");

        Path annotated = dir.resolve("有错-导入结果.xlsx");
        im.writeAnnotated(annotated);
        try (Workbook wb = WorkbookFactory.create(annotated.toFile())) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(s.getRow(1).getCell(6))).isEqualTo("导入结果");
            assertThat(fmt.formatCellValue(s.getRow(4).getCell(6))).isEqualTo(
                    "错误：E列（请假人员）：“周九”不是“第一党支部”2025-04-08的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）；"
                            + "错误：F列（缺席人员）：“孙八”2025-04-08属于“第二党支部”，不是“第一党支部”的党员（按组织关系）；"
                            + "如已调入本支部，请先在党员页面办理“调动…”，如是填错了所在党支部，请改正后再导入");
            assertThat(s.getRow(2).getCell(6)).isNull();
        }
    }

    @Test
    void aSharedUnitNameIsWrittenWithItsParentInBracketsAndTheOldSlashFormIsStillRead() throws Exception {
        MeetingFixture f = new MeetingFixture(ws.database());
        int cellOne = f.unit(branchOne, OrgKind.CELL, "第一党小组", 1);
        int cellTwo = f.unit(branchTwo, OrgKind.CELL, "第一党小组", 1);
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间")
                .row("第一党小组", "党小组会", "三月党小组会", "2025-03-10")
                .row("第一党小组（第三党支部）", "党小组会", "三月党小组会", "2025-03-11")
                .xlsx(dir.resolve("同名.xlsx"));
        MeetingLedgerImport refused = MeetingLedgerImport.open(ws, file, Progress.NONE);
        assertThat(refused.preview().errors()).extracting(ImportMessage::text).containsExactly(
                "同名.xlsx，工作表“三会一课”，第2行，A列（所在党支部）：有2个名为“第一党小组”的党组织，请写作 第一党小组（上级党组织名称），"
                        + "如 第一党小组（第一党支部）、第一党小组（第二党支部）",
                "同名.xlsx，工作表“三会一课”，第3行，A列（所在党支部）：找不到党组织“第一党小组（第三党支部）”："
                        + "上级党组织“第三党支部”下没有名为“第一党小组”的党组织");
        assertThat(refused.preview().adds()).isZero();

        Path good = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间")
                .row("第一党小组（第一党支部）", "党小组会", "一支部一组三月党小组会", "2025-03-10")
                .row("第二党支部/第一党小组", "党小组会", "二支部一组三月党小组会", "2025-03-11")
                .xlsx(dir.resolve("写明上级.xlsx"));
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, good, Progress.NONE);
        assertThat(im.preview().errors()).isEmpty();
        im.apply(Progress.NONE);
        assertThat(stored().get("一支部一组三月党小组会").orgUnitId()).isEqualTo(cellOne);
        assertThat(stored().get("二支部一组三月党小组会").orgUnitId()).isEqualTo(cellTwo);

        Path out = dir.resolve("导出.xlsx");
        LedgerExport.export(LedgerKind.MEETINGS, ws, out, new LedgerExport.Options(null, null, false), Progress.NONE);
        assertThat(SheetValues.of(out).stream().flatMap(List::stream).toList())
                .contains("第一党小组（第一党支部）", "第一党小组（第二党支部）").doesNotContain("第一党小组", "第二党支部/第一党小组");
        MeetingLedgerImport again = MeetingLedgerImport.open(ws, out, Progress.NONE);
        assertThat(again.preview().errors()).isEmpty();
        assertThat(again.preview().unchanged()).isEqualTo(2);
    }

    @Test
    void theTemplateHasATitleAFrozenHeaderATypeDropdownAndNotes() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        LedgerTemplate.write(LedgerKind.MEETINGS, out);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            XSSFSheet s = (XSSFSheet) wb.getSheet("三会一课");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("“三会一课”台账");
            Row header = s.getRow(1);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("所在党支部");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("会议类型");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(2);
                assertThat(v.getValidationConstraint().getExplicitListValues()).contains("支部委员会", "主题党日", "党课");
            });
            Sheet notes = wb.getSheet("填表说明");
            DataFormatter fmt = new DataFormatter();
            List<String> texts = new java.util.ArrayList<>();
            notes.forEach(r -> r.forEach(c -> texts.add(fmt.formatCellValue(c))));
            assertThat(texts).contains("请假人员", "会议类型").anyMatch(t -> t.contains("张三（出差）、李四（病假）"));
        }
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, out, Progress.NONE);
        assertThat(im.preview().adds()).isZero();
        assertThat(im.preview().errors()).isEmpty();
    }

    @Test
    void theSampleBureauExportsAndReimportsWithNothingToChange() throws Exception {
        try (Workspace sample = Workspace.open(dir.resolve("sample.db"), "测试")) {
            SampleBureau.generate(sample, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
            Path out = dir.resolve("导出.xlsx");
            int n = LedgerExport.export(LedgerKind.MEETINGS, sample, out, new LedgerExport.Options(2025, null, false), Progress.NONE);
            assertThat(n).isGreaterThan(500);
            MeetingLedgerImport im = MeetingLedgerImport.open(sample, out, Progress.NONE);
            assertThat(im.preview().errors()).extracting(ImportMessage::text).isEmpty();
            assertThat(im.preview().warnings()).extracting(ImportMessage::text).isEmpty();
            assertThat(im.preview().unchanged()).isEqualTo(n);
            assertThat(im.preview().adds() + im.preview().updates()).isZero();

            Path branchOnly = dir.resolve("一个支部.xlsx");
            String branch = new OrgRepository(sample.database()).all().stream()
                    .filter(u -> u.kind() == OrgKind.BRANCH).map(OrgUnit::name).sorted().findFirst().orElseThrow();
            int m = LedgerExport.export(LedgerKind.MEETINGS, sample, branchOnly, new LedgerExport.Options(null, branch, false),
                    Progress.NONE);
            assertThat(m).isPositive().isLessThan(n * 3);
        }
    }

    @Test
    void exportThenImportRoundTripsEveryField() throws Exception {
        MeetingLedgerImport.open(ws, messy().xlsx(dir.resolve("会议.xlsx")), Progress.NONE).apply(Progress.NONE);
        Map<String, Meeting> before = stored();
        Path out = dir.resolve("导出.xlsx");
        assertThat(LedgerExport.export(LedgerKind.MEETINGS, ws, out, new LedgerExport.Options(2025, null, false), Progress.NONE))
                .isEqualTo(7);
        MeetingLedgerImport im = MeetingLedgerImport.open(ws, out, Progress.NONE);
        assertThat(im.preview().summary()).isEqualTo("新增 0 次会议，更新 0 次会议，未变 7 次会议；警告 0 条，错误 0 条");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            DataFormatter fmt = new DataFormatter();
            Row first = wb.getSheetAt(0).getRow(2);
            List<String> cells = new java.util.ArrayList<>();
            first.forEach(c -> cells.add(fmt.formatCellValue(c)));
            assertThat(cells).containsExactly("1", "第一党支部", "党课、主题党日", "三月主题党日暨专题党课", "2025-03-08 14:30",
                    "党员活动室", "张三", "李四", "张三", "5", "3", "2", "0", "孙八（病假）、王五（出差）", "周九（区委组织部）",
                    "学习全会精神\n讨论年度计划", "张三讲党课。");
        }
        im.apply(Progress.NONE);
        assertThat(stored()).isEqualTo(before);
    }
}
