package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.Member;
import org.partydesk.model.RecordedCounts;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Sheets laid out as clerks lay them out, read into an empty database: merged cells down a column, notes
 * and instruction blocks anywhere, two-row headers, a header that is not found, the wrong kind chosen. The
 * workbooks are the hand-made files under src/test/resources/ledgers (see {@code ClerkWorkbooks}).
 */
class SheetLayoutsTest extends EmptyDatabaseTest {
    /** Name → branch of every member stored today. */
    private Map<String, String> branches() {
        MemberRepository repo = new MemberRepository(ws.database());
        Map<Integer, String> names = repo.branchNamesOfAll(LocalDate.now());
        return repo.all().stream().collect(Collectors.toMap(Member::name, m -> names.getOrDefault(m.id(), "")));
    }

    private static final Map<String, String> MERGED_ROSTER = Map.of("张三", "第一党支部", "李四", "第一党支部",
            "王五", "第一党支部", "赵六", "第二党支部", "钱七", "第二党支部");

    /**
     * The same printed roster as Excel saves it (.xlsx), as an .xls, and as LibreOffice Calc saves it (.ods, where a
     * merged range is a spanning cell and covered cells, and .xlsx, with rich text in its shared strings): the same
     * branches and dates.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods", "LibreOffice.xlsx"})
    void aBranchMergedDownTheRowsBelongsToEveryRowUnderIt(String format) throws Exception {
        Path file = ClerkFiles.copy(dir, "merged-branch/花名册." + format);
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(MERGED_ROSTER);
        assertThat(new MemberRepository(ws.database()).all()).extracting(Member::joinedOn)
                .containsExactlyInAnyOrder(LocalDate.of(2008, 7, 1), LocalDate.of(2012, 6, 28), LocalDate.of(1975, 7, 1),
                        LocalDate.of(2001, 7, 1), LocalDate.of(2005, 5, 4));
    }

    @Test
    void instructionBlocksAnywhereAreSkippedAndNamedOnce() throws Exception {
        Path file = ClerkFiles.copy(dir, "notes/带填写注意事项的花名册.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of("张三", "第一党支部", "李四", "第一党支部", "赵六", "第二党支部"));
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "带填写注意事项的花名册.xlsx，工作表“党员名册”，第2行，G列（填写注意事项:身份证号填写18位,性别只填男或女,不清楚的请向组织科询问）："
                        + "不认识的列名，该列不导入",
                "带填写注意事项的花名册.xlsx，工作表“党员名册”，第5行：第5–6行、第8–10行是说明文字（“1、所在党支部写全称”），已跳过，未作为数据导入");
    }

    @Test
    void aNotesBlockBesideTheDataIsSkippedAndNamed() throws Exception {
        Path file = ClerkFiles.copy(dir, "notes/旁边有说明的花名册.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of("张三", "第一党支部", "李四", "第一党支部"));
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "旁边有说明的花名册.xlsx，工作表“党员名册”，第3行：第3–4行数据旁边的说明文字"
                        + "（“说明:本表由支部组织委员填写,填好后交机关党委组织科汇总,请…”）不是表格的列，未导入");
    }

    @Test
    void aGroupHeaderOverTheColumnNamesIsOneHeaderAndNotAData() throws Exception {
        Path file = ClerkFiles.copy(dir, "two-row-header/花名册.xls");
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
                .row("第一党支部", "张三", "男", id("42010219850317123"))
                .merge(1, 1, 1, 3)
                .xlsx(dir.resolve("分组表头.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(branches()).containsExactlyEntriesOf(Map.of("张三", "第一党支部"));
    }

    @Test
    void attendanceCountsUnderAMergedGroupHeaderAreItsColumns() throws Exception {
        Path file = ClerkFiles.copy(dir, "two-row-header/三会一课台账.xlsx");
        MeetingLedgerImport.Preview p = (MeetingLedgerImport.Preview) LedgerImporter.importFile(
                LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.adds()).isEqualTo(2);
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "三会一课台账.xlsx，工作表“三会一课”，第5行，F列（应到）：会议当天没有登记支部委员，应到人员无法确定："
                        + "按台账人数记录（应到5人，实到5人，请假0人，缺席0人），不逐人登记出勤",
                "三会一课台账.xlsx，工作表“三会一课”，第6行，F列（应到）：会议当天该党组织没有在册党员（按组织关系），应到人员无法确定："
                        + "按台账人数记录（应到12人，实到10人，请假2人，缺席0人），不逐人登记出勤");
        MeetingRepository meetings = new MeetingRepository(ws.database());
        Map<String, RecordedCounts> counts = meetings.list(MeetingFilter.ALL).stream()
                .map(s -> meetings.load(s.id()).orElseThrow()).collect(Collectors.toMap(Meeting::theme, Meeting::recorded));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "研究发展党员工作", new RecordedCounts(5, 5, 0, 0),
                "学习贯彻全会精神", new RecordedCounts(12, 10, 2, 0)));
        // the column map names 请假 and 缺席 under 参会情况 as the counts they are read as
        assertThat(p.columns()).filteredOn(c -> List.of("请假", "缺席").contains(c.header()))
                .extracting(ColumnMapping::fieldLabel).containsExactly("请假人数", "缺席人数");
    }

    @Test
    void noHeaderSaysWhichRowCameClosestAndWhatItSaw() throws Exception {
        Path file = ClerkFiles.copy(dir, "no-header/人员名单.xlsx");
        assertThatThrownBy(() -> LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, false, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("人员名单.xlsx，工作表“名单”：前15行中找不到表头（表头行至少要有两个可识别的列名，如 姓名、性别、民族、出生日期）；"
                        + "最接近的是第2行：“序号”“名字”“工号”“备用”，其中只认出了“序号”");
        assertThat(branches()).isEmpty();
    }

    @Test
    void aMeetingsLedgerChosenAsARosterSaysWhatItLooksLike() throws Exception {
        Path file = ClerkFiles.copy(dir, "wrong-kind/三会一课台账.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "三会一课台账.xlsx，工作表“三会一课”：这看起来是三会一课台账，而不是花名册：请选择“三会一课台账”后重新导入"
                        + "（命令行：import meetings 三会一课台账.xlsx）；未写入任何数据");
        assertThat(branches()).isEmpty();
    }

    @Test
    void aRosterChosenAsAMeetingsLedgerSaysWhatItLooksLike() throws Exception {
        Path roster = ClerkFiles.copy(dir, "merged-branch/花名册.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, roster, true, Progress.NONE);
        assertThat(p.warnings()).isEmpty();
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "花名册.xlsx，工作表“党员名册”：这看起来是花名册，而不是三会一课台账：请选择“花名册”后重新导入（命令行：import members 花名册.xlsx）；未写入任何数据");
        assertThat(new MeetingRepository(ws.database()).list(MeetingFilter.ALL)).isEmpty();
    }
}
