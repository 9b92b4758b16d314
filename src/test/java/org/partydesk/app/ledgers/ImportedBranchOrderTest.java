package org.partydesk.app.ledgers;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Roster;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branches an import creates are listed in the order the clerk's file names them, after those already there; the
 * organisation tree lists units in the one order used everywhere (第一 before 第二, not by the names' sound: 第二 "di er"
 * would come before 第一 "di yi"). From an empty database.
 */
class ImportedBranchOrderTest extends EmptyDatabaseTest {
    @Test
    void newBranchesFollowTheFileAndTheTreeReadsNumbersAsNumbers() throws Exception {
        Path roster = new SheetMaker()
                .row("序号", "姓名", "所在党支部")
                .row(1, "赵敏", "离退休干部党支部")
                .row(2, "孙磊", "机关第二党支部")
                .row(3, "吴国庆", "机关第一党支部")
                .xlsx(dir.resolve("花名册.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE).errors()).isEmpty();
        Path more = new SheetMaker()
                .row("序号", "姓名", "所在党支部")
                .row(1, "钱德厚", "机关第三党支部")
                .xlsx(dir.resolve("补充.xlsx"));
        assertThat(LedgerImporter.importFile(LedgerKind.MEMBERS, ws, more, true, Progress.NONE).errors()).isEmpty();

        assertThat(new OrgRepository(ws.database()).all()).filteredOn(u -> u.name().endsWith("党支部"))
                .extracting(OrgUnit::name).containsExactly("离退休干部党支部", "机关第二党支部", "机关第一党支部", "机关第三党支部");
        OrgNode organ = new Roster(ws).tree().get(0);
        assertThat(organ.children()).extracting(n -> n.unit().name())
                .containsExactly("离退休干部党支部", "机关第二党支部", "机关第一党支部", "机关第三党支部");
    }

    @Test
    void unitsOfTheSameSortOrderAreListedWithTheirNumbersReadAsNumbers() {
        ws.database().write("测试", tx -> {
            int organ = OrgRepository.add(tx, new OrgUnit(null, null, org.partydesk.model.OrgKind.ORGAN_COMMITTEE, "机关党委",
                    null, false, null, null, 0));
            for (String name : new String[] {"机关第十一党支部", "机关第二党支部", "机关第一党支部"}) {
                OrgRepository.add(tx, new OrgUnit(null, organ, org.partydesk.model.OrgKind.BRANCH, name, null, false, null, null, 0));
            }
            return organ;
        });
        assertThat(new Roster(ws).tree().get(0).children()).extracting(n -> n.unit().name())
                .containsExactly("机关第一党支部", "机关第二党支部", "机关第十一党支部");
    }
}
