package org.partydesk.gui.settings;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.LedgerImporter;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.partydesk.store.MemberRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partydesk.app.ledgers.SheetMaker.id;

/** 设置 › 台账导入记录, headless: an import chosen, 撤销本次导入 confirmed, the roster gone and the row shown undone. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ImportHistoryPaneTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ws = Workspace.open(dir.resolve("gui.db"), "tester");
        Path roster = new SheetMaker()
                .row("姓名", "身份证号", "所在党支部", "入党日期")
                .row("张三", id("42010219850317123"), "第一党支部", "2010.07.01")
                .xlsx(dir.resolve("花名册.xlsx"));
        LedgerImporter.importFile(LedgerKind.MEMBERS, ws, roster, true, Progress.NONE);
        window = TestScreens.mainWindow(stage, ws, 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void anImportIsUndoneAfterTheConfirmation(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Sections.SETTINGS));
        TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "importsTab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<?> table = robot.lookup("#importList").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#undoImport").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#undoImport");
        DialogPane confirm = robot.lookup("#confirmUndoImport").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("撤销导入 #1（花名册“花名册.xlsx”");
        robot.clickOn(confirm.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new MemberRepository(ws.database()).all().isEmpty());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#undoImport").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#undoImport").queryAs(Button.class).isDisabled()).isTrue();
    }
}
