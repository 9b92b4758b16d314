package org.partydesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.jooq.tables.records.MemberRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.MEETING;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

/**
 * A plain JDBC batch (the bulk imports' hot path) stores every kind of value exactly as jOOQ's own insert does:
 * the same text and storage class in the file, so reads, exports and the audit trail cannot tell them apart.
 */
class BatchInsertTest {
    @TempDir
    Path dir;

    /** Each column of the row as SQLite holds it: storage class and text. */
    private static List<String> stored(DSLContext dsl, org.jooq.Table<?> table, int id) {
        Record r = dsl.select(java.util.Arrays.stream(table.fields())
                        .map(f -> DSL.field("typeof({0}) || ':' || coalesce({0}, 'NULL')", String.class, f)).toList())
                .from(table).where(table.field("id", Integer.class).eq(id)).fetchOne();
        return java.util.Arrays.stream(r.intoArray()).map(String::valueOf).toList();
    }

    @Test
    void storesDatesTimestampsBooleansAndNullsAsJooqDoes() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<List<String>> rows = db.write("测试", tx -> {
                DSLContext dsl = tx.dsl();
                int unit = dsl.insertInto(ORG_UNIT).set(ORG_UNIT.KIND, "BRANCH").set(ORG_UNIT.NAME, "第一党支部")
                        .returning(ORG_UNIT.ID).fetchOne().getId();
                MemberRecord viaJooq = dsl.newRecord(MEMBER);
                viaJooq.setName("张三");
                viaJooq.setGender("MALE");
                viaJooq.setBirthDate(LocalDate.of(1980, 2, 29));
                viaJooq.setIdNumber(null);
                viaJooq.setJoinedOn(LocalDate.of(2005, 7, 1));
                viaJooq.setLeadershipMember(true);
                viaJooq.setPartyAffairsStaff(false);
                viaJooq.store();
                try (BatchInsert batch = BatchInsert.into(dsl, MEMBER, MEMBER.NAME, MEMBER.GENDER, MEMBER.BIRTH_DATE,
                        MEMBER.ID_NUMBER, MEMBER.JOINED_ON, MEMBER.LEADERSHIP_MEMBER, MEMBER.PARTY_AFFAIRS_STAFF)) {
                    batch.add("张三", "MALE", LocalDate.of(1980, 2, 29), null, LocalDate.of(2005, 7, 1), true, false);
                    assertThat(batch.pending()).isEqualTo(1);
                    batch.execute();
                    batch.add("未写入", null, null, null, null, false, false); // closed before execute: dropped
                }
                LocalDateTime at = LocalDateTime.of(2025, 3, 8, 9, 0);
                int viaJooqMeeting = dsl.insertInto(MEETING).set(MEETING.ORG_UNIT_ID, unit).set(MEETING.HELD_AT, at)
                        .set(MEETING.THEME, "主题党日").set(MEETING.ELECTION, false)
                        .returning(MEETING.ID).fetchOne().getId();
                try (BatchInsert batch = BatchInsert.into(dsl, MEETING, MEETING.ORG_UNIT_ID, MEETING.HELD_AT, MEETING.THEME,
                        MEETING.ELECTION)) {
                    batch.add(unit, at, "主题党日", false);
                    batch.add((long) unit, at.withNano(500_000_000), "党课", false); // a Long for an INTEGER column
                    batch.execute();
                }
                assertThat(dsl.fetchCount(MEMBER)).isEqualTo(2);
                return List.of(stored(dsl, MEMBER, viaJooq.getId()), stored(dsl, MEMBER, viaJooq.getId() + 1),
                        stored(dsl, MEETING, viaJooqMeeting), stored(dsl, MEETING, viaJooqMeeting + 1),
                        List.of(dsl.select(MEETING.HELD_AT).from(MEETING).where(MEETING.ID.eq(viaJooqMeeting + 2))
                                .fetchOne(MEETING.HELD_AT).toString()));
            });
            assertThat(rows.get(1).subList(1, rows.get(1).size())).isEqualTo(rows.get(0).subList(1, rows.get(0).size()));
            assertThat(rows.get(0)).contains("text:1980-02-29", "integer:1", "integer:0", "null:NULL");
            assertThat(rows.get(3).subList(1, rows.get(3).size())).isEqualTo(rows.get(2).subList(1, rows.get(2).size()));
            assertThat(rows.get(2)).contains("text:2025-03-08 09:00:00.0");
            assertThat(rows.get(4)).containsExactly("2025-03-08T09:00:00.500");
        }
    }

    /**
     * Rows given as values leave to the database a column whose value is, in every row, what the database gives it
     * (null without a default; its default, such as a flag's 0 or a status's 'FULL'), and bind it where one row
     * differs: what is stored is the same either way, byte for byte, as jOOQ's own insert stores it.
     */
    @Test
    void columnsAtTheirDefaultInEveryRowAreLeftToTheDatabaseAndStoredTheSame() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<Field<?>> columns = List.of(MEMBER.NAME, MEMBER.STATUS, MEMBER.LEADERSHIP_MEMBER, MEMBER.PARTY_AFFAIRS_STAFF,
                    MEMBER.JOB_TITLE, MEMBER.JOINED_ON);
            List<List<String>> stored = db.write("测试", tx -> {
                DSLContext dsl = tx.dsl();
                MemberRecord viaJooq = dsl.newRecord(MEMBER);
                viaJooq.setName("张三");
                viaJooq.setStatus("FULL");
                viaJooq.setLeadershipMember(false);
                viaJooq.setPartyAffairsStaff(true);
                viaJooq.setJoinedOn(LocalDate.of(2005, 7, 1));
                viaJooq.store();
                List<Integer> atDefaults = tx.insertAll(MEMBER, columns, List.of(
                        new Object[] {"张三", "FULL", false, true, null, LocalDate.of(2005, 7, 1)},
                        new Object[] {"李四", "FULL", false, false, null, null}));
                List<Integer> oneDiffers = tx.insertAll(MEMBER, columns, List.of(
                        new Object[] {"王五", "PROBATIONARY", true, false, "科员", LocalDate.of(2024, 7, 1)},
                        new Object[] {"赵六", "FULL", false, false, null, null}));
                return List.of(stored(dsl, MEMBER, viaJooq.getId()), stored(dsl, MEMBER, atDefaults.get(0)),
                        stored(dsl, MEMBER, atDefaults.get(1)), stored(dsl, MEMBER, oneDiffers.get(0)),
                        stored(dsl, MEMBER, oneDiffers.get(1)));
            });
            assertThat(stored.get(1).subList(1, stored.get(1).size())).isEqualTo(stored.get(0).subList(1, stored.get(0).size()));
            assertThat(stored.get(2)).contains("text:李四", "text:FULL", "integer:0", "null:NULL");
            assertThat(stored.get(3)).contains("text:王五", "text:PROBATIONARY", "integer:1", "text:科员", "text:2024-07-01");
            assertThat(stored.get(4).subList(1, stored.get(4).size())).isEqualTo(stored.get(2).subList(1, stored.get(2).size())
                    .stream().map(v -> v.equals("text:李四") ? "text:赵六" : v).toList());
        }
        assertThat(BatchInsert.plainValue("0")).isEqualTo(0);
        assertThat(BatchInsert.plainValue("'FULL'")).isEqualTo("FULL");
        assertThat(BatchInsert.plainValue("'it''s'")).isEqualTo("it's");
        assertThat(BatchInsert.plainValue("CURRENT_TIMESTAMP")).isSameAs(BatchInsert.NOT_PLAIN);
        assertThat(BatchInsert.plainValue("'a' || 'b'")).isSameAs(BatchInsert.NOT_PLAIN);
    }

    @Test
    void insertsRowsInGroupsOfOneStatementInTheOrderTheyWereAdded() {
        int rows = 2 * BatchInsert.ROWS_PER_STATEMENT + 7; // two full groups, then seven one by one
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<String> stored = db.write("测试", tx -> {
                DSLContext dsl = tx.dsl();
                try (BatchInsert batch = BatchInsert.into(dsl, MEMBER, MEMBER.NAME, MEMBER.BIRTH_DATE, MEMBER.LEADERSHIP_MEMBER)) {
                    assertThat(batch.sql(3)).contains("values (?, ?, ?), (?, ?, ?), (?, ?, ?)");
                    for (int i = 0; i < rows; i++) {
                        batch.add("党员" + i, LocalDate.of(1980, 1, 1).plusDays(i), i % 2 == 0);
                    }
                    assertThat(batch.pending()).isEqualTo(rows);
                    batch.execute();
                    assertThat(dsl.lastID().intValue()).isEqualTo(rows); // the last row added has the last id
                    assertThat(batch.lastId()).isEqualTo(rows);
                    batch.add("又一名", null, false);
                    batch.execute();
                    assertThat(batch.lastId()).isEqualTo(rows + 1).isEqualTo(dsl.lastID().longValue());
                    assertThat(batch.count()).isEqualTo(rows + 1);
                }
                return dsl.select(MEMBER.ID, MEMBER.NAME, MEMBER.BIRTH_DATE, MEMBER.LEADERSHIP_MEMBER).from(MEMBER)
                        .orderBy(MEMBER.ID).fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3() + ":" + r.value4());
            });
            assertThat(stored).hasSize(rows + 1);
            for (int i = 0; i < rows; i++) {
                assertThat(stored.get(i)).isEqualTo((i + 1) + ":党员" + i + ":" + LocalDate.of(1980, 1, 1).plusDays(i) + ":" + (i % 2 == 0));
            }
            assertThat(stored.get(rows)).isEqualTo((rows + 1) + ":又一名:null:false");
        }
    }

    @Test
    void aRowGivenWithPositionsBindsTheValuesAtThem() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            List<String> stored = db.write("测试", tx -> {
                DSLContext dsl = tx.dsl();
                try (BatchInsert batch = BatchInsert.into(dsl, MEMBER, MEMBER.NAME, MEMBER.PHONE)) {
                    batch.add(new Object[] {"13800000000", null, "党员甲"}, new int[] {2, 0});
                    assertThatThrownBy(() -> batch.add(new Object[] {"党员乙"}, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
                    batch.execute();
                }
                return dsl.select(MEMBER.NAME, MEMBER.PHONE, MEMBER.JOB_TITLE).from(MEMBER)
                        .fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3());
            });
            assertThat(stored).containsExactly("党员甲:13800000000:null");
        }
    }

    @Test
    void aGroupKeepsUnderSqlitesLimitOfParametersAndABadValueIsRefusedWhenAdded() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.write("测试", tx -> {
                Field<?>[] many = java.util.Collections.nCopies(BatchInsert.MAX_PARAMETERS / 10 + 1, MEMBER.NAME).toArray(Field<?>[]::new);
                try (BatchInsert batch = BatchInsert.into(tx.dsl(), MEMBER, many)) {
                    assertThat(batch.groupRows() * many.length).isLessThanOrEqualTo(BatchInsert.MAX_PARAMETERS);
                }
                // a column whose Java type has no plain binding: refused as the row is added, not later with its group
                try (BatchInsert batch = BatchInsert.into(tx.dsl(), MEMBER, DSL.field(DSL.name("name"), Object.class))) {
                    assertThatThrownBy(() -> batch.add(new Object())).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("no plain binding");
                    assertThat(batch.pending()).isZero();
                }
                return null;
            });
        }
    }

    @Test
    void writesDatesAndTimestampsAsTheJdbcTypesPrintThem() {
        for (LocalDateTime t : List.of(LocalDateTime.of(2025, 3, 8, 9, 0), LocalDateTime.of(1999, 12, 31, 23, 59, 58, 500_000_000),
                LocalDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_789), LocalDateTime.of(2025, 1, 2, 3, 4, 5, 1_000),
                LocalDateTime.of(999, 1, 2, 3, 4, 5), LocalDateTime.of(10_000, 1, 2, 3, 4, 5), LocalDateTime.of(1000, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59), LocalDateTime.of(2000, 10, 20, 10, 10))) {
            assertThat(BatchInsert.timestamp(t)).isEqualTo(java.sql.Timestamp.valueOf(t).toString());
            assertThat(BatchInsert.date(t.toLocalDate())).isEqualTo(java.sql.Date.valueOf(t.toLocalDate()).toString());
        }
    }
}
