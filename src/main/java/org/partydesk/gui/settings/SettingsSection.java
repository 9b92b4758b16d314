package org.partydesk.gui.settings;

import java.io.File;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import org.partydesk.app.AppLog;
import org.partydesk.app.BackupService;
import org.partydesk.app.meetings.ComplianceSettings;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;

/**
 * 设置: the database in use (and opening another one), the operator, the backup folder and how many
 * backups to keep, the font size (applied at once), the language (after a restart), 立即备份, and the
 * 红黄旗 compliance rules ({@link ComplianceRulesPane}) on a second tab, and the ledger imports with
 * 撤销本次导入 ({@link ImportHistoryPane}) on a third.
 */
public final class SettingsSection implements Section {
    /** The smallest and largest font size offered, in points. */
    public static final int MIN_FONT = SettingsModel.MIN_FONT;
    public static final int MAX_FONT = SettingsModel.MAX_FONT;

    private final Shell shell;
    private final I18n i18n;
    private final SettingsModel model;
    private final Label database = new Label();
    private final TextField operator = new TextField();
    private final TextField bureau = new TextField();
    private final TextField backupFolder = new TextField();
    private final Spinner<Integer> keep = new Spinner<>(1, 999, BackupService.DEFAULT_KEEP);
    private final Spinner<Integer> fontSize = new Spinner<>(MIN_FONT, MAX_FONT, 13);
    private final ComboBox<String> language = new ComboBox<>();
    private ComplianceRulesPane rules;
    private final TabPane tabs = new TabPane();
    private final Tab rulesTab = new Tab();
    private final BackupList backupList;
    private final ImportHistoryPane importHistory;
    /** True while the fields are filled from what was read (a change then is no save). */
    private boolean filling;

    public SettingsSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new SettingsModel(shell.workspace(), new ComplianceSettings(shell.workspace()));
        this.backupList = new BackupList(shell, model);
        this.importHistory = new ImportHistoryPane(shell);
    }

    @Override
    public String id() {
        return Sections.SETTINGS;
    }

    @Override
    public String titleKey() {
        return "section.settings";
    }

    @Override
    public Node view() {
        database.setId("settingsDatabase");
        database.setWrapText(true);
        Button other = button("openOther", "settings.openOther", this::openOther);
        operator.setId("settingsOperator");
        operator.setPrefColumnCount(16);
        operator.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button saveOperator = button("saveOperator", "settings.save", () -> {
            String name = operator.getText();
            save(p -> model.saveOperator(name));
        });
        bureau.setId("settingsBureau");
        bureau.setPrefColumnCount(16);
        bureau.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button saveBureau = button("saveBureau", "settings.save", () -> {
            String name = bureau.getText();
            save(p -> model.saveBureau(name));
        });
        backupFolder.setId("settingsBackupFolder");
        backupFolder.setPrefColumnCount(36);
        Button chooseFolder = button("chooseBackupFolder", "settings.choose", this::chooseFolder);
        keep.setId("settingsKeep");
        keep.setEditable(true);
        Button saveBackup = button("saveBackup", "settings.save", () -> {
            String folder = backupFolder.getText();
            int k = keep.getValue();
            shell.run("settings.saveFailed", p -> model.saveBackups(folder, k), backups -> {
                backupList.show(backups);
                shell.refreshStatus();
            });
        });
        fontSize.setId("settingsFontSize");
        fontSize.valueProperty().addListener((obs, old, v) -> {
            if (database.getScene() != null) {
                CjkFonts.apply(database.getScene().getRoot(), v);
            }
            if (!filling) {
                save(p -> model.saveFontSize(v));
            }
        });
        language.setId("settingsLanguage");
        language.getItems().setAll("zh", "en");
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : "en".equals(code) ? i18n.text("settings.language.en") : i18n.text("settings.language.zh");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        Button saveLanguage = button("saveLanguage", "settings.save", () -> {
            String code = language.getValue();
            shell.run("settings.saveFailed", p -> {
                model.saveLanguage(code);
                return code;
            }, done -> Dialogs.notice(shell.window(), i18n, i18n.text("settings.restart")));
        });
        Button backupNow = button("backupNow", "settings.backupNow", this::backupNow);
        backupNow.getStyleClass().add("primary");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        int r = 0;
        grid.addRow(r++, label("settings.database"), database, other);
        grid.addRow(r++, label("settings.bureau"), bureau, saveBureau);
        grid.addRow(r++, label("settings.operator"), operator, saveOperator);
        grid.addRow(r++, label("settings.backupFolder"), new HBox(6, backupFolder, chooseFolder), saveBackup);
        grid.addRow(r++, label("settings.keep"), keep);
        grid.addRow(r++, label("settings.fontSize"), fontSize);
        grid.addRow(r++, label("settings.language"), language, saveLanguage);
        grid.addRow(r++, label("settings.backup"), backupNow);
        Label auto = new Label(i18n.text("backups.automatic"));
        auto.setWrapText(true);
        auto.getStyleClass().add("hint");
        grid.add(auto, 1, r++, 2, 1);
        Label log = new Label(i18n.format("settings.log", AppLog.file()));
        log.setWrapText(true);
        log.getStyleClass().add("hint");
        grid.add(log, 0, r, 3, 1);
        Label backupsHeading = label("backups.heading");
        backupsHeading.getStyleClass().add("section-heading");
        VBox general = new VBox(12, grid, backupsHeading, backupList.view());
        general.setAlignment(Pos.TOP_LEFT);
        general.getStyleClass().add("form-page");
        ScrollPane generalScroll = new ScrollPane(general);
        generalScroll.setFitToWidth(true);
        rules = new ComplianceRulesPane(model, shell, i18n);
        VBox rulesPage = new VBox(12, rules.root());
        rulesPage.getStyleClass().add("form-page");
        ScrollPane rulesScroll = new ScrollPane(rulesPage);
        rulesScroll.setFitToWidth(true);
        Tab generalTab = new Tab(i18n.text("settings.tab.general"), generalScroll);
        generalTab.setId("settingsGeneralTab");
        rulesTab.setText(i18n.text("rules.title"));
        rulesTab.setContent(rulesScroll);
        rulesTab.setId("rulesTab");
        VBox importsPage = new VBox(12, importHistory.view());
        importsPage.getStyleClass().add("form-page");
        Tab importsTab = new Tab(i18n.text("imports.title"), importsPage);
        importsTab.setId("importsTab");
        tabs.getTabs().setAll(generalTab, rulesTab, importsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settingsTabs");
        return tabs;
    }

    @Override
    public void onShow() {
        rules.reload(null);
        shell.load("settings.loading", p -> model.read(), this::fill);
        backupList.refresh();
        importHistory.refresh();
    }

    private void fill(SettingsModel.Values v) {
        filling = true;
        database.setText(v.database());
        operator.setText(v.operator());
        bureau.setText(v.bureau());
        backupFolder.setText(v.backupFolder());
        keep.getValueFactory().setValue(v.keep());
        if (v.fontSize() != null && !v.fontSize().equals(fontSize.getValue())) {
            fontSize.getValueFactory().setValue(v.fontSize());
        }
        language.setValue(v.language());
        filling = false;
    }

    /** 立即备份 in the background; the list shows the new backup when the notice names its file. */
    public void backupNow() {
        shell.run("settings.backingUp", model::backupNow, made -> {
            backupList.show(made.backups());
            Dialogs.notice(shell.window(), i18n, i18n.format("settings.backedUp", made.done().file()));
        });
    }

    /** A change of a setting written through the shell's executor; the status bar shows it then. */
    private void save(Change change) {
        shell.run("settings.saveFailed", p -> {
            change.run(p);
            return Boolean.TRUE;
        }, done -> shell.refreshStatus());
    }

    /** A write of the settings. */
    private interface Change {
        void run(org.partydesk.app.Progress progress);
    }

    private void openOther() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("settings.openOther"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("settings.dbFiles"), "*.db"));
        File file = chooser.showOpenDialog(shell.window());
        if (file != null) {
            shell.openDatabase(file.toPath());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text("settings.backupFolder"));
        File dir = chooser.showDialog(shell.window());
        if (dir != null) {
            backupFolder.setText(dir.getAbsolutePath());
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = Fit.keep(new Button(i18n.text(key)));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Label label(String key) {
        Label l = new Label(i18n.text(key));
        l.getStyleClass().add("field-label");
        return Fit.keep(l);
    }
}
