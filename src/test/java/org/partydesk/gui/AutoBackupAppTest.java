package org.partydesk.gui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partydesk.app.BackupService;
import org.partydesk.app.Workspace;
import org.partydesk.app.org.Roster;
import org.partydesk.store.Backups;
import org.partydesk.store.HoldDatabase;
import org.partydesk.store.RosterFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real application on a database in a temporary data folder, headless: the automatic backup when the
 * window closes and once a day, restoring a backup from 设置, and a second window on a database in use.
 */
@RobotTest
class AutoBackupAppTest {
    @TempDir
    Path dir;
    private Path db;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void database() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        db = dir.resolve("bureau.db");
        RosterFixture.main(new String[] {db.toString()});
        System.setProperty(PartyDeskApp.DATABASE_PROPERTY, db.toString());
    }

    @AfterEach
    void cleanup() throws Exception {
        stopApp();
        System.clearProperty(PartyDeskApp.DATABASE_PROPERTY);
    }

    private void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private PartyDeskApp startApp() throws Exception {
        app = FxToolkit.setupApplication(PartyDeskApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        return (PartyDeskApp) app;
    }

    private List<Path> backups() {
        return Backups.list(dir.resolve("backups"));
    }

    @Test
    void closingTheWindowLeavesANewBackupAndThenCloses() throws Exception {
        startApp();
        assertThat(robot.lookup("#nav").tryQuery()).isPresent();
        assertThat(backups()).isEmpty();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(backups()).hasSize(1);
        stopApp();
        try (Workspace ws = Workspace.open(db, null)) {
            assertThat(ws.setting(BackupService.LAST_AUTOMATIC_SETTING)).isPresent();
        }
        // the backup is a whole, checked database with the roster in it
        Path restored = dir.resolve("restored.db");
        try (Workspace ws = Workspace.open(restored, "检查")) {
            new BackupService(ws).restore(backups().get(0));
            assertThat(new Roster(ws).tree()).extracting(n -> n.unit().name()).contains(RosterFixture.COMMITTEE);
        }
    }

    @Test
    void theDailyBackupIsMadeOnceOnTheSameDay() throws Exception {
        PartyDeskApp desk = startApp();
        boolean[] started = new boolean[2];
        robot.interact(() -> started[0] = desk.autoBackups().checkDaily());
        assertThat(started[0]).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> backups().size() == 1
                && !robot.lookup("#taskMessage").queryAs(Label.class).getParent().isVisible());
        robot.interact(() -> started[1] = desk.autoBackups().checkDaily());
        assertThat(started[1]).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(backups()).hasSize(1);
    }

    @Test
    void aBackupChosenInSettingsIsRestoredAfterACheckAndTheOldDatabaseIsKept() throws Exception {
        startApp();
        robot.clickOn("#nav-settings");
        // the settings page fills in once its figures are read, off the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backupNow").tryQuery().isPresent());
        robot.clickOn("#backupNow");
        // the list shows the new backup in the same step as the notice 备份完成 (waited for by its own words)
        waitForNotice("备份完成");
        assertThat(backups()).hasSize(1);
        assertThat(robot.lookup("#backupList").queryAs(TableView.class).getItems()).hasSize(1);
        closeNotice();
        // a change after the backup, which the restore takes back
        PartyDeskApp desk = (PartyDeskApp) app;
        robot.interact(() -> desk.workspace().putSetting(Workspace.BUREAU_NAME_SETTING, "改名后的单位"));
        robot.clickOn(robot.lookup("#backupList .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getItem() != null).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#restoreSelected").queryButton().isDisabled());
        // the button sits under the backup list: scroll the settings page down to it, as a clerk would
        robot.interact(() -> {
            for (javafx.scene.Parent p = robot.lookup("#restoreSelected").queryButton().getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#restoreSelected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmRestore .button").queryAllAs(Button.class)
                .stream().anyMatch(b -> b.isDefaultButton() && b.isVisible()));
        // 取消 is the default (Enter must not replace every record); the clerk clicks 确定
        javafx.scene.control.DialogPane pane = robot.lookup("#confirmRestore").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).isDefaultButton()).isTrue();
        robot.clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        String notice = waitForNotice("已恢复");
        assertThat(notice).contains(".before-restore-");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".before-restore-")).toList()).hasSize(1);
        }
        closeNotice();
        assertThat(robot.lookup("#nav").tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
    }

    @Test
    void aSecondWindowOnADatabaseInUseSaysSoAndCanRetry() throws Exception {
        Process holder = HoldDatabase.start(db);
        try {
            startApp();
            assertThat(robot.lookup("#databaseBusy").tryQuery()).isPresent();
            assertThat(robot.lookup("#nav").tryQuery()).isEmpty();
            String text = robot.lookup("#databaseBusy .label").queryAllAs(Label.class).stream()
                    .map(Label::getText).reduce("", String::concat);
            assertThat(text).contains("正被另一个党务台账窗口或命令使用", "只能由一个窗口或命令使用", "重试");
        } finally {
            assertThat(HoldDatabase.release(holder)).isZero();
        }
        robot.clickOn("#startupRetry");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
    }

    @Test
    void aDamagedDatabaseOffersItsBackupsAndOpensAfterARestore() throws Exception {
        try (Workspace ws = Workspace.open(db, "检查")) {
            new BackupService(ws).backup(null, org.partydesk.app.Progress.NONE);
        }
        byte[] damaged = new byte[8192];
        new java.util.Random(7).nextBytes(damaged); // as a disk fault leaves a file: no SQLite header at all
        Files.write(db, damaged);
        Files.deleteIfExists(dir.resolve("bureau.db-wal"));
        Files.deleteIfExists(dir.resolve("bureau.db-shm"));
        startApp();
        assertThat(robot.lookup("#unreadableDatabase").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#restoreUnreadable").queryButton().isDisabled());
        String text = robot.lookup("#unreadableDatabase .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", String::concat);
        assertThat(text).contains("无法打开数据库", "可以从备份恢复");
        robot.clickOn("#restoreUnreadable");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav").tryQuery().isPresent());
        assertThat(waitForNotice("已恢复")).contains("无法打开的数据库已另存为");
        closeNotice();
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
    }

    @Test
    void aDatabaseDamagedInsideIsRestoredFromSettingsWithTheDamagedFileKept() throws Exception {
        try (Workspace ws = Workspace.open(db, "检查")) {
            new BackupService(ws).backup(null, org.partydesk.app.Progress.NONE);
        }
        garbleRootPageOf("report_draft_section"); // a bad sector in a table the first screens do not read: it opens
        startApp();
        assertThat(robot.lookup("#nav").tryQuery()).isPresent();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#backupList .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#backupList .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getItem() != null).<javafx.scene.Node>query());
        scrollTo("#restoreSelected");
        robot.clickOn("#restoreSelected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmRestore").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#confirmRestore").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        // no copy of it can be kept through SQLite: the window asks to keep the file itself aside instead
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#confirmOverDamaged").tryQuery().isPresent());
        javafx.scene.control.DialogPane ask = robot.lookup("#confirmOverDamaged").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(ask.getContentText()).contains("bureau.db", "内部已损坏", "改名保留");
        robot.clickOn((Button) ask.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(waitForNotice("已恢复")).contains("损坏的数据库已另存为", "bureau.db.before-restore-");
        closeNotice();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#nav").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("党务台账 — 示例市生态环境局");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("bureau\\.db\\.before-restore-.*\\.db"))
                    .toList()).hasSize(1);
        }
        stopApp();
        try (Workspace ws = Workspace.open(db, null)) {
            assertThat(org.partydesk.store.DatabaseChecks.texts(org.partydesk.store.DatabaseChecks.of(db))).isEmpty();
            assertThat(new Roster(ws).tree()).extracting(n -> n.unit().name()).contains(RosterFixture.COMMITTEE);
        }
    }

    /** Overwrites the first page of {@code table}'s b-tree with text, as a bad sector would (its WAL folded in first). */
    private void garbleRootPageOf(String table) throws Exception {
        int page;
        int pageSize;
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (var rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                rs.next();
                page = rs.getInt(1);
            }
            try (var rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = (page - 1) * pageSize; i < page * pageSize; i++) {
            bytes[i] = (byte) "GARBAGE".charAt(i % 7);
        }
        Files.write(db, bytes);
    }

    /** Scrolls the page holding {@code query} down to it, as a clerk would. */
    private void scrollTo(String query) {
        robot.interact(() -> {
            for (javafx.scene.Parent p = robot.lookup(query).queryButton().getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a notice whose text contains {@code words}, and returns its text; fails with the notices shown. */
    private String waitForNotice(String words) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> noticeText().contains(words));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no notice with “" + words + "” within 60 s; notices shown: “" + noticeText() + "”", e);
        }
        return noticeText();
    }

    private String noticeText() {
        return robot.lookup("#notice .content").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void closeNotice() {
        robot.lookup("#notice").tryQuery().ifPresent(n -> robot.interact(() -> n.getScene().getWindow().hide()));
    }
}
