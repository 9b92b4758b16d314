package org.partydesk.gui.commendations;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
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
 * {@link Commendations#recordForMonth}, over the view model's {@link CommendationsModel.BatchForm}. A refusal
 * (e.g. a member who already holds the title for that month) is said inside the dialog, which stays open with every
 * field and tick kept so the ticks can be changed. The result is the new
 * commendation's id. What it offers is read before it opens ({@link CommendationsModel#batchSetup}); the members
 * of a chosen branch, the checks and the save go through the shell's executor.
 */
final class BatchEntryDialog extends Dialog<Integer> {
    /** A member of the checklist; the tick survives filtering. */
    private record Tick(MemberRow member, BooleanProperty ticked) {
    }

    private final CommendationsModel model;
    private final CommendationsModel.BatchForm form;
    private final Background background;
    private final CommendationsModel.EntrySetup setup;
    private final I18n i18n;
    private final ComboBox<String> title = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> month = new ComboBox<>();
    private final ComboBox<Choice<OrgUnit>> branch = new ComboBox<>();
    private final TextField nameFilter = new TextField();
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
        this.form = model.batchForm(setup, initialYear);
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
        title.valueProperty().bindBidirectional(form.title); // the first title at first
        LocalDate today = setup.today();
        year.setId("batchYear");
        for (int y = today.getYear() - 3; y <= today.getYear() + 1; y++) {
            year.getItems().add(y);
        }
        year.valueProperty().bindBidirectional(form.year);
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
        month.valueProperty().bindBidirectional(form.month);

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
        untickAll.setOnAction(e -> form.untickAll());
        tickedCount.setId("batchTickedCount");
        tickedCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> i18n.format(
                "commendations.batch.ticked", String.valueOf(form.tickedCount().get())), form.tickedCount()));
        awardedBy.setId("batchAwardedBy");
        awardedBy.textProperty().bindBidirectional(form.awardedBy);
        documentNumber.setId("batchDocumentNumber");
        documentNumber.textProperty().bindBidirectional(form.documentNumber);
        awardedOn.setId("batchAwardedOn");
        awardedOn.setEditable(true);
        awardedOn.valueProperty().bindBidirectional(form.awardedOn);
        awardedOn.setPromptText(i18n.text("commendations.batch.awardedOnPrompt"));
        awardedOn.getEditor().setPrefColumnCount(12); // the prompt whole at any font size

        GridPane grid = new GridPane();
        grid.getStyleClass().add("screen-form");
        Label header = new Label(i18n.text("commendations.batch.header"));
        header.getStyleClass().add("hint");
        grid.add(header, 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("commendations.column.title")), title);
        grid.addRow(2, new Label(i18n.text("commendations.batch.month")), new HBox(6, year, month));
        grid.addRow(3, new Label(i18n.text("commendations.filter.branch")), new HBox(6, branch, nameFilter));
        grid.addRow(4, new Label(i18n.text("commendations.batch.members")), memberList);
        grid.addRow(5, new Label(), new HBox(8, tickShown, untickAll, tickedCount));
        grid.addRow(6, new Label(i18n.text("commendations.column.awardedBy")),
                pair(awardedBy, i18n.text("commendations.column.documentNumber"), documentNumber));
        grid.addRow(7, new Label(i18n.text("commendations.column.awardedOn")), Forms.dateField(awardedOn));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
        save.setText(i18n.text("commendations.save"));
        save.disableProperty().bind(title.valueProperty().isNull());
        // open until saved; a refusal is said inside it, every field and tick kept (decision 0054)
        Forms.savesInPlace(this, form.problem(), form.saving(), this::save);
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
        members.setAll(found.stream().map(m -> new Tick(m, form.tick(m.memberId()))).toList());
        applyFilter(nameFilter.getText());
    }

    private void applyFilter(String text) {
        String needle = text == null ? "" : text.strip();
        shown.setPredicate(needle.isEmpty() ? null : t -> t.member().name().contains(needle));
    }

    /**
     * Reads what to check, asks the clerk when there is something, and saves through the shell's executor; the
     * dialog closes with the new id, or stays open with the refusal said inside it.
     */
    private void save() {
        form.save(background, warnings -> confirmed(this, i18n, warnings), id -> Forms.closeSaved(this, id));
    }

    /** True when there is nothing to check or the clerk goes on despite it. */
    static boolean confirmed(Dialog<?> dialog, I18n i18n, List<String> warnings) {
        return warnings.isEmpty() || Dialogs.confirm(dialog.getDialogPane(), i18n.text("commendations.warning.title"),
                i18n.format("commendations.warning.text", String.join("\n", warnings)));
    }

    /** Two fields on one row of a form, the second after its label (the dialogs fit a low screen at 16 pt). */
    static HBox pair(Node first, String secondLabel, Node second) {
        Label label = new Label(secondLabel);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, first, label, second);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

}
