package org.partydesk.gui.responsibility;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.ResponsibilityLetter;
import org.partydesk.model.ResponsibilityList;

/**
 * 责任书 of a year: who signed with whom and when, for which list, and how many scans are attached.
 * A new letter is entered in a dialog and written by the view model (an audited write through
 * {@link org.partydesk.app.responsibility.Responsibilities#addLetter}); the scan of the signed letter is attached
 * as evidence by the owner of this pane. The table shows the view model's letters.
 */
final class LettersPane {
    /** One row: the letter, the name of its list (or empty) and the number of scans. */
    record LetterRow(ResponsibilityLetter letter, String listName, int scans) {
    }

    private final ResponsibilityModel model;
    private final I18n i18n;
    private final TableView<LetterRow> table;
    private final Button add = new Button();
    private final Button scan = new Button();
    private final VBox root;

    /** {@code attachScan} gets a letter's id and stores the files chosen for it. */
    LettersPane(ResponsibilityModel model, I18n i18n, IntConsumer attachScan) {
        this.model = model;
        this.i18n = i18n;
        table = Tables.table("lettersTable", i18n.text("responsibility.letters.empty"),
                Tables.column(i18n.text("responsibility.letter.title"), 220, r -> r.letter().title()),
                Tables.column(i18n.text("responsibility.letter.partyA"), 120, r -> r.letter().partyA()),
                Tables.column(i18n.text("responsibility.letter.partyB"), 120, r -> r.letter().partyB()),
                Tables.column(i18n.text("responsibility.letter.signedOn"), 100, r -> Tables.date(r.letter().signedOn())),
                Tables.column(i18n.text("responsibility.letter.list"), 180, LetterRow::listName),
                Tables.column(i18n.text("responsibility.letter.scans"), 70, r -> String.valueOf(r.scans())));
        table.getColumns().get(table.getColumns().size() - 1).setId("scans");
        add.setId("addLetterButton");
        add.setText(i18n.text("responsibility.letter.add"));
        add.setOnAction(e -> addLetter(null));
        scan.setId("addLetterScanButton");
        scan.setText(i18n.text("responsibility.letter.addScan"));
        scan.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        scan.setOnAction(e -> attachScan.accept(table.getSelectionModel().getSelectedItem().letter().id()));
        model.letters.addListener((ListChangeListener<LetterRow>) c -> show(model.letters));
        FlowPane buttons = Fit.row(add, scan);
        root = new VBox(8, table, buttons);
        root.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    Node root() {
        return root;
    }

    /** Shows the view model's letters, keeping the selected one. */
    private void show(List<LetterRow> rows) {
        Integer selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().letter().id();
        table.getItems().setAll(rows);
        table.getItems().stream().filter(r -> r.letter().id().equals(selected)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    /** 登记责任书: the form, open until the letter is saved or the clerk cancels; a refusal is said inside it. */
    private void addLetter(ResponsibilityLetter start) {
        new LetterDialog(start).showAndWait();
    }

    /** The form of a new 责任书 of the chosen year (empty, or as typed before a refusal); OK gives the letter. */
    private final class LetterDialog extends Dialog<ResponsibilityLetter> {
        private final TextField title = new TextField();
        private final TextField partyA = new TextField();
        private final TextField partyB = new TextField();
        private final DatePicker signedOn = Forms.isoDates(new DatePicker());
        private final ComboBox<Choice<Integer>> list = new ComboBox<>();
        private final TextArea notes = org.partydesk.gui.common.Forms.tabMovesFocus(new TextArea());
        private final int year;

        LetterDialog(ResponsibilityLetter start) {
            this.year = model.year.get();
            setTitle(i18n.text("responsibility.letter.add"));
            if (root.getScene() != null) {
                initOwner(root.getScene().getWindow());
                getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
            }
            getDialogPane().getStylesheets().add(Forms.screensStylesheet());
            title.setId("letterTitle");
            title.setPromptText(i18n.text("responsibility.letter.titlePrompt"));
            partyA.setId("letterPartyA");
            partyB.setId("letterPartyB");
            signedOn.setId("letterSignedOn");
            signedOn.setEditable(true);
            signedOn.setValue(LocalDate.now().getYear() == year ? LocalDate.now() : LocalDate.of(year, 1, 1));
            list.setId("letterList");
            list.setMaxWidth(Double.MAX_VALUE);
            list.getItems().add(new Choice<>(null, i18n.text("responsibility.letter.noList")));
            for (ResponsibilityList l : model.lists()) {
                list.getItems().add(new Choice<>(l.id(), l.name()));
            }
            list.getSelectionModel().selectFirst();
            if (start != null) {
                title.setText(start.title());
                partyA.setText(start.partyA());
                partyB.setText(start.partyB());
                signedOn.setValue(start.signedOn());
                list.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), start.listId())).findFirst()
                        .ifPresent(list::setValue);
                notes.setText(start.notes());
            }
            notes.setPrefRowCount(2);
            notes.setWrapText(true);

            GridPane form = new GridPane();
            form.getStyleClass().add("screen-form");
            form.addRow(0, new Label(i18n.text("responsibility.letter.title")), title);
            form.addRow(1, new Label(i18n.text("responsibility.letter.partyA")), partyA);
            form.addRow(2, new Label(i18n.text("responsibility.letter.partyB")), partyB);
            form.addRow(3, new Label(i18n.text("responsibility.letter.signedOn")), Forms.dateField(signedOn));
            form.addRow(4, new Label(i18n.text("responsibility.letter.list")), list);
            form.addRow(5, new Label(i18n.text("responsibility.letter.notes")), notes);
            getDialogPane().setContent(form);
            getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            Node ok = getDialogPane().lookupButton(ButtonType.OK);
            ok.disableProperty().bind(title.textProperty().isEmpty().or(partyA.textProperty().isEmpty())
                    .or(partyB.textProperty().isEmpty()).or(signedOn.valueProperty().isNull()));
            FormSave saving = new FormSave();
            Forms.savesInPlace(this, saving.problem(), saving.saving(), () -> {
                ResponsibilityLetter typed = new ResponsibilityLetter(null, year,
                        list.getValue() == null ? null : list.getValue().value(), title.getText(), partyA.getText(),
                        partyB.getText(), signedOn.getValue(), notes.getText());
                model.addLetter(typed, saving, () -> Forms.closeSaved(this, typed));
            });
            CjkFonts.apply(getDialogPane());
            setResultConverter(button -> null);
        }
    }
}
