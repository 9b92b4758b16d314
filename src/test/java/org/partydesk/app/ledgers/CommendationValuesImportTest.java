package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.CommendationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A commendations ledger laid out as a 表彰 template of another system, into an empty database (after its
 * roster): 获奖项目, 获表彰党员姓名 and 获表彰党支部名称 in two columns, 获奖年月, 年度, the levels 厅局级 and
 * 省部级/部级, and the date at the foot of a 表彰决定 in Chinese numerals.
 */
class CommendationValuesImportTest extends EmptyDatabaseTest {
    @Test
    void personAndBranchColumnsLevelsAndClerksDatesAreStored() throws Exception {
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "政治面貌")
                .row("张三", id("42010219850317123"), "第一党支部", "中共党员")
                .xlsx(dir.resolve("名册.xlsx"));
        LedgerImport.members(ws, roster).apply(Progress.NONE);

        Path file = new SheetMaker().sheet("表彰")
                .row("2025年度表彰情况统计表").mergeLast(0, 7)
                .row("序号", "获奖项目", "获表彰党员姓名", "获表彰党支部名称", "级别", "获奖年月", "年度", "授予单位")
                .row(1, "优秀共产党员", "张三", "无", "厅局级", "2025年6月", 2025, "局党组")
                .row(2, "先进基层党组织", "—", "第一党支部", "省部级", "二〇二五年六月二十八日", "2025年度", "省直机关工委")
                .row(3, "五四红旗团支部", "/", "某某监测站团支部", "部级", "2025年5月4日", "2025", "共青团中央")
                .xlsx(dir.resolve("表彰.xlsx"));
        LedgerImporter im = LedgerImporter.open(LedgerKind.COMMENDATIONS, ws, file, Progress.NONE);
        ImportPreview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "表彰.xlsx，工作表“表彰”，第3行，F列（获奖年月）：只填写了年月，按当月1日记录",
                "表彰.xlsx，工作表“表彰”，第5行，D列（获表彰党支部名称）：库中没有名为“某某监测站团支部”的党员、党组织或处室，记为外部集体");
        im.apply(Progress.NONE);

        Map<String, Commendation> byTitle = new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all()).stream()
                .collect(Collectors.toMap(Commendation::title, c -> c));
        Commendation party = byTitle.get("优秀共产党员");
        assertThat(party.level()).isEqualTo(CommendationLevel.BUREAU);
        assertThat(party.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(party.periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(party.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.MEMBER);
        Commendation branch = byTitle.get("先进基层党组织");
        assertThat(branch.level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(branch.awardedOn()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(branch.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.BRANCH);
        Commendation external = byTitle.get("五四红旗团支部");
        assertThat(external.level()).isEqualTo(CommendationLevel.PROVINCIAL);
        assertThat(external.recipients()).extracting(Commendation.Recipient::externalName).containsExactly("某某监测站团支部");
    }
}
