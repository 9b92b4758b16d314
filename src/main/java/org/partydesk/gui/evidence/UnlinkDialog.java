package org.partydesk.gui.evidence;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;

/**
 * The form of 取消关联…, bound to its {@link UnlinkModel}: the links of the chosen files, of which the clerk selects the
 * ones to remove (Ctrl or Shift for several). 确定 removes them; the form stays open with a refusal inside it.
 */
final class UnlinkDialog {
    private UnlinkDialog() {
    }

    static void show(Window owner, I18n i18n, UnlinkModel model) {
        Dialog<Boolean> dialog = Forms.dialog(owner, i18n.text("evidence.unlink.title"));
        dialog.setHeaderText(model.header());
        dialog.getDialogPane().setId("unlinkDialog");
        ListView<UnlinkModel.Line> list = new ListView<>(model.lines);
        list.setId("unlinkLines");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefSize(560, Math.min(12, Math.max(3, model.lines.size())) * 26 + 4);
        model.chosen.forEach(l -> list.getSelectionModel().select(l));
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<UnlinkModel.Line>) change ->
                model.chosen.setAll(list.getSelectionModel().getSelectedItems()));
        Label hint = new Label(i18n.text("evidence.unlink.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(8, list, hint));
        Forms.savesInPlace(dialog, model.problem(), () -> model.save(() -> Forms.closeSaved(dialog, true)));
        dialog.setResultConverter(b -> null);
        dialog.showAndWait();
    }
}
