package org.partydesk.app.org;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.RosterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.RosterFixture.BRANCH_1;
import static org.partydesk.store.RosterFixture.BRANCH_2;
import static org.partydesk.store.RosterFixture.CELL;
import static org.partydesk.store.RosterFixture.COMMITTEE;

class RosterTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private Roster roster;
    private RosterFixture.Ids ids;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("roster.db"), "tester");
        roster = new Roster(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anEmptyDatabaseHasNoOrganisation() {
        assertThat(roster.hasOrganisation()).isFalse();
        assertThat(roster.tree()).isEmpty();
    }

    @Test
    void treeIsSortedAndCountsMembersOfTheSubtree() {
        RosterFixture.fill(ws.database());
        List<OrgNode> roots = roster.tree(LocalDate.of(2025, 1, 1));
        assertThat(roots).hasSize(1);
        OrgNode committee = roots.get(0);
        assertThat(committee.unit().name()).isEqualTo(COMMITTEE);
        assertThat(committee.memberCount()).isEqualTo(5);
        assertThat(committee.children()).extracting(n -> n.unit().name()).containsExactly(BRANCH_1, BRANCH_2);
        assertThat(committee.children()).extracting(OrgNode::memberCount).containsExactly(3, 2);
        OrgNode cell = committee.children().get(0).children().get(0);
        assertThat(cell.unit().name()).isEqualTo(CELL);
        assertThat(cell.memberCount()).isEqualTo(1);

        // before the move: 陈刚 still in the first branch, 李娜 not yet a member
        assertThat(roster.tree(RosterFixture.MOVED_ON.minusDays(1)).get(0).children())
                .extracting(OrgNode::memberCount).containsExactly(3, 1);
    }

    @Test
    void membersAreRowsWithBranchDepartmentAndMaskedIdNumber() {
        ids = RosterFixture.fill(ws.database());
        List<MemberRow> rows = roster.members(ids.units().get(COMMITTEE), true, LocalDate.of(2025, 1, 1));
        // grouped by branch in tree order, then by name (pinyin)
        assertThat(rows).extracting(MemberRow::name).containsExactly("李娜", "王强", "张伟", "陈刚", "赵敏");
        MemberRow li = rows.get(0);
        assertThat(li.branchName()).isEqualTo(BRANCH_1);
        assertThat(li.departmentName()).isEqualTo("办公室");
        assertThat(li.status()).isEqualTo(MemberStatus.PROBATIONARY);
        assertThat(li.maskedIdNumber()).isEqualTo("420102********" + RosterFixture.idNumber("19960704", "022").substring(14));
        assertThat(rows.get(3).category()).isEqualTo(MemberCategory.MOBILE);
        assertThat(rows.get(3).branchName()).isEqualTo(BRANCH_2);

        assertThat(roster.members(ids.units().get(BRANCH_1), false, LocalDate.of(2024, 1, 1)))
                .extracting(MemberRow::name).containsExactly("陈刚", "王强", "张伟");
        assertThat(roster.members(ids.units().get(BRANCH_1), false, LocalDate.of(2024, 1, 1)))
                .extracting(MemberRow::branchName).containsOnly(BRANCH_1);
    }
}
