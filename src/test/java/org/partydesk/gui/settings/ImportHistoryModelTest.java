package org.partydesk.gui.settings;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.InputRejectedException;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.Imports;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.common.I18n;
import org.partydesk.store.MemberRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** The view model of 台账导入记录, without a window: the list, what may be undone, the confirmation, the undo. */
class ImportHistoryModelTest {
    @TempDir
    Path dir;
    Workspace ws;
    ImportHistoryModel model;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(dir.resolve("t.db"), "测试");
        Path roster = new SheetMaker()
                .row("党员花名册").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", id("42010219850317123"), "第一党支部", "2010.07.01")
                .row("李四", id("42010219900101234"), "第一党支部", "2012年7月")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
        model = new ImportHistoryModel(new Imports(ws), new I18n(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theChosenImportIsConfirmedNamingWhatGoesThenUndoneOnceAndShownAsUndone() {
        model.refresh();
        assertThat(model.items()).hasSize(1);
        assertThat(model.undoDisabled().get()).isTrue();
        Imports.Entry e = model.items().get(0);
        assertThat(model.kind(e)).isEqualTo("花名册");
        assertThat(model.state(e)).isEqualTo("有效");
        model.selected().set(e);
        assertThat(model.undoDisabled().get()).isFalse();
        assertThat(model.confirmText()).startsWith("撤销导入 #1（花名册“花名册.xlsx”，").contains("删除本次导入新增的 2 条记录");

        Imports.Undone done = model.undoSelected();
        assertThat(model.doneText(e, done)).startsWith("已撤销导入 #1（花名册.xlsx）：删除 ");
        assertThat(new MemberRepository(ws.database()).all()).isEmpty();
        model.refresh();
        assertThat(model.selected().get().batch().undone()).isTrue();
        assertThat(model.state(model.selected().get())).startsWith("已撤销（测试，");
        assertThat(model.undoDisabled().get()).isTrue();
        assertThatThrownBy(model::undoSelected).isInstanceOf(InputRejectedException.class).hasMessageContaining("不能再撤销一次");
    }
}
