package org.partydesk.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.model.Cadence;
import org.partydesk.model.ResponsibilityItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;

/**
 * V7 rebuilds responsibility_item to allow MONTHLY: a database of the version before keeps its items (ids,
 * nesting), their deadlines, owners and progress records, the table's index and its id counter.
 */
class MonthlyCadenceMigrationTest {
    @TempDir
    Path dir;

    @Test
    void itemsDeadlinesOwnersAndRecordsSurviveTheRebuildAndMonthlyCanBeStored() throws Exception {
        Path file = dir.resolve("v5.db");
        org.flywaydb.core.Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("5")
                .load().migrate();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("insert into member(id, name, gender, status, category) values (1, '张三', 'MALE', 'FULL', 'ACTIVE')");
            s.execute("insert into responsibility_list(id, year, name, owner_kind) values (1, 2025, '党组集体责任清单', 'LEADING_GROUP')");
            s.execute("insert into responsibility_item(id, list_id, level, seq, text, cadence) values (1, 1, 1, 1, '履行主体责任', 'YEARLY')");
            s.execute("insert into responsibility_item(id, list_id, parent_id, level, seq, text, owner_text, cadence)"
                    + " values (2, 1, 1, 2, 1, '召开专题会议', '办公室', 'QUARTERLY')");
            s.execute("insert into responsibility_item(id, list_id, level, seq, text, cadence) values (9, 1, 1, 2, '已删除的条目', 'ONCE')");
            s.execute("delete from responsibility_item where id = 9");
            s.execute("insert into responsibility_item_owner(item_id, member_id) values (2, 1)");
            s.execute("insert into responsibility_deadline(id, item_id, due_on, label) values (5, 2, '2025-03-31', '第1季度')");
            s.execute("insert into progress_record(item_id, recorded_on, text, recorded_by_name, completes_deadline_id, created_at)"
                    + " values (2, '2025-03-20', '已召开', '张三', 5, '2025-03-20T10:00:00')");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.codeSchemaVersion());
            ResponsibilityRepository repo = new ResponsibilityRepository(db);
            List<ResponsibilityItem> items = repo.items(1);
            assertThat(items).extracting(ResponsibilityItem::id, ResponsibilityItem::parentId, ResponsibilityItem::text,
                    ResponsibilityItem::ownerText, ResponsibilityItem::cadence)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null, "履行主体责任", null, Cadence.YEARLY),
                            org.assertj.core.groups.Tuple.tuple(2, 1, "召开专题会议", "办公室", Cadence.QUARTERLY));
            assertThat(items.get(1).ownerMemberIds()).containsExactly(1);
            assertThat(repo.deadlinesOfItem(2)).singleElement().satisfies(d -> assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31)));
            assertThat(repo.recordsOfItem(2)).singleElement().satisfies(r -> assertThat(r.completesDeadlineId()).isEqualTo(5));

            int monthly = db.write("测试", tx -> tx.dsl().insertInto(RESPONSIBILITY_ITEM)
                    .set(RESPONSIBILITY_ITEM.LIST_ID, 1).set(RESPONSIBILITY_ITEM.LEVEL, 1).set(RESPONSIBILITY_ITEM.SEQ, 2)
                    .set(RESPONSIBILITY_ITEM.TEXT, "开展谈心谈话").set(RESPONSIBILITY_ITEM.CADENCE, Cadence.MONTHLY.name())
                    .returning(RESPONSIBILITY_ITEM.ID).fetchOne().getId());
            assertThat(monthly).as("an id once used is not used again").isEqualTo(10);
            assertThat(repo.item(monthly).orElseThrow().cadence()).isEqualTo(Cadence.MONTHLY);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (var rs = s.executeQuery("pragma foreign_key_check")) {
                while (rs.next()) {
                    problems.add(rs.getString(1) + " → " + rs.getString(3));
                }
            }
            assertThat(problems).isEmpty();
            try (var rs = s.executeQuery("select sql from sqlite_master where name = 'responsibility_item_list'")) {
                assertThat(rs.next()).isTrue();
            }
            try (var rs = s.executeQuery("select count(*) from sqlite_master where sql like '%responsibility_item_v7%'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
