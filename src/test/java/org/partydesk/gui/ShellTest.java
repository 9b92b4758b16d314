package org.partydesk.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.BackupService;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.evidence.EvidenceSection;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window on the sample bureau (SMALL, year 2025), headless: every section visited and one real
 * task carried out in each. The sample is generated once for the class.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private MainWindow window;

    @BeforeAll
    static void sample() {
        ws = Workspace.open(dir.resolve("shell.db"), "tester");
        SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, 2025, Progress.NONE);
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        window = TestScreens.mainWindow(stage, ws, 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        TestScreens.closeDialogs(robot);
    }

    @Test
    void aDashboardTileCountsMeetingsAndOpensTheirSection(FxRobot robot) throws Exception {
        assertThat(window.currentSection()).isEqualTo(Sections.DASHBOARD);
        choose(robot, "#dashboardYear", 2025);
        choose(robot, "#dashboardQuarter", 4);
        // the figures load in the background: wait for those of 2025 Q4
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#tileHonoursValue").matches("\\d+")
                && robot.lookup("#dashboard").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                        .anyMatch(n -> ((Label) n).getText().startsWith("2025")));
        assertThat(Integer.parseInt(text(robot, "#tileMeetingsValue"))).isPositive();
        assertThat(text(robot, "#tileAttendanceValue")).endsWith("%");
        assertThat(Integer.parseInt(text(robot, "#tileHonoursValue"))).isPositive();
        // the charts are made after the figures are drawn
        org.jfree.chart.fx.ChartViewer chart = robot.lookup("#meetingsChart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chart.getChart() != null
                && chart.getChart().getTitle().getText().contains("2025"));
        robot.clickOn("#tileMeetings");
        assertThat(window.currentSection()).isEqualTo(Sections.MEETINGS);
        TestScreens.settle(window);
        // the sample's meetings are of 2025: the list opens on the year of the last meeting
        TableView<?> meetings = robot.lookup("#meetingTable").queryAs(TableView.class);
        assertThat(meetings.getItems()).isNotEmpty();
        robot.interact(() -> meetings.getSelectionModel().selectFirst());
        assertThat(text(robot, "#detailCounts")).startsWith("应到 ");
        robot.clickOn("#complianceTab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#complianceStatus").startsWith("2025 年"));
        assertThat(robot.lookup("#complianceMatrix").queryAs(TableView.class).getItems()).hasSizeGreaterThan(30);
    }

    @Test
    void ctrlAndADigitOpensEverySectionAndEachShowsItsRows(FxRobot robot) throws Exception {
        List<Section> sections = window.sections();
        assertThat(sections).extracting(Section::id).containsExactly(Sections.DASHBOARD, Sections.ORGANISATION,
                Sections.MEETINGS, Sections.RESPONSIBILITY, Sections.COMMENDATIONS, Sections.EVIDENCE, Sections.TRANSFER,
                Sections.REPORTS, Sections.SETTINGS, Sections.DUES);
        for (int i = Math.min(sections.size(), 9); i >= 1; i--) {
            robot.press(KeyCode.CONTROL).type(KeyCode.getKeyCode(String.valueOf(i))).release(KeyCode.CONTROL);
            assertThat(window.currentSection()).isEqualTo(sections.get(i - 1).id());
        }
        robot.interact(() -> window.show(Sections.RESPONSIBILITY));
        TestScreens.settle(window);
        choose(robot, "#yearChooser", 2025);
        assertThat(robot.lookup("#responsibilityTree").queryAs(TreeTableView.class).getRoot().getChildren()).isNotEmpty();
        robot.interact(() -> window.show(Sections.COMMENDATIONS));
        TestScreens.settle(window);
        choose(robot, "#yearFilter", 2025);
        assertThat(robot.lookup("#commendationTable").queryAs(TableView.class).getItems()).isNotEmpty();
        robot.interact(() -> window.show(Sections.REPORTS));
        TestScreens.settle(window);
        choose(robot, "#reportsYear", 2025);
        assertThat(robot.lookup("#reportPerList").queryAs(TableView.class).getItems()).isNotEmpty();
        choose(robot, "#annualYear", 2025);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#annualTitle").queryAs(TextField.class)
                .getText().contains("2025") && !robot.lookup("#annualSections").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#saveDraft");
        assertThat(new Reports(ws).savedDraft(2025)).isPresent();
        robot.interact(() -> window.show(Sections.EVIDENCE));
        TestScreens.settle(window);
        assertThat(robot.lookup("#evidenceTable").queryAs(TableView.class).getItems()).isNotEmpty();
    }

    @Test
    void f1ListsTheShortcuts(FxRobot robot) {
        robot.type(KeyCode.F1);
        Node grid = robot.lookup("#helpShortcuts").query();
        assertThat(robot.from(grid).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+1", "工作台", "Ctrl+9", "设置", "Ctrl+F", "F1");
    }

    @Test
    void anAddedBranchAppearsInTheTree(FxRobot robot) {
        robot.interact(() -> window.show(Sections.ORGANISATION));
        TestScreens.settle(window);
        robot.clickOn("#addUnit");
        robot.clickOn("#unitName").write("生态文明宣讲党支部");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "确定".equals(((javafx.scene.control.Button) n).getText())
                || "OK".equals(((javafx.scene.control.Button) n).getText())).queryButton());
        TestScreens.settle(window); // the unit is written, then the tree read again, off the FX thread
        assertThat(treeNames(robot)).contains("生态文明宣讲党支部");
        assertThat(selectedUnit(robot)).isEqualTo("生态文明宣讲党支部");
    }

    @Test
    void aMemberPageShowsTheIdNumberOnlyWhenAsked(FxRobot robot) {
        robot.interact(() -> window.show(Sections.ORGANISATION));
        TestScreens.settle(window);
        robot.doubleClickOn(".table-row-cell");
        TestScreens.settle(window); // the member's page is read off the FX thread
        String masked = text(robot, "#memberIdNumber");
        assertThat(masked).contains("*");
        assertThat(robot.lookup("#memberHistory").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("#memberAttendance").queryAs(TableView.class).getItems()).isNotEmpty();
        robot.clickOn("#revealId");
        assertThat(text(robot, "#memberIdNumber")).hasSize(18).doesNotContain("*");
        robot.clickOn("#memberBack");
        assertThat(robot.lookup("#memberTable").tryQuery()).isPresent();
    }

    @Test
    void ctrlFFindsABranchAndOpensIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("机关第一党支部");
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        assertThat(menu.getItems()).extracting(MenuItem::getText).anyMatch(t -> t.contains("【组织】机关第一党支部"));
        robot.type(KeyCode.ENTER);
        assertThat(window.currentSection()).isEqualTo(Sections.ORGANISATION);
        assertThat(selectedUnit(robot)).isEqualTo("机关第一党支部");
    }

    @Test
    void changingTheOperatorShowsInTheStatusBar(FxRobot robot) {
        robot.interact(() -> window.show(Sections.SETTINGS));
        TestScreens.settle(window);
        robot.doubleClickOn("#settingsOperator").eraseText(20).write("王秘书");
        robot.clickOn("#saveOperator");
        assertThat(text(robot, "#statusBar")).contains("操作人：王秘书");
        assertThat(ws.setting(Workspace.OPERATOR_SETTING)).contains("王秘书");
        robot.interact(() -> ws.changeOperator("tester"));
    }

    @Test
    void backUpNowRunsInTheBackgroundAndWritesTheFile(FxRobot robot) throws Exception {
        Path folder = dir.resolve("backups-now");
        ws.putSetting(BackupService.FOLDER_SETTING, folder.toString());
        robot.interact(() -> window.show(Sections.SETTINGS));
        TestScreens.settle(window);
        robot.clickOn("#backupNow");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isDirectory(folder)
                && !robot.lookup("#taskMessage").queryAs(Label.class).getParent().isVisible());
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".zip")).toList()).hasSize(1);
        }
        ws.putSetting(BackupService.FOLDER_SETTING, null);
    }

    @Test
    void addedEvidenceAndTheInspectionPackageAreWrittenInTheBackground(FxRobot robot) throws Exception {
        Path photo = dir.resolve("支部活动.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        robot.interact(() -> window.show(Sections.EVIDENCE));
        TestScreens.settle(window);
        EvidenceSection evidence = (EvidenceSection) window.sections().stream()
                .filter(s -> s.id().equals(Sections.EVIDENCE)).findFirst().orElseThrow();
        robot.interact(() -> evidence.add(List.of(photo), new EvidenceService.Description(null, "▲支部活动。", "测试", null)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#evidenceTable").queryAs(TableView.class)
                .getItems().stream().anyMatch(i -> ((EvidenceSection.Row) i).item().originalName().equals("支部活动.png")));
        closeDialogs(robot);
        Path zip = dir.resolve("迎检材料.zip");
        robot.interact(() -> evidence.buildPackage(2025, zip));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.isRegularFile(zip));
        assertThat(Files.size(zip)).isPositive();
    }

    private void choose(FxRobot robot, String query, int value) {
        TestScreens.settle(window);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
        TestScreens.settle(window);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static String selectedUnit(FxRobot robot) {
        TreeItem<OrgNode> item = (TreeItem<OrgNode>) robot.lookup("#orgTree").queryAs(TreeView.class)
                .getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().unit().name();
    }

    @SuppressWarnings("unchecked")
    private static List<String> treeNames(FxRobot robot) {
        List<String> out = new java.util.ArrayList<>();
        collect(robot.lookup("#orgTree").queryAs(TreeView.class).getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<OrgNode> item, List<String> out) {
        if (item.getValue() != null) {
            out.add(item.getValue().unit().name());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }
}
