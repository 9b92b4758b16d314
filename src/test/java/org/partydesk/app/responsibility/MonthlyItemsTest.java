package org.partydesk.app.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.model.Cadence;
import org.partydesk.model.Completion;
import org.partydesk.model.Deadline;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityList;

import static org.assertj.core.api.Assertions.assertThat;

/** A 每月 item (MONTHLY, V7): twelve month-end deadlines, counted month by month and regenerated for the next year. */
class MonthlyItemsTest {
    @TempDir
    Path dir;
    Workspace ws;
    Responsibilities r;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("partydesk.db"), "测试");
        r = new Responsibilities(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aMonthlyItemHasTwelveDeadlinesCountedByTheStatisticsAndCopiedToTheNextYear() {
        int list = r.createList(new ResponsibilityList(null, 2025, "党组书记第一责任清单", ListOwnerKind.SECRETARY,
                null, null, null, null, null));
        int item = r.addItem(new NewItem(list, null, "每月听取一次党建工作汇报", null, null, null, Cadence.MONTHLY, null, null));
        List<Deadline> months = r.deadlines(item);
        assertThat(months).extracting(Deadline::dueOn).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(2025, m).atEndOfMonth()).toList());
        r.addRecord(item, new NewRecord(LocalDate.of(2025, 1, 28), "听取汇报", null, "张三", months.get(0).id()));
        r.addRecord(item, new NewRecord(LocalDate.of(2025, 3, 25), "听取汇报", null, "张三", months.get(2).id()));

        // 31 March: January and March met, February missed (the SQL statistics agree with the rules)
        Completion asOfMarch = r.statsPerList(2025, LocalDate.of(2025, 3, 31)).get(0).completion();
        assertThat(asOfMarch).isEqualTo(new Completion(1, 1, 0, 0, 1, 3, 2));
        assertThat(r.tree(2025, LocalDate.of(2025, 3, 31)).get(0).completion()).isEqualTo(asOfMarch);

        List<Integer> copied = r.copyYearToNext(2025);
        int next = r.tree(2026, LocalDate.of(2026, 1, 1)).get(0).items().get(0).item().id();
        assertThat(copied).hasSize(1);
        assertThat(r.deadlines(next)).extracting(Deadline::dueOn).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(2026, m).atEndOfMonth()).toList());
    }
}
