package org.partydesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.store.jooq.tables.records.MemberRecord;
import org.partydesk.store.jooq.tables.records.OrgUnitRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.ORG_UNIT;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedToTheNewestSchemaWithForeignKeysAndWal() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.codeSchemaVersion()).isNotNull();
            assertThat(db.read().fetchValue("pragma foreign_keys", Integer.class)).isEqualTo(1);
            assertThat(String.valueOf(db.read().fetchValue("pragma journal_mode"))).isEqualToIgnoringCase("wal");
            // temporary files (an import's statement journals) in memory, not written to the temporary folder
            assertThat(db.read().fetchValue("pragma temp_store", Integer.class)).isEqualTo(2);
            List<String> tables = db.read().meta().getTables().stream().map(t -> t.getName()).toList();
            assertThat(tables).contains("org_unit", "member", "membership", "committee_role", "meeting",
                    "meeting_type", "attendance", "non_voting_attendee", "compliance_rule", "responsibility_list",
                    "responsibility_item", "responsibility_deadline", "progress_record", "responsibility_letter",
                    "commendation", "commendation_recipient", "evidence", "evidence_link", "setting", "audit_log");
            assertThat(db.read().fetchCount(org.partydesk.store.jooq.Tables.COMPLIANCE_RULE)).isEqualTo(8);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("again.db");
        var history = org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("flyway_schema_history"));
        int migrationsApplied;
        try (Database db = Database.open(file)) {
            db.write("甲", tx -> tx.insert(unit(tx, "机关党委")));
            migrationsApplied = db.read().fetchCount(history);
        }
        assertThat(migrationsApplied).isPositive();
        try (Database db = Database.open(file)) {
            assertThat(db.read().fetchCount(ORG_UNIT)).isEqualTo(1);
            assertThat(db.read().fetchCount(history)).isEqualTo(migrationsApplied);
            assertThat(db.schemaVersion()).isEqualTo(Database.codeSchemaVersion());
        }
    }

    @Test
    void databaseMadeByAnOlderVersionIsMigratedOnOpen() throws Exception {
        // An "older version" file: created by the first migration only, with data in it.
        Path file = dir.resolve("old.db");
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("1")
                .load().migrate();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var s = c.createStatement()) {
            s.execute("insert into org_unit(kind, name) values ('ORGAN_COMMITTEE', '机关党委')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.codeSchemaVersion());
            assertThat(db.read().select(ORG_UNIT.NAME).from(ORG_UNIT).fetchOne(ORG_UNIT.NAME)).isEqualTo("机关党委");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("ledger.db");
        Files.writeString(file, "姓名,身份证号\n张三,1\n");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NotADatabaseException.class)
                .hasMessageContaining("ledger.db").hasMessageContaining("不是 SQLite 数据库");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void everyWriteIsAuditedWithOperatorTimeBeforeAndAfter() {
        try (Database db = Database.open(dir.resolve("audit.db"))) {
            Integer id = db.write("张干事", tx -> tx.insert(unit(tx, "机关党委")));
            db.write("李干事", tx -> {
                OrgUnitRecord r = tx.dsl().selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id)).fetchOne();
                r.setName("局机关党委");
                tx.update(r);
                return null;
            });
            var rows = db.read().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getAction()).isEqualTo("INSERT");
            assertThat(rows.get(0).getOperator()).isEqualTo("张干事");
            assertThat(rows.get(0).getTableName()).isEqualTo("org_unit");
            assertThat(rows.get(0).getRecordId()).isEqualTo(id);
            assertThat(rows.get(0).getBeforeJson()).isNull();
            assertThat(rows.get(0).getAfterJson()).contains("\"name\":\"机关党委\"");
            assertThat(rows.get(0).getAt()).isNotNull();
            assertThat(rows.get(1).getAction()).isEqualTo("UPDATE");
            assertThat(rows.get(1).getOperator()).isEqualTo("李干事");
            assertThat(rows.get(1).getBeforeJson()).contains("\"name\":\"机关党委\"");
            assertThat(rows.get(1).getAfterJson()).contains("\"name\":\"局机关党委\"");
        }
    }

    @Test
    void aFailingWriteLeavesNeitherDataNorAuditRows() {
        try (Database db = Database.open(dir.resolve("rollback.db"))) {
            assertThatThrownBy(() -> db.write("张干事", tx -> {
                tx.insert(unit(tx, "机关党委"));
                MemberRecord bad = tx.dsl().newRecord(MEMBER);
                bad.setName("王五");
                bad.setStatus("NOT_A_STATUS"); // violates the CHECK constraint
                return tx.insert(bad);
            })).isInstanceOf(StoreException.class).hasMessageContaining("本次修改未保存");
            assertThat(db.read().fetchCount(ORG_UNIT)).isZero();
            assertThat(db.read().fetchCount(AUDIT_LOG)).isZero();
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            assertThatThrownBy(() -> db.write("张干事", tx -> {
                OrgUnitRecord r = unit(tx, "机关第一党支部");
                r.setKind("BRANCH");
                r.setParentId(999);
                return tx.insert(r);
            })).isInstanceOf(StoreException.class);
            assertThat(db.read().fetchCount(ORG_UNIT)).isZero();
        }
    }

    @Test
    void theAuditTrailCannotBeEditedOrDeleted() {
        try (Database db = Database.open(dir.resolve("append.db"))) {
            db.write("张干事", tx -> tx.insert(unit(tx, "机关党委")));
            assertThatThrownBy(() -> db.write("张干事", tx -> tx.dsl().update(AUDIT_LOG).set(AUDIT_LOG.OPERATOR, "某人").execute()))
                    .isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> db.write("张干事", tx -> tx.dsl().deleteFrom(AUDIT_LOG).execute()))
                    .isInstanceOf(StoreException.class);
            assertThat(db.read().select(AUDIT_LOG.OPERATOR).from(AUDIT_LOG).fetchOne(AUDIT_LOG.OPERATOR)).isEqualTo("张干事");
        }
    }

    @Test
    void datesRoundTripAsIsoText() {
        try (Database db = Database.open(dir.resolve("dates.db"))) {
            db.write("张干事", tx -> {
                MemberRecord m = tx.dsl().newRecord(MEMBER);
                m.setName("赵六");
                m.setJoinedOn(LocalDate.of(2020, 2, 29));
                return tx.insert(m);
            });
            assertThat(db.read().select(MEMBER.JOINED_ON).from(MEMBER).fetchOne(MEMBER.JOINED_ON)).isEqualTo(LocalDate.of(2020, 2, 29));
            assertThat(String.valueOf(db.read().fetchValue("select joined_on from member"))).isEqualTo("2020-02-29");
        }
    }

    @Test
    void aBatchInsertGetsTheNextIdsAndTheSameAuditRowsAsOneByOne() {
        try (Database db = Database.open(dir.resolve("batch.db"))) {
            int deleted = db.write("张干事", tx -> {
                tx.insert(member(tx, "赵六"));
                MemberRecord last = member(tx, "钱七");
                tx.insert(last);
                tx.delete(last);
                return last.getId();
            });
            List<Integer> ids = db.write("李干事", tx -> tx.insertAll(MEMBER,
                    List.of(member(tx, "孙八"), member(tx, "李九"), member(tx, "周十"))));
            // AUTOINCREMENT: the id of the deleted member is not used again, as with one insert at a time
            assertThat(ids).containsExactly(deleted + 1, deleted + 2, deleted + 3);
            assertThat(db.read().select(MEMBER.NAME).from(MEMBER).where(MEMBER.ID.in(ids)).orderBy(MEMBER.ID).fetch(MEMBER.NAME))
                    .containsExactly("孙八", "李九", "周十");
            assertThat(db.read().select(MEMBER.STATUS).from(MEMBER).where(MEMBER.ID.eq(ids.get(0))).fetchOne(MEMBER.STATUS))
                    .isEqualTo("FULL");
            var one = db.read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.RECORD_ID.eq(deleted - 1)).fetchOne();
            var batch = db.read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.OPERATOR.eq("李干事")).orderBy(AUDIT_LOG.ID).fetch();
            assertThat(batch).extracting(r -> r.getRecordId()).containsExactlyElementsOf(ids);
            assertThat(batch).allSatisfy(r -> {
                assertThat(r.getAction()).isEqualTo("INSERT");
                assertThat(r.getTableName()).isEqualTo("member");
                assertThat(r.getBeforeJson()).isNull();
                assertThat(r.getAt()).isNotNull();
            });
            assertThat(batch.get(1).getAfterJson())
                    .isEqualTo(one.getAfterJson().replace("\"id\":" + (deleted - 1), "\"id\":" + ids.get(1)).replace("赵六", "李九"));
            assertThatThrownBy(() -> db.write("李干事", tx -> {
                MemberRecord other = member(tx, "吴十一");
                other.setPhone("13800000000");
                return tx.insertAll(MEMBER, List.of(member(tx, "郑十二"), other));
            })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone");
            assertThat(db.read().fetchCount(MEMBER)).isEqualTo(4);
        }
    }

    @Test
    void batchInsertsOfOneTransactionAreStoredInOrderAfterOneFailsAndNothingIsLeftOpenAfterARollback() {
        List<org.jooq.Field<?>> columns = List.of(MEMBER.NAME, MEMBER.ID_NUMBER);
        try (Database db = Database.open(dir.resolve("chunks.db"))) {
            List<Integer> ids = db.write("李干事", tx -> {
                List<Integer> all = new java.util.ArrayList<>();
                for (int chunk = 0; chunk < 3; chunk++) { // 260 rows: a group of 250 and 10 one by one, three times
                    all.addAll(tx.insertAll(MEMBER, columns, rows(chunk * 1000, 260)));
                }
                // the same ID number again: refused, and the transaction's next batch of the table is written as before
                assertThatThrownBy(() -> tx.insertAll(MEMBER, columns, rows(0, 1)))
                        .isInstanceOf(org.jooq.exception.DataAccessException.class);
                all.addAll(tx.insertAll(MEMBER, columns, rows(5000, 260)));
                return all;
            });
            assertThat(ids).hasSize(4 * 260);
            assertThat(ids.get(ids.size() - 1) - ids.get(0)).isEqualTo(ids.size() - 1); // the refused row took no id
            assertThat(db.read().select(MEMBER.NAME).from(MEMBER).orderBy(MEMBER.ID).fetch(MEMBER.NAME))
                    .containsExactlyElementsOf(java.util.stream.Stream.of(0, 1000, 2000, 5000)
                            .flatMap(from -> rows(from, 260).stream().map(r -> (String) r[0])).toList());
            assertThat(db.read().select(MEMBER.ID).from(MEMBER).orderBy(MEMBER.ID).fetch(MEMBER.ID)).containsExactlyElementsOf(ids);

            // a transaction that fails after its batches leaves nothing, and the next one writes as before
            assertThatThrownBy(() -> db.write("李干事", tx -> {
                tx.insertAll(MEMBER, columns, rows(7000, 260));
                throw new IllegalStateException("中途失败");
            })).hasMessage("中途失败");
            assertThat(db.read().fetchCount(MEMBER)).isEqualTo(4 * 260);
            List<Integer> two = db.write("李干事", tx -> tx.insertAll(MEMBER, columns, rows(7000, 2)));
            assertThat(two).hasSize(2);
            assertThat(db.read().fetchCount(MEMBER)).isEqualTo(4 * 260 + 2);
        }
    }

    /** {@code count} rows of a name and an ID number numbered from {@code from}. */
    private static List<Object[]> rows(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count)
                .mapToObj(i -> new Object[] {"党员" + i, String.format("11010119800101%04d", i)}).toList();
    }

    @Test
    void membersAddedInBatchesAreStoredAndAuditedAsOneByOne() {
        try (Database db = Database.open(dir.resolve("members.db"))) {
            org.partydesk.model.Member full = new org.partydesk.model.Member(null, "王五", org.partydesk.model.Gender.FEMALE, "汉族",
                    LocalDate.of(1980, 2, 29), "420102198002290021", "大学本科", org.partydesk.model.MemberStatus.PROBATIONARY,
                    org.partydesk.model.MemberCategory.RETIRED, "13800138000", LocalDate.of(2005, 7, 1), null, null, "科长",
                    true, false, true, LocalDate.of(2025, 1, 31));
            org.partydesk.model.Member bare = new org.partydesk.model.Member(null, "赵六", null, null, null, null, null,
                    org.partydesk.model.MemberStatus.FULL, org.partydesk.model.MemberCategory.ACTIVE, null, null, null, null, null,
                    false, false, false, null);
            List<Integer> ids = db.write("李干事", tx -> {
                int unit = tx.insert(unit(tx, "机关党委"));
                List<Integer> one = new java.util.ArrayList<>();
                for (org.partydesk.model.Member m : List.of(full, bare)) {
                    int id = MemberRepository.add(tx, m);
                    MemberRepository.addMembership(tx, id, unit, LocalDate.of(2005, 7, 1), null);
                    one.add(id);
                }
                org.partydesk.model.Member again = new org.partydesk.model.Member(null, full.name(), full.gender(), full.ethnicity(),
                        full.birthDate(), "420102198002290048", full.education(), full.status(), full.category(), full.phone(),
                        full.joinedOn(), full.fullMemberOn(), full.departmentId(), full.jobTitle(), full.leadershipMember(),
                        full.partyAffairsStaff(), full.dualOrganizationalLife(), full.leftOn());
                one.addAll(MemberRepository.addAll(tx, List.of(again, bare), List.of(unit, unit),
                        LocalDate.of(2005, 7, 1)));
                return one;
            });
            for (int i = 0; i < 2; i++) {
                int alone = ids.get(i);
                int batched = ids.get(i + 2);
                assertThat(stored(db, "member", batched)).isEqualTo(stored(db, "member", alone).replace("0021", "0048"));
                assertThat(afterJson(db, "member", batched)).isEqualTo(afterJson(db, "member", alone)
                        .replace("\"id\":" + alone, "\"id\":" + batched).replace("0021", "0048"));
                int membershipAlone = membershipOf(db, alone);
                int membershipBatched = membershipOf(db, batched);
                assertThat(stored(db, "membership", membershipBatched)).isEqualTo(stored(db, "membership", membershipAlone)
                        .replaceFirst("^integer:" + alone + ",", "integer:" + batched + ","));
            }
        }
    }

    /** Every column but the id of a row, as storage class and text. */
    private static String stored(Database db, String table, int id) {
        var fields = db.read().meta().getTables(table).get(0).fields();
        return java.util.Arrays.stream(fields).filter(f -> !f.getName().equals("id"))
                .map(f -> String.valueOf(db.read().fetchValue("select typeof(" + f.getName() + ") || ':' || coalesce("
                        + f.getName() + ", 'NULL') from " + table + " where id = " + id)))
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String afterJson(Database db, String table, int id) {
        return db.read().select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq(table))
                .and(AUDIT_LOG.RECORD_ID.eq(id)).fetchOne(AUDIT_LOG.AFTER_JSON);
    }

    private static int membershipOf(Database db, int memberId) {
        return ((Number) db.read().fetchValue("select id from membership where member_id = " + memberId)).intValue();
    }

    private static MemberRecord member(Tx tx, String name) {
        MemberRecord m = tx.dsl().newRecord(MEMBER);
        m.setName(name);
        m.setJoinedOn(LocalDate.of(2020, 2, 29));
        return m;
    }

    private static OrgUnitRecord unit(Tx tx, String name) {
        OrgUnitRecord r = tx.dsl().newRecord(ORG_UNIT);
        r.setKind("ORGAN_COMMITTEE");
        r.setName(name);
        return r;
    }

    @Test
    void whileTheDatabaseIsOpenNoOtherConnectionWritesItEvenUnderANameMadeLater() throws Exception {
        Path file = dir.resolve("guarded.db");
        try (Database db = Database.open(file)) {
            RosterFixture.fill(db);
            Path alias = Files.createLink(dir.resolve("another-name.db"), file);
            try (var other = DriverManager.getConnection("jdbc:sqlite:" + alias); var s = other.createStatement()) {
                s.execute("pragma busy_timeout = 200");
                assertThatThrownBy(() -> s.execute("insert into department (name, sort_order) values ('外来处室', 9)"))
                        .hasMessageContaining("SQLITE_BUSY");
            }
            assertThat(db.read().fetchCount(org.partydesk.store.jooq.Tables.DEPARTMENT)).isEqualTo(2);
            Files.delete(alias);
        }
    }
}
