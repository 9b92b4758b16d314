package org.partydesk.gui.responsibility;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.FormSave;

/**
 * The forms of 重命名清单… and 移到… (decision 0058): each stays open until its write is done, the refusal said inside
 * it with what was typed or chosen kept (decision 0054); the view model does the write.
 */
final class RenameMoveDialogs {
    /** What 确定 of 重命名清单 hands on. */
    interface Rename {
        void save(String name, Runnable saved);
    }

    /** What 确定 of 移到… hands on: the new parent (null: the list's first level). */
    interface Move {
        void save(Integer parentId, Runnable saved);
    }

    private RenameMoveDialogs() {
    }

    static void rename(Node owner, I18n i18n, String current, FormSave saving, Rename save) {
        Dialog<Boolean> dialog = Forms.dialog(owner.getScene() == null ? null : owner.getScene().getWindow(),
                i18n.text("responsibility.list.rename"));
        dialog.setHeaderText(i18n.format("responsibility.list.renameHeader", current));
        dialog.getDialogPane().setId("renameListDialog");
        TextField name = new TextField(current);
        name.setId("renameListName");
        name.setPrefColumnCount(24);
        GridPane form = Forms.grid();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("responsibility.list.name")), name);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        Forms.savesInPlace(dialog, saving.problem(), saving.saving(),
                () -> save.save(name.getText(), () -> Forms.closeSaved(dialog, Boolean.TRUE)));
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> name.requestFocus());
        dialog.showAndWait();
    }

    static void move(Node owner, I18n i18n, String header, List<Choice<Integer>> parents, FormSave saving, Move save) {
        Dialog<Boolean> dialog = Forms.dialog(owner.getScene() == null ? null : owner.getScene().getWindow(),
                i18n.text("responsibility.item.moveTo"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("moveItemDialog");
        ComboBox<Choice<Integer>> parent = new ComboBox<>();
        parent.setId("moveItemParent");
        parent.getItems().setAll(parents);
        parent.setVisibleRowCount(16);
        parent.setPrefWidth(360); // a numbered, indented item whole
        ObjectProperty<Choice<Integer>> chosen = new SimpleObjectProperty<>();
        parent.valueProperty().bindBidirectional(chosen);
        GridPane form = Forms.grid();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("responsibility.item.moveParent")), parent);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(chosen.isNull());
        Forms.savesInPlace(dialog, saving.problem(), saving.saving(),
                () -> save.save(chosen.get().value(), () -> Forms.closeSaved(dialog, Boolean.TRUE)));
        dialog.setResultConverter(b -> null);
        dialog.showAndWait();
    }
}
