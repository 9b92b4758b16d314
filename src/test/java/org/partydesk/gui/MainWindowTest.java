package org.partydesk.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.MemberRow;
import org.partydesk.gui.common.I18n;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The 组织与党员 section of the main window on a real SQLite file with the small {@link RosterFixture}, headless (Monocle). */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("window.db"), "tester");
        RosterFixture.fill(ws.database());
        window = new MainWindow(ws, new I18n(Locale.SIMPLIFIED_CHINESE), file -> { });
        window.show(org.partydesk.gui.shell.Sections.ORGANISATION);
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.setTitle(window.title());
        stage.show();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void treeShowsUnitsWithMemberCounts(FxRobot robot) {
        TestScreens.settle(window); // the tree and the roster are read off the FX thread
        assertThat(treeTexts(robot)).containsExactly("机关党委（5）", "机关第一党支部（3）", "机关第二党支部（2）");
        assertThat(window.title()).isEqualTo("党务台账 — window.db");
        // branches start collapsed (the cells are inside); the first unit is selected: the whole committee
        assertThat(table(robot).getItems()).hasSize(5);
        assertThat(robot.lookup("#statusBar").queryAs(Label.class).getText())
                .isEqualTo("数据库：" + dir.resolve("window.db").toAbsolutePath() + "　·　操作人：tester");
        assertThat(robot.lookup("#memberCount").queryAs(Label.class).getText()).isEqualTo("5 名党员");
    }

    @Test
    void selectingABranchShowsItsMembersWithMaskedIdNumbers(FxRobot robot) {
        TestScreens.settle(window);
        robot.clickOn("机关第二党支部（2）");
        TestScreens.settle(window);
        assertThat(table(robot).getItems()).extracting(MemberRow::name).containsExactly("陈刚", "赵敏");

        List<String> cells = cellTexts(robot);
        String zhaoId = RosterFixture.idNumber("19900215", "042");
        assertThat(cells).contains("赵敏", "女", "正式党员", "在职", "流动", "机关第二党支部", "规划财务处", "处长",
                "420102********" + zhaoId.substring(14), "13800000004");
        assertThat(cells).doesNotContain(zhaoId);
        assertThat(robot.lookup("#memberCount").queryAs(Label.class).getText()).isEqualTo("2 名党员");
    }

    @Test
    void typingInTheFilterNarrowsTheRows(FxRobot robot) {
        TestScreens.settle(window);
        robot.clickOn("机关第一党支部（3）");
        TestScreens.settle(window);
        assertThat(table(robot).getItems()).hasSize(3);
        robot.clickOn("#nameFilter").write("张");
        assertThat(table(robot).getItems()).extracting(MemberRow::name).containsExactly("张伟");
        assertThat(robot.lookup("#memberCount").queryAs(Label.class).getText()).isEqualTo("1 名党员");
    }

    @SuppressWarnings("unchecked")
    private static TableView<MemberRow> table(FxRobot robot) {
        return robot.lookup("#memberTable").queryAs(TableView.class);
    }

    private static List<String> treeTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .sorted(java.util.Comparator.comparingInt(TreeCell::getIndex))
                .map(TreeCell::getText).filter(Objects::nonNull).toList();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(Objects::nonNull).toList();
    }
}
