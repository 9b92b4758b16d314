package org.partydesk.gui.responsibility;

import java.util.function.BiConsumer;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.partydesk.app.responsibility.ItemChange;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.FormSave;
import org.partydesk.model.Cadence;

/**
 * The form of an item of a 责任清单, new or changed: 条目内容, 责任主体, 责任人, 时间节点 (the cadence, and for 一次性 the
 * 完成时限) and 备注. An item with children has no 时间节点 of its own: its cadence and date are shown but not editable.
 * 确定 hands the item as typed to {@code save}, which the view model writes: the form closes once it is saved, and
 * stays open as typed with the refusal inside it otherwise.
 */
final class ItemDialog extends Dialog<ItemChange> {
    private final TextArea text = Forms.tabMovesFocus(new TextArea());
    private final TextField owner = new TextField();
    private final TextField responsible = new TextField();
    private final ComboBox<Choice<Cadence>> cadence = new ComboBox<>();
    private final DatePicker onceOn = Forms.isoDates(new DatePicker());
    private final TextArea notes = Forms.tabMovesFocus(new TextArea());

    /**
     * @param start  the values the form starts with
     * @param timing whether the 时间节点 may be set (false for an item with children)
     */
    ItemDialog(Node ownerNode, I18n i18n, String title, String header, ItemChange start, boolean timing,
               FormSave saving, BiConsumer<ItemChange, Runnable> save) {
        setTitle(title);
        setHeaderText(header);
        if (ownerNode.getScene() != null) {
            initOwner(ownerNode.getScene().getWindow());
            getDialogPane().getStylesheets().addAll(ownerNode.getScene().getStylesheets());
        }
        getDialogPane().getStylesheets().add(Forms.screensStylesheet());
        getDialogPane().setId("itemDialog");
        text.setId("itemText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPrefColumnCount(30);
        text.setPromptText(i18n.text("responsibility.item.textPrompt"));
        owner.setId("itemOwner");
        owner.setPromptText(i18n.text("responsibility.item.ownerPrompt"));
        responsible.setId("itemResponsible");
        responsible.setPromptText(i18n.text("responsibility.item.responsiblePrompt"));
        cadence.setId("itemCadence");
        for (Cadence c : Cadence.values()) {
            cadence.getItems().add(new Choice<>(c, i18n.label(c)));
        }
        onceOn.setId("itemOnceOn");
        onceOn.setEditable(true);
        notes.setId("itemNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);

        text.setText(start.text());
        owner.setText(start.ownerText());
        responsible.setText(start.responsibleText());
        Cadence first = start.cadence() == null ? Cadence.YEARLY : start.cadence();
        cadence.getItems().stream().filter(c -> c.value() == first).findFirst().ifPresent(cadence::setValue);
        onceOn.setValue(start.onceOn());
        notes.setText(start.notes());
        cadence.setDisable(!timing);
        onceOn.disableProperty().bind(cadence.disableProperty().or(cadence.valueProperty().isNotEqualTo(
                cadence.getItems().stream().filter(c -> c.value() == Cadence.ONCE).findFirst().orElseThrow())));

        GridPane form = new GridPane();
        form.getStyleClass().add("screen-form");
        form.addRow(0, new Label(i18n.text("responsibility.item.text")), text);
        form.addRow(1, new Label(i18n.text("responsibility.column.owner")), owner);
        form.addRow(2, new Label(i18n.text("responsibility.column.responsible")), responsible);
        form.addRow(3, new Label(i18n.text("responsibility.column.deadline")), cadence);
        form.addRow(4, new Label(i18n.text("responsibility.item.onceOn")), Forms.dateField(onceOn));
        int row = 5;
        if (!timing) {
            Label why = new Label(i18n.text("responsibility.item.timingOnChildren"));
            why.setId("itemTimingNote");
            why.setWrapText(true);
            why.setMaxWidth(360);
            form.add(why, 1, row++);
        }
        form.addRow(row, new Label(i18n.text("responsibility.item.notes")), notes);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(text.textProperty().isEmpty());
        Forms.savesInPlace(this, saving.problem(), saving.saving(), () -> {
            ItemChange typed = typed();
            save.accept(typed, () -> Forms.closeSaved(this, typed));
        });
        setOnShown(e -> text.requestFocus());
        CjkFonts.apply(getDialogPane());
        setResultConverter(button -> null);
    }

    private ItemChange typed() {
        Cadence c = cadence.getValue() == null ? Cadence.YEARLY : cadence.getValue().value();
        return new ItemChange(text.getText(), owner.getText(), responsible.getText(), c,
                c == Cadence.ONCE ? onceOn.getValue() : null, notes.getText());
    }
}
