package org.partydesk.app.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partydesk.app.SmallSampleTest;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ListStats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue items of each list that the year's statistics count in SQL (what the annual summary names as 逾期) are
 * the leaf items whose status the list's item tree gives as OVERDUE, on every month's end and a few days between, for
 * the lists of a generated sample: the summary takes them from the statistics instead of building every tree again.
 */
class OverdueCountsTest extends SmallSampleTest {
    @Test
    void theStatisticsOverdueItemsAreTheTreesOverdueLeavesOfEachList() {
        Responsibilities r = new Responsibilities(ws);
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 4, 15),
                LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 10, 8)));
        for (int m = 1; m <= 12; m++) {
            days.add(LocalDate.of(YEAR, m, 1).plusMonths(1).minusDays(1));
        }
        int overdue = 0;
        for (LocalDate day : days) {
            List<ListProgress> trees = r.tree(YEAR, day);
            List<ListStats> stats = r.statsPerList(YEAR, day);
            assertThat(stats).extracting(ListStats::listId).as("%s", day)
                    .containsExactlyElementsOf(trees.stream().map(t -> t.list().id()).toList());
            for (int i = 0; i < trees.size(); i++) {
                int leaves = overdueLeaves(trees.get(i).items());
                assertThat(stats.get(i).completion().overdueItems()).as("%s %s", day, trees.get(i).list().name())
                        .isEqualTo(leaves);
                overdue += leaves;
            }
        }
        assertThat(overdue).as("the sample has overdue items to compare").isPositive();
    }

    private static int overdueLeaves(List<ItemProgress> items) {
        int n = 0;
        for (ItemProgress i : items) {
            n += i.children().isEmpty() ? (i.status() == ItemStatus.OVERDUE ? 1 : 0) : overdueLeaves(i.children());
        }
        return n;
    }
}
