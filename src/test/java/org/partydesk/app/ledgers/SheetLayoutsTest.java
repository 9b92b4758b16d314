package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Member;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Sheets laid out as clerks lay them out, read into an empty database: merged cells down a column, notes
 * and instruction blocks anywhere, two-row headers, a header that is not found.
 */
class SheetLayoutsTest extends EmptyDatabaseTest {
    static final String ZHANG = id("42010219850317123");
    static final String LI = id("42010219900101234");
    static final String WANG = id("11010519491231002");
    static final String ZHAO = id("32010219780615001");

    /** Name → branch of every member stored today. */
    private Map<String, String> branches() {
        MemberRepository repo = new MemberRepository(ws.database());
        Map<Integer, String> names = repo.branchNamesOfAll(LocalDate.now());
        return repo.all().stream().collect(Collectors.toMap(Member::name, m -> names.getOrDefault(m.id(), "")));
    }

    /** A printed roster: 所在党支部 merged down the rows of each branch. */
    private static SheetMaker mergedBranches() {
        return new SheetMaker()
                .row("机关党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("所在党支部", "姓名", "身份证号", "性别")
                .row("第一党支部", "张三", ZHANG, "男")
                .row(null, "李四", LI, "女")
                .row(null, "王五", WANG, "女")
                .row("第二党支部", "赵六", ZHAO, "男")
                .merge(2, 4, 0, 0);
    }

    @Test
    void aBranchMergedDownTheRowsBelongsToEveryRowUnderItInXlsx() throws Exception {
        Path file = mergedBranches().xlsx(dir.resolve("花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "张三", "第一党支部", "李四", "第一党支部", "王五", "第一党支部", "赵六", "第二党支部"));
    }

    @Test
    void aBranchMergedDownTheRowsBelongsToEveryRowUnderItInXls() throws Exception {
        Path file = mergedBranches().xls(dir.resolve("花名册.xls"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsEntry("王五", "第一党支部").containsEntry("赵六", "第二党支部").hasSize(4);
    }

    @Test
    void instructionBlocksAnywhereAreSkippedAndNamedOnce() throws Exception {
        String prose = "本表所列党员信息须与党员档案一致，如有变动请于每月五日前报送机关党委组织科，逾期未报的由支部书记说明情况";
        Path file = new SheetMaker()
                .row("所在党支部", "姓名", "身份证号", "性别", null, null, "填写注意事项：身份证号填写18位，性别只填男或女，不清楚的请向组织科询问")
                .row("第一党支部", "张三", ZHANG, "男")
                .row("第一党支部", "李四", LI, "女")
                .row("1、所在党支部写全称")
                .row("2、性别只填男或女")
                .row("第二党支部", "赵六", ZHAO, "男")
                .row(prose)
                .row(null, null, null, null)
                .row(null, null, null, null)
                .merge(0, 2, 6, 8)
                .merge(6, 8, 0, 3)
                .xlsx(dir.resolve("带说明的花名册.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsOnlyKeys("张三", "李四", "赵六");
        assertThat(p.warnings()).extracting(ImportMessage::text)
                .anyMatch(t -> t.contains("第4–5行、第7–9行是说明文字") && t.contains("已跳过"));
        assertThat(p.warnings()).extracting(ImportMessage::header).doesNotContain("性别");
    }

    @Test
    void aNotesBlockBesideTheDataIsSkippedAndNamed() throws Exception {
        Path file = new SheetMaker()
                .row("所在党支部", "姓名", "身份证号")
                .row("第一党支部", "张三", ZHANG, null, "说明：本表由支部组织委员填写，填好后交机关党委组织科汇总，请勿改动表头")
                .row("第一党支部", "李四", LI)
                .merge(1, 2, 4, 6)
                .xlsx(dir.resolve("旁边有说明.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsOnlyKeys("张三", "李四");
        assertThat(p.warnings()).extracting(ImportMessage::text).anyMatch(t -> t.contains("第2–3行数据旁边的说明文字（“说明:本表由支部组织委员填写"));
    }

    @Test
    void aGroupHeaderOverTheColumnNamesIsOneHeaderAndNotAData() throws Exception {
        Path file = new SheetMaker()
                .row("机关党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("序号", "所在党支部", "基本信息", null, null)
                .row(null, null, "姓名", "性别", "身份证号")
                .row(1, "第一党支部", "张三", "男", ZHANG)
                .row(2, "第二党支部", "李四", "女", LI)
                .merge(1, 2, 0, 0)
                .merge(1, 2, 1, 1)
                .merge(1, 1, 2, 4)
                .xls(dir.resolve("两行表头.xls"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of("张三", "第一党支部", "李四", "第二党支部"));
    }

    @Test
    void aColumnNameWrittenOnceBesideAGroupRowBelongsToTheHeaderUnderIt() throws Exception {
        Path file = new SheetMaker()
                .row("机关党员花名册（截至2025年12月31日）")
                .row("所在党支部", "基本信息", null, null)
                .row(null, "姓名", "性别", "身份证号")
                .row("第一党支部", "张三", "男", ZHANG)
                .merge(1, 1, 1, 3)
                .xlsx(dir.resolve("分组表头.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsExactlyEntriesOf(Map.of("张三", "第一党支部"));
    }

    @Test
    void attendanceCountsUnderAMergedGroupHeaderAreItsColumns() throws Exception {
        Path file = new SheetMaker()
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "参会情况", null)
                .row(null, null, null, null, "应到", "实到")
                .row("第一党支部", "支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8), 0, 0)
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 1, 3, 3)
                .merge(0, 0, 4, 5)
                .xlsx(dir.resolve("三会一课.xlsx"));
        MeetingLedgerImport.Preview p = (MeetingLedgerImport.Preview) LedgerImporter.importFile(
                LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.adds()).isEqualTo(1);
        assertThat(p.warnings()).extracting(ImportMessage::row).doesNotContain(2);
        assertThat(p.warnings()).extracting(ImportMessage::text).noneMatch(t -> t.contains("不认识的列名"));
    }

    @Test
    void noHeaderSaysWhichRowCameClosestAndWhatItSaw() throws Exception {
        Path file = new SheetMaker()
                .row("机关党员花名册")
                .row("序号", "名字", "工号", "备用")
                .row(1, "张三", "A01", "办公室")
                .xlsx(dir.resolve("不像花名册.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, false, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("前15行中找不到表头")
                .hasMessageContaining("最接近的是第2行：“序号”“名字”“工号”“备用”，其中只认出了“序号”");
    }

    /** A meetings ledger as clerks keep it: 序号, 所在党支部 and the meeting's columns. */
    private Path meetingsLedger() throws Exception {
        return new SheetMaker().sheet("三会一课")
                .row("机关2025年三会一课台账")
                .row("序号", "所在党支部", "会议类型", "会议主题", "会议时间", "会议地点", "主持人", "记录人")
                .row(1, "第一党支部", "支部委员会", "研究发展党员工作", LocalDate.of(2025, 3, 8), "会议室", "张三", "李四")
                .xlsx(dir.resolve("三会一课台账.xlsx"));
    }

    @Test
    void aMeetingsLedgerChosenAsARosterSaysWhatItLooksLike() throws Exception {
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, meetingsLedger(), true, Progress.NONE);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.errors()).singleElement().extracting(ImportMessage::reason).asString()
                .startsWith("这看起来是三会一课台账，而不是花名册：请选择“三会一课台账”")
                .contains("import meetings 三会一课台账.xlsx");
        assertThat(branches()).isEmpty();
    }

    @Test
    void aRosterChosenAsAMeetingsLedgerSaysWhatItLooksLike() throws Exception {
        Path roster = mergedBranches().xlsx(dir.resolve("花名册.xlsx"));
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEETINGS, ws, roster, true, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("花名册.xlsx：这看起来是花名册，而不是三会一课台账：请选择“花名册”后重新导入（命令行：import members 花名册.xlsx）；未写入任何数据");
    }
}
