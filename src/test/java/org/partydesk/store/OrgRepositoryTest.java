package org.partydesk.store;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.model.Member;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.RosterFixture.BRANCH_1;
import static org.partydesk.store.RosterFixture.BRANCH_2;
import static org.partydesk.store.RosterFixture.CELL;
import static org.partydesk.store.RosterFixture.COMMITTEE;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;

class OrgRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private RosterFixture.Ids ids;

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("test.db"));
        ids = RosterFixture.fill(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsTheTreeOrderedBySortOrderThenName() {
        OrgRepository orgs = new OrgRepository(db);
        assertThat(orgs.count()).isEqualTo(4);
        assertThat(orgs.children(ids.units().get(COMMITTEE))).extracting(OrgUnit::name).containsExactly(BRANCH_1, BRANCH_2);
        OrgUnit branch = orgs.find(ids.units().get(BRANCH_1)).orElseThrow();
        assertThat(branch.kind()).isEqualTo(OrgKind.BRANCH);
        assertThat(branch.parentId()).isEqualTo(ids.units().get(COMMITTEE));
        assertThat(orgs.subtreeIds(ids.units().get(BRANCH_1)))
                .containsExactlyInAnyOrder(ids.units().get(BRANCH_1), ids.units().get(CELL));
        assertThat(orgs.subtreeIds(ids.units().get(COMMITTEE))).hasSize(4);
    }

    @Test
    void membersOfAUnitAndOfItsSubtreeOnADate() {
        MemberRepository members = new MemberRepository(db);
        LocalDate today = LocalDate.of(2025, 1, 1);
        assertThat(members.members(ids.units().get(CELL), false, today)).extracting(Member::name).containsExactly("张伟");
        assertThat(members.members(ids.units().get(BRANCH_1), true, today)).extracting(Member::name)
                .containsExactlyInAnyOrder("张伟", "李娜", "王强");
        assertThat(members.count(ids.units().get(COMMITTEE), false, today)).isZero();
        assertThat(members.count(ids.units().get(COMMITTEE), true, today)).isEqualTo(5);
    }

    @Test
    void aMemberWhoMovedBranchesIsInTheRightBranchOnEachDate() {
        MemberRepository members = new MemberRepository(db);
        int chen = ids.members().get("陈刚");
        LocalDate before = RosterFixture.MOVED_ON.minusDays(1);
        LocalDate after = RosterFixture.MOVED_ON;

        assertThat(members.branchName(chen, before)).contains(BRANCH_1);
        assertThat(members.branchName(chen, after)).contains(BRANCH_2);
        assertThat(members.members(ids.units().get(BRANCH_1), true, before)).extracting(Member::name)
                .containsExactlyInAnyOrder("张伟", "王强", "陈刚");
        assertThat(members.members(ids.units().get(BRANCH_2), true, before)).extracting(Member::name)
                .containsExactly("赵敏");
        assertThat(members.members(ids.units().get(BRANCH_2), true, after)).extracting(Member::name)
                .containsExactlyInAnyOrder("赵敏", "陈刚");
        // the member of a cell belongs to the branch above it
        assertThat(members.branchName(ids.members().get("张伟"), after)).contains(BRANCH_1);
        assertThat(members.branchName(chen, LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void everyFixtureInsertIsAudited() {
        assertThat(db.read().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("INSERT").and(AUDIT_LOG.OPERATOR.eq("tester"))))
                .isEqualTo(2 + 4 + 5 + 7);
    }
}
