package org.partydesk.gui.responsibility;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.ListOwnerKind;

/**
 * The form of a new 责任清单 of the chosen year: 清单名称, 责任主体 (the kind of owner) and 备注. 确定 hands what was typed
 * to {@code save}: the form closes once the list is saved, and stays open as typed with the refusal inside it otherwise.
 */
final class ListDialog extends Dialog<Boolean> {
    /** What 确定 hands on: the name, the owner kind and the notes as typed. */
    interface Save {
        void save(String name, ListOwnerKind kind, String notes, Runnable saved);
    }

    private final TextField name = new TextField();
    private final ComboBox<Choice<ListOwnerKind>> kind = new ComboBox<>();
    private final TextArea notes = Forms.tabMovesFocus(new TextArea());

    ListDialog(Node owner, I18n i18n, int year, FormSave saving, Save save) {
        setTitle(i18n.text("responsibility.list.add"));
        setHeaderText(i18n.format("responsibility.list.addHeader", String.valueOf(year)));
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        getDialogPane().setId("listDialog");
        name.setId("listName");
        name.setPrefColumnCount(24);
        name.setPromptText(i18n.text("responsibility.list.namePrompt"));
        kind.setId("listOwnerKind");
        for (ListOwnerKind k : ListOwnerKind.values()) {
            kind.getItems().add(new Choice<>(k, i18n.label(k)));
        }
        kind.getSelectionModel().selectFirst();
        notes.setId("listNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("responsibility.list.name")), name);
        form.addRow(1, new Label(i18n.text("responsibility.column.owner")), kind);
        form.addRow(2, new Label(i18n.text("responsibility.item.notes")), notes);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        Forms.savesInPlace(this, saving.problem(), saving.saving(), () -> save.save(name.getText(), kind.getValue().value(),
                notes.getText(), () -> Forms.closeSaved(this, Boolean.TRUE)));
        setOnShown(e -> name.requestFocus());
        CjkFonts.apply(getDialogPane());
        setResultConverter(button -> null);
    }
}
