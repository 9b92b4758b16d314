package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.Commendation;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.MeetingRepository;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A roster that writes its branch in full (中共示例市生态环境局机关第一党支部), then a meetings ledger and a commendations
 * ledger that write it as clerks say it (机关第一党支部, 一支部), into an empty database: the meetings and the honour go
 * to the branch, with one warning per name, where the meetings import used to make a second, empty branch and the
 * honour went to an outside collective.
 */
class BranchNameVariantsImportTest extends EmptyDatabaseTest {
    static final String FULL = "中共示例市生态环境局机关第一党支部";

    @Test
    void meetingsAndHonoursOfABranchWrittenShorterGoToIt() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", id("42010219800101123"), FULL, "2005-07-01")
                .row("李四", id("42010219850202234"), FULL, "2010-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();

        Path meetings = new SheetMaker()
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "请假人员")
                .row("机关第一党支部", "支部委员会", "研究三月工作", "2025-03-05", null)
                .row("机关第一党支部", "主题党日", "清明祭英烈", "2025-04-03", "李四（出差）")
                .xlsx(dir.resolve("三会一课.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, meetings, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text)
                .filteredOn(t -> !t.contains("没有登记支部委员")).as("支委 not registered: said once, see ProbedClerkFilesTest").containsExactly(
                "三会一课.xlsx，工作表“党员名册”，第2行，A列（所在党支部）：“机关第一党支部”按库中的“" + FULL + "”记录（名称写法不同）");
        List<OrgUnit> branches = new OrgRepository(ws.database()).all().stream().filter(u -> u.kind() == OrgKind.BRANCH).toList();
        assertThat(branches).extracting(OrgUnit::name).containsExactly(FULL);
        MeetingRepository repo = new MeetingRepository(ws.database());
        assertThat(repo.list(MeetingFilter.ALL)).hasSize(2).allSatisfy(s ->
                assertThat(repo.load(s.id()).orElseThrow().orgUnitId()).isEqualTo(branches.get(0).id()));

        Path honours = new SheetMaker()
                .row("荣誉名称", "级别", "获奖对象", "对象类型", "授予时间")
                .row("先进基层党组织", "市级", "一支部", "集体", "2025-06-28")
                .row("先进集体", "局级", "张三", "集体", "2025-07-01")
                .xlsx(dir.resolve("评先创优.xlsx"));
        ImportPreview h = LedgerImporter.importFile(LedgerKind.COMMENDATIONS, ws, honours, true, Progress.NONE);
        assertThat(h.errors()).isEmpty();
        assertThat(h.warnings()).extracting(ImportMessage::text).containsExactly(
                "评先创优.xlsx，工作表“党员名册”，第2行，C列（获奖对象）：“一支部”按库中的“" + FULL + "”记录（名称写法不同）",
                "评先创优.xlsx，工作表“党员名册”，第3行，C列（获奖对象）：“张三”是党员的姓名，但对象类型写的是集体，记为外部集体；"
                        + "如是个人，请把对象类型改为 个人");
        List<Commendation> stored = new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all()).stream()
                .filter(c -> c.title().equals("先进基层党组织")).toList();
        assertThat(stored.get(0).recipients()).extracting(Commendation.Recipient::orgUnitId).containsExactly(branches.get(0).id());

        Path recruits = new SheetMaker()
                .row("姓名", "所在党支部", "申请入党日期")
                .row("赵六", "一支部", "2024-03-15")
                .row("钱七", "一支部", "2024-05-20")
                .xlsx(dir.resolve("发展党员.xlsx"));
        ImportPreview r = LedgerImporter.importFile(LedgerKind.RECRUITMENT, ws, recruits, true, Progress.NONE);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).extracting(ImportMessage::text).containsExactly(
                "发展党员.xlsx，工作表“党员名册”，第2行，B列（所在党支部）：“一支部”按库中的“" + FULL + "”记录（名称写法不同）");
    }
}
