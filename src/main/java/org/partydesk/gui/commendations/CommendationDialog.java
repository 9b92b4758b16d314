package org.partydesk.gui.commendations;


import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.partydesk.app.commendations.Commendations;
import org.partydesk.app.org.MemberRow;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.RecipientKind;

import static org.partydesk.gui.commendations.BatchEntryDialog.confirmed;
import static org.partydesk.gui.commendations.BatchEntryDialog.pair;

/**
 * 新增表彰: one honour with its title, level, date, 授予单位, 文号 and recipients of any kind — members,
 * branches, or a named external collective, over the view model's {@link CommendationsModel.SingleForm}: saved
 * through {@link Commendations#record}; a refusal is said inside the dialog, which stays open as typed. The result is
 * the new commendation's id. What it offers is read before it opens ({@link CommendationsModel#singleSetup}); the
 * checks and the save go through the shell's executor.
 */
final class CommendationDialog extends Dialog<Integer> {
    private final CommendationsModel.SingleForm form;
    private final Background background;
    private final I18n i18n;
    private final ComboBox<CommendationTitle> title = new ComboBox<>();
    private final ComboBox<Choice<CommendationLevel>> level = new ComboBox<>();
    private final DatePicker awardedOn = Forms.isoDates(new DatePicker());
    private final TextField awardedBy = new TextField();
    private final TextField documentNumber = new TextField();
    private final ListView<Commendation.Recipient> recipients = new ListView<>();

    CommendationDialog(Node owner, CommendationsModel model, Background background, CommendationsModel.EntrySetup setup,
            I18n i18n) {
        this.form = model.singleForm(setup);
        this.background = background;
        this.i18n = i18n;
        setTitle(i18n.text("commendations.single.title"));
        setHeaderText(null);
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        title.setId("singleTitle");
        title.getItems().setAll(setup.titles());
        title.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommendationTitle t) {
                return t == null ? "" : t.name();
            }

            @Override
            public CommendationTitle fromString(String text) {
                return title.getItems().stream().filter(t -> t.name().equals(text)).findFirst().orElse(null);
            }
        });
        title.valueProperty().bindBidirectional(form.title);
        level.setId("singleLevel");
        for (CommendationLevel l : CommendationLevel.values()) {
            level.getItems().add(new Choice<>(l, i18n.label(l)));
        }
        Choice.bind(level, form.level); // the title's usual level comes in through the form
        awardedOn.setId("singleAwardedOn");
        awardedOn.setEditable(true);
        awardedOn.valueProperty().bindBidirectional(form.awardedOn);
        awardedBy.setId("singleAwardedBy");
        awardedBy.textProperty().bindBidirectional(form.awardedBy);
        documentNumber.setId("singleDocumentNumber");
        documentNumber.textProperty().bindBidirectional(form.documentNumber);

        recipients.setId("singleRecipients");
        recipients.setItems(form.recipients);
        recipients.setPrefHeight(140);
        recipients.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Commendation.Recipient r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : i18n.format("commendations.single.recipient",
                        i18n.label(r.kind()), r.displayName()));
            }
        });
        ComboBox<MemberRow> member = new ComboBox<>();
        member.setId("singleMember");
        member.getItems().setAll(setup.members());
        member.setConverter(new StringConverter<>() {
            @Override
            public String toString(MemberRow m) {
                return m == null ? "" : m.branchName() == null ? m.name()
                        : i18n.format("commendations.batch.memberInBranch", m.name(), m.branchName());
            }

            @Override
            public MemberRow fromString(String text) {
                return member.getItems().stream().filter(m -> toString(m).equals(text)).findFirst().orElse(null);
            }
        });
        Button addMember = new Button(i18n.text("commendations.single.addMember"));
        addMember.disableProperty().bind(member.valueProperty().isNull());
        addMember.setOnAction(e -> form.add(new Commendation.Recipient(RecipientKind.MEMBER, member.getValue().memberId(),
                null, null, null, member.getValue().name())));
        ComboBox<OrgUnit> branch = new ComboBox<>();
        branch.setId("singleBranch");
        branch.getItems().setAll(setup.branches());
        branch.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrgUnit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public OrgUnit fromString(String text) {
                return branch.getItems().stream().filter(u -> u.name().equals(text)).findFirst().orElse(null);
            }
        });
        Button addBranch = new Button(i18n.text("commendations.single.addBranch"));
        addBranch.disableProperty().bind(branch.valueProperty().isNull());
        addBranch.setOnAction(e -> form.add(new Commendation.Recipient(RecipientKind.BRANCH, null, branch.getValue().id(),
                null, null, branch.getValue().name())));
        TextField external = new TextField();
        external.setId("singleExternal");
        external.setPromptText(i18n.text("commendations.single.externalPrompt"));
        external.setPrefColumnCount(14); // the prompt whole at any font size
        Button addExternal = new Button(i18n.text("commendations.single.addExternal"));
        addExternal.disableProperty().bind(external.textProperty().isEmpty());
        addExternal.setOnAction(e -> {
            form.add(Commendation.Recipient.external(external.getText().strip()));
            external.clear();
        });
        Button remove = new Button(i18n.text("commendations.single.removeRecipient"));
        remove.disableProperty().bind(recipients.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.recipients.remove(recipients.getSelectionModel().getSelectedItem()));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("screen-form");
        grid.addRow(0, new Label(i18n.text("commendations.column.title")), title);
        grid.addRow(1, new Label(i18n.text("commendations.column.level")),
                pair(level, i18n.text("commendations.column.awardedOn"), Forms.dateField(awardedOn)));
        grid.addRow(2, new Label(i18n.text("commendations.column.awardedBy")),
                pair(awardedBy, i18n.text("commendations.column.documentNumber"), documentNumber));
        grid.addRow(3, new Label(i18n.text("commendations.column.recipients")), recipients);
        grid.addRow(4, new Label(), new HBox(6, member, addMember));
        grid.addRow(5, new Label(), new HBox(6, branch, addBranch));
        grid.addRow(6, new Label(), new HBox(6, external, addExternal));
        grid.addRow(7, new Label(), remove);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
        save.setText(i18n.text("commendations.save"));
        // open until saved; a refusal is said inside it, every field kept (decision 0054)
        Forms.savesInPlace(this, form.problem(), form.saving(), this::save);
        CjkFonts.apply(getDialogPane(), getOwner());
        setResultConverter(button -> null);
    }

    private void save() {
        form.save(background, warnings -> confirmed(this, i18n, warnings), id -> Forms.closeSaved(this, id));
    }
}
