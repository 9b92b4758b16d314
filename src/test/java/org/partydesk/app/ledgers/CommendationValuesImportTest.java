package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.CommendationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commendations ledger laid out as a 表彰 template of another system (commendation-headers/表彰情况统计表.xlsx),
 * into an empty database after its roster (merged-branch/花名册.xlsx): a 个人 sheet with 获奖项目, 获表彰党员姓名,
 * 获奖年月 and 年度, a 集体 sheet with 获得奖项 and 获表彰党支部名称, a 上级表彰 sheet with 奖项, the levels 厅局级, 省部级 and 部级, and the
 * date at the foot of a 表彰决定 in Chinese numerals.
 */
class CommendationValuesImportTest extends EmptyDatabaseTest {
    @Test
    void personAndBranchColumnsLevelsAndClerksDatesAreStored() throws Exception {
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, ClerkFiles.copy(dir, "merged-branch/花名册.xlsx"), true, Progress.NONE);
        Path file = ClerkFiles.copy(dir, "commendation-headers/表彰情况统计表.xlsx");
        LedgerImporter im = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE);
        ImportPreview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "表彰情况统计表.xlsx，工作表“个人”，第4行，E列（获奖年月）：只填写了年月，按当月1日记录",
                "表彰情况统计表.xlsx，工作表“集体”，第4行，C列（获表彰党支部名称）：库中没有名为“某某监测站团支部”的党员、党组织或处室，记为外部集体");
        assertThat(p.records()).extracting(ImportRecord::sheet).containsExactly("个人", "个人", "集体", "集体", "上级表彰");
        im.apply(Progress.NONE);

        Map<String, Commendation> byTitle = new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all()).stream()
                .collect(Collectors.toMap(Commendation::title, c -> c));
        assertThat(byTitle).containsOnlyKeys("优秀共产党员", "优秀党务工作者", "先进基层党组织", "五四红旗团支部", "最美基层环保人");
        Commendation national = byTitle.get("最美基层环保人");
        assertThat(national.level()).isEqualTo(CommendationLevel.NATIONAL);
        assertThat(national.awardedOn()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(national.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.MEMBER);
        Commendation party = byTitle.get("优秀共产党员");
        assertThat(party.level()).isEqualTo(CommendationLevel.BUREAU);
        assertThat(party.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(party.periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(party.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.MEMBER);
        Commendation worker = byTitle.get("优秀党务工作者");
        assertThat(worker.level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(worker.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(worker.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.MEMBER);
        Commendation branch = byTitle.get("先进基层党组织");
        assertThat(branch.level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(branch.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(branch.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.BRANCH);
        Commendation external = byTitle.get("五四红旗团支部");
        assertThat(external.level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(external.recipients()).extracting(Commendation.Recipient::externalName).containsExactly("某某监测站团支部");
    }
}
