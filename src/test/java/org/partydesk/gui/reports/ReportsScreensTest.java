package org.partydesk.gui.reports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Progress;
import org.partydesk.app.Workspace;
import org.partydesk.app.reports.Reports;
import org.partydesk.app.sample.SampleBureau;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.ReportDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 报表 screens in the main window on the sample bureau (SMALL, 2025), headless, end to end (the editor's
 * numbering, figures, honours and photos: {@link AnnualEditorModelTest}): the annual summary's
 * draft edited, saved and found again in a new window; the annual .docx (and 统计表) generated from the
 * screen and read back with POI; a branch's quarterly report generated from the screen.
 */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class ReportsScreensTest {
    private static final int YEAR = 2025;

    @TempDir
    static Path dir;
    private static Workspace ws;
    private MainWindow window;
    private Stage stage;
    private final List<String> proposedNames = new ArrayList<>();

    @BeforeAll
    static void sample() {
        ws = Workspace.open(dir.resolve("reports.db"), "tester");
        SampleBureau.generate(ws, SampleBureau.Scale.SMALL, 20250101L, YEAR, Progress.NONE);
    }

    @AfterAll
    static void closeWorkspace() {
        ws.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = TestScreens.mainWindow(stage, ws, 1280, 800);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        TestScreens.closeDialogs(robot);
    }

    @Test
    void anEditedHeadingAndNarrativeAreSavedAndFoundAgainInANewWindow(FxRobot robot) {
        openAnnual(robot);
        String heading = "以“政治强”为核心，全面增强党组织凝聚力";
        String narrative = "全年组织开展支部书记轮训，推动支部标准化规范化建设。";
        select(robot, 0);
        replaceText(robot, "#sectionHeading", heading);
        replaceText(robot, "#sectionNarrative", narrative);
        assertThat(label(robot, "#annualState")).isEqualTo("有未保存的修改");
        assertThat(sectionList(robot).getItems()).hasSizeGreaterThan(1);
        robot.clickOn("#saveDraft");
        TestScreens.settle(window); // the draft is written through the executor

        ReportDraft saved = new Reports(ws).savedDraft(YEAR).orElseThrow();
        assertThat(saved.sections().get(0).heading()).isEqualTo(heading);
        assertThat(saved.sections().get(0).narrative()).isEqualTo(narrative);
        assertThat(label(robot, "#annualState")).startsWith("草稿已保存");

        robot.interact(() -> {
            window = new MainWindow(ws, new I18n(Locale.SIMPLIFIED_CHINESE), file -> { });
            stage.getScene().setRoot(window.root());
        });
        openAnnual(robot);
        select(robot, 0);
        assertThat(robot.lookup("#sectionHeading").queryAs(TextField.class).getText()).isEqualTo(heading);
        assertThat(robot.lookup("#sectionNarrative").queryAs(TextArea.class).getText()).isEqualTo(narrative);
        assertThat(robot.lookup("#reopenDraft").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void closingTheWindowWithAnUnsavedDraftAsksFirstAndKeepsItOnCancel(FxRobot robot) throws Exception {
        openAnnual(robot);
        select(robot, 0);
        replaceText(robot, "#sectionNarrative", "未保存的叙述");
        assertThat(label(robot, "#annualState")).isEqualTo("有未保存的修改");

        java.util.concurrent.CompletableFuture<Boolean> first = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> first.complete(window.mayClose()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getContentText() != null && p.getContentText().contains("关闭窗口将放弃这些修改"))
                .findFirst().orElseThrow();
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("cancel keeps the window").isFalse();
        assertThat(label(robot, "#annualState")).isEqualTo("有未保存的修改");

        robot.clickOn("#saveDraft");
        TestScreens.settle(window); // the draft is written through the executor
        java.util.concurrent.CompletableFuture<Boolean> second = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> second.complete(window.mayClose()));
        assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("nothing unsaved: no question").isTrue();
    }

    @Test
    void theAnnualSummaryAndItsWorkbookAreWrittenFromTheScreen(FxRobot robot) throws Exception {
        openAnnual(robot);
        String heading = "以“作风硬”为保障，持续激发党员干部战斗力";
        select(robot, 3);
        replaceText(robot, "#sectionHeading", heading);
        Path docx = dir.resolve("年度总结.docx");
        answerSaveDialogWith(docx);
        robot.clickOn("#annualWithWorkbook");
        robot.clickOn("#generateAnnual");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#reportWritten").tryQuery().isPresent());
        assertThat(proposedNames).containsExactly("2025年度党建工作总结.docx");
        List<String> paragraphs;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
        assertThat(paragraphs).anyMatch(p -> p.contains(heading));
        assertThat(Files.size(docx.resolveSibling("2025年度党建统计表.xlsx"))).isPositive();
        assertThat(new Reports(ws).savedDraft(YEAR).orElseThrow().sections().get(3).heading()).isEqualTo(heading);
    }

    @Test
    void aBranchQuarterlyReportIsWrittenFromTheScreenAndCanThenBeOpenedOrPrinted(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Sections.REPORTS));
        TestScreens.settle(window);
        robot.interact(() -> robot.lookup("#reportTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        choose(robot, "#quarterlyYear", YEAR);
        choose(robot, "#quarterlyQuarter", 2);
        @SuppressWarnings("unchecked")
        ComboBox<String> branch = robot.lookup("#quarterlyBranch").queryAs(ComboBox.class);
        robot.interact(() -> branch.setValue("机关第一党支部"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#quarterlyBranches").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#printQuarterly").queryAs(Button.class).isDisabled()).isTrue();
        Path docx = dir.resolve("季度报告").resolve("q2.docx");
        Files.createDirectories(docx.getParent());
        answerSaveDialogWith(docx);
        robot.clickOn("#generateQuarterly");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#printQuarterly").queryAs(Button.class).isDisabled());
        assertThat(proposedNames).containsExactly("机关第一党支部2025年第二季度报告.docx");
        assertThat(label(robot, "#quarterlyWritten")).contains(docx.toString());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).anyMatch(p -> p.contains("机关第一党支部"));
        }
        assertThat(robot.lookup("#openQuarterly").queryAs(Button.class).isDisabled()).isFalse();
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private void openAnnual(FxRobot robot) {
        robot.interact(() -> window.show(Sections.REPORTS));
        TestScreens.settle(window);
        choose(robot, "#annualYear", YEAR);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#annualTitle").queryAs(TextField.class)
                    .getText().contains(String.valueOf(YEAR)) && !sectionList(robot).getItems().isEmpty()
                    && !label(robot, "#preview-MEMBERS").isEmpty() && !label(robot, "#preview-MEMBERS").equals("正在读取……"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the draft of " + YEAR + " did not load", e);
        }
    }

    private void answerSaveDialogWith(Path file) {
        ReportsSection section = (ReportsSection) window.sections().stream()
                .filter(s -> s.id().equals(Sections.REPORTS)).findFirst().orElseThrow();
        section.saveDialog((chooser, owner) -> {
            proposedNames.add(chooser.getInitialFileName());
            return file.toFile();
        });
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> sectionList(FxRobot robot) {
        return robot.lookup("#annualSections").queryAs(ListView.class);
    }

    private static void select(FxRobot robot, int index) {
        robot.interact(() -> sectionList(robot).getSelectionModel().clearAndSelect(index));
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        assertThat(robot.lookup(query).queryAs(TextInputControl.class).getText()).isEqualTo(text);
    }

    private static void choose(FxRobot robot, String query, int value) {
        @SuppressWarnings("unchecked")
        ComboBox<Integer> box = robot.lookup(query).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
