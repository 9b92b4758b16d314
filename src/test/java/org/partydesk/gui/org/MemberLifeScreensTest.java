package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberLife;
import org.partydesk.app.search.Hit;
import org.partydesk.app.search.HitKind;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.TransferDirection;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member-life dialogs, headless, on a real SQLite file with {@link RosterFixture}: a member is transferred out
 * from his page and his 回执 marked, and a branch's 民主评议 is entered in one dialog.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class MemberLifeScreensTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;
    private RosterFixture.Ids ids;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("life.db"), "tester");
        ids = RosterFixture.fill(ws.database());
        window = TestScreens.mainWindow(stage, ws, 1280, 760);
        window.show(Sections.ORGANISATION);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void aMemberIsTransferredOutFromHisPageAndHisReceiptMarked(FxRobot robot) throws Exception {
        int chen = ids.members().get("陈刚");
        robot.interact(() -> window.open(new Hit(HitKind.MEMBER, chen, "", "")));
        TestScreens.settle(window); // the member's page is read off the FX thread
        robot.clickOn("#transferOut");
        robot.clickOn("#transferOutTo").write("省生态环境厅机关第三党支部");
        robot.clickOn("#transferOutLetter").write("0123");
        robot.clickOn("#transferOutDues").write("2025-11");
        ok(robot);
        MemberLife life = new MemberLife(ws);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !life.transfers(chen).isEmpty());
        assertThat(life.transfers(chen)).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(TransferDirection.OUT);
            assertThat(t.letterNo()).isEqualTo("0123");
            assertThat(t.duesPaidTo()).isEqualTo("2025-11");
        });

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#receiptMember").tryQuery().isPresent());
        robot.clickOn("#receiptMember");
        ok(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#memberLife .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().endsWith("收到回执"))
                .tryQuery().isPresent());
        assertThat(life.transfers(chen).get(0).receiptOn()).isEqualTo(LocalDate.now());
        assertThat(robot.lookup("#receiptMember").tryQuery()).isEmpty();
    }

    @Test
    void aBranchsAppraisalIsEnteredInOneDialog(FxRobot robot) throws Exception {
        robot.clickOn("机关第一党支部（3）");
        robot.clickOn("#batchAppraisal");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#batchTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#batchTable").queryTableView().getItems()).hasSize(3);
        robot.clickOn("#batchRestQualified");
        ok(robot);
        int year = LocalDate.now().getMonthValue() <= 3 ? LocalDate.now().getYear() - 1 : LocalDate.now().getYear();
        MemberLife life = new MemberLife(ws);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> life.appraisals(year, null).size() == 3);
        assertThat(life.appraisals(year, null)).allSatisfy(a -> assertThat(a.result()).isEqualTo(AppraisalResult.QUALIFIED));
    }

    private static void ok(FxRobot robot) {
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
    }
}
