package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.responsibility.ItemChange;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Cadence;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ResponsibilityList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 责任清单 screen's view model adding, changing, deleting and moving items and lists (decision 0050), on a real
 * SQLite file without a robot: what each chosen row allows, what a form starts with, a refusal kept with its form and
 * the chosen row after each write.
 */
class ItemEditingModelTest {
    private static final I18n I18N = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    Workspace ws;
    Responsibilities r;
    ResponsibilityModel m;
    int list;
    int category;
    int content;
    int yearly;
    int quarterly;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("r.db"), "干事");
        r = new Responsibilities(ws);
        list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        category = r.addItem(new NewItem(list, null, "履行主体责任", "党组", null, null, Cadence.YEARLY, null, null));
        content = r.addItem(new NewItem(list, category, "研究部署党风廉政建设", "党组", "党组书记", null, Cadence.YEARLY,
                null, null));
        yearly = r.addItem(new NewItem(list, content, "签订党风廉政建设责任书", "党组", "党组书记", null, Cadence.YEARLY,
                null, null));
        quarterly = r.addItem(new NewItem(list, content, "每季度专题研究一次", "党组", "党组成员", null, Cadence.QUARTERLY,
                null, null));
        m = new ResponsibilityModel(r, new EvidenceService(ws), Background.sameThread(I18N), I18N, LocalDate.of(2026, 1, 10));
        m.year.set(2025);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void eachChosenRowAllowsWhatCanBeDoneToIt() {
        assertThat(List.of(m.canAddItem().get(), m.canDelete().get())).as("nothing chosen").containsOnly(false);

        m.select(theList(), null);
        assertThat(m.canAddItem().get()).isTrue();
        assertThat(m.canDelete().get()).isTrue();
        assertThat(List.of(m.canAddChild().get(), m.canChange().get(), m.canMoveUp().get(), m.canMoveDown().get()))
                .containsOnly(false);

        m.select(theList(), item(content));
        assertThat(m.canAddChild().get()).isTrue();
        assertThat(m.canChange().get()).isTrue();
        assertThat(m.canMoveUp().get()).isFalse();
        assertThat(m.canMoveDown().get()).isFalse();

        m.select(theList(), item(yearly));
        assertThat(m.canAddChild().get()).as("a measure is on the third level").isFalse();
        assertThat(m.canMoveUp().get()).isFalse();
        assertThat(m.canMoveDown().get()).isTrue();
        m.select(theList(), item(quarterly));
        assertThat(m.canMoveUp().get()).isTrue();
        assertThat(m.canMoveDown().get()).isFalse();
    }

    @Test
    void aRefusedNewItemStaysWithItsFormAndASavedOneIsTheChosenRowWithItsNumber() {
        m.select(theList(), item(content));
        assertThat(m.formHeader(true, true)).isEqualTo("添加到 1.1 研究部署党风廉政建设 之下");
        assertThat(m.formHeader(true, false)).isEqualTo("添加到 1 履行主体责任 之下");
        ItemChange start = m.newItemStart(true);
        assertThat(start.ownerText()).isEqualTo("党组");
        assertThat(start.responsibleText()).isEqualTo("党组书记");
        assertThat(start.cadence()).isEqualTo(Cadence.YEARLY);
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();

        m.addItem(new ItemChange("召开民主生活会", "党组", "党组书记", Cadence.ONCE, null, null), true, form,
                () -> closed.add("saved"));

        assertThat(form.problem().get()).isEqualTo("一次性条目须填写完成时限");
        assertThat(closed).isEmpty();
        assertThat(item(content).children()).hasSize(2);

        m.addItem(new ItemChange("召开民主生活会", "党组", "党组书记", Cadence.ONCE, LocalDate.of(2025, 1, 20), null), true,
                form, () -> closed.add("saved"));

        assertThat(form.problem().get()).isEmpty();
        assertThat(closed).containsExactly("saved");
        ItemProgress added = m.chosenItem().get();
        assertThat(added.item().text()).isEqualTo("召开民主生活会");
        assertThat(m.snapshot().get().number(added.item().id())).isEqualTo("1.1.3");
        assertThat(m.itemToSelect()).isEqualTo(added.item().id());
        assertThat(m.status().get()).isEqualTo("已添加条目“召开民主生活会”");
    }

    @Test
    void aFirstLevelItemGoesIntoTheChosenListWithItsOwnerAsTheStart() {
        m.select(theList(), null);
        assertThat(m.formHeader(true, false)).isEqualTo("在“党组集体责任清单”中添加第一级条目");
        assertThat(m.newItemStart(false).ownerText()).isEqualTo("党组");

        m.addItem(new ItemChange("强化监督执纪", "党组", null, Cadence.HALF_YEARLY, null, null), false, new FormSave(), () -> { });

        assertThat(theList().items()).extracting(i -> i.item().text()).containsExactly("履行主体责任", "强化监督执纪");
        assertThat(m.contentOf(null, m.chosenItem().get())).isEqualTo("2  强化监督执纪");
    }

    @Test
    void aChangeStartsFromTheStoredItemAndARefusalKeepsTheFormOpenWithItsSentence() {
        m.select(theList(), item(quarterly));
        ItemChange start = m.changeStart();
        assertThat(start).isEqualTo(new ItemChange("每季度专题研究一次", "党组", "党组成员", Cadence.QUARTERLY, null, null));
        assertThat(m.timingEditable(false)).isTrue();
        assertThat(m.formHeader(false, false)).isEqualTo("修改 1.1.2 每季度专题研究一次");
        int q1 = r.deadlines(quarterly).get(0).id();
        r.addRecord(quarterly, new NewRecord(LocalDate.of(2025, 3, 20), "党组会专题研究", null, "办公室", q1));
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();

        m.changeItem(new ItemChange("每半年专题研究一次", "党组", "党组成员", Cadence.HALF_YEARLY, null, null), form,
                () -> closed.add("saved"));

        assertThat(form.problem().get()).isEqualTo("时间节点“第1季度（2025-03-31）”已有纪实记为完成，不能改为其他时间节点；本次未作任何修改");
        assertThat(closed).isEmpty();

        m.changeItem(new ItemChange("每季度专题研究一次党风廉政建设", "局党组", "党组成员", Cadence.QUARTERLY, null, null), form,
                () -> closed.add("saved"));

        assertThat(closed).containsExactly("saved");
        assertThat(m.chosenItem().get().item().text()).isEqualTo("每季度专题研究一次党风廉政建设");
        assertThat(m.chosenItem().get().item().ownerText()).isEqualTo("局党组");
        m.select(theList(), item(content));
        assertThat(m.timingEditable(false)).as("a parent's 时间节点 are its children's").isFalse();
    }

    @Test
    void deletingAsksFirstOrSaysWhyNotAndTheListStaysChosenAfterwards() {
        List<String> refused = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        r.addRecord(yearly, new NewRecord(LocalDate.of(2025, 2, 10), "层层签订", null, "办公室", null));

        m.select(theList(), item(yearly));
        m.askDelete(refused::add, asked::add);
        m.select(theList(), item(quarterly));
        m.askDelete(refused::add, asked::add);

        assertThat(refused).singleElement().asString().startsWith("条目“签订党风廉政建设责任书”已有 1 条纪实，不能删除");
        assertThat(asked).containsExactly("删除条目 1.1.2“每季度专题研究一次”及其 4 个时间节点？\n其后条目的序号依次前移。");

        m.deleteChosen(refused::add);

        assertThat(item(content).children()).extracting(i -> i.item().text()).containsExactly("签订党风廉政建设责任书");
        assertThat(m.chosenItem().get()).isNull();
        assertThat(m.chosenList().get().list().id()).isEqualTo(list);
        assertThat(m.status().get()).isEqualTo("已删除条目“每季度专题研究一次”");

        m.select(theList(), null);
        m.askDelete(refused::add, asked::add);
        assertThat(refused).last().isEqualTo("责任清单“党组集体责任清单”中还有 3 个条目，不能删除；只有空清单可以删除");
        assertThat(asked).hasSize(1);
        m.deleteChosen(refused::add);
        assertThat(refused).as("the app refuses it too").hasSize(3);
        assertThat(m.snapshot().get().lists()).hasSize(1);
    }

    @Test
    void aMovedItemKeepsBeingChosenWithItsNewNumber() {
        m.select(theList(), item(quarterly));
        List<String> refused = new ArrayList<>();

        m.move(true, refused::add);

        assertThat(refused).isEmpty();
        assertThat(m.chosenItem().get().item().id()).isEqualTo(quarterly);
        assertThat(m.snapshot().get().number(quarterly)).isEqualTo("1.1.1");
        assertThat(m.snapshot().get().number(yearly)).isEqualTo("1.1.2");
        assertThat(m.canMoveUp().get()).isFalse();
        assertThat(m.canMoveDown().get()).isTrue();
        assertThat(m.status().get()).isEqualTo("已上移条目“每季度专题研究一次”");
    }

    @Test
    void aNewListOfTheChosenYearIsChosenAndADuplicateIsRefusedInsideTheForm() {
        m.select(theList(), item(yearly)); // a leaf with its 纪实 shown
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();

        m.createList("党组集体责任清单", ListOwnerKind.LEADING_GROUP, null, form, () -> closed.add("saved"));
        assertThat(form.problem().get()).isEqualTo("2025年已有同一责任主体的责任清单“党组集体责任清单”，本次未作任何修改");
        m.createList("  ", ListOwnerKind.LEADING_GROUP, null, form, () -> closed.add("saved"));
        assertThat(form.problem().get()).isEqualTo("请填写清单名称");
        assertThat(closed).isEmpty();

        m.createList("机关党委责任清单", ListOwnerKind.ORGAN_COMMITTEE, "", form, () -> closed.add("saved"));

        assertThat(closed).containsExactly("saved");
        assertThat(m.chosenList().get().list().name()).isEqualTo("机关党委责任清单");
        assertThat(m.chosenList().get().list().year()).isEqualTo(2025);
        assertThat(m.itemToSelect()).as("the new list's own row, not the leaf shown before").isNull();
        assertThat(m.listToSelect()).isEqualTo(m.chosenList().get().list().id());
        assertThat(m.canAddItem().get()).isTrue();
        assertThat(m.status().get()).isEqualTo("已新建责任清单“机关党委责任清单”");

        m.askDelete(why -> closed.add(why), question -> closed.add(question));
        assertThat(closed).last().isEqualTo("删除空的责任清单“机关党委责任清单”？");
        m.deleteChosen(why -> closed.add(why));
        assertThat(m.snapshot().get().lists()).extracting(l -> l.list().name()).containsExactly("党组集体责任清单");
        assertThat(m.chosenList().get()).isNull();
        assertThat(m.canAddItem().get()).isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private ListProgress theList() {
        return m.snapshot().get().lists().stream().filter(l -> l.list().id() == list).findFirst().orElseThrow();
    }

    private ItemProgress item(int id) {
        return ItemProgress.find(theList().items(), id);
    }
}
