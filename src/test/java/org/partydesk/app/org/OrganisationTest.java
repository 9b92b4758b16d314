package org.partydesk.app.org;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.OrgKind;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

/** The use cases that change the organisation tree, on the small {@link RosterFixture}. */
class OrganisationTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Organisation organisation;
    private Roster roster;
    private RosterFixture.Ids ids;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("org.db"), "tester");
        ids = RosterFixture.fill(ws.database());
        organisation = new Organisation(ws);
        roster = new Roster(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aTemporaryBranchNeedsAnEndDateAndIsAuditedWhenAdded() {
        int committee = ids.units().get(RosterFixture.COMMITTEE);
        LocalDate today = roster.today();
        assertThatThrownBy(() -> organisation.addUnit(new Organisation.NewUnit(committee, OrgKind.BRANCH, "督察迎检临时党支部",
                true, today, null))).isInstanceOf(InputRejectedException.class).hasMessageContaining("结束日期");
        int id = organisation.addUnit(new Organisation.NewUnit(committee, OrgKind.BRANCH, "督察迎检临时党支部", true, today,
                today.plusMonths(2)));
        assertThat(roster.tree().get(0).children()).extracting(n -> n.unit().name()).contains("督察迎检临时党支部");
        assertThat(audits("org_unit", id, "INSERT")).isEqualTo(1);
        assertThatThrownBy(() -> organisation.addUnit(new Organisation.NewUnit(committee, OrgKind.BRANCH, "督察迎检临时党支部",
                false, today, null))).isInstanceOf(InputRejectedException.class).hasMessageContaining("已有");
    }

    @Test
    void closingAUnitEndsItAndItsMembershipsButNotWhileUnitsBelowItExist() {
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        LocalDate today = roster.today();
        assertThatThrownBy(() -> organisation.closeUnit(branch1, today)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("1 个组织");
        organisation.closeUnit(branch2, today);
        assertThat(roster.tree().get(0).children()).extracting(n -> n.unit().name()).containsExactly(RosterFixture.BRANCH_1);
        assertThat(roster.tree().get(0).memberCount()).isEqualTo(3);
        assertThat(audits("org_unit", branch2, "UPDATE")).isEqualTo(1);
        assertThat(audits("membership", null, "UPDATE")).isEqualTo(2);
    }

    @Test
    void aUnitMovesUnderAnotherParentButNeverUnderItself() {
        int branch1 = ids.units().get(RosterFixture.BRANCH_1);
        int branch2 = ids.units().get(RosterFixture.BRANCH_2);
        int cell = ids.units().get(RosterFixture.CELL);
        assertThatThrownBy(() -> organisation.moveUnit(branch1, cell)).isInstanceOf(InputRejectedException.class);
        organisation.moveUnit(cell, branch2);
        OrgNode second = roster.tree().get(0).children().stream()
                .filter(n -> n.unit().name().equals(RosterFixture.BRANCH_2)).findFirst().orElseThrow();
        assertThat(second.children()).extracting(n -> n.unit().name()).containsExactly(RosterFixture.CELL);
        assertThat(audits("org_unit", cell, "UPDATE")).isEqualTo(1);
    }

    @Test
    void aMemberPageHasTheHistoryAndTheFullIdNumberBehindTheMask() {
        MemberPage page = roster.memberPage(ids.members().get("陈刚"));
        assertThat(page.maskedIdNumber()).contains("*");
        assertThat(page.member().idNumber()).hasSize(18).doesNotContain("*");
        assertThat(page.history()).extracting(BranchHistory::unitName)
                .containsExactly(RosterFixture.BRANCH_2, RosterFixture.BRANCH_1);
        assertThat(page.branchName()).isEqualTo(RosterFixture.BRANCH_2);
    }

    private int audits(String tableName, Integer recordId, String action) {
        var where = field("table_name").eq(tableName).and(field("action").eq(action));
        if (recordId != null) {
            where = where.and(field("record_id").eq(recordId));
        }
        return ws.database().read().fetchCount(table("audit_log"), where);
    }
}
