package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.Member;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 汇总 or 统计 sheet beside the branches' sheets (a header, but not the ledger's required columns) is skipped
 * with a warning naming it; a workbook whose only ledger sheet lacks a required column is still refused. Files
 * under src/test/resources/ledgers/totals-sheet, into an empty database.
 */
class TotalsSheetTest extends EmptyDatabaseTest {
    private Map<String, String> branches() {
        MemberRepository repo = new MemberRepository(ws.database());
        Map<Integer, String> names = repo.branchNamesOfAll(LocalDate.now());
        return repo.all().stream().collect(Collectors.toMap(Member::name, m -> names.getOrDefault(m.id(), "")));
    }

    @Test
    void aTotalsSheetBesideTwoBranchSheetsIsSkippedAndNamed() throws Exception {
        Path file = ClerkFiles.copy(dir, "totals-sheet/各支部花名册及汇总.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "各支部花名册及汇总.xlsx，工作表“汇总”：这个工作表的表头（第2行）没有必填的列“姓名”，"
                        + "像是汇总或统计表而不是台账，已跳过，未导入；其他工作表照常导入");
        assertThat(p.records()).extracting(ImportRecord::sheet).containsExactly("第一党支部", "第一党支部", "第二党支部");
        assertThat(branches()).containsExactlyInAnyOrderEntriesOf(Map.of("张三", "第一党支部", "李四", "第一党支部", "赵六", "第二党支部"));
    }

    @Test
    void aStatisticsSheetBesideTheBranchesMeetingsIsSkippedAndNamed() throws Exception {
        Path file = ClerkFiles.copy(dir, "totals-sheet/各支部三会一课.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text)
                .filteredOn(t -> !t.contains("没有登记支部委员")).as("支委 not registered: said once, see ProbedClerkFilesTest").containsExactly(
                "各支部三会一课.xlsx，工作表“统计”：这个工作表的表头（第2行）没有必填的列“会议主题”“会议时间”，"
                        + "像是汇总或统计表而不是台账，已跳过，未导入；其他工作表照常导入");
        assertThat(new MeetingRepository(ws.database()).list(MeetingFilter.ALL)).extracting(MeetingSummary::theme)
                .containsExactlyInAnyOrder("研究发展党员工作", "参观红色教育基地");
    }

    @Test
    void theOnlyLedgerSheetWithoutIdNumbersIsImportedByName() throws Exception {
        Path file = ClerkFiles.copy(dir, "totals-sheet/缺身份证号的花名册.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).anyMatch(r -> r.startsWith("名册没有身份证号列：按姓名识别党员"));
        assertThat(branches()).containsExactlyEntriesOf(Map.of("张三", "第一党支部"));
    }

    @Test
    void theTotalsSheetAloneIsRefused() throws Exception {
        Path file = ClerkFiles.copy(dir, "totals-sheet/各支部花名册及汇总.xlsx");
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEMBERS, ws, file, ImportOptions.NONE.withSheet("汇总"), true,
                Progress.NONE);
        assertThat(p.errors()).extracting(ImportMessage::text).containsExactly(
                "各支部花名册及汇总.xlsx，工作表“汇总”，第2行：缺少必填的列“姓名”（也可写作：党员姓名）");
        assertThat(branches()).isEmpty();
    }
}
