package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.partydesk.app.Progress;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.DeadlineAlert;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ResponsibilityItem;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.ResponsibilityRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 党组 responsibility list with the 时间节点 clerks write (3-4月, 3月至4月, 4月初前, 上半年, 2025年底, 每月),
 * from the hand-made file time-nodes/主体责任清单.xlsx into an empty database.
 */
class TimeNodesImportTest extends EmptyDatabaseTest {
    private ResponsibilityList imported() throws Exception {
        Path file = ClerkFiles.copy(dir, "time-nodes/主体责任清单.xlsx");
        LedgerImporter im = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, file, Progress.NONE);
        ImportPreview p = im.preview();
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).extracting(ImportMessage::text).containsExactly(
                "主体责任清单.xlsx，工作表“清单”，第6行，G列（完成时限）：“4月初前”按该旬最后一天（2025-04-10）记录");
        im.apply(Progress.NONE);
        return new ResponsibilityRepository(ws.database()).allLists().get(0);
    }

    @Test
    void spokenTimeNodesBecomeDeadlinesAndMonthlyIsAMonthlyCadence() throws Exception {
        ResponsibilityList list = imported();
        ResponsibilityRepository repo = new ResponsibilityRepository(ws.database());
        Map<String, ResponsibilityItem> items = repo.items(list.id()).stream()
                .collect(Collectors.toMap(ResponsibilityItem::text, i -> i));
        Map<String, List<LocalDate>> due = items.values().stream().collect(Collectors.toMap(ResponsibilityItem::text,
                i -> repo.deadlinesOfItem(i.id()).stream().map(Deadline::dueOn).toList()));
        assertThat(due.get("召开党建工作会议")).containsExactly(LocalDate.of(2025, 4, 30));
        assertThat(due.get("签订责任书")).containsExactly(LocalDate.of(2025, 4, 30));
        assertThat(due.get("开展专项检查")).containsExactly(LocalDate.of(2025, 4, 10));
        assertThat(due.get("听取专题汇报")).containsExactly(LocalDate.of(2025, 6, 30));
        assertThat(due.get("年度考核")).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(items.get("开展谈心谈话").cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(due.get("开展谈心谈话")).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(2025, m).atEndOfMonth()).toList());
        assertThat(repo.deadlinesOfItem(items.get("开展谈心谈话").id())).extracting(Deadline::label)
                .startsWith("1月", "2月").endsWith("12月");
    }

    @Test
    void theExportWritesMonthlyAsEveryMonthAndImportsUnchanged() throws Exception {
        imported();
        Path out = dir.resolve("导出.xlsx");
        LedgerExport.export(LedgerKind.RESPONSIBILITIES, ws, out, new LedgerExport.Options(2025, null, false), Progress.NONE);
        assertThat(SheetValues.of(out)).anyMatch(row -> row.contains("开展谈心谈话") && row.contains("每月"));
        ImportPreview again = LedgerImporter.open(LedgerKind.RESPONSIBILITIES, ws, out, Progress.NONE).preview();
        assertThat(again.errors()).isEmpty();
        assertThat(again.counts()).startsWith("新增 0 ").contains("更新 0 ");
    }

    @Test
    void aMonthlyItemIsDueAndOverdueMonthByMonth() throws Exception {
        ResponsibilityList list = imported();
        Responsibilities r = new Responsibilities(ws);
        ResponsibilityItem talks = new ResponsibilityRepository(ws.database()).items(list.id()).stream()
                .filter(i -> i.text().equals("开展谈心谈话")).findFirst().orElseThrow();
        List<Deadline> months = r.deadlines(talks.id());
        r.addRecord(talks.id(), new NewRecord(LocalDate.of(2025, 1, 20), "与支部书记谈心谈话", null, "张三", months.get(0).id()));

        // mid-February: January met, February the next node, nothing missed
        LocalDate feb = LocalDate.of(2025, 2, 15);
        assertThat(status(r, talks, feb)).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(r.dueSoon(feb)).filteredOn(a -> a.item().id().equals(talks.id())).extracting(DeadlineAlert::deadline)
                .extracting(Deadline::dueOn).containsExactly(LocalDate.of(2025, 2, 28));
        assertThat(r.overdue(2025, feb)).noneMatch(a -> a.item().id().equals(talks.id()));

        // early March: February passed without a record
        LocalDate march = LocalDate.of(2025, 3, 3);
        assertThat(status(r, talks, march)).isEqualTo(ItemStatus.OVERDUE);
        assertThat(r.overdue(2025, march)).filteredOn(a -> a.item().id().equals(talks.id()))
                .extracting(a -> a.deadline().dueOn()).containsExactly(LocalDate.of(2025, 2, 28));
        assertThat(r.dueSoon(march)).filteredOn(a -> a.item().id().equals(talks.id()))
                .extracting(a -> a.deadline().dueOn()).containsExactly(LocalDate.of(2025, 3, 31));
    }

    private static ItemStatus status(Responsibilities r, ResponsibilityItem item, LocalDate on) {
        return r.tree(2025, on).get(0).items().stream().filter(i -> i.item().id().equals(item.id()))
                .map(ItemProgress::status).findFirst().orElseThrow();
    }
}
