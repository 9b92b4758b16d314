package org.partydesk.gui.commendations;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.commendations.Commendations;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.TestScreens;
import org.partydesk.model.Commendation;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The 评先创优 screen on a real SQLite file with the small {@link RosterFixture}, headless. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class CommendationsViewTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private final int year = LocalDate.now().getYear();

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("commendations.db"), "tester");
        RosterFixture.fill(ws.database());
        CommendationsView view = new CommendationsView(ws, new I18n(Locale.SIMPLIFIED_CHINESE),
                org.partydesk.gui.shell.Background.sameThread(new I18n(Locale.SIMPLIFIED_CHINESE)));
        TestScreens.show(stage, view.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void batchEntryRecordsOneCommendationForTheTickedMembersAndRefusesARepeatByName(FxRobot robot) {
        robot.clickOn("#batchButton");
        choose(robot, "#batchTitle", "月度作风标兵");
        choose(robot, "#batchMonth", "3月");
        choose(robot, "#batchBranch", RosterFixture.BRANCH_1);
        tick(robot, "张伟");
        tick(robot, "李娜");
        tick(robot, "王强");
        assertThat(robot.lookup("已勾选 3 人").tryQuery()).isPresent();
        robot.clickOn(dialogButton(robot, ButtonType.OK));

        TableView<?> table = robot.lookup("#commendationTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        Commendation shown = (Commendation) table.getItems().get(0);
        assertThat(CommendationsView.recipientNames(shown).split("、")).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).toList()).contains("月度作风标兵", "局级", year + "-03-31");
        List<Commendation> saved = new Commendations(ws).find(year, null, null, null);
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("月度作风标兵");
            assertThat(c.periodStart()).isEqualTo(LocalDate.of(year, 3, 1));
            assertThat(c.recipients()).hasSize(3);
        });

        robot.clickOn("#batchButton");
        choose(robot, "#batchMonth", "3月");
        tick(robot, "王强");
        tick(robot, "赵敏");
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        // the refusal is said inside the batch dialog, which stays open for the clerk to change the ticks
        assertThat(robot.lookup("#formProblem").queryAs(javafx.scene.control.Label.class).getText())
                .contains("王强", "月度作风标兵").doesNotContain("赵敏");
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no second window").hasSize(1);
        robot.clickOn(dialogButton(robot, ButtonType.CANCEL));
        assertThat(new Commendations(ws).find(year, null, null, null)).hasSize(1);
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void aSingleHonourForABranchAndAnExternalCollectiveIsSavedAndDeleted(FxRobot robot) {
        robot.clickOn("#newButton");
        choose(robot, "#singleTitle", "先进党支部");
        robot.doubleClickOn("#singleAwardedOn").eraseText(10).write(year + "-06-30");
        robot.clickOn("#singleAwardedBy").write("市直机关工委");
        robot.clickOn("#singleDocumentNumber").write("市直工委〔" + year + "〕12号");
        choose(robot, "#singleBranch", RosterFixture.BRANCH_2);
        robot.clickOn("添加党支部");
        robot.clickOn("#singleExternal").write("机关团委");
        robot.clickOn("添加集体");
        robot.clickOn(dialogButton(robot, ButtonType.OK));

        List<Commendation> saved = new Commendations(ws).find(year, null, null, null);
        assertThat(saved).singleElement().satisfies(c -> {
            assertThat(c.level().name()).isEqualTo("MUNICIPAL"); // the title's usual level
            assertThat(c.awardedOn()).isEqualTo(LocalDate.of(year, 6, 30));
            assertThat(CommendationsView.recipientNames(c)).isEqualTo(RosterFixture.BRANCH_2 + "、机关团委");
        });
        assertThat(robot.lookup(RosterFixture.BRANCH_2 + "、机关团委").tryQuery()).isPresent();
        assertThat(robot.lookup("市级").tryQuery()).isPresent();

        robot.clickOn(RosterFixture.BRANCH_2 + "、机关团委");
        robot.clickOn("#deleteButton");
        robot.clickOn(dialogButton(robot, ButtonType.OK));
        assertThat(new Commendations(ws).find(year, null, null, null)).isEmpty();
        assertThat(robot.lookup("#commendationTable").queryAs(TableView.class).getItems()).isEmpty();
    }

    /** Opens a combo box and clicks the entry with this text in its popup. */
    private static void choose(FxRobot robot, String comboId, String text) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow());
    }

    /** Ticks the check box of the member whose line starts with {@code name}. */
    private static void tick(FxRobot robot, String name) {
        ListCell<?> cell = robot.lookup("#batchMembers .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(name)).findFirst().orElseThrow();
        robot.clickOn(cell.getGraphic());
    }

    private static Node dialogButton(FxRobot robot, ButtonType type) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(p -> p.lookupButton(type)).filter(b -> b != null).findFirst().orElseThrow();
    }
}
