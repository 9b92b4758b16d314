package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.meetings.Meetings;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** 三会一课, headless: the Delete key on the list asks for a reason (evidence links kept by default) and deletes the meeting. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class MeetingDeleteScreenTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;
    private int meetingId;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("delete.db"), "tester");
        int branch = RosterFixture.fill(ws.database()).units().get(RosterFixture.BRANCH_1);
        Meetings meetings = new Meetings(ws);
        meetingId = meetings.record(new Meeting(null, branch, meetings.today().atTime(9, 0), null, null, null, null,
                "重复导入的主题党日", Set.of(MeetingType.THEMED_PARTY_DAY), List.of(), Set.of(), null, null, false, List.of(),
                List.of())).id();
        window = TestScreens.mainWindow(stage, ws, 1280, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void theDeleteKeyDeletesTheSelectedMeetingWithAReason(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn(robot.lookup("#meetingTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DELETE);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.lookup("#keepEvidence").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(dialog.lookupButton(ButtonType.OK).isDisabled()).isTrue();
        robot.clickOn("#deleteReason").write("重复导入");
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#meetingTable").queryAs(TableView.class).getItems().isEmpty());
        Meetings meetings = new Meetings(ws);
        assertThat(meetings.list(MeetingFilter.ALL)).isEmpty();
        assertThat(meetings.voided()).singleElement().satisfies(v -> {
            assertThat(v.meetingId()).isEqualTo(meetingId);
            assertThat(v.reason()).isEqualTo("重复导入");
            assertThat(v.evidenceKept()).isTrue();
        });
    }
}
