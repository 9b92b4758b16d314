package org.partydesk.gui.meetings;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.AttendanceCounts;
import org.partydesk.model.AttendanceEntry;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Meeting;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.MeetingType;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a meeting through the 三会一课 screen, headless, on a real SQLite file with the small
 * {@link RosterFixture} (机关第一党支部 today: 张伟, 李娜 (预备党员), 王强): the attendance sheet is marked
 * with the keyboard, the quorum warning is accepted, and the meeting is found stored with its counts.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class MeetingsSectionTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("meetings.db"), "tester");
        RosterFixture.fill(ws.database());
        window = TestScreens.mainWindow(stage, ws, 1280, 760);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    @Test
    void aMeetingRecordedWithTheKeyboardIsStoredWithItsAttendance(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn("#newMeeting");
        TestScreens.settle(window); // who is expected is read through the executor
        assertThat(robot.lookup("#meetingUnit").queryComboBox().getValue().toString().strip())
                .isEqualTo(RosterFixture.BRANCH_1);
        robot.clickOn("#meetingTheme").write("学习贯彻党的二十届四中全会精神");
        robot.clickOn("#type-BRANCH_ASSEMBLY");
        robot.clickOn("#meetingTags").write("“两山”专题");
        assertThat(sheetNames(robot)).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        assertThat(text(robot, "#sheetCounts")).isEqualTo("应到 3 人　实到 3 人　请假 0 人　缺席 0 人");

        robot.clickOn(cell(robot, "李娜"));
        robot.type(KeyCode.DIGIT2);
        robot.write("出差");
        robot.type(KeyCode.ENTER);
        robot.clickOn(cell(robot, "王强"));
        robot.type(KeyCode.Q);
        assertThat(text(robot, "#sheetCounts")).isEqualTo("应到 3 人　实到 1 人　请假 1 人　缺席 1 人");

        robot.clickOn("#saveMeeting");
        TestScreens.settle(window); // the quorum warnings are read through the executor
        DialogPane warning = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(warning.getContentText()).contains("支部党员大会到会有表决权的党员1人");
        robot.clickOn((Button) warning.lookupButton(ButtonType.OK));
        TestScreens.settle(window); // the meeting is written through the executor

        List<MeetingSummary> stored = new Meetings(ws).list(MeetingFilter.ALL);
        assertThat(stored).singleElement().satisfies(m -> {
            assertThat(m.theme()).isEqualTo("学习贯彻党的二十届四中全会精神");
            assertThat(m.types()).containsExactly(MeetingType.BRANCH_ASSEMBLY);
            assertThat(m.tags()).containsExactly("“两山”专题");
            assertThat(m.counts()).isEqualTo(new AttendanceCounts(3, 1, 1, 1));
        });
        Meeting meeting = new Meetings(ws).load(stored.get(0).id()).orElseThrow();
        assertThat(meeting.attendance()).extracting(AttendanceEntry::name, AttendanceEntry::status, AttendanceEntry::leaveReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("张伟", AttendanceStatus.PRESENT, null),
                        org.assertj.core.groups.Tuple.tuple("李娜", AttendanceStatus.ON_LEAVE, "出差"),
                        org.assertj.core.groups.Tuple.tuple("王强", AttendanceStatus.ABSENT, null));
        TestScreens.settle(window);
        TableView<?> list = robot.lookup("#meetingTable").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(text(robot, "#detailCounts")).isEqualTo("应到 3 人　实到 1 人　请假 1 人　缺席 1 人");

        // Enter on the list opens the meeting again; 张伟 marked absent too, saved over the first version
        robot.clickOn(robot.lookup("#meetingTable .table-row-cell").nth(0).queryAs(Node.class));
        TestScreens.settle(window); // the meeting beside the list is read off the FX thread
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#editorTitle").queryLabeled().getText()).isEqualTo("修改会议");
        assertThat(text(robot, "#sheetCounts")).isEqualTo("应到 3 人　实到 1 人　请假 1 人　缺席 1 人");
        robot.clickOn(cell(robot, "张伟"));
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#saveMeeting");
        TestScreens.settle(window);
        DialogPane again = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) again.lookupButton(ButtonType.OK));
        TestScreens.settle(window);
        assertThat(new Meetings(ws).list(MeetingFilter.ALL)).singleElement()
                .satisfies(m -> assertThat(m.counts()).isEqualTo(new AttendanceCounts(3, 0, 1, 2)));
    }

    @Test
    void evidenceAddedToTheShownMeetingIsLinkedToIt(FxRobot robot) throws Exception {
        int branch = new org.partydesk.app.org.Roster(ws).tree().get(0).children().stream()
                .filter(n -> n.unit().name().equals(RosterFixture.BRANCH_1)).findFirst().orElseThrow().unit().id();
        Meetings meetings = new Meetings(ws);
        int id = meetings.record(new Meeting(null, branch, meetings.today().atTime(9, 0), "会议室", null, null, null,
                "主题党日：参观红色教育基地", java.util.Set.of(MeetingType.THEMED_PARTY_DAY), List.of(), java.util.Set.of(),
                null, null, false, List.of(), List.of())).id();
        Path photo = dir.resolve("参观现场.png");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7, 7});
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        MeetingsSection section = (MeetingsSection) window.sections().stream()
                .filter(s -> s.id().equals(Sections.MEETINGS)).findFirst().orElseThrow();
        assertThat(text(robot, "#detailTheme")).isEqualTo("主题党日：参观红色教育基地");
        robot.interact(() -> section.addEvidence(List.of(photo)));
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#meetingEvidence").tryQuery()
                        .map(n -> ((javafx.scene.control.ListView<?>) n).getItems().size() == 1).orElse(false));
        assertThat(new org.partydesk.app.evidence.EvidenceService(ws)
                .linkedTo(org.partydesk.model.EvidenceRecordType.MEETING, id))
                .extracting(org.partydesk.app.evidence.EvidenceItem::originalName).containsExactly("参观现场.png");
    }

    @Test
    void tabLeavesTheAgendaAndCtrlSSaves(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn("#newMeeting");
        TestScreens.settle(window); // who is expected is read through the executor
        robot.clickOn("#meetingTheme").write("主题党日：重温入党誓词");
        robot.clickOn("#type-THEMED_PARTY_DAY");
        javafx.scene.control.TextArea agenda = robot.lookup("#meetingAgenda").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(agenda).write("重温入党誓词");
        robot.type(KeyCode.TAB);
        assertThat(agenda.getText()).isEqualTo("重温入党誓词");
        assertThat(agenda.isFocused()).isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        TestScreens.settle(window);
        assertThat(new Meetings(ws).list(MeetingFilter.ALL)).extracting(s -> s.theme()).containsExactly("主题党日：重温入党誓词");
    }

    @Test
    void changingTheTypesToACommitteeMeetingRebuildsTheSheetAndCancelWritesNothing(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn("#newMeeting");
        TestScreens.settle(window); // who is expected is read through the executor
        robot.clickOn(cell(robot, "张伟"));
        robot.type(KeyCode.DIGIT3);
        robot.clickOn("#type-CELL_MEETING");
        TestScreens.settle(window); // who is expected is read through the executor
        // the same people are expected: what was marked stays
        assertThat(text(robot, "#sheetCounts")).isEqualTo("应到 3 人　实到 2 人　请假 0 人　缺席 1 人");
        robot.clickOn("#type-CELL_MEETING");
        robot.clickOn("#type-BRANCH_COMMITTEE");
        assertThat(robot.lookup("#type-BRANCH_COMMITTEE").queryAs(CheckBox.class).isSelected()).isTrue();
        TestScreens.settle(window);
        // a 支委会 alone expects the committee, and the fixture's branch has none on record
        assertThat(sheetNames(robot)).isEmpty();
        robot.clickOn("#cancelMeeting");
        assertThat(robot.lookup("#meetingTable").tryQuery()).isPresent();
        assertThat(new Meetings(ws).list(MeetingFilter.ALL)).isEmpty();
    }

    @Test
    void aMeetingKeptWithTheLedgersCountsIsMarkedInTheListTheDetailsAndTheEditor(FxRobot robot) {
        int branch = new org.partydesk.app.org.Roster(ws).tree().get(0).children().stream()
                .filter(n -> n.unit().name().equals(RosterFixture.BRANCH_1)).findFirst().orElseThrow().unit().id();
        Meetings meetings = new Meetings(ws);
        meetings.record(new Meeting(null, branch, meetings.today().atTime(9, 0), null, null, null, null, "党员大会：研究发展党员",
                java.util.Set.of(MeetingType.BRANCH_ASSEMBLY), List.of(), java.util.Set.of(), null, null, false, List.of(),
                List.of(), new org.partydesk.model.RecordedCounts(5, 4, 1, null)));
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn(robot.lookup("#meetingTable .table-row-cell").nth(0).queryAs(Node.class));
        TestScreens.settle(window); // the meeting beside the list is read off the FX thread
        assertThat(text(robot, "#detailCounts"))
                .isEqualTo("应到 5 人　实到 4 人　请假 1 人　缺席 0 人（按台账人数：台账只写了人数，未逐人登记出勤）");
        assertThat(robot.from(robot.lookup("#meetingTable").queryAs(TableView.class)).lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && "5（台账）".equals(c.getText())).tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#recordedNote")).startsWith("本次会议按台账人数记录（应到 5 人，实到 4 人，请假 1 人，缺席 0 人）");
        // a sheet built from the roster and saved replaces the ledger's figures
        robot.clickOn("#fillSheet");
        TestScreens.settle(window);
        assertThat(sheetNames(robot)).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        robot.clickOn("#saveMeeting");
        TestScreens.settle(window);
        assertThat(new Meetings(ws).list(MeetingFilter.ALL)).singleElement()
                .satisfies(m -> assertThat(m.counts()).isEqualTo(new AttendanceCounts(3, 3, 0, 0)));
    }

    @Test
    void ctrlNRightAfterCtrl3StartsAMeetingWithTheFocusInItsFirstField(FxRobot robot) {
        robot.clickOn("#globalSearch");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        Node table = robot.lookup("#meetingTable").query();
        assertThat(table.getScene().getFocusOwner()).isSameAs(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        TestScreens.settle(window); // who is expected is read through the executor
        assertThat(robot.lookup("#editorTitle").queryLabeled().getText()).isEqualTo("新建会议");
        Node unit = robot.lookup("#meetingUnit").query();
        assertThat(unit.getScene().getFocusOwner()).isSameAs(unit);
    }

    @Test
    void ctrlAndADigitInATableSwitchesTheSectionAtTheFirstPress(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.clickOn("#newMeeting");
        TestScreens.settle(window); // who is expected is read through the executor
        robot.clickOn(cell(robot, "李娜"));
        Node sheet = robot.lookup("#attendanceSheet").query();
        assertThat(sheet.getScene().getFocusOwner()).isSameAs(sheet);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(window.currentSection()).as("one press, from the attendance sheet").isEqualTo(Sections.ORGANISATION);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(window.currentSection()).isEqualTo(Sections.MEETINGS);
        robot.clickOn("#cancelMeeting"); // the editor stayed open; closing it puts the focus in the list
        TestScreens.settle(window);
        Node table = robot.lookup("#meetingTable").query();
        assertThat(table.getScene().getFocusOwner()).isSameAs(table);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(window.currentSection()).as("one press, from the list of meetings").isEqualTo(Sections.DASHBOARD);
    }

    @Test
    void f1ListsTheKeysOfTheAttendanceSheet(FxRobot robot) {
        robot.interact(() -> window.show(Sections.MEETINGS));
        TestScreens.settle(window);
        robot.type(KeyCode.F1);
        Node grid = robot.lookup("#helpShortcuts").query();
        assertThat(robot.from(grid).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("三会一课", "1 / C", "2 / J", "3 / Q", "Ctrl+N");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> sheetNames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> sheet = robot.lookup("#attendanceSheet").queryAs(TableView.class);
        return sheet.getItems().stream().map(r -> ((MeetingEditorModel.Row) r).name).toList();
    }

    private static Node cell(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(robot.lookup("#attendanceSheet").queryAs(TableView.class)).lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && name.equals(c.getText())).query();
    }
}
