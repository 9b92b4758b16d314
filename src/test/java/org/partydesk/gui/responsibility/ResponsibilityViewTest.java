package org.partydesk.gui.responsibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.responsibility.NewItem;
import org.partydesk.app.responsibility.Responsibilities;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.TestScreens;
import org.partydesk.model.Cadence;
import org.partydesk.model.ItemStatus;
import org.partydesk.model.ListOwnerKind;
import org.partydesk.model.ProgressRecord;
import org.partydesk.model.ResponsibilityList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 责任清单 screen on a real SQLite file with a small list of 2025 made through {@link Responsibilities},
 * headless: the status is as of today, so 2025's deadlines have all passed.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ResponsibilityViewTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private int yearlyItem;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("resp.db"), "tester");
        Responsibilities r = new Responsibilities(ws);
        int list = r.createList(new ResponsibilityList(null, 2025, "党组集体责任清单", ListOwnerKind.LEADING_GROUP,
                null, null, null, null, null));
        int category = r.addItem(new NewItem(list, null, "履行主体责任", "党组", null, null, Cadence.YEARLY, null, null));
        int content = r.addItem(new NewItem(list, category, "研究部署党风廉政建设", "党组", null, null,
                Cadence.YEARLY, null, null));
        yearlyItem = r.addItem(new NewItem(list, content, "签订党风廉政建设责任书", "党组", "党组书记", null,
                Cadence.YEARLY, null, null));
        r.addItem(new NewItem(list, content, "每季度专题研究一次", "党组", "党组成员", null,
                Cadence.QUARTERLY, null, null));
        ResponsibilityView view = new ResponsibilityView(ws, new I18n(Locale.SIMPLIFIED_CHINESE), Background.sameThread(new I18n(Locale.SIMPLIFIED_CHINESE)));
        TestScreens.show(stage, view.root(), 1280, 800);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void addingARecordThatCompletesTheDeadlineTurnsAnOverdueItemDone(FxRobot robot) {
        chooseYear(robot, 2025);
        assertThat(statusCell(robot, "1.1.1  签订党风廉政建设责任书").getText()).isEqualTo("已逾期");
        assertThat(statusCell(robot, "1.1.1  签订党风廉政建设责任书").getStyleClass()).contains("status-overdue");

        robot.clickOn("1.1.1  签订党风廉政建设责任书");
        robot.clickOn("#addRecordButton");
        robot.doubleClickOn("#recordDate").press(KeyCode.CONTROL).press(KeyCode.A)
                .release(KeyCode.A).release(KeyCode.CONTROL).write("2025-03-15");
        robot.clickOn("#recordText").write("层层签订党风廉政建设责任书");
        robot.clickOn("#recordBy").write("张伟");
        chooseDeadline(robot, "全年（2025-12-31）");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        assertThat(statusCell(robot, "1.1.1  签订党风廉政建设责任书").getText()).isEqualTo("已完成");
        assertThat(statusCell(robot, "1.1.1  签订党风廉政建设责任书").getStyleClass()).contains("status-done");
        List<ProgressRecord> saved = new Responsibilities(ws).records(yearlyItem);
        assertThat(saved).singleElement().satisfies(rec -> {
            assertThat(rec.recordedOn()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(rec.recordedByName()).isEqualTo("张伟");
            assertThat(rec.completesDeadlineId()).isNotNull();
        });
        assertThat(robot.lookup("#recordList").queryAs(ListView.class).getItems()).hasSize(1);
        // the other measure is still overdue, so its content and category are too
        assertThat(statusCell(robot, "1.1  研究部署党风廉政建设").getText()).isEqualTo("已逾期");
    }

    @Test
    void aCorrectionStrikesTheOldRecordAndTheOverdueTabListsMissedDeadlines(FxRobot robot) {
        chooseYear(robot, 2025);
        TableView<?> overdue = robot.lookup("#overdueTable").queryAs(TableView.class);
        assertThat(overdue.getItems()).hasSize(5); // 全年 of one measure, four quarters of the other
        robot.clickOn("已逾期（5）");
        assertThat(robot.lookup("每季度专题研究一次").tryQuery()).isPresent();

        robot.clickOn("#allTab .tab-label").clickOn("1.1.1  签订党风廉政建设责任书");
        robot.clickOn("#addRecordButton");
        robot.clickOn("#recordText").write("签订责任书");
        robot.clickOn("#recordBy").write("张伟");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        robot.clickOn("签订责任书");
        robot.clickOn("#correctButton");
        chooseDeadline(robot, "全年（2025-12-31）");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        assertThat(new Responsibilities(ws).records(yearlyItem)).hasSize(2);
        assertThat(robot.lookup(".record-corrected").queryAll()).hasSize(1);
        assertThat(robot.lookup("已更正").tryQuery()).isPresent();
        assertThat(statusCell(robot, "1.1.1  签订党风廉政建设责任书").getText()).isEqualTo("已完成");
        assertThat(overdue.getItems()).hasSize(4);
    }

    @Test
    void aRefusedRecordIsExplainedAndTheDialogStaysOpen(FxRobot robot) {
        chooseYear(robot, 2025);
        robot.clickOn("1.1.1  签订党风廉政建设责任书");
        robot.clickOn("#addRecordButton");
        robot.clickOn("#recordText").write("   ");
        robot.clickOn("#recordBy").write("张伟");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        assertThat(robot.lookup(".dialog-pane").queryAll()).as("no second window: the form says it").hasSize(1);
        assertThat(robot.lookup("#formProblem").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("请填写纪实内容");
        assertThat(robot.lookup("#recordText").queryAs(TextArea.class).getText()).isEqualTo("   ");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        assertThat(new Responsibilities(ws).records(yearlyItem)).isEmpty();
    }

    @Test
    void aResponsibilityLetterIsRegisteredForTheYearAndItsListAndListedWithItsScans(FxRobot robot) throws Exception {
        chooseYear(robot, 2025);
        robot.clickOn("#lettersTab .tab-label");
        TableView<?> letters = robot.lookup("#lettersTable").queryAs(TableView.class);
        assertThat(letters.getItems()).isEmpty();
        assertThat(robot.lookup("#addLetterScanButton").query().isDisabled()).as("nothing chosen yet").isTrue();

        robot.clickOn("#addLetterButton");
        robot.clickOn("#letterTitle").write("2025年度党风廉政建设责任书");
        robot.clickOn("#letterPartyA").write("党组书记");
        robot.clickOn("#letterPartyB").write("机关第一党支部书记");
        robot.doubleClickOn("#letterSignedOn").press(KeyCode.CONTROL).press(KeyCode.A)
                .release(KeyCode.A).release(KeyCode.CONTROL).write("2025-02-20");
        robot.clickOn("#letterList");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "党组集体责任清单".equals(cell.getText())).findFirst().orElseThrow());
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        Responsibilities r = new Responsibilities(ws);
        assertThat(r.letters(2025)).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("2025年度党风廉政建设责任书");
            assertThat(l.partyA()).isEqualTo("党组书记");
            assertThat(l.partyB()).isEqualTo("机关第一党支部书记");
            assertThat(l.signedOn()).isEqualTo(LocalDate.of(2025, 2, 20));
            assertThat(l.listId()).isEqualTo(r.lists(2025).get(0).id());
        });
        assertThat(letters.getItems()).hasSize(1);
        assertThat(robot.lookup("责任书（1）").tryQuery()).isPresent();
        assertThat(robot.lookup("党组集体责任清单").tryQuery()).isPresent();

        // a scan linked to the letter (the file chooser itself is the system's) is counted in the table
        Path scan = java.nio.file.Files.write(dir.resolve("责任书扫描件.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        int letterId = r.letters(2025).get(0).id();
        new org.partydesk.app.evidence.EvidenceService(ws).addFiles(List.of(scan),
                org.partydesk.model.EvidenceRecordType.RESPONSIBILITY_LETTER, letterId, org.partydesk.app.Progress.NONE);
        chooseYear(robot, 2024);
        chooseYear(robot, 2025);
        assertThat(robot.lookup("#lettersTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && "scans".equals(c.getTableColumn().getId()))
                .map(javafx.scene.control.TableCell::getText)).containsExactly("1");
    }

    @Test
    void aMeasureAddedUnderTheChosenContentIsShownChosenWithItsNumberAndMovesUp(FxRobot robot) {
        chooseYear(robot, 2025);
        assertThat(robot.lookup("#addChildButton").query().isDisabled()).as("nothing chosen yet").isTrue();
        robot.clickOn("1.1  研究部署党风廉政建设");
        robot.clickOn("#addChildButton");
        assertThat(robot.lookup("#itemOwner").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("党组");
        robot.clickOn("#itemText").write("召开专题民主生活会");
        robot.clickOn(robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        assertThat(robot.lookup("1.1.3  召开专题民主生活会").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeTableView<Object> tree = robot.lookup("#responsibilityTree").queryAs(
                javafx.scene.control.TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().toString()).contains("召开专题民主生活会");
        assertThat(robot.lookup("#moveDownButton").query().isDisabled()).isTrue();

        robot.clickOn("#moveUpButton");

        assertThat(robot.lookup("1.1.2  召开专题民主生活会").tryQuery()).isPresent();
        assertThat(robot.lookup("1.1.3  每季度专题研究一次").tryQuery()).isPresent();
    }

    /** Opens the deadline box of the record dialog and clicks the choice (the same text is in the tables). */
    private static void chooseDeadline(FxRobot robot, String text) {
        robot.clickOn("#recordCompletes");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow());
    }

    private static void chooseYear(FxRobot robot, int year) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> box = robot.lookup("#yearChooser").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(year));
    }

    /** The status cell on the row whose content cell reads {@code content}. */
    private static TreeTableCell<?, ?> statusCell(FxRobot robot, String content) {
        int index = robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(c -> content.equals(c.getText())).findFirst().orElseThrow().getIndex();
        return robot.lookup(".tree-table-cell").queryAllAs(TreeTableCell.class).stream()
                .filter(c -> c.getIndex() == index && c.getTableColumn() != null
                        && "status".equals(c.getTableColumn().getId()))
                .filter(c -> Objects.nonNull(c.getText()))
                .findFirst().orElseThrow();
    }
}
