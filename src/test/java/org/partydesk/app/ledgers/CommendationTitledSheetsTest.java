package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.logic.ledgers.CommendationLedger;
import org.partydesk.model.Commendation;
import org.partydesk.model.PeriodKind;
import org.partydesk.model.RecipientKind;
import org.partydesk.store.CommendationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * Commendations kept as offices keep them, into an empty database after its roster: a 月度作风标兵 ledger by month
 * (月份 1月 … 12月 under a title naming the year, no 授予时间), a list per honour whose name and year are only in its title
 * (“2025年度优秀共产党员名单”: 序号, 姓名, 所在党支部), and a two-year honour (2024-2025年度).
 */
class CommendationTitledSheetsTest extends EmptyDatabaseTest {
    @BeforeEach
    void roster() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("序号", "姓名", "身份证号码", "所在党支部")
                .row(1, "张三", id("42010219800101123"), "机关第一党支部")
                .row(2, "李四", id("42010219850202234"), "机关第一党支部")
                .row(3, "王芳", id("42010219900303345"), "机关第二党支部")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
    }

    private List<Commendation> stored() {
        return new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all());
    }

    @Test
    void aMonthlyLedgerWithoutAwardDatesTakesTheEndOfEachMonth() throws Exception {
        Path file = new SheetMaker().sheet("作风标兵")
                .row("2025年月度作风标兵评选台账").mergeLast(0, 4)
                .row("序号", "月份", "荣誉名称", "姓名", "所在支部")
                .row(1, "1月", "月度作风标兵", "张三", "机关第一党支部")
                .row(2, "2月份", "月度作风标兵", "王芳", "机关第二党支部")
                .row(3, "11-12月", "双月作风标兵", "李四", "机关第一党支部")
                .xlsx(dir.resolve("作风标兵.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::reason).filteredOn(r -> r.startsWith("没有授予时间")).containsExactly(
                "没有授予时间，按评选期“1月”的最后一天（2025-01-31）记录",
                "没有授予时间，按评选期“2月份”的最后一天（2025-02-28）记录",
                "没有授予时间，按评选期“11-12月”的最后一天（2025-12-31）记录");
        assertThat(stored()).extracting(c -> c.title() + " " + c.awardedOn() + " " + c.periodKind() + " " + c.periodStart()
                        + " " + c.recipients().get(0).kind())
                .containsExactlyInAnyOrder(
                        "月度作风标兵 2025-01-31 MONTH 2025-01-01 MEMBER",
                        "月度作风标兵 2025-02-28 MONTH 2025-02-01 MEMBER",
                        "双月作风标兵 2025-12-31 TWO_MONTHS 2025-11-01 MEMBER");
        assertThat(LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, false, Progress.NONE).summary())
                .startsWith("新增 0 ");
    }

    @Test
    void aListPerHonourTakesTheHonourAndYearFromItsTitle() throws Exception {
        Path file = new SheetMaker().sheet("Sheet1")
                .row("市生态环境局2025年度优秀共产党员名单").mergeLast(0, 2)
                .row("序号", "姓名", "所在党支部")
                .row(1, "张三", "机关第一党支部")
                .row(2, "王芳", "机关第二党支部")
                .xlsx(dir.resolve("优秀共产党员.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        List<Commendation> all = stored();
        assertThat(all).hasSize(1);
        Commendation c = all.get(0);
        assertThat(c.title()).isEqualTo("优秀共产党员");
        assertThat(c.periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(c.awardedOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(c.recipients()).extracting(Commendation.Recipient::kind).containsExactly(RecipientKind.MEMBER, RecipientKind.MEMBER);
    }

    @Test
    void aTwoYearHonourKeepsBothYears() throws Exception {
        Path file = new SheetMaker().sheet("评先创优")
                .row("评先创优台账").mergeLast(0, 4)
                .row("荣誉名称", "获奖对象", "级别", "授予时间", "评选期")
                .row("先进基层党组织", "机关第一党支部", "市级", "2026年6月28日", "2024-2025年度")
                .xlsx(dir.resolve("评先创优.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, true, Progress.NONE).errors()).isEmpty();
        Commendation c = stored().get(0);
        assertThat(c.periodKind()).isEqualTo(PeriodKind.YEAR);
        assertThat(c.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(c.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CommendationLedger.periodText(c.periodKind(), c.periodStart(), c.periodEnd())).isEqualTo("2024-2025年度");
    }

    @Test
    void aRecipientGroupOverPersonAndCollectiveColumnsReadsBoth() throws Exception {
        Path file = new SheetMaker().sheet("表彰")
                .row("2025年度表彰情况").mergeLast(0, 5)
                .row("序号", "荣誉名称", "获奖对象", null, "授予时间", "级别").mergeLast(2, 3)
                .row(null, null, "个人", "集体", null, null)
                .merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 4, 4).merge(1, 2, 5, 5)
                .row(1, "优秀共产党员", "张三", null, LocalDate.of(2025, 6, 28), "局级")
                .row(2, "先进基层党组织", null, "机关第一党支部", LocalDate.of(2025, 6, 28), "市级")
                .xlsx(dir.resolve("表彰.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, file, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(stored()).extracting(c -> c.title() + " " + c.recipients().get(0).kind())
                .containsExactlyInAnyOrder("优秀共产党员 MEMBER", "先进基层党组织 BRANCH");
    }

    @Test
    void titlesReadAsHonourAndPeriod() {
        assertThat(CommendationLedger.fromTitle("2025年11月月度作风标兵名单"))
                .containsEntry("title", "月度作风标兵").containsEntry("period", "2025年11月");
        assertThat(CommendationLedger.fromTitle("关于表彰2025年度优秀党务工作者的决定")).containsEntry("title", "优秀党务工作者");
        assertThat(CommendationLedger.fromTitle("党员先锋岗（2025年第三季度）")).containsEntry("title", "党员先锋岗")
                .containsEntry("period", "2025年第三季度");
        assertThat(CommendationLedger.fromTitle("2025年度优秀共产党员和先进基层党组织名单")).isEmpty();
        assertThat(CommendationLedger.fromTitle("评先创优台账")).isEmpty();
    }
}
