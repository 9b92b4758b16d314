package org.partydesk.gui.evidence;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;

/**
 * The form of 修改说明…: 标题, 图片说明, 摄影, 拍摄日期 and 备注 of one stored file, bound to its {@link DescriptionModel}. 确定
 * saves through the model; the form closes once saved and otherwise stays open as typed, the refusal inside it.
 */
final class DescriptionDialog {
    private DescriptionDialog() {
    }

    static void show(Window owner, I18n i18n, DescriptionModel model) {
        Dialog<Boolean> dialog = Forms.dialog(owner, i18n.text("evidence.describe.title"));
        dialog.setHeaderText(model.header());
        dialog.getDialogPane().setId("describeDialog");
        TextField title = new TextField();
        title.setId("describeTitle");
        title.setPrefColumnCount(30);
        title.textProperty().bindBidirectional(model.title);
        TextArea caption = Forms.tabMovesFocus(new TextArea());
        caption.setId("describeCaption");
        caption.setWrapText(true);
        caption.setPrefRowCount(4);
        caption.setPrefColumnCount(30);
        caption.setPromptText(i18n.text("evidence.describe.captionPrompt"));
        caption.textProperty().bindBidirectional(model.caption);
        TextField photographer = new TextField();
        photographer.setId("describePhotographer");
        photographer.textProperty().bindBidirectional(model.photographer);
        DatePicker taken = Forms.isoDates(new DatePicker());
        taken.setId("describeTakenOn");
        taken.setEditable(true);
        taken.valueProperty().bindBidirectional(model.takenOn);
        TextArea notes = Forms.tabMovesFocus(new TextArea());
        notes.setId("describeNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.setPrefColumnCount(30);
        notes.setPromptText(i18n.text("evidence.describe.notesPrompt"));
        notes.textProperty().bindBidirectional(model.notes);
        Label hint = new Label(i18n.text("evidence.describe.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("form-hint");

        GridPane form = Forms.grid();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("evidence.title")), title);
        form.addRow(1, new Label(i18n.text("evidence.caption")), caption);
        form.add(hint, 1, 2); // about the caption, so under it
        form.addRow(3, new Label(i18n.text("evidence.photographer")), photographer);
        form.addRow(4, new Label(i18n.text("evidence.takenOn")), Forms.dateField(taken));
        form.addRow(5, new Label(i18n.text("evidence.notes")), notes);
        dialog.getDialogPane().setContent(form);
        Forms.savesInPlace(dialog, model.problem(), () -> model.save(() -> Forms.closeSaved(dialog, true)));
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> caption.requestFocus());
        dialog.showAndWait();
    }
}
