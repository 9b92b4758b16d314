package org.partydesk.gui.commendations;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.partydesk.app.commendations.Commendations;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.model.CommendationLevel;
import org.partydesk.model.CommendationTitle;
import org.partydesk.model.PeriodKind;

/**
 * 荣誉名称: the titles the clerk can choose, with their usual level, recipient kind and period, and a form
 * to add one ({@link Commendations#addTitle}) over the view model's {@link CommendationsModel.TitleForm}. The titles
 * are read before it opens; adding one and reading them again go through the shell's executor; a refused title (a
 * name already there …) is said under the form, which keeps what was typed.
 */
final class TitlesDialog extends Dialog<Void> {
    private final ListView<CommendationTitle> titles = new ListView<>();

    TitlesDialog(Node owner, CommendationsModel model, Background background, List<CommendationTitle> initial, I18n i18n) {
        setTitle(i18n.text("commendations.titles.title"));
        setHeaderText(null);
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        titles.setId("titleList");
        titles.setPrefHeight(240);
        titles.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CommendationTitle t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : i18n.format("commendations.titles.row", t.name(),
                        t.defaultLevel() == null ? "" : i18n.label(t.defaultLevel()),
                        i18n.text(t.collective() ? "commendations.titles.collective" : "commendations.titles.individual"),
                        t.periodKind() == null ? "" : i18n.label(t.periodKind())));
            }
        });
        titles.getItems().setAll(initial);

        CommendationsModel.TitleForm typed = model.titleForm();
        TextField name = new TextField();
        name.setId("newTitleName");
        name.textProperty().bindBidirectional(typed.name);
        ComboBox<Choice<CommendationLevel>> level = new ComboBox<>();
        level.setId("newTitleLevel");
        for (CommendationLevel l : CommendationLevel.values()) {
            level.getItems().add(new Choice<>(l, i18n.label(l)));
        }
        Choice.bind(level, typed.level);
        CheckBox collective = new CheckBox(i18n.text("commendations.titles.collective"));
        collective.setId("newTitleCollective");
        collective.selectedProperty().bindBidirectional(typed.collective);
        ComboBox<Choice<PeriodKind>> period = new ComboBox<>();
        period.setId("newTitlePeriod");
        for (PeriodKind p : PeriodKind.values()) {
            period.getItems().add(new Choice<>(p, i18n.label(p)));
        }
        Choice.bind(period, typed.period);
        Button add = new Button(i18n.text("commendations.titles.add"));
        add.setId("addTitleButton");
        add.disableProperty().bind(name.textProperty().isEmpty().or(typed.saving()));
        add.setOnAction(e -> typed.add(background, titles.getItems()::setAll)); // a refusal is said under the form
        Label problem = Forms.problemLine(typed.problem());
        problem.setMaxWidth(360);

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        form.add(titles, 0, 0, 2, 1);
        form.addRow(1, new Label(i18n.text("commendations.column.title")), name);
        form.addRow(2, new Label(i18n.text("commendations.column.level")), level);
        form.addRow(3, new Label(i18n.text("commendations.titles.period")), period);
        form.addRow(4, new Label(), collective);
        form.addRow(5, new Label(), add);
        form.add(problem, 1, 6);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        CjkFonts.apply(getDialogPane(), getOwner());
    }
}
