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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    void theTreeIsReadOnceUntilTheDatabaseChangesAndAWriteAlwaysReadsItFresh() {
        OrgRepository orgs = new OrgRepository(db);
        var before = orgs.all();
        assertThat(new OrgRepository(db).all()).as("read once, kept").isSameAs(before).hasSize(4);
        assertThatThrownBy(() -> before.add(before.get(0))).isInstanceOf(UnsupportedOperationException.class);
        int committee = ids.units().get(COMMITTEE);

        // inside a write the tree is read as the write leaves it, each time
        db.write("tester", tx -> {
            OrgRepository.add(tx, new OrgUnit(null, committee, OrgKind.BRANCH, "机关第三党支部", null, false, null, null, 3));
            assertThat(orgs.all()).extracting(OrgUnit::name).contains("机关第三党支部");
            OrgRepository.add(tx, new OrgUnit(null, committee, OrgKind.BRANCH, "机关第四党支部", null, false, null, null, 4));
            assertThat(orgs.all()).extracting(OrgUnit::name).contains("机关第三党支部", "机关第四党支部");
            return null;
        });
        var afterWrite = orgs.all();
        assertThat(afterWrite).hasSize(6).isSameAs(orgs.all());

        // a write that fails leaves the tree as it was, and it is read again
        assertThatThrownBy(() -> db.write("tester", tx -> {
            OrgRepository.add(tx, new OrgUnit(null, committee, OrgKind.BRANCH, "机关第五党支部", null, false, null, null, 5));
            throw new IllegalStateException("放弃");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(orgs.all()).isNotSameAs(afterWrite).isEqualTo(afterWrite);

        // a restore replaces the contents without a write: the tree is read from the restored file
        Path backup = Backups.backup(db, dir.resolve("backup.zip"), n -> { });
        db.write("tester", tx -> OrgRepository.add(tx,
                new OrgUnit(null, committee, OrgKind.BRANCH, "机关第六党支部", null, false, null, null, 6)));
        assertThat(orgs.all()).hasSize(7);
        Backups.restore(db, backup, Backups.check(backup, db.file()), java.time.LocalDateTime.of(2026, 1, 2, 3, 4));
        assertThat(orgs.all()).isEqualTo(afterWrite);
    }

    @Test
    void everyFixtureInsertIsAudited() {
        assertThat(db.read().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("INSERT").and(AUDIT_LOG.OPERATOR.eq("tester"))))
                .isEqualTo(2 + 4 + 5 + 7);
    }
}
