package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.model.Cadence;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityList;

import static org.assertj.core.api.Assertions.assertThat;

/** The 责任清单 screen's view model on a real SQLite file, without JavaFX. */
class ResponsibilityModelTest {
    @TempDir
    Path dir;

    @Test
    void aYearIsReadInOneGoWithEachItemsNumberAndTheMissedDeadlines() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                    null, null, null, null, null));
            int category = r.addItem(new NewItem(list, null, "履行主体责任", "党组", null, null, Cadence.YEARLY, null, null));
            int content = r.addItem(new NewItem(list, category, "研究部署党风廉政建设", "党组", null, null,
                    Cadence.YEARLY, null, null));
            int yearly = r.addItem(new NewItem(list, content, "签订党风廉政建设责任书", "党组", "党组书记", null,
                    Cadence.YEARLY, null, null));
            int quarterly = r.addItem(new NewItem(list, content, "每季度专题研究一次", "党组", "党组成员", null,
                    Cadence.QUARTERLY, null, null));

            ResponsibilityModel.Snapshot s = new ResponsibilityModel(r).read(2025, LocalDate.of(2026, 1, 10));

            assertThat(s.lists()).singleElement().satisfies(l -> assertThat(l.list().name()).isEqualTo("党组集体责任清单"));
            assertThat(List.of(s.number(category), s.number(content), s.number(yearly), s.number(quarterly)))
                    .containsExactly("1", "1.1", "1.1.1", "1.1.2");
            assertThat(s.overdue()).hasSize(5); // 全年 of one measure, four quarters of the other
            assertThat(s.perList()).singleElement().satisfies(st -> assertThat(st.completion().items()).isEqualTo(2));
            assertThat(s.letters()).isEmpty();
        }
    }

    @Test
    void theTimelineMarksACorrectedRecordAndTheDeadlineARecordCompletes() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                    null, null, null, null, null));
            int item = r.addItem(new NewItem(list, null, "签订党风廉政建设责任书", "党组", "党组书记", null,
                    Cadence.YEARLY, null, null));
            int deadline = r.deadlines(item).get(0).id();
            int first = r.addRecord(item, new NewRecord(LocalDate.of(2025, 3, 15), "签订责任书", null, "张伟", null));
            int correction = r.correctRecord(first, new NewRecord(LocalDate.of(2025, 3, 16), "层层签订责任书", null,
                    "张伟", deadline));

            List<ResponsibilityModel.RecordRow> rows = new ResponsibilityModel(r).records(item);

            assertThat(rows).extracting(row -> row.record().id()).containsExactlyInAnyOrder(first, correction);
            ResponsibilityModel.RecordRow old = rows.stream().filter(row -> row.record().id() == first).findFirst().orElseThrow();
            ResponsibilityModel.RecordRow now = rows.stream().filter(row -> row.record().id() == correction).findFirst().orElseThrow();
            assertThat(old.corrected()).isTrue();
            assertThat(now.corrected()).isFalse();
            assertThat(now.corrects().id()).isEqualTo(first);
            assertThat(now.completes().id()).isEqualTo(deadline);
        }
    }

    @Test
    void aNewRecordStartsOnTheStatusDateMovedIntoTheChosenYear() {
        assertThat(ResponsibilityModel.recordDateDefault(LocalDate.of(2026, 1, 10), 2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ResponsibilityModel.recordDateDefault(LocalDate.of(2024, 5, 1), 2025)).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(ResponsibilityModel.recordDateDefault(LocalDate.of(2025, 5, 1), 2025)).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
