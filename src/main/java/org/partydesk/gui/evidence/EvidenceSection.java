package org.partydesk.gui.evidence;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.InspectionPackage;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;

/**
 * 佐证材料: two tabs — the newest files with adding files (in the background, all or nothing), checking the stored files,
 * and the inspection package (迎检材料) of a year as a zip; and the picture wall ({@link EvidenceView}).
 */
public final class EvidenceSection implements Section {
    static final int RECENT = 300;

    private final Shell shell;
    private final I18n i18n;
    private final EvidenceModel model;
    private final EvidenceActions actions;
    private final ComboBox<Integer> packageYear = new ComboBox<>();
    private TableView<Row> table;
    /** True while the list's rows are replaced. */
    private boolean refilling;
    private EvidenceView gallery;
    private Tab galleryTab;

    /** A row of the list: a file, the records it proves, and those in words. */
    public record Row(EvidenceItem item, List<ProvenRecord> records, String proves) {
    }

    public EvidenceSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        EvidenceService evidence = new EvidenceService(shell.workspace());
        this.model = new EvidenceModel(evidence, new InspectionPackage(shell.workspace()), i18n);
        this.actions = new EvidenceActions(evidence, new Roster(shell.workspace()), shell, i18n, this::onShow);
    }

    @Override
    public String id() {
        return Sections.EVIDENCE;
    }

    @Override
    public String titleKey() {
        return "section.evidence";
    }

    @Override
    public Node view() {
        table = Tables.table("evidenceTable", i18n.text("evidence.empty"),
                Tables.column(i18n.text("evidence.name"), 180, r -> r.item().originalName()),
                Tables.column(i18n.text("evidence.proves"), 300, Row::proves),
                Tables.column(i18n.text("evidence.caption"), 260, r -> r.item().caption()),
                Tables.column(i18n.text("evidence.photographer"), 70, r -> r.item().photographer()),
                Fit.sample(Tables.column(i18n.text("evidence.takenOn"), 95, r -> Tables.date(r.item().takenOn())),
                        Fit.DATE),
                Tables.column(i18n.text("evidence.size"), 70, r -> i18n.format("evidence.kb", Math.max(1, r.item().sizeBytes() / 1024))),
                Tables.column(i18n.text("evidence.notes"), 160, r -> r.item().notes()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row>) change -> {
            if (!refilling) {
                actions.choose(chosen(table.getSelectionModel().getSelectedItems()));
            }
        });
        Button add = new Button(i18n.text("evidence.add"));
        add.setId("addEvidence");
        add.setOnAction(e -> chooseFiles());
        Button verify = new Button(i18n.text("evidence.verify"));
        verify.setId("verifyEvidence");
        verify.setOnAction(e -> shell.run("evidence.verify", p -> model.check(),
                v -> Dialogs.notice(shell.window(), i18n, model.notice(v))));
        int now = LocalDate.now().getYear();
        for (int y = now; y >= now - 4; y--) {
            packageYear.getItems().add(y);
        }
        packageYear.setValue(now);
        packageYear.setId("packageYear");
        Button build = new Button(i18n.text("evidence.package"));
        build.setId("buildPackage");
        build.setOnAction(e -> choosePackageFile());
        FlowPane tools = Fit.row(add, verify, new Label(i18n.text("evidence.packageYear")), packageYear, build);
        tools.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(i18n.format("evidence.recent", RECENT));
        heading.getStyleClass().add("section-heading");
        FlowPane commands = Fit.row(ActionButtons.of(actions, i18n, shell::window, "files").toArray(Node[]::new));
        commands.setAlignment(Pos.CENTER_LEFT);
        VBox files = new VBox(8, tools, heading, commands, table,
                ActionButtons.line(actions, i18n, "files", "evidence.chosen.none"));
        VBox.setVgrow(table, Priority.ALWAYS);
        files.getStyleClass().add("roster-pane");
        Tab filesTab = new Tab(i18n.text("evidence.tab.files"), files);
        gallery = new EvidenceView(shell.workspace(), i18n, shell);
        galleryTab = new Tab(i18n.text("evidence.tab.gallery"), gallery.root());
        for (Tab t : List.of(filesTab, galleryTab)) {
            t.setClosable(false);
        }
        // a tab shown again reads its files again: what was changed on the other tab shows
        filesTab.setOnSelectionChanged(e -> {
            if (filesTab.isSelected()) {
                onShow();
            }
        });
        galleryTab.setOnSelectionChanged(e -> {
            if (galleryTab.isSelected()) {
                gallery.reload();
            }
        });
        return new TabPane(filesTab, galleryTab);
    }

    @Override
    public void onShow() {
        if (galleryTab != null && galleryTab.isSelected()) {
            gallery.reload();
        }
        shell.load("evidence.loading", p -> model.recent(RECENT), this::show);
    }

    /** Shows the rows read, the files chosen before chosen again. */
    private void show(List<Row> rows) {
        Set<Integer> keep = actions.chosenIds();
        refilling = true; // the table's selection is cleared meanwhile: not a choice of the clerk
        table.getItems().setAll(rows);
        rows.stream().filter(r -> keep.contains(r.item().id())).forEach(r -> table.getSelectionModel().select(r));
        refilling = false;
        actions.chooseAgain(chosen(table.getSelectionModel().getSelectedItems()));
    }

    private static List<EvidenceActions.Chosen> chosen(List<Row> rows) {
        return rows.stream().map(r -> EvidenceActions.Chosen.of(r.item(), r.records())).toList();
    }

    /** What a file proves, for the list: 三会一课：2025-03-05 主题党日…；评先创优：…, or that it proves nothing yet. */
    static String provesText(I18n i18n, List<ProvenRecord> records) {
        if (records.isEmpty()) {
            return i18n.text("evidence.provesNothing");
        }
        return records.stream().map(r -> i18n.format("evidence.provesRecord", i18n.label(r.type()), r.name()))
                .collect(java.util.stream.Collectors.joining("；"));
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("evidence.add"));
        List<File> files = chooser.showOpenMultipleDialog(shell.window());
        if (files != null && !files.isEmpty()) {
            details(files.size()).ifPresent(d -> add(files.stream().map(File::toPath).toList(), d));
        }
    }

    /** Adds the files with the same details in the background; refreshes the list when done. */
    public void add(List<Path> files, EvidenceService.Description details) {
        shell.run("evidence.adding", p -> model.addAll(files, details, p), added -> {
            onShow();
            Dialogs.notice(shell.window(), i18n, i18n.format("evidence.added", added));
        });
    }

    private java.util.Optional<EvidenceService.Description> details(int count) {
        Dialog<EvidenceService.Description> dialog = new Dialog<>();
        if (shell.window() != null) {
            dialog.initOwner(shell.window());
        }
        dialog.setTitle(i18n.format("evidence.detailsTitle", count));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField title = new TextField();
        TextField caption = new TextField();
        caption.setPrefColumnCount(28);
        TextField photographer = new TextField();
        DatePicker taken = Forms.isoDates(new DatePicker());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.text("evidence.title")), title);
        grid.addRow(1, new Label(i18n.text("evidence.caption")), caption);
        grid.addRow(2, new Label(i18n.text("evidence.photographer")), photographer);
        grid.addRow(3, new Label(i18n.text("evidence.takenOn")), Forms.dateField(taken));
        dialog.getDialogPane().setContent(grid);
        org.partydesk.gui.common.CjkFonts.apply(dialog.getDialogPane(), shell.window());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new EvidenceService.Description(
                blank(title.getText()), blank(caption.getText()), blank(photographer.getText()), taken.getValue()) : null);
        return dialog.showAndWait();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void choosePackageFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("evidence.package"));
        chooser.setInitialFileName(i18n.format("evidence.packageFile", String.valueOf(packageYear.getValue())));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        File file = chooser.showSaveDialog(shell.window());
        if (file != null) {
            buildPackage(packageYear.getValue(), file.toPath());
        }
    }

    /** Builds the inspection package of {@code year} into {@code out} in the background. */
    public void buildPackage(int year, Path out) {
        shell.run("evidence.building", p -> model.buildPackage(year, out, p),
                r -> Dialogs.notice(shell.window(), i18n, i18n.format("evidence.built", r.files(), r.records(), r.zip())));
    }
}
