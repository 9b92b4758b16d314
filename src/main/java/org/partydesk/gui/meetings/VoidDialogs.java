package org.partydesk.gui.meetings;

import java.util.function.Consumer;
import java.util.function.IntFunction;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.VoidedMeeting;

/** The dialogs of 作废 (reason, keep the evidence links?) and 已作废 (the voided meetings, 恢复). */
final class VoidDialogs {

    private VoidDialogs() {
    }

    /**
     * Asks for the reason and whether the evidence links are kept (checked by default) into {@code form}; 确定 runs
     * {@code save}, which closes the dialog through the runnable it gets once the meeting is voided; a refusal is said
     * inside the dialog, the reason kept (decision 0054). 取消 writes nothing.
     */
    static void confirmDelete(Shell shell, String when, String theme, VoidedMeetingsModel.VoidForm form,
                              Consumer<Runnable> save) {
        I18n i18n = shell.i18n();
        Dialog<Boolean> dialog = dialog(shell, "meetings.deleteTitle");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField reason = new TextField();
        reason.setId("deleteReason");
        reason.setPromptText(i18n.text("meetings.deleteReason"));
        reason.textProperty().bindBidirectional(form.reason);
        CheckBox keep = new CheckBox(i18n.text("meetings.keepEvidence"));
        keep.setId("keepEvidence");
        keep.selectedProperty().bindBidirectional(form.keepEvidence);
        Label question = new Label(i18n.format("meetings.deleteQuestion", when, theme));
        question.setWrapText(true);
        question.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, question, new Label(i18n.text("meetings.deleteReason")), reason, keep));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty().isEmpty());
        dialog.setResultConverter(b -> false);
        Forms.savesInPlace(dialog, form.problem(), form.saving(), () -> save.accept(() -> Forms.closeSaved(dialog, true)));
        javafx.application.Platform.runLater(reason::requestFocus);
        dialog.showAndWait();
    }

    /** The voided meetings with 恢复; {@code restored} runs after each restore. */
    static void showVoided(Shell shell, VoidedMeetingsModel model, IntFunction<String> unitName, Runnable restored) {
        I18n i18n = shell.i18n();
        Dialog<Void> dialog = dialog(shell, "meetings.voidedTitle");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        TableView<VoidedMeeting> table = Tables.table("voidedTable", i18n.text("meetings.voided.none"),
                Tables.column(i18n.text("meetings.column.heldAt"), 120, (VoidedMeeting v) -> Fit.MINUTES.format(v.heldAt())),
                Tables.column(i18n.text("meetings.column.unit"), 130, (VoidedMeeting v) -> unitName.apply(v.orgUnitId())),
                Tables.column(i18n.text("meetings.column.theme"), 220, VoidedMeeting::theme),
                Tables.column(i18n.text("meetings.voided.reason"), 120, VoidedMeeting::reason),
                Tables.column(i18n.text("meetings.voided.voidedAt"), 120, (VoidedMeeting v) -> Fit.MINUTES.format(v.voidedAt())),
                Tables.column(i18n.text("meetings.voided.operator"), 70, VoidedMeeting::operator));
        table.setItems(model.voided);
        table.setPrefSize(820, 320);
        Button restore = new Button(i18n.text("meetings.restore"));
        restore.setId("restoreMeeting");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> shell.run("meetings.restoring", model.restore(table.getSelectionModel().getSelectedItem()),
                list -> {
                    model.show(list);
                    restored.run();
                }));
        dialog.getDialogPane().setContent(new VBox(8, table, restore));
        dialog.setResizable(true);
        shell.load("meetings.voidedTitle", model.load(), model::show); // a read: never refused while other work runs
        dialog.showAndWait();
    }

    private static <T> Dialog<T> dialog(Shell shell, String titleKey) {
        Dialog<T> dialog = new Dialog<>();
        if (shell.window() != null) {
            dialog.initOwner(shell.window());
        }
        dialog.setTitle(shell.i18n().text(titleKey));
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        dialog.getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        return dialog;
    }
}
