package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/**
 * A meetings sheet named with the branch's nickname (离退休支部) under a title naming it in full: its meetings are the
 * branch's, and no branch is made of the nickname; a title copied from another branch's sheet leaves the sheet's name
 * in charge. From an empty database.
 */
class SheetNicknameTest extends EmptyDatabaseTest {
    @Test
    void aNicknamedSheetUnderAFullTitleIsTheBranchTheTitleNames() throws Exception {
        Path roster = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 4)
                .row("序号", "姓名", "身份证号码", "所在党支部", "入党时间")
                .row(1, "吴国庆", id("42010219550101123"), "离退休干部党支部", "1980-07-01")
                .row(2, "钱德厚", id("42010219560202234"), "离退休干部党支部", "1982-07-01")
                .row(3, "赵敏", id("42010219800303345"), "机关第一党支部", "2005-07-01")
                .row(4, "孙磊", id("42010219850404456"), "机关第二党支部", "2008-07-01")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        int units = new OrgRepository(ws.database()).all().size();
        Path meetings = new SheetMaker().sheet("离退休支部")
                .row("离退休干部党支部2026年“三会一课”台账").mergeLast(0, 3)
                .row("会议时间", "会议类型", "会议主题", "请假人员")
                .row("2026-03-20", "党课", "老党员讲党课", "钱德厚（住院）")
                .sheet("第二支部")
                .row("机关第一党支部2026年“三会一课”台账").mergeLast(0, 3)
                .row("会议时间", "会议类型", "会议主题", "请假人员")
                .row("2026-03-25", "党课", "学习党章", null)
                .xlsx(dir.resolve("台账.xlsx"));
        ImportPreview p = LedgerImporter.importFile(LedgerKind.MEETINGS, ws, meetings, true, Progress.NONE);
        assertThat(p.errors()).isEmpty();
        assertThat(new OrgRepository(ws.database()).all()).hasSize(units).extracting(OrgUnit::name)
                .doesNotContain("离退休支部", "第二支部");
        var byTheme = byTheme();
        var names = org.partydesk.logic.UnitNames.qualifiedAll(new OrgRepository(ws.database()).all());
        assertThat(names.get(byTheme.get("老党员讲党课").orgUnitId())).isEqualTo("离退休干部党支部");
        assertThat(names.get(byTheme.get("学习党章").orgUnitId())).isEqualTo("机关第二党支部");
    }
}
