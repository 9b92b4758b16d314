package org.partydesk.app.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.sample.SampleBureau.Scale;
import org.partydesk.logic.IdNumbers;
import org.partydesk.store.EvidenceFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.COMMENDATION;
import static org.partydesk.store.jooq.Tables.COMMENDATION_RECIPIENT;
import static org.partydesk.store.jooq.Tables.EVIDENCE;
import static org.partydesk.store.jooq.Tables.EVIDENCE_LINK;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.DUES_BASE;
import static org.partydesk.store.jooq.Tables.DUES_PAYMENT;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_LIST;

class SampleBureauTest {
    private static final int YEAR = 2025;
    private static final long SEED = 20250101L;

    @TempDir
    static Path dir;
    private static Workspace ws;
    private static SampleBureau.Summary summary;

    @BeforeAll
    static void generate() {
        ws = Workspace.open(dir.resolve("s.db"), "测试");
        summary = SampleBureau.generate(ws, Scale.SMALL, SEED, YEAR, Progress.NONE);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static DSLContext db() {
        return ws.database().read();
    }

    private static int unitsOfKind(String kind) {
        return db().fetchCount(ORG_UNIT, ORG_UNIT.KIND.eq(kind));
    }

    @Test
    void organisationFollowsTheSeeds() {
        assertThat(unitsOfKind("BRANCH")).isEqualTo(41);
        assertThat(unitsOfKind("PRIMARY_COMMITTEE")).isEqualTo(4);
        assertThat(unitsOfKind("LEADING_GROUP")).isEqualTo(1);
        assertThat(unitsOfKind("CELL")).isBetween(10, 15);
        assertThat(db().fetchCount(ORG_UNIT, ORG_UNIT.TEMPORARY.isTrue().and(ORG_UNIT.ENDED_ON.isNotNull()))).isBetween(1, 2);
        int active = db().fetchCount(MEMBER, MEMBER.CATEGORY.eq("ACTIVE"));
        assertThat(active).isBetween(280, 320);
        assertThat(db().fetchCount(MEMBER, MEMBER.CATEGORY.eq("RETIRED"))).isBetween(35, 45);
        assertThat(db().fetchCount(MEMBER, MEMBER.LEADERSHIP_MEMBER.isTrue())).isEqualTo(7);
        assertThat(summary.meetings()).isEqualTo(db().fetchCount(MEETING));
    }

    @Test
    void idNumbersAreValidAndMatchBirthDates() {
        for (var r : db().select(MEMBER.ID_NUMBER, MEMBER.BIRTH_DATE).from(MEMBER).fetch()) {
            assertThat(IdNumbers.isValid(r.value1())).as(r.value1()).isTrue();
            assertThat(IdNumbers.birthDate(r.value1())).contains(r.value2());
        }
    }

    @Test
    void responsibilityListsHaveTheSeedsCounts() {
        assertThat(itemsOf("LEADING_GROUP")).containsExactly(28);
        assertThat(itemsOf("SECRETARY")).containsExactly(17);
        assertThat(itemsOf("LEADERSHIP_MEMBER")).hasSize(7).containsOnly(15);
        int leaders = db().fetchCount(MEMBER, MEMBER.LEADERSHIP_MEMBER.isTrue());
        assertThat(db().selectDistinct(RESPONSIBILITY_LIST.OWNER_MEMBER_ID).from(RESPONSIBILITY_LIST)
                .where(RESPONSIBILITY_LIST.YEAR.eq(YEAR), RESPONSIBILITY_LIST.OWNER_KIND.eq("LEADERSHIP_MEMBER")).fetch())
                .hasSize(leaders);
        Integer evaluation = db().select(RESPONSIBILITY_LIST.ID).from(RESPONSIBILITY_LIST)
                .where(RESPONSIBILITY_LIST.YEAR.eq(YEAR), RESPONSIBILITY_LIST.OWNER_KIND.eq("ORGAN_COMMITTEE")).fetchOne(RESPONSIBILITY_LIST.ID);
        for (int level = 1; level <= 3; level++) {
            int expected = new int[] {6, 20, 60}[level - 1];
            assertThat(db().fetchCount(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.LIST_ID.eq(evaluation), RESPONSIBILITY_ITEM.LEVEL.eq(level)))
                    .isEqualTo(expected);
        }
        var parent = RESPONSIBILITY_ITEM.as("parent");
        assertThat(db().fetchCount(db().select().from(RESPONSIBILITY_ITEM).join(parent).on(parent.ID.eq(RESPONSIBILITY_ITEM.PARENT_ID))
                .where(RESPONSIBILITY_ITEM.LIST_ID.eq(evaluation), parent.LEVEL.eq(RESPONSIBILITY_ITEM.LEVEL.minus(1)))))
                .isEqualTo(80);
    }

    private static List<Integer> itemsOf(String ownerKind) {
        return db().select(org.jooq.impl.DSL.count()).from(RESPONSIBILITY_ITEM).join(RESPONSIBILITY_LIST)
                .on(RESPONSIBILITY_LIST.ID.eq(RESPONSIBILITY_ITEM.LIST_ID))
                .where(RESPONSIBILITY_LIST.YEAR.eq(YEAR), RESPONSIBILITY_LIST.OWNER_KIND.eq(ownerKind))
                .groupBy(RESPONSIBILITY_LIST.ID).fetch(0, Integer.class);
    }

    @Test
    void commendationsOfTheSampleYear() {
        assertThat(recipients("月度作风标兵")).isEqualTo(153);
        assertThat(recipients("双月作风标兵")).isEqualTo(26);
        assertThat(db().fetchCount(COMMENDATION, COMMENDATION.TITLE.eq("月度作风标兵"),
                COMMENDATION.AWARDED_ON.between(java.time.LocalDate.of(YEAR, 1, 1), java.time.LocalDate.of(YEAR, 12, 31)))).isEqualTo(12);
        assertThat(db().fetchCount(COMMENDATION, COMMENDATION.LEVEL.eq("NATIONAL"))).isPositive();
    }

    private static int recipients(String title) {
        return db().fetchCount(db().select().from(COMMENDATION_RECIPIENT).join(COMMENDATION)
                .on(COMMENDATION.ID.eq(COMMENDATION_RECIPIENT.COMMENDATION_ID))
                .where(COMMENDATION.TITLE.eq(title), COMMENDATION.AWARDED_ON.between(
                        java.time.LocalDate.of(YEAR, 1, 1), java.time.LocalDate.of(YEAR, 12, 31))));
    }

    @Test
    void foreignKeysHold() {
        assertThat(db().fetch("pragma foreign_key_check")).isEmpty();
    }

    @Test
    void evidenceFilesExistWithTheirHash() throws Exception {
        var rows = db().select(EVIDENCE.SHA256, EVIDENCE.SIZE_BYTES).from(EVIDENCE).fetch();
        assertThat(rows).hasSizeBetween(15, 25);
        for (var r : rows) {
            Path file = EvidenceFiles.pathFor(ws.database().evidenceFolder(), r.value1(), "png");
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes).hasSize(r.value2());
            assertThat(EvidenceImages.sha256(bytes)).isEqualTo(r.value1());
        }
        assertThat(db().fetchCount(EVIDENCE_LINK)).isEqualTo(rows.size());
    }

    @Test
    void refusesANonEmptyDatabase() {
        assertThatThrownBy(() -> SampleBureau.generate(ws, Scale.SMALL, SEED, YEAR, Progress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("数据库不是空的");
    }

    @Test
    void duesOfTheLastTwoYearsMostlyPaidAFewMembersHalfAYearBehind() {
        // a base for every member from the year before, 税后工资 for those in work and 离退休费 for retirees
        assertThat(db().fetchCount(DUES_BASE, DUES_BASE.YEAR.eq(YEAR - 1))).isEqualTo(db().fetchCount(MEMBER));
        assertThat(db().fetchCount(DUES_BASE, DUES_BASE.BASE_KIND.eq("PENSION"))).isEqualTo(
                db().fetchCount(MEMBER, MEMBER.CATEGORY.eq("RETIRED")));
        org.partydesk.app.dues.Dues dues = new org.partydesk.app.dues.Dues(ws);
        for (int y = YEAR - 1; y <= YEAR; y++) {
            org.partydesk.app.dues.Dues.YearFigures f = dues.year(y);
            assertThat(f.rate().doubleValue()).as("收缴率 %s", y).isBetween(0.95, 1.0);
        }
        assertThat(dues.year(YEAR).behind6()).isBetween(1, 6);
        // the same seed, the same payments
        assertThat(db().fetchCount(DUES_PAYMENT)).isGreaterThan(db().fetchCount(MEMBER) * 20);
    }

    @Test
    void sameSeedSameData(@TempDir Path other) {
        try (Workspace same = Workspace.open(other.resolve("same.db"), "测试");
             Workspace different = Workspace.open(other.resolve("different.db"), "测试")) {
            SampleBureau.generate(same, Scale.SMALL, SEED, YEAR, Progress.NONE);
            SampleBureau.generate(different, Scale.SMALL, SEED + 1, YEAR, Progress.NONE);
            assertThat(people(same)).isEqualTo(people(ws));
            assertThat(same.database().read().fetchCount(MEETING)).isEqualTo(db().fetchCount(MEETING));
            assertThat(same.database().read().select(DUES_PAYMENT.MEMBER_ID, DUES_PAYMENT.MONTH, DUES_PAYMENT.PAID_FEN, DUES_PAYMENT.PAID_ON)
                    .from(DUES_PAYMENT).orderBy(DUES_PAYMENT.ID).fetch()).isEqualTo(db().select(DUES_PAYMENT.MEMBER_ID,
                    DUES_PAYMENT.MONTH, DUES_PAYMENT.PAID_FEN, DUES_PAYMENT.PAID_ON).from(DUES_PAYMENT).orderBy(DUES_PAYMENT.ID).fetch());
            assertThat(people(different)).isNotEqualTo(people(ws));
        }
    }

    private static List<Record2<String, String>> people(Workspace w) {
        return w.database().read().select(MEMBER.NAME, MEMBER.ID_NUMBER).from(MEMBER).orderBy(MEMBER.ID).fetch();
    }
}
