package org.partydesk.app.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.jooq.tables.records.AuditLogRecord;
import org.partydesk.store.jooq.tables.records.MemberRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.partydesk.store.jooq.Tables.AUDIT_LOG;
import static org.partydesk.store.jooq.Tables.MEMBER;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_DEADLINE;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM;
import static org.partydesk.store.jooq.Tables.RESPONSIBILITY_ITEM_OWNER;

/**
 * Items of a 责任清单 changed, deleted and moved in the window (decision 0050), on a real SQLite file: each write one
 * transaction with its audit rows (before and after), each refusal a Chinese sentence with nothing written.
 */
class ItemEditingTest {
    private static final String OPERATOR = "党务办公室张三";

    @TempDir
    Path dir;
    Workspace ws;
    Responsibilities r;
    int list;
    int category;
    int content;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("partydesk.db"), OPERATOR);
        r = new Responsibilities(ws);
        list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        category = item(null, "履行主体责任", Cadence.YEARLY, null);
        content = item(category, "研究部署党风廉政建设", Cadence.YEARLY, null);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aChangedTextOwnerAndResponsibleAreStoredAndAuditedWithBeforeAndAfter() {
        int measure = item(content, "签订责任书", Cadence.YEARLY, null);
        int before = lastAuditId();

        r.changeItem(measure, new ItemChange(" 逐级签订党风廉政建设责任书 ", "局党组", "党组书记", Cadence.YEARLY, null, "每年年初"));

        ResponsibilityItem changed = stored(measure);
        assertThat(changed.text()).isEqualTo("逐级签订党风廉政建设责任书");
        assertThat(changed.ownerText()).isEqualTo("局党组");
        assertThat(changed.responsibleText()).isEqualTo("党组书记");
        assertThat(changed.notes()).isEqualTo("每年年初");
        assertThat(changed.seq()).isEqualTo(1);
        Result<AuditLogRecord> audit = auditAfter(before);
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo("UPDATE");
            assertThat(a.getTableName()).isEqualTo("responsibility_item");
            assertThat(a.getRecordId()).isEqualTo(measure);
            assertThat(a.getOperator()).isEqualTo(OPERATOR);
            assertThat(a.getBeforeJson()).contains("签订责任书").doesNotContain("逐级");
            assertThat(a.getAfterJson()).contains("逐级签订党风廉政建设责任书", "局党组", "党组书记");
        });
        assertThat(r.deadlines(measure)).as("the cadence did not change: the deadline stays")
                .extracting(Deadline::label).containsExactly("全年");
    }

    @Test
    void aNewCadenceKeepsTheDeadlinesOnTheSameDatesWithTheirRecordsAndCannotDropACompletedOne() {
        int measure = item(content, "专题研究党风廉政建设", Cadence.QUARTERLY, null);
        Deadline q2 = r.deadlines(measure).get(1);
        r.addRecord(measure, new NewRecord(LocalDate.of(2025, 6, 20), "党组会专题研究", null, "办公室", q2.id()));

        r.changeItem(measure, new ItemChange("专题研究党风廉政建设", null, null, Cadence.HALF_YEARLY, null, null));

        assertThat(r.deadlines(measure)).extracting(Deadline::dueOn, Deadline::label).containsExactly(
                tuple(LocalDate.of(2025, 6, 30), "第2季度"), tuple(LocalDate.of(2025, 12, 31), "第4季度"));
        assertThat(r.deadlines(measure).get(0).id()).as("the completed deadline is the same row").isEqualTo(q2.id());
        assertThat(stored(measure).cadence()).isEqualTo(Cadence.HALF_YEARLY);

        int before = lastAuditId();
        assertThatThrownBy(() -> r.changeItem(measure, new ItemChange("改了文字", null, null, Cadence.YEARLY, null, null)))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("时间节点“第2季度（2025-06-30）”已有纪实记为完成，不能改为其他时间节点；本次未作任何修改");
        assertThat(stored(measure).text()).isEqualTo("专题研究党风廉政建设");
        assertThat(r.deadlines(measure)).hasSize(2);
        assertThat(auditAfter(before)).isEmpty();
    }

    @Test
    void aOnceItemsDateMovesWithinTheListsYearAndIsRefusedOutsideItOrBlank() {
        int measure = item(content, "召开民主生活会", Cadence.ONCE, LocalDate.of(2025, 1, 20));

        r.changeItem(measure, new ItemChange("召开民主生活会", null, null, Cadence.ONCE, LocalDate.of(2025, 2, 28), null));

        assertThat(r.deadlines(measure)).extracting(Deadline::dueOn, Deadline::label)
                .containsExactly(tuple(LocalDate.of(2025, 2, 28), "一次性"));
        assertThatThrownBy(() -> r.changeItem(measure, new ItemChange("召开民主生活会", null, null, Cadence.ONCE,
                LocalDate.of(2026, 1, 15), null)))
                .isInstanceOf(InputRejectedException.class).hasMessage("完成时限 2026-01-15 不在清单年度 2025 年内");
        assertThatThrownBy(() -> r.changeItem(measure, new ItemChange("召开民主生活会", null, null, Cadence.ONCE, null, null)))
                .isInstanceOf(InputRejectedException.class).hasMessage("一次性条目须填写完成时限");
        assertThatThrownBy(() -> r.changeItem(measure, new ItemChange("  ", null, null, Cadence.ONCE, null, null)))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写条目内容");
        assertThatThrownBy(() -> r.changeItem(9999, new ItemChange("文字", null, null, Cadence.YEARLY, null, null)))
                .isInstanceOf(InputRejectedException.class).hasMessage("条目不存在（编号 9999），可能已被删除");
        assertThat(r.deadlines(measure)).extracting(Deadline::dueOn).containsExactly(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aParentKeepsItsCadenceAndANewResponsibleDropsTheRosterLinksTheOldWordsMade() {
        int member = member("李四");
        int measure = r.addItem(new NewItem(list, content, "落实“一岗双责”", null, "李四", List.of(member),
                Cadence.YEARLY, null, null));

        r.changeItem(content, new ItemChange("研究部署全面从严治党", null, null, Cadence.QUARTERLY, null, null));
        r.changeItem(measure, new ItemChange("落实“一岗双责”", null, "王五", Cadence.YEARLY, null, null));

        assertThat(stored(content).cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(stored(content).text()).isEqualTo("研究部署全面从严治党");
        assertThat(r.deadlines(content)).isEmpty();
        assertThat(stored(measure).responsibleText()).isEqualTo("王五");
        assertThat(stored(measure).ownerMemberIds()).isEmpty();
        assertThat(ws.database().read().selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(RESPONSIBILITY_ITEM_OWNER.getName())).and(AUDIT_LOG.ACTION.eq("DELETE"))
                .fetch()).singleElement().satisfies(a -> assertThat(a.getBeforeJson()).contains(String.valueOf(member)));
    }

    @Test
    void aMistakeIsDeletedWithItsDeadlinesAndTheNumbersAfterItCloseUp() {
        int first = item(content, "第一条", Cadence.YEARLY, null);
        int mistake = item(content, "打错的一条", Cadence.QUARTERLY, null);
        int third = item(content, "第三条", Cadence.YEARLY, null);
        assertThat(r.whyNotDeletable(mistake)).isEmpty();
        int before = lastAuditId();

        r.deleteItem(mistake);

        assertThat(ws.database().read().fetchExists(RESPONSIBILITY_ITEM, RESPONSIBILITY_ITEM.ID.eq(mistake))).isFalse();
        assertThat(ws.database().read().fetchCount(RESPONSIBILITY_DEADLINE, RESPONSIBILITY_DEADLINE.ITEM_ID.eq(mistake)))
                .isZero();
        assertThat(stored(first).seq()).isEqualTo(1);
        assertThat(stored(third).seq()).isEqualTo(2);
        Result<AuditLogRecord> audit = auditAfter(before);
        assertThat(audit).extracting(AuditLogRecord::getTableName, AuditLogRecord::getAction).containsExactly(
                tuple("responsibility_deadline", "DELETE"), tuple("responsibility_deadline", "DELETE"),
                tuple("responsibility_deadline", "DELETE"), tuple("responsibility_deadline", "DELETE"),
                tuple("responsibility_item", "DELETE"), tuple("responsibility_item", "UPDATE"));
        assertThat(audit.get(4).getBeforeJson()).contains("打错的一条");
        assertThat(audit.get(4).getAfterJson()).isNull();
        assertThat(audit.get(5).getRecordId()).isEqualTo(third);
    }

    @Test
    void anItemWithChildrenOrRecordsIsNotDeletedAndTheSentenceSaysWhatToDoInstead() {
        int measure = item(content, "签订责任书", Cadence.YEARLY, null);
        r.addRecord(measure, new NewRecord(LocalDate.of(2025, 2, 10), "层层签订", null, "办公室", null));
        int before = lastAuditId();

        assertThatThrownBy(() -> r.deleteItem(content)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目“研究部署党风廉政建设”下还有 1 个下级条目，不能删除；请先删除下级条目");
        assertThatThrownBy(() -> r.deleteItem(measure)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目“签订责任书”已有 1 条纪实，不能删除：删除条目会连同纪实一起删掉。"
                        + "条目的文字、责任人或时间节点有误，请用“修改条目”更正");
        assertThat(r.whyNotDeletable(measure)).hasValueSatisfying(why -> assertThat(why).contains("已有 1 条纪实"));
        assertThat(stored(measure)).isNotNull();
        assertThat(auditAfter(before)).isEmpty();
    }

    @Test
    void aParentLeftWithoutChildrenGetsTheDeadlinesOfItsCadenceAgain() {
        int only = item(content, "唯一的措施", Cadence.YEARLY, null);
        assertThat(r.deadlines(content)).isEmpty();

        r.deleteItem(only);

        assertThat(r.deadlines(content)).extracting(Deadline::dueOn, Deadline::label)
                .containsExactly(tuple(LocalDate.of(2025, 12, 31), "全年"));
        ItemProgress shown = r.tree(2025, LocalDate.of(2025, 3, 1)).get(0).items().get(0).children().get(0);
        assertThat(shown.children()).isEmpty();
        assertThat(shown.deadlines()).hasSize(1);
    }

    @Test
    void anItemMovesUpAndDownAmongItsSiblingsOnlyAndTheSwapIsAudited() {
        int a = item(content, "甲", Cadence.YEARLY, null);
        int b = item(content, "乙", Cadence.YEARLY, null);
        int c = item(content, "丙", Cadence.YEARLY, null);
        int before = lastAuditId();

        r.moveUp(c);
        assertThat(texts(content)).containsExactly("甲", "丙", "乙");
        r.moveDown(a);
        assertThat(texts(content)).containsExactly("丙", "甲", "乙");

        assertThat(auditAfter(before)).extracting(AuditLogRecord::getAction).containsOnly("UPDATE").hasSize(4);
        assertThatThrownBy(() -> r.moveUp(c)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目“丙”已是第一条，不能再上移");
        assertThatThrownBy(() -> r.moveDown(b)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目“乙”已是最后一条，不能再下移");
        assertThatThrownBy(() -> r.moveDown(category)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("最后一条");
    }

    @Test
    void onlyAnEmptyListThatNothingNamesIsDeleted() {
        int empty = r.createList(new ResponsibilityList(null, 2025, "建错的清单", ListOwnerKind.BRANCH, null, null, null,
                null, null));
        int withLetter = r.createList(new ResponsibilityList(null, 2025, "机关党委责任清单", ListOwnerKind.ORGAN_COMMITTEE,
                null, null, null, null, null));
        r.addLetter(new ResponsibilityLetter(null, 2025, withLetter, "目标责任书", "局党组", "机关党委",
                LocalDate.of(2025, 1, 15), null));

        r.deleteList(empty);

        assertThat(r.lists(2025)).extracting(ResponsibilityList::name).containsExactly("党组集体责任清单", "机关党委责任清单");
        assertThatThrownBy(() -> r.deleteList(list)).isInstanceOf(InputRejectedException.class)
                .hasMessage("责任清单“党组集体责任清单”中还有 2 个条目，不能删除；只有空清单可以删除");
        assertThat(r.whyListNotDeletable(list)).hasValue("责任清单“党组集体责任清单”中还有 2 个条目，不能删除；只有空清单可以删除");
        assertThatThrownBy(() -> r.deleteList(withLetter)).isInstanceOf(InputRejectedException.class)
                .hasMessage("已有 1 份责任书对应责任清单“机关党委责任清单”，不能删除");
        assertThat(ws.database().read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq("responsibility_list"))
                .and(AUDIT_LOG.ACTION.eq("DELETE")).fetch()).singleElement()
                .satisfies(a -> assertThat(a.getBeforeJson()).contains("建错的清单"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private int item(Integer parent, String text, Cadence cadence, LocalDate onceOn) {
        return r.addItem(new NewItem(list, parent, text, "党组", null, List.of(), cadence, onceOn, null));
    }

    private ResponsibilityItem stored(int id) {
        return r.tree(2025, LocalDate.of(2025, 1, 1)).stream().flatMap(l -> l.items().stream())
                .flatMap(ItemEditingTest::flatten).map(ItemProgress::item).filter(i -> i.id() == id).findFirst()
                .orElseThrow();
    }

    private static java.util.stream.Stream<ItemProgress> flatten(ItemProgress p) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.children().stream().flatMap(ItemEditingTest::flatten));
    }

    private List<String> texts(int parent) {
        return r.tree(2025, LocalDate.of(2025, 1, 1)).stream().flatMap(l -> l.items().stream())
                .flatMap(ItemEditingTest::flatten).filter(p -> p.item().id() == parent).findFirst().orElseThrow()
                .children().stream().map(c -> c.item().text()).toList();
    }

    private int lastAuditId() {
        Integer max = ws.database().read().select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    private Result<AuditLogRecord> auditAfter(int id) {
        return ws.database().read().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(id)).orderBy(AUDIT_LOG.ID).fetch();
    }

    private int member(String name) {
        return ws.database().write(OPERATOR, tx -> {
            MemberRecord m = tx.dsl().newRecord(MEMBER);
            m.setName(name);
            return tx.insert(m);
        });
    }
}
