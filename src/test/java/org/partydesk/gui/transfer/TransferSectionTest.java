package org.partydesk.gui.transfer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.LedgerFixture;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.I18n;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.store.CommendationRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel ledgers on the 台账导入导出 screen, headless: the kinds offered, a preview, an import, a refusal. */
@ExtendWith(ApplicationExtension.class)
class TransferSectionTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private MainWindow window;

    @BeforeAll
    static void bureau() {
        ws = Workspace.open(dir.resolve("transfer.db"), "tester");
        LedgerFixture.build(ws);
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(ws, new I18n(Locale.SIMPLIFIED_CHINESE), file -> { });
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(w -> ((Stage) w).close()));
    }

    private TransferSection section(FxRobot robot) {
        robot.interact(() -> window.show(Sections.TRANSFER));
        return (TransferSection) window.sections().stream().filter(s -> s.id().equals(Sections.TRANSFER)).findFirst().orElseThrow();
    }

    @Test
    void aCommendationsLedgerIsPreviewedAndImportedAfterTheClerkConfirms(FxRobot robot) throws Exception {
        TransferSection transfer = section(robot);
        assertThat(robot.lookup("#ledgerKind").queryAs(ComboBox.class).getItems())
                .contains(LedgerKind.MEMBERS, LedgerKind.COMMENDATIONS, LedgerKind.RESPONSIBILITIES);
        Path file = new SheetMaker().sheet("表彰")
                .row("荣誉名称", "级别", "获奖对象", "授予时间")
                .row("优秀共产党员", "市级", "张三", "2025-06-28")
                .row("红旗党支部", "局级", "第二党支部", "2025-12-01")
                .xlsx(dir.resolve("表彰.xlsx"));
        robot.interact(() -> transfer.importLedger(LedgerKind.COMMENDATIONS, file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ledgerSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#ledgerSummary").queryAs(Label.class).getText())
                .isEqualTo("新增 2 项，更新 0 项，未变 0 项；警告 0 条，错误 0 条");
        assertThat(commendations()).isZero();
        robot.clickOn("导入");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> commendations() == 2);
    }

    @Test
    void aLedgerWithErrorsListsThemAndOffersTheAnnotatedCopyInsteadOfImporting(FxRobot robot) throws Exception {
        TransferSection transfer = section(robot);
        Path file = new SheetMaker().sheet("表彰")
                .row("荣誉名称", "级别", "获奖对象", "授予时间")
                .row("优秀共产党员", "市级", "王伟", "2025-06-28")
                .xlsx(dir.resolve("同名.xlsx"));
        int before = commendations();
        robot.interact(() -> transfer.importLedger(LedgerKind.COMMENDATIONS, file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ledgerMessages").tryQuery().isPresent());
        assertThat(robot.lookup("#ledgerMessages").queryAs(ListView.class).getItems()).containsExactly(
                "错误：同名.xlsx，工作表“表彰”，第2行，C列（获奖对象）：获奖对象“王伟”有2名同名党员（第一党支部、第二党支部），"
                        + "无法确定是哪一位；请写作 王伟（所在党支部）");
        assertThat(robot.lookup(".button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("保存带错误说明的副本…").doesNotContain("导入");
        assertThat(commendations()).isEqualTo(before);
    }

    private static int commendations() {
        return new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all()).size();
    }
}
