package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Cadence;
import org.partydesk.model.ItemProgress;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ListProgress;
import org.partydesk.model.ResponsibilityList;
import org.partydesk.store.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.gui.FormTesting.ZH;
import static org.partydesk.gui.FormTesting.audits;

/**
 * 重命名清单 and 移到… (decision 0058) through the 责任清单 screen's view model, on a real SQLite file without a robot:
 * a refusal stays with the form and writes nothing (no audit row), a rename or a move is one audited write, and the
 * moved item takes the items under it along, one level up or down.
 */
class ListRenameAndItemMoveTest {
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
    int style;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("r.db"), "干事");
        r = new Responsibilities(ws);
        list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        r.createList(new ResponsibilityList(null, 2025, "党组书记责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        category = r.addItem(new NewItem(list, null, "履行主体责任", "党组", null, null, Cadence.YEARLY, null, null));
        content = r.addItem(new NewItem(list, category, "研究部署党风廉政建设", "党组", "党组书记", null, Cadence.YEARLY,
                null, null));
        yearly = r.addItem(new NewItem(list, content, "签订党风廉政建设责任书", "党组", "党组书记", null, Cadence.YEARLY,
                null, null));
        quarterly = r.addItem(new NewItem(list, content, "每季度专题研究一次", "党组", "党组成员", null, Cadence.QUARTERLY,
                null, null));
        style = r.addItem(new NewItem(list, null, "加强作风建设", "党组", null, null, Cadence.YEARLY, null, null));
        m = new ResponsibilityModel(r, new EvidenceService(ws), Background.sameThread(ZH), ZH, LocalDate.of(2026, 1, 10));
        m.year.set(2025);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aListIsRenamedOnceAuditedANameAlreadyUsedOrBlankIsRefusedInsideTheForm() {
        m.select(theList(), null);
        assertThat(m.chosenListName()).isEqualTo("党组集体责任清单");
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();
        int before = audits(ws);

        m.renameList("党组书记责任清单", form, () -> closed.add("saved"));
        assertThat(form.problem().get()).isEqualTo("2025年已有同一责任主体的责任清单“党组书记责任清单”，本次未作任何修改");
        m.renameList("  ", form, () -> closed.add("saved"));
        assertThat(form.problem().get()).isEqualTo("请填写清单名称");
        assertThat(closed).isEmpty();
        assertThat(audits(ws)).isEqualTo(before);

        m.renameList(" 2025年党组集体责任清单 ", form, () -> closed.add("saved"));

        assertThat(form.problem().get()).isEmpty();
        assertThat(closed).containsExactly("saved");
        assertThat(m.status().get()).isEqualTo("已把清单改名为“2025年党组集体责任清单”");
        assertThat(theList().list().name()).isEqualTo("2025年党组集体责任清单");
        assertThat(m.chosenList().get().list().id()).isEqualTo(list);
        assertThat(audits(ws)).isEqualTo(before + 1);
        var update = new AuditTrail(ws.database()).of("responsibility_list", list).stream()
                .filter(e -> e.action().equals("UPDATE")).reduce((a, b) -> b).orElseThrow();
        assertThat(update.operator()).isEqualTo("干事");
        assertThat(update.before()).containsEntry("name", "党组集体责任清单");
        assertThat(update.after()).containsEntry("name", "2025年党组集体责任清单");

        m.renameList("2025年党组集体责任清单", form, () -> closed.add("again"));
        assertThat(m.status().get()).isEqualTo("清单名称“2025年党组集体责任清单”没有改动");
        assertThat(audits(ws)).isEqualTo(before + 1);
    }

    @Test
    void anItemMovesUnderAnotherParentOfTheListWithTheItemsUnderItInOneAuditedWrite() {
        m.select(theList(), item(quarterly));
        assertThat(m.moveHeader()).isEqualTo("把条目 1.1.2 “每季度专题研究一次”连同其下级条目移到所选上级条目之下（排在最后）");
        assertThat(m.parentChoices()).extracting(Choice::toString)
                .as("not its own parent now; nothing on the third level")
                .containsExactly("（清单第一级）", "1 履行主体责任", "2 加强作风建设");
        assertThat(item(style).deadlines()).hasSize(1);
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();
        int before = audits(ws);

        m.moveItem(style, form, () -> closed.add("saved"));

        assertThat(form.problem().get()).isEmpty();
        assertThat(closed).containsExactly("saved");
        assertThat(m.status().get()).isEqualTo("已移动条目“每季度专题研究一次”");
        assertThat(m.chosenItem().get().item().id()).isEqualTo(quarterly);
        assertThat(m.snapshot().get().number(quarterly)).isEqualTo("2.1");
        assertThat(item(quarterly).item().level()).isEqualTo(2);
        assertThat(item(quarterly).deadlines()).as("its own deadlines stay").hasSize(4);
        assertThat(item(style).deadlines()).as("a parent's deadlines are on its children").isEmpty();
        assertThat(item(content).children()).extracting(c -> c.item().id()).containsExactly(yearly);
        assertThat(audits(ws)).isGreaterThan(before);

        // the last child gone, the old parent gets the deadlines of its cadence again
        m.select(theList(), item(yearly));
        m.moveItem(null, form, () -> closed.add("top"));
        assertThat(m.snapshot().get().number(yearly)).isEqualTo("3");
        assertThat(item(yearly).item().level()).isEqualTo(1);
        assertThat(item(content).children()).isEmpty();
        assertThat(item(content).deadlines()).hasSize(1);

        // an item moves with the items under it, each one level deeper
        m.select(theList(), item(style));
        m.moveItem(category, form, () -> closed.add("down"));
        assertThat(m.snapshot().get().number(style)).isEqualTo("1.2");
        assertThat(item(style).item().level()).isEqualTo(2);
        assertThat(item(quarterly).item().level()).isEqualTo(3);
        assertThat(m.snapshot().get().number(quarterly)).isEqualTo("1.2.1");
        assertThat(closed).containsExactly("saved", "top", "down");
    }

    @Test
    void aMoveUnderItselfUnderAnItemBelowItBelowTheThirdLevelOrUnderAnItemWithRecordsIsRefusedWritingNothing() {
        int before = audits(ws);
        assertThatThrownBy(() -> r.moveItem(content, content)).isInstanceOf(InputRejectedException.class)
                .hasMessage("不能把条目“研究部署党风廉政建设”移到它自己之下");
        assertThatThrownBy(() -> r.moveItem(category, yearly)).isInstanceOf(InputRejectedException.class)
                .hasMessage("“签订党风廉政建设责任书”是条目“履行主体责任”的下级条目，不能把条目移到它自己的下级之下");
        assertThatThrownBy(() -> r.moveItem(content, category)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目“研究部署党风廉政建设”已在“履行主体责任”之下，未作修改");
        assertThatThrownBy(() -> r.moveItem(category, style)).isInstanceOf(InputRejectedException.class)
                .hasMessage("条目最多分三级（责任类别、考评内容、落实措施）：条目“履行主体责任”连同其下级共3级，"
                        + "移到“加强作风建设”之下会到第4级");
        assertThat(audits(ws)).isEqualTo(before);

        r.addRecord(style, new NewRecord(LocalDate.of(2025, 6, 1), "开展作风建设专项检查", null, "办公室", null));
        int withRecord = audits(ws);
        m.select(theList(), item(yearly));
        FormSave form = new FormSave();
        List<String> closed = new ArrayList<>();
        m.moveItem(style, form, () -> closed.add("saved"));

        assertThat(form.problem().get()).isEqualTo("条目“加强作风建设”已有纪实，不能再添加下级条目");
        assertThat(closed).isEmpty();
        assertThat(audits(ws)).isEqualTo(withRecord);
        assertThat(item(yearly).item().parentId()).isEqualTo(content);
    }

    private ListProgress theList() {
        return m.snapshot().get().lists().stream().filter(l -> l.list().id() == list).findFirst().orElseThrow();
    }

    private ItemProgress item(int id) {
        return ItemProgress.find(theList().items(), id);
    }
}
