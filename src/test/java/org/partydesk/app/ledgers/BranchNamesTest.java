package org.partydesk.app.ledgers;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;
import org.partydesk.store.OrgRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way the roster and the meetings import turn a written 所在党支部 into a unit, on a real database. */
class BranchNamesTest extends EmptyDatabaseTest {
    private List<OrgUnit> units() {
        return new OrgRepository(ws.database()).all();
    }

    private int cell(int branch) {
        return ws.database().write("测试", tx -> OrgRepository.add(tx,
                new OrgUnit(null, branch, OrgKind.CELL, "第1党小组", null, false, null, null, 1)));
    }

    @Test
    void aNameGivesItsUnitANewBranchOrAProblem() {
        LedgerFixture f = LedgerFixture.build(ws);
        cell(f.branchOne);
        cell(f.branchTwo);
        BranchNames any = BranchNames.anyUnit(units());
        assertThat(any.resolve(" 第一党支部 ").unit().id()).isEqualTo(f.branchOne);
        assertThat(any.resolve("第1党小组（第二党支部）").unit().parentId()).isEqualTo(f.branchTwo);
        assertThat(any.resolve("第1党小组").problem())
                .isEqualTo("有2个名为“第1党小组”的党组织，请写作 第1党小组（上级党组织名称），如 第1党小组（第一党支部）、第1党小组（第二党支部）");
        assertThat(any.resolve("第1党小组（第九党支部）").problem())
                .isEqualTo("找不到党组织“第1党小组（第九党支部）”：上级党组织“第九党支部”下没有名为“第1党小组”的党组织");
        BranchNames.Resolved fresh = any.resolve("第三党支部");
        assertThat(fresh.isNew()).isTrue();
        assertThat(fresh.newName()).isEqualTo("第三党支部");

        // a member's 所在党支部 is a branch: a 党小组 or the 党组 of that name is not one
        BranchNames branches = BranchNames.branches(units());
        assertThat(branches.resolve("第1党小组（第二党支部）").isNew()).isFalse();
        assertThat(branches.resolve("局党组").newName()).isEqualTo("局党组");
    }

    @Test
    void aNewBranchIsCreatedOnceUnderTheOrganCommitteeAndFoundAfterwards() {
        LedgerFixture f = LedgerFixture.build(ws);
        BranchNames names = BranchNames.branches(units());
        OrgUnit made = ws.database().write("测试", tx -> {
            OrgUnit first = names.create("第三党支部", ws.database(), tx);
            assertThat(names.create("第三党支部", ws.database(), tx)).isEqualTo(first);
            return first;
        });
        assertThat(made.parentId()).isEqualTo(f.organ);
        assertThat(made.kind()).isEqualTo(OrgKind.BRANCH);
        assertThat(names.resolve("第三党支部").unit()).isEqualTo(made);
        assertThat(units()).filteredOn(u -> u.name().equals("第三党支部")).hasSize(1);
    }

    @Test
    void inAnEmptyDatabaseTheOrganCommitteeIsCreatedFirst() {
        BranchNames names = BranchNames.branches(units());
        OrgUnit made = ws.database().write("测试", tx -> {
            OrgUnit one = names.create("第一党支部", ws.database(), tx);
            names.create("第二党支部", ws.database(), tx);
            return one;
        });
        List<OrgUnit> all = units();
        assertThat(all).filteredOn(u -> u.kind() == OrgKind.ORGAN_COMMITTEE).singleElement()
                .satisfies(o -> {
                    assertThat(o.name()).isEqualTo("机关党委");
                    assertThat(o.id()).isEqualTo(made.parentId());
                });
        assertThat(all).filteredOn(u -> u.kind() == OrgKind.BRANCH).extracting(OrgUnit::parentId).containsOnly(made.parentId());
    }
}
