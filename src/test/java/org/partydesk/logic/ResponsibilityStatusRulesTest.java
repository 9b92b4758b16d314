package org.partydesk.logic;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsibilityStatusRulesTest {
    private static final LocalDate MAR31 = LocalDate.of(2024, 3, 31);

    @Test
    void deadlinesPerCadenceWithLabels() {
        assertThat(Deadlines.of(Cadence.QUARTERLY, 2024, null)).containsExactly(
                new Deadlines.Slot(MAR31, "第1季度"), new Deadlines.Slot(LocalDate.of(2024, 6, 30), "第2季度"),
                new Deadlines.Slot(LocalDate.of(2024, 9, 30), "第3季度"), new Deadlines.Slot(LocalDate.of(2024, 12, 31), "第4季度"));
        assertThat(Deadlines.of(Cadence.HALF_YEARLY, 2025, null)).containsExactly(
                new Deadlines.Slot(LocalDate.of(2025, 6, 30), "上半年"), new Deadlines.Slot(LocalDate.of(2025, 12, 31), "下半年"));
        assertThat(Deadlines.of(Cadence.YEARLY, 2025, null)).containsExactly(new Deadlines.Slot(LocalDate.of(2025, 12, 31), "全年"));
        assertThat(Deadlines.of(Cadence.ONCE, 2024, LocalDate.of(2024, 2, 29)))
                .extracting(Deadlines.Slot::dueOn).containsExactly(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> Deadlines.of(Cadence.ONCE, 2024, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadlines.of(Cadence.ONCE, 2024, LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feb29MovesToFeb28InAYearWithoutIt() {
        assertThat(Deadlines.sameDayIn(LocalDate.of(2024, 2, 29), 2025)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Deadlines.sameDayIn(LocalDate.of(2024, 2, 29), 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Deadlines.sameDayIn(LocalDate.of(2024, 7, 1), 2025)).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void leafStatusFromRecordsAndDate() {
        Deadline q1 = new Deadline(1, 10, MAR31, "第1季度");
        Deadline q2 = new Deadline(2, 10, LocalDate.of(2024, 6, 30), "第2季度");
        List<Deadline> both = List.of(q1, q2);
        assertThat(status(both, List.of(), LocalDate.of(2024, 3, 1))).isEqualTo(ItemStatus.NOT_STARTED);
        ProgressRecord progressOnly = record(1, LocalDate.of(2024, 3, 5), null, null);
        assertThat(status(both, List.of(progressOnly), LocalDate.of(2024, 3, 6))).isEqualTo(ItemStatus.IN_PROGRESS);
        // a record dated after "today" does not count yet
        assertThat(status(both, List.of(progressOnly), LocalDate.of(2024, 3, 4))).isEqualTo(ItemStatus.NOT_STARTED);
        // the deadline day itself is passed "on or before today"
        assertThat(status(both, List.of(progressOnly), MAR31)).isEqualTo(ItemStatus.OVERDUE);
        ProgressRecord q1Done = record(2, LocalDate.of(2024, 3, 20), 1, null);
        assertThat(status(both, List.of(q1Done), LocalDate.of(2024, 4, 1))).isEqualTo(ItemStatus.IN_PROGRESS);
        ProgressRecord q2Early = record(3, LocalDate.of(2024, 4, 2), 2, null);
        assertThat(status(both, List.of(q1Done, q2Early), LocalDate.of(2024, 4, 2))).isEqualTo(ItemStatus.DONE);
        ProgressRecord q2Late = record(4, LocalDate.of(2024, 7, 1), 2, null);
        assertThat(status(both, List.of(q1Done, q2Late), LocalDate.of(2024, 7, 1))).isEqualTo(ItemStatus.OVERDUE);
        // correcting the early record away makes Q2 missed again
        ProgressRecord fix = record(5, LocalDate.of(2024, 4, 2), null, 3);
        assertThat(status(both, List.of(q1Done, q2Early, fix), LocalDate.of(2024, 7, 1))).isEqualTo(ItemStatus.OVERDUE);
    }

    @Test
    void parentStatusFromChildren() {
        assertThat(ResponsibilityStatusRules.parentStatus(List.of(ItemStatus.DONE, ItemStatus.DONE))).isEqualTo(ItemStatus.DONE);
        assertThat(ResponsibilityStatusRules.parentStatus(List.of(ItemStatus.DONE, ItemStatus.NOT_STARTED))).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(ResponsibilityStatusRules.parentStatus(List.of(ItemStatus.NOT_STARTED, ItemStatus.NOT_STARTED))).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(ResponsibilityStatusRules.parentStatus(List.of(ItemStatus.DONE, ItemStatus.OVERDUE, ItemStatus.IN_PROGRESS))).isEqualTo(ItemStatus.OVERDUE);
    }

    @Test
    void treeNestsAndSumsLeafCounts() {
        ResponsibilityItem category = item(1, null, 1, 1);
        ResponsibilityItem content = item(2, 1, 2, 1);
        ResponsibilityItem measureA = item(3, 2, 3, 1);
        ResponsibilityItem measureB = item(4, 2, 3, 2);
        List<Deadline> deadlines = List.of(new Deadline(1, 3, MAR31, "一次性"), new Deadline(2, 4, MAR31, "一次性"));
        ProgressRecord aDone = new ProgressRecord(1, 3, LocalDate.of(2024, 3, 1), "完成", null, "甲", 1, null, null);
        List<ItemProgress> tree = ResponsibilityStatusRules.tree(List.of(measureB, content, measureA, category), deadlines,
                List.of(aDone), LocalDate.of(2024, 4, 1));
        assertThat(tree).hasSize(1);
        ItemProgress top = tree.get(0);
        assertThat(top.status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(top.children().get(0).children()).extracting(p -> p.item().id(), ItemProgress::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, ItemStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple(4, ItemStatus.OVERDUE));
        assertThat(top.completion()).isEqualTo(new org.partydesk.model.Completion(2, 2, 1, 1, 1, 2, 1));
        assertThat(top.completion().completionRate()).hasValue(0.5);
    }

    private static ItemStatus status(List<Deadline> deadlines, List<ProgressRecord> records, LocalDate today) {
        var counting = ResponsibilityStatusRules.counting(records, ResponsibilityStatusRules.correctedIds(records), today);
        return ResponsibilityStatusRules.leafStatus(ResponsibilityStatusRules.deadlineStates(deadlines, counting, today),
                !counting.isEmpty());
    }

    private static ProgressRecord record(int id, LocalDate on, Integer completes, Integer corrects) {
        return new ProgressRecord(id, 10, on, "纪实", null, "张三", completes, corrects, null);
    }

    private static ResponsibilityItem item(int id, Integer parent, int level, int seq) {
        return new ResponsibilityItem(id, 1, parent, level, seq, "条目" + id, null, null, Cadence.ONCE, null, List.of());
    }
}
