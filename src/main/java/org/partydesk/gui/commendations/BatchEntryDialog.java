package org.partydesk.gui.commendations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.MemberRow;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.OrgUnit;

/**
 * 批量登记: the fast entry of a monthly (or two-monthly) honour. The clerk picks the title and the month,
 * narrows the members by branch and name, ticks them, and saves through
 * {@link Commendations#recordForMonth}. A refusal (e.g. a member who already holds the title for that
 * month) is shown and the dialog stays open so the ticks can be changed. The result is the new
 * commendation's id. What it offers is read before it opens ({@link CommendationsModel#batchSetup}); the members
 * of a chosen branch, the checks and the save go through the shell's executor.
 */
final class BatchEntryDialog extends Dialog<Integer> {
    /** A member of the checklist; the tick survives filtering. */
    private record Tick(MemberRow member, BooleanProperty ticked) {
    }

    private final CommendationsModel model;
    private final Background background;
    private final CommendationsModel.EntrySetup setup;
    private final I18n i18n;
    /** Why the last save was refused, said inside the dialog (empty when it was not). */
    private final javafx.beans.property.StringProperty problem = new javafx.beans.property.SimpleStringProperty("");
    private final ComboBox<String> title = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> month = new ComboBox<>();
    private final ComboBox<Choice<OrgUnit>> branch = new ComboBox<>();
    private final TextField nameFilter = new TextField();
    private final Map<Integer, BooleanProperty> ticks = new LinkedHashMap<>();
    private final ObservableList<Tick> members = FXCollections.observableArrayList();
    private final FilteredList<Tick> shown = new FilteredList<>(members);
    private final ListView<Tick> memberList = new ListView<>(shown);
    private final Label tickedCount = new Label();
    private final TextField awardedBy = new TextField();
    private final TextField documentNumber = new TextField();
    private final DatePicker awardedOn = Forms.isoDates(new DatePicker());
    BatchEntryDialog(Node owner, CommendationsModel model, Background background, CommendationsModel.EntrySetup setup,
            I18n i18n, int initialYear) {
        this.model = model;
        this.background = background;
        this.setup = setup;
        this.i18n = i18n;
        setTitle(i18n.text("commendations.batch.title"));
        setHeaderText(null); // the sentence heads the form instead: the dialog fits a 768-pixel screen at 16 pt
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        title.setId("batchTitle");
        setup.titles().stream().map(CommendationTitle::name).forEach(title.getItems()::add);
        if (!title.getItems().isEmpty()) {
            title.getSelectionModel().selectFirst();
        }
        LocalDate today = setup.today();
        year.setId("batchYear");
        for (int y = today.getYear() - 3; y <= today.getYear() + 1; y++) {
            year.getItems().add(y);
        }
        year.setValue(initialYear);
        month.setId("batchMonth");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : i18n.format("commendations.batch.monthValue", String.valueOf(m));
            }

            @Override
            public Integer fromString(String text) {
                return month.getItems().stream().filter(m -> toString(m).equals(text)).findFirst().orElse(null);
            }
        });
        month.setValue(initialYear == today.getYear() ? today.getMonthValue() : 1);

        branch.setId("batchBranch");
        branch.getItems().add(new Choice<>(null, i18n.text("commendations.filter.allBranches")));
        setup.branches().forEach(u -> branch.getItems().add(new Choice<>(u, u.name())));
        branch.getSelectionModel().selectFirst();
        branch.valueProperty().addListener((obs, old, value) -> loadMembers());
        nameFilter.setId("batchNameFilter");
        nameFilter.setPromptText(i18n.text("commendations.batch.namePrompt"));
        nameFilter.textProperty().addListener((obs, old, text) -> applyFilter(text));
        memberList.setId("batchMembers");
        memberList.setPrefHeight(200);
        memberList.setCellFactory(CheckBoxListCell.forListView(Tick::ticked, new StringConverter<>() {
            @Override
            public String toString(Tick tick) {
                MemberRow m = tick.member();
                return m.branchName() == null ? m.name()
                        : i18n.format("commendations.batch.memberInBranch", m.name(), m.branchName());
            }

            @Override
            public Tick fromString(String text) {
                throw new UnsupportedOperationException("the checklist is not edited as text");
            }
        }));
        Button tickShown = new Button(i18n.text("commendations.batch.tickShown"));
        tickShown.setOnAction(e -> shown.forEach(t -> t.ticked().set(true)));
        Button untickAll = new Button(i18n.text("commendations.batch.untickAll"));
        untickAll.setOnAction(e -> ticks.values().forEach(p -> p.set(false)));
        tickedCount.setId("batchTickedCount");
        awardedBy.setId("batchAwardedBy");
        documentNumber.setId("batchDocumentNumber");
        awardedOn.setId("batchAwardedOn");
        awardedOn.setEditable(true);
        awardedOn.setPromptText(i18n.text("commendations.batch.awardedOnPrompt"));
        awardedOn.getEditor().setPrefColumnCount(12); // the prompt whole at any font size

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        Label header = new Label(i18n.text("commendations.batch.header"));
        header.getStyleClass().add("hint");
        form.add(header, 0, 0, 2, 1);
        form.addRow(1, new Label(i18n.text("commendations.column.title")), title);
        form.addRow(2, new Label(i18n.text("commendations.batch.month")), new HBox(6, year, month));
        form.addRow(3, new Label(i18n.text("commendations.filter.branch")), new HBox(6, branch, nameFilter));
        form.addRow(4, new Label(i18n.text("commendations.batch.members")), memberList);
        form.addRow(5, new Label(), new HBox(8, tickShown, untickAll, tickedCount));
        form.addRow(6, new Label(i18n.text("commendations.column.awardedBy")),
                pair(awardedBy, i18n.text("commendations.column.documentNumber"), documentNumber));
        form.addRow(7, new Label(i18n.text("commendations.column.awardedOn")), Forms.dateField(awardedOn));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
        save.setText(i18n.text("commendations.save"));
        save.disableProperty().bind(title.valueProperty().isNull());
        Forms.savesInPlace(this, problem, this::save); // open until saved; a refusal is said inside it
        CjkFonts.apply(getDialogPane(), getOwner());
        setResultConverter(button -> null);
        showMembers(setup.members());
    }

    private void loadMembers() {
        Choice<OrgUnit> chosen = branch.getValue();
        if (chosen == null || chosen.value() == null) {
            showMembers(setup.members());
        } else {
            background.load("commendations.loading", p -> model.members(chosen.value()), found -> {
                if (chosen == branch.getValue()) {
                    showMembers(found);
                }
            });
        }
    }

    private void showMembers(List<MemberRow> found) {
        members.setAll(found.stream()
                .map(m -> new Tick(m, ticks.computeIfAbsent(m.memberId(), id -> {
                    BooleanProperty p = new SimpleBooleanProperty(false);
                    p.addListener((obs, old, value) -> updateCount());
                    return p;
                })))
                .toList());
        applyFilter(nameFilter.getText());
        updateCount();
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip();
        shown.setPredicate(needle.isEmpty() ? null : t -> t.member().name().contains(needle));
    }

    private void updateCount() {
        tickedCount.setText(i18n.format("commendations.batch.ticked", String.valueOf(tickedIds().size())));
    }

    private List<Integer> tickedIds() {
        return ticks.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /**
     * Checks the entry and saves it through the shell's executor; the dialog closes with the new id, or stays open
     * with the refusal shown.
     */
    private void save() {
        YearMonth ym = YearMonth.of(year.getValue(), month.getValue());
        LocalDate on = awardedOn.getValue();
        LocalDate day = on != null ? on : ym.atEndOfMonth();
        List<Integer> ids = tickedIds();
        String t = title.getValue();
        String by = blankToNull(awardedBy.getText());
        String number = blankToNull(documentNumber.getText());
        background.load("commendations.loading", p -> model.warnings(ids, day), warnings -> {
            if (confirmed(this, i18n, warnings)) {
                background.run("commendations.saving", p -> model.recordForMonth(t, ym, ids, by, on, number),
                        saved -> closeWith(this, problem, saved));
            }
        });
    }

    /** True when there is nothing to check or the clerk goes on despite it. */
    static boolean confirmed(Dialog<?> dialog, I18n i18n, List<String> warnings) {
        return warnings.isEmpty() || Dialogs.confirm(dialog.getDialogPane(), i18n.text("commendations.warning.title"),
                i18n.format("commendations.warning.text", String.join("\n", warnings)));
    }

    /** Closes an entry dialog with the saved commendation's id, or keeps it open with the refusal said inside it. */
    static void closeWith(Dialog<Integer> dialog, javafx.beans.property.StringProperty problem,
            CommendationsModel.Saved saved) {
        if (saved.refusal() != null) {
            Dialogs.logRefusal(dialog.getTitle(), saved.refusal());
            problem.set(saved.refusal());
        } else {
            problem.set("");
            Forms.closeSaved(dialog, saved.id());
        }
    }

    /** Two fields on one row of a form, the second after its label (the dialogs fit a low screen at 16 pt). */
    static HBox pair(Node first, String secondLabel, Node second) {
        Label label = new Label(secondLabel);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, first, label, second);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
