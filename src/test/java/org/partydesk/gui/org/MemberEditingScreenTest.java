package org.partydesk.gui.org;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.Member;
import org.partydesk.model.MemberStatus;
import org.partydesk.store.MemberRepository;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 组织与党员, headless, on a real SQLite file with {@link RosterFixture}: a clerk adds a member through the form,
 * and moves 李娜 (预备党员) to the second branch and makes her a full member from her page.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class MemberEditingScreenTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;
    private RosterFixture.Ids ids;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("editing.db"), "tester");
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
    void aMemberAddedThroughTheFormIsOnTheRosterOfHisBranch(FxRobot robot) throws Exception {
        TestScreens.settle(window); // the tree and the roster are read off the FX thread
        robot.clickOn("机关第二党支部（2）");
        TestScreens.settle(window);
        robot.clickOn("#addMember");
        robot.clickOn("#memberFormName").write("刘洋");
        robot.clickOn("#memberFormIdNumber").write(RosterFixture.idNumber("19950818", "061"));
        robot.clickOn(robot.lookup("#memberFormJoined .date-picker-display-node").queryAs(Node.class)).write("2020-07-01");
        assertThat(robot.lookup("#memberFormBranch").queryAs(ComboBox.class).getValue().toString())
                .contains(RosterFixture.BRANCH_2);
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#memberName").tryQuery()
                .map(n -> "刘洋".equals(((Label) n).getText())).orElse(false));
        Member stored = new MemberRepository(ws.database()).all().stream().filter(m -> m.name().equals("刘洋"))
                .findFirst().orElseThrow();
        assertThat(stored.joinedOn()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1995, 8, 18));
        assertThat(new MemberRepository(ws.database()).branchName(stored.id(), LocalDate.now())).contains(RosterFixture.BRANCH_2);
    }

    @Test
    void aProbationaryMemberIsMovedAndMadeFullFromHerPage(FxRobot robot) throws Exception {
        TestScreens.settle(window); // the tree and the roster are read off the FX thread
        robot.clickOn("机关第一党支部（3）");
        TestScreens.settle(window);
        robot.doubleClickOn(cell(robot, "李娜"));
        TestScreens.settle(window); // the member's page is read off the FX thread
        robot.clickOn("#moveMember");
        robot.clickOn("#moveBranch");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && RosterFixture.BRANCH_2.equals(c.getText())).queryAs(Node.class));
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        int li = ids.members().get("李娜");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new MemberRepository(ws.database())
                .branchName(li, LocalDate.now()).filter(RosterFixture.BRANCH_2::equals).isPresent());

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#makeFull");
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new MemberRepository(ws.database()).find(li).orElseThrow()
                .status() == MemberStatus.FULL);
        assertThat(new MemberRepository(ws.database()).find(li).orElseThrow().fullMemberOn()).isEqualTo(LocalDate.now());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#makeFull").queryButton().isDisabled()).isTrue();
    }

    @Test
    void anApplicantIsEnteredAndHisTalkRecordedAndAMembersPageListsHisTransfer(FxRobot robot) throws Exception {
        robot.clickOn("#showRecruitment");
        robot.clickOn("#recruitApply");
        robot.clickOn("#recruitName").write("孙悦");
        robot.clickOn("#recruitIdNumber").write(RosterFixture.idNumber("19990909", "062"));
        robot.clickOn("#recruitBranch");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && RosterFixture.BRANCH_1.equals(c.getText())).queryAs(Node.class));
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recruitTable .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && "党组织派人谈话".equals(c.getText())).tryQuery().isPresent());

        robot.clickOn("#recruitNext");
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recruitTable .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && "确定为入党积极分子".equals(c.getText())).tryQuery().isPresent());
        var stored = new org.partydesk.app.org.Recruitment(ws).all();
        assertThat(stored).singleElement().satisfies(r -> assertThat(r.talkOn()).isEqualTo(LocalDate.now()));

        int chen = ids.members().get("陈刚");
        new org.partydesk.app.org.MemberLife(ws).transferOut(chen, LocalDate.now(), "省生态环境厅机关第三党支部", "0123", null, null);
        robot.clickOn("#recruitBack");
        robot.interact(() -> window.open(new org.partydesk.app.search.Hit(org.partydesk.app.search.HitKind.MEMBER, chen, "", "")));
        TestScreens.settle(window); // the member's page is read off the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#memberLife .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && c.getText() != null && c.getText().contains("转往省生态环境厅机关第三党支部"))
                .tryQuery().isPresent());
    }

    private static Node cell(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(robot.lookup("#memberTable").queryAs(javafx.scene.control.TableView.class)).lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }
}
