package org.partydesk.gui.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.gui.RobotTest;
import org.partydesk.app.Workspace;
import org.partydesk.app.ledgers.ImportMessage;
import org.partydesk.app.ledgers.ImportRecord;
import org.partydesk.app.ledgers.LedgerKind;
import org.partydesk.app.ledgers.SheetMaker;
import org.partydesk.gui.TestScreens;
import org.partydesk.gui.MainWindow;
import org.partydesk.gui.shell.Sections;
import org.partydesk.model.MeetingFilter;
import org.partydesk.model.OrgKind;
import org.partydesk.store.MeetingFixture;
import org.partydesk.store.MeetingRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel ledgers of the transfer section, headless: a meetings ledger previewed, then imported or refused. */
@RobotTest
@ExtendWith(ApplicationExtension.class)
class LedgerPaneTest {
    @TempDir
    Path dir;
    private Workspace ws;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ws = Workspace.open(dir.resolve("gui.db"), "tester");
        MeetingFixture f = new MeetingFixture(ws.database());
        int organ = f.unit(null, OrgKind.ORGAN_COMMITTEE, "机关党委", 0);
        int branch = f.unit(organ, OrgKind.BRANCH, "第一党支部", 1);
        f.belongs(f.member("张三"), branch, LocalDate.of(2020, 1, 1), null);
        f.belongs(f.member("李四"), branch, LocalDate.of(2020, 1, 1), null);
        window = TestScreens.mainWindow(stage, ws, 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestScreens.closeDialogs(robot);
        ws.close();
    }

    private LedgerPane pane(FxRobot robot) {
        robot.interact(() -> window.show(Sections.TRANSFER));
        return ((TransferSection) window.sections().stream().filter(s -> s.id().equals(Sections.TRANSFER))
                .findFirst().orElseThrow()).ledgers();
    }

    private int meetings() {
        return new MeetingRepository(ws.database()).list(new MeetingFilter(null, null, null, null, null)).size();
    }

    @Test
    void aMeetingsLedgerIsPreviewedWithItsWarningAndImportedOnlyWhenConfirmed(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        assertThat(robot.lookup("#ledgerKind").queryAs(ComboBox.class).getItems()).contains(LedgerKind.MEMBERS, LedgerKind.MEETINGS);
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "应到人数", "请假人员")
                .row("第一党支部", "主题党日、党课", "三月主题党日", "2025-03-08 14:30", 3, "李四（出差）")
                .xlsx(dir.resolve("会议.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.MEETINGS, file));
        TableView<?> table = robot.lookup("#ledgerMessages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ledgerSummary").queryAs(Label.class).getText()).isEqualTo(
                "“会议.xlsx”预览（尚未写入）：新增 1 次会议，更新 0 次会议，未变 0 次会议；警告 1 条，错误 0 条");
        assertThat(((ImportMessage) table.getItems().get(0)).text()).isEqualTo(
                "会议.xlsx，工作表“三会一课”，第2行，E列（应到人数）：应到人数写的是3人，按组织关系2025-03-08应到2人");
        assertThat(meetings()).isZero();

        // fired rather than clicked: in the full gui run the first robot click on it in a class was lost (not
        // understood yet, see issue 18's note); the button's action is the same
        robot.interact(() -> robot.lookup("#ledgerApply").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> meetings() == 1);
        // the preview closes when the background import has handed back its result, after the commit
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#ledgerPreview").query().isVisible());
    }

    @Test
    void possibleDuplicateMeetingsAreListedAndSkippedWhenTheClerkSaysSo(FxRobot robot) throws Exception {
        int branch = new org.partydesk.store.OrgRepository(ws.database()).all().stream()
                .filter(u -> u.name().equals("第一党支部")).findFirst().orElseThrow().id();
        new MeetingFixture(ws.database()).meeting(branch, java.time.LocalDateTime.of(2025, 3, 8, 14, 30),
                org.partydesk.model.MeetingType.THEMED_PARTY_DAY);
        LedgerPane pane = pane(robot);
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间")
                .row("第一党支部", "主题党日", "三月主题党日：学习会议精神", "2025-03-08")
                .row("第一党支部", "支委会", "三月支委会", "2025-03-10")
                .xlsx(dir.resolve("补录.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.MEETINGS, file));
        // shown, and filled: the label may show before its text is set on a loaded machine
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#ledgerDuplicates").queryAs(Label.class).isVisible()
                && !robot.lookup("#ledgerDuplicates").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#ledgerDuplicates").queryAs(Label.class).getText())
                .startsWith("有 1 行可能与已有会议重复")
                .contains("第2行：可能与已有的会议 2025-03-08 14:30「学习贯彻会议精神」重复");
        assertThat(robot.lookup("#ledgerApply").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#ledgerSkipDuplicates");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> meetings() == 2);
        assertThat(new MeetingRepository(ws.database()).list(MeetingFilter.ALL))
                .extracting(org.partydesk.model.MeetingSummary::theme).containsExactly("学习贯彻会议精神", "三月支委会");
    }

    @Test
    void aLedgerWithAnErrorCannotBeConfirmedAndItsAnnotatedCopyCanBeSaved(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        Path file = new SheetMaker().sheet("三会一课")
                .row("所在党支部", "会议类型", "会议主题", "会议时间", "缺席人员")
                .row("第一党支部", "党员大会", "一季度党员大会", "2025-03-28", "王五")
                .xlsx(dir.resolve("有错.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.MEETINGS, file));
        TableView<?> table = robot.lookup("#ledgerMessages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ImportMessage error = (ImportMessage) table.getItems().get(0);
        assertThat(error.error()).isTrue();
        assertThat(error.sheet()).isEqualTo("三会一课");
        assertThat(error.row()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("E");
        assertThat(error.reason()).isEqualTo("“王五”不是“第一党支部”2025-03-28的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）");
        assertThat(robot.lookup("#ledgerSummary").queryAs(Label.class).getText()).startsWith("“有错.xlsx”有错误，不能导入");
        assertThat(robot.lookup("#ledgerApply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#ledgerAnnotated").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(meetings()).isZero();

        Path out = dir.resolve("有错-导入结果.xlsx");
        robot.interact(() -> pane.saveAnnotated(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(out));
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.toFile())) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("导入结果");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo(
                    "错误：E列（缺席人员）：“王五”不是“第一党支部”2025-03-28的党员（按组织关系），请核对姓名，或先导入花名册（调入本支部的党员请先在党员页面办理“调动…”）");
        }
    }

    @Test
    void aRosterPreviewListsItsRecordsAndShowsItsDateWhichTheClerkMayChange(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        Path file = new SheetMaker()
                .row("党员花名册（截至2025年12月31日）").mergeLast(0, 3)
                .row("姓名", "身份证号", "所在党支部", "党内职务")
                .row("王五", SheetMaker.id("42010219850317123"), "第一党支部", "书记")
                .xlsx(dir.resolve("花名册.xlsx"));
        robot.interact(() -> pane.preview(LedgerKind.MEMBERS, file));
        TableView<?> records = robot.lookup("#ledgerRecords").queryAs(TableView.class);
        Label summary = robot.lookup("#ledgerSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("名册日期"));
        WaitForAsyncUtils.waitForFxEvents();
        ImportRecord r = (ImportRecord) records.getItems().get(0);
        assertThat(r.action()).isEqualTo(ImportRecord.Action.ADD);
        assertThat(r.record()).isEqualTo("王五 420102********" + SheetMaker.id("42010219850317123").substring(14) + " 第一党支部");
        TextField asOf = robot.lookup("#ledgerAsOf").queryAs(TextField.class);
        assertThat(asOf.getText()).isEqualTo("2025-12-31");
        assertThat(summary.getText()).contains("名册日期 2025-12-31", "组织关系自");

        robot.interact(() -> {
            asOf.setText("2025/6/30");
            asOf.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().contains("名册日期 2025-06-30（按指定的名册日期"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getText()).isEqualTo("2025-06-30");
        assertThat(records.getItems()).hasSize(1);
    }

    /** Picks {@code label} in the field dropdown of the column headed {@code header} and waits for the new preview. */
    @SuppressWarnings("unchecked")
    private static void pickField(FxRobot robot, String header, String label) throws Exception {
        TableView<ColumnMapModel.Row> table = robot.lookup("#ledgerColumns").queryAs(TableView.class);
        int index = table.getItems().stream().map(ColumnMapModel.Row::header).toList().indexOf(header);
        robot.interact(() -> table.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ColumnMapModel.Choice> box = robot.lookup("#ledgerColumns .combo-box").queryAllAs(ComboBox.class).stream()
                .filter(b -> b.getParent() instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == index)
                .findFirst().orElseThrow();
        robot.interact(() -> box.getSelectionModel().select(
                box.getItems().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.header().equals(header)
                && r.mapping().source() == org.partydesk.app.ledgers.ColumnMapping.Source.CHOSEN));
    }

    @Test
    void aRosterWithUnknownColumnsIsMappedInTheDropdownsAndImported(FxRobot robot) throws Exception {
        LedgerPane pane = pane(robot);
        Path roster = Path.of(getClass().getResource("/ledgers/mapping/花名册-自定列名.xlsx").toURI());
        robot.interact(() -> pane.preview(LedgerKind.MEMBERS, roster));
        TableView<?> columns = robot.lookup("#ledgerColumns").queryAs(TableView.class);
        Label summary = robot.lookup("#ledgerSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> columns.getItems().size() == 8 && !summary.getText().isEmpty());
        assertThat(robot.lookup("#ledgerColumnsPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded()).isTrue();
        assertThat(robot.lookup("#ledgerSummary").queryAs(Label.class).getText()).startsWith("“花名册-自定列名.xlsx”有错误，不能导入");

        pickField(robot, "居民身份证号", "身份证号");
        pickField(robot, "所属党组织", "所在党支部");
        pickField(robot, "所任岗位", "职务");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#ledgerApply").queryAs(Button.class).isDisabled());
        // 张三 and 李四 are stored without ID numbers: found by name, their numbers filled in (decision 0048)
        assertThat(robot.lookup("#ledgerSummary").queryAs(Label.class).getText()).contains("新增 1 人，更新 2 人");

        // the open columns table pushes the buttons down the scrolled page
        robot.interact(() -> robot.lookup("#ledgerApply").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> new org.partydesk.store.MemberRepository(ws.database()).all().stream().anyMatch(m -> "副科长".equals(m.jobTitle())));
    }
}
