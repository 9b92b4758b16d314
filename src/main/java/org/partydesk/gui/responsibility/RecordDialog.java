package org.partydesk.gui.responsibility;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.partydesk.app.responsibility.NewRecord;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.Deadline;
import org.partydesk.model.ResponsibilityItem;

/**
 * The form of a progress record (纪实) of one item: date, what was done, who did it, and which of the
 * item's deadlines (时间节点) it completes, if any. Used for a new record and for a correction (更正),
 * which starts from the corrected record's values. 确定 hands the record as typed to {@code save}, which the view
 * model writes: the form closes once it is saved, and stays open as typed with the refusal inside it otherwise.
 */
final class RecordDialog extends Dialog<NewRecord> {
    /** One choice of the deadline box: a deadline, or none (不完成节点). */
    private record DeadlineChoice(Deadline deadline, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final DatePicker date = Forms.isoDates(new DatePicker());
    private final TextArea text = org.partydesk.gui.common.Forms.tabMovesFocus(new TextArea());
    private final TextField who = new TextField();
    private final ComboBox<DeadlineChoice> completes = new ComboBox<>();

    /** @param start the values the form starts with (a new record's date, or those of the record to correct) */
    RecordDialog(Node owner, I18n i18n, String title, ResponsibilityItem item, List<Deadline> deadlines, NewRecord start,
            org.partydesk.gui.shell.FormSave saving, java.util.function.BiConsumer<NewRecord, Runnable> save) {
        setTitle(title);
        setHeaderText(item.text());
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        date.setId("recordDate");
        date.setEditable(true);
        text.setId("recordText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(i18n.text("responsibility.record.textPrompt"));
        who.setId("recordBy");
        completes.setId("recordCompletes");
        completes.setMaxWidth(Double.MAX_VALUE);

        DeadlineChoice none = new DeadlineChoice(null, i18n.text("responsibility.record.completesNone"));
        completes.getItems().add(none);
        for (Deadline d : deadlines) {
            completes.getItems().add(new DeadlineChoice(d, i18n.format("responsibility.deadline.label", d.label(),
                    d.dueOn().toString())));
        }
        completes.getSelectionModel().select(none);
        date.setValue(start.recordedOn());
        text.setText(start.text());
        who.setText(start.recordedByName());
        completes.getItems().stream()
                .filter(c -> c.deadline() != null && c.deadline().id().equals(start.completesDeadlineId()))
                .findFirst().ifPresent(c -> completes.getSelectionModel().select(c));

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("responsibility.record.date")), Forms.dateField(date));
        form.addRow(1, new Label(i18n.text("responsibility.record.text")), text);
        form.addRow(2, new Label(i18n.text("responsibility.record.by")), who);
        form.addRow(3, new Label(i18n.text("responsibility.record.completes")), completes);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(date.valueProperty().isNull()
                .or(text.textProperty().isEmpty()).or(who.textProperty().isEmpty()));
        Forms.savesInPlace(this, saving.problem(), saving.saving(), () -> {
            NewRecord typed = typed();
            save.accept(typed, () -> Forms.closeSaved(this, typed));
        });
        CjkFonts.apply(getDialogPane());
        setResultConverter(button -> null);
    }

    private NewRecord typed() {
        return new NewRecord(date.getValue(), text.getText(), null, who.getText(),
                completes.getValue() == null || completes.getValue().deadline() == null ? null
                        : completes.getValue().deadline().id());
    }
}
