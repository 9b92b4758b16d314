package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Cadence;
import org.partydesk.model.Deadline;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 责任清单 screen's view model on a real SQLite file, without a robot: its reads and writes run on the test's
 * thread through {@link Background#sameThread}.
 */
class ResponsibilityModelTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);

    @TempDir
    Path dir;

    private static ResponsibilityModel model(Workspace ws, Responsibilities r) {
        return new ResponsibilityModel(r, new EvidenceService(ws), Background.sameThread(I18N), I18N, TODAY);
    }

    /**
     * A list of 2025 with a category, a content under it and two measures under that; returns the ids of the list,
     * the content, the yearly and the quarterly measure, and the category.
     */
    private static int[] fill(Responsibilities r) {
        int list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        int category = r.addItem(new NewItem(list, null, "履行主体责任", "党组", null, null, Cadence.YEARLY, null, null));
        int content = r.addItem(new NewItem(list, category, "研究部署党风廉政建设", "党组", null, null,
                Cadence.YEARLY, null, null));
        int yearly = r.addItem(new NewItem(list, content, "签订党风廉政建设责任书", "党组", "党组书记", null,
                Cadence.YEARLY, null, null));
        int quarterly = r.addItem(new NewItem(list, content, "每季度专题研究一次", "党组", "党组成员", null,
                Cadence.QUARTERLY, null, null));
        return new int[] {list, content, yearly, quarterly, category};
    }

    private static ItemProgress item(ResponsibilityModel m, int itemId) {
        return ItemProgress.find(m.snapshot().get().lists().get(0).items(), itemId);
    }

    @Test
    void theScreenShowsTheChosenYearAsOfTheDateAndFollowsAChangeOfEither() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int[] ids = fill(r);
            ResponsibilityModel m = model(ws, r);
            assertThat(m.year.get()).isEqualTo(2026);
            assertThat(m.years).contains(2025, 2027);

            m.year.set(2025);

            assertThat(m.snapshot().get().lists()).hasSize(1);
            assertThat(m.overdue).hasSize(5);
            assertThat(m.overdueTitle().get()).isEqualTo("已逾期（5）");
            assertThat(m.status().get()).isEqualTo("2025年责任清单，状态截至 2026-01-10 · 1 份清单 · 5 个逾期节点");
            assertThat(m.perList).singleElement().satisfies(st -> assertThat(m.rate(st.completion().completionRate()))
                    .isEqualTo("0%"));
            ItemProgress quarterly = item(m, ids[3]);
            assertThat(m.contentOf(null, quarterly)).isEqualTo("1.1.2  每季度专题研究一次");
            assertThat(m.deadlineOf(quarterly)).matches("每季度，下一节点：\\d{4}-\\d{2}-\\d{2}");
            assertThat(m.deadlineOf(item(m, ids[1]))).as("a parent has no deadline of its own").isEmpty();
            assertThat(m.rateOf(null, quarterly)).as("a leaf has no rate of its own").isEmpty();

            // a parent item: its 纪实 go on its leaves
            m.choose(item(m, ids[1]));
            assertThat(m.current().get()).isNull();
            assertThat(m.itemTitle().get()).isEqualTo("“研究部署党风廉政建设”有下级条目，纪实请记在最下级条目上");

            // a date in March: the quarter's first deadline is not missed yet
            m.asOf.set(LocalDate.of(2025, 3, 1));
            assertThat(m.overdue).isEmpty();
            assertThat(m.overdueTitle().get()).isEqualTo("已逾期（0）");
            m.year.set(2024);
            assertThat(m.snapshot().get().lists()).isEmpty();
            assertThat(m.lists()).isEmpty();
        }
    }

    @Test
    void aRecordAddedToTheShownItemIsListedAndARefusedCorrectionIsHandedBackWithItsSentence() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int[] ids = fill(r);
            ResponsibilityModel m = model(ws, r);
            m.year.set(2025);
            m.choose(item(m, ids[2]));
            assertThat(m.current().get().id()).isEqualTo(ids[2]);
            assertThat(m.itemTitle().get()).isEqualTo("签订党风廉政建设责任书");
            assertThat(m.records).isEmpty();
            List<Deadline> deadlines = new ArrayList<>();
            m.deadlines(deadlines::addAll);
            assertThat(deadlines).hasSize(1);
            assertThat(m.recordDateDefault()).isEqualTo(LocalDate.of(2025, 12, 31));
            FormSave form = new FormSave();
            List<String> closed = new ArrayList<>();

            m.addRecord(new NewRecord(LocalDate.of(2025, 3, 15), "签订责任书", null, "张伟", deadlines.get(0).id()),
                    form, () -> closed.add("added"));

            assertThat(form.problem().get()).isEmpty();
            assertThat(closed).containsExactly("added");
            assertThat(m.records).singleElement().satisfies(row -> {
                assertThat(row.record().text()).isEqualTo("签订责任书");
                assertThat(row.completes().id()).isEqualTo(deadlines.get(0).id());
            });
            assertThat(m.overdue).as("read again: the yearly deadline is met").hasSize(4);
            int first = m.records.get(0).record().id();
            m.correctRecord(first, new NewRecord(LocalDate.of(2025, 3, 16), "层层签订责任书", null, "张伟", null),
                    form, () -> closed.add("corrected"));
            assertThat(m.records).hasSize(2);
            assertThat(m.records).filteredOn(ResponsibilityModel.RecordRow::corrected).singleElement()
                    .satisfies(row -> assertThat(row.record().id()).isEqualTo(first));

            m.correctRecord(first, new NewRecord(LocalDate.of(2025, 3, 17), "再次更正", null, "张伟", null), form,
                    () -> closed.add("corrected again"));
            assertThat(form.problem().get()).as("said inside the form, which stays open")
                    .isEqualTo("该纪实已被更正过，请更正最新的一条");
            assertThat(closed).containsExactly("added", "corrected");
            assertThat(m.records).hasSize(2);
        }
    }

    @Test
    void aLetterIsRegisteredForTheChosenYearAndTheYearIsCopiedToTheNext() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int[] ids = fill(r);
            ResponsibilityModel m = model(ws, r);
            m.year.set(2025);
            assertThat(m.lists()).extracting(ResponsibilityList::name).containsExactly("党组集体责任清单");
            FormSave form = new FormSave();
            List<String> closed = new ArrayList<>();

            m.addLetter(new ResponsibilityLetter(null, 2025, ids[0], "2025年度党风廉政建设责任书", "局党组书记", "局党组成员",
                    null, null), form, () -> closed.add("saved"));
            assertThat(form.problem().get()).isEqualTo("请填写责任书的签订日期");
            assertThat(closed).as("the form stays open").isEmpty();
            m.addLetter(new ResponsibilityLetter(null, 2025, ids[0], "2025年度党风廉政建设责任书", "局党组书记", "局党组成员",
                    LocalDate.of(2025, 2, 20), null), form, () -> closed.add("saved"));
            assertThat(form.problem().get()).as("the sentence of the refusal is gone once saved").isEmpty();
            assertThat(closed).containsExactly("saved");

            assertThat(m.letters).singleElement().satisfies(row -> {
                assertThat(row.listName()).isEqualTo("党组集体责任清单");
                assertThat(row.scans()).isZero();
            });
            assertThat(m.lettersTitle().get()).isEqualTo("责任书（1）");

            List<String> said = new ArrayList<>();
            m.copyYear(said::add);
            assertThat(said).containsExactly("已复制 1 份责任清单到2026年。");
            assertThat(r.lists(2026)).extracting(ResponsibilityList::name).containsExactly("党组集体责任清单");
        }
    }

    @Test
    void aYearIsReadInOneGoWithEachItemsNumberAndTheMissedDeadlines() {
        try (Workspace ws = Workspace.open(dir.resolve("r.db"), "干事")) {
            Responsibilities r = new Responsibilities(ws);
            int[] ids = fill(r);
            int content = ids[1];
            int yearly = ids[2];
            int quarterly = ids[3];
            int category = ids[4];

            ResponsibilityModel.Snapshot s = model(ws, r).read(2025, LocalDate.of(2026, 1, 10));

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

            List<ResponsibilityModel.RecordRow> rows = model(ws, r).records(item);

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
