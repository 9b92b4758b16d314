package org.partydesk.gui.transfer;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportMessage;
import org.partydesk.app.ledgers.LedgerFixture;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.store.CommendationRepository;
import org.partydesk.store.ResponsibilityRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The commendations and responsibility-list ledgers on the 台账导入导出 screen, headless: template, preview, import, refusal. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class LedgerPaneKindsTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("gui.db"), "tester");
        LedgerFixture.build(ws);
        window = TestScreens.mainWindow(stage, ws, 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    private LedgerPane pane(FxRobot robot) {
        robot.interact(() -> window.show(Sections.TRANSFER));
        return ((TransferSection) window.sections().stream().filter(s -> s.id().equals(Sections.TRANSFER))
                .findFirst().orElseThrow()).ledgers();
    }

    @Test
    void aResponsibilityLedgerIsPreviewedAndImportedWhenConfirmed(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        assertThat(robot.lookup("#ledgerKind").queryAs(ComboBox.class).getItems())
                .contains(LedgerKind.COMMENDATIONS, LedgerKind.RESPONSIBILITIES);
        Path file = new SheetMaker().sheet("清单")
                .row("年度", "清单名称", "清单类型", "清单所属", "序号", "内容", "时间节点")
                .row(2025, "党组书记第一责任清单", "党组书记", "张三", "1", "履行第一责任人职责", "长期坚持")
                .xlsx(dir.resolve("清单.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.RESPONSIBILITIES, file));
        TableView<?> table = robot.lookup("#ledgerMessages").queryAs(TableView.class);
        Label summary = robot.lookup("#ledgerSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && summary.getText().startsWith("“清单"));
        assertThat(summary.getText()).isEqualTo(
                "“清单.xlsx”预览（尚未写入）：新增 1 条，更新 0 条，未变 0 条；新建清单 1 份：2025年“党组书记第一责任清单”（张三）；警告 1 条，错误 0 条");
        assertThat(((ImportMessage) table.getItems().get(0)).reason()).isEqualTo("“长期坚持”按每年记，年底为时间节点");
        assertThat(new ResponsibilityRepository(ws.database()).allLists()).isEmpty();

        // fired rather than clicked: in the full gui run the first robot click on it in a class was lost (not
        // understood yet, see issue 18's note); the button's action is the same
        robot.interact(() -> robot.lookup("#ledgerApply").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new ResponsibilityRepository(ws.database()).allLists().size() == 1);
    }

    @Test
    void aCommendationsLedgerWithAnAmbiguousNameCannotBeConfirmed(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        Path file = new SheetMaker().sheet("表彰")
                .row("荣誉名称", "级别", "获奖对象", "授予时间")
                .row("优秀共产党员", "市级", "王伟", "2025-06-28")
                .xlsx(dir.resolve("同名.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.COMMENDATIONS, file));
        TableView<?> table = robot.lookup("#ledgerMessages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ImportMessage) table.getItems().get(0)).text()).isEqualTo(
                "同名.xlsx，工作表“表彰”，第2行，C列（获奖对象）：获奖对象“王伟”有2名同名党员（第一党支部、第二党支部），"
                        + "无法确定是哪一位；请写作 王伟（所在党支部）");
        assertThat(robot.lookup("#ledgerApply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(new CommendationRepository(ws.database()).find(CommendationRepository.Filter.all())).isEmpty();
    }
}
