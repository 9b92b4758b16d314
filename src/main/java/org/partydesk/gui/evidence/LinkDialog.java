package org.partydesk.gui.evidence;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.partydesk.app.evidence.LinkTarget;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Tables;

/**
 * The picker of 关联到…, bound to its {@link LinkModel}: the kind of record and its filters in a row (those a kind has
 * not are disabled), the records found with their 日期, 党组织 or who they concern, 类别 and 内容, and the count. 确定 (or a
 * double click on a record) links the chosen files to it; the form stays open with a refusal inside it.
 */
final class LinkDialog {
    private LinkDialog() {
    }

    static void show(Window owner, I18n i18n, LinkModel model) {
        Dialog<Boolean> dialog = Forms.dialog(owner, i18n.text("evidence.link.title"));
        dialog.setHeaderText(model.header());
        dialog.getDialogPane().setId("linkDialog");
        dialog.setResizable(true);
        var kind = new ComboBox<>(model.kinds);
        kind.setId("linkKind");
        kind.valueProperty().bindBidirectional(model.kind);
        var year = new ComboBox<>(model.years);
        year.setId("linkYear");
        year.valueProperty().bindBidirectional(model.year);
        year.disableProperty().bind(model.byYear.not());
        var unit = new ComboBox<>(model.units);
        unit.setId("linkUnit");
        unit.setVisibleRowCount(16);
        unit.valueProperty().bindBidirectional(model.unit);
        var type = new ComboBox<>(model.meetingTypes);
        type.setId("linkMeetingType");
        type.valueProperty().bindBidirectional(model.meetingType);
        type.disableProperty().bind(model.byMeetingType.not());
        TextField words = new TextField();
        words.setId("linkWords");
        words.setPrefColumnCount(12);
        words.setPromptText(i18n.text("evidence.link.wordsPrompt"));
        words.textProperty().bindBidirectional(model.words);
        HBox search = new HBox(6, new Label(i18n.text("evidence.link.words")), words);
        search.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = Fit.row(new Label(i18n.text("evidence.link.kind")), kind, year, unit, type, search);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableColumn<LinkTarget, String> unitColumn = Tables.column("", 170, LinkTarget::unit);
        unitColumn.textProperty().bind(model.unitHeading);
        TableView<LinkTarget> table = Tables.table("linkTargets", i18n.text("evidence.link.empty"),
                Fit.sample(Tables.column(i18n.text("evidence.link.day"), 95, LinkModel::day), Fit.DATE),
                unitColumn,
                Tables.column(i18n.text("evidence.link.kindColumn"), 130, model::kindText),
                Tables.column(i18n.text("evidence.link.text"), 320, LinkTarget::text));
        table.setItems(model.rows);
        table.setPrefSize(760, 360);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.chosen.set(row));
        model.chosen.addListener((obs, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        Label status = new Label();
        status.setId("linkStatus");
        status.textProperty().bind(model.status());
        VBox content = new VBox(8, filters, table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        Runnable save = () -> model.save(() -> Forms.closeSaved(dialog, true));
        Forms.savesInPlace(dialog, model.problem(), save);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && model.chosen.get() != null) {
                save.run();
            }
        });
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> words.requestFocus());
        model.open();
        dialog.showAndWait();
    }
}
