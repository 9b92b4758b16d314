package org.partydesk.gui.org;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.AppraisalResult;
import org.partydesk.model.MeetingSummary;

/**
 * 民主评议 of a branch and a year (bound to an {@link AppraisalBatchModel}): the year, the 民主评议党员 meeting it was
 * given at, and the branch's members with a result each; 其余设为合格 fills the empty ones. Collects only: the
 * caller saves when OK was pressed.
 */
final class AppraisalBatchDialog {
    private AppraisalBatchDialog() {
    }

    /** Open until saved ({@code saved} then gets how many results were) or cancelled; a refusal is said inside it. */
    static void show(Shell shell, AppraisalBatchModel model, java.util.function.Consumer<Integer> saved) {
        I18n i18n = shell.i18n();
        Dialog<Boolean> dialog = Forms.dialog(shell.window(), i18n.text("appraisal.title"));
        ComboBox<Integer> year = MemberDialogs.choice("batchYear", model.years(), String::valueOf, null);
        year.setValue(model.year.get());
        year.valueProperty().addListener((obs, old, y) -> {
            if (y != null && !y.equals(model.year.get())) {
                shell.load("appraisal.loading", model.read(y), model::show);
            }
        });
        ComboBox<MeetingSummary> meeting = MemberDialogs.choice("batchMeeting", List.of(),
                m -> m.heldAt().toLocalDate() + " " + m.theme(), model.meeting);
        meeting.setItems(model.meetings);
        meeting.setPromptText(i18n.text("appraisal.noMeeting"));
        meeting.setPrefWidth(320);

        TableView<AppraisalBatchModel.Row> table = new TableView<>(model.rows);
        table.setId("batchTable");
        table.setPlaceholder(new Label(i18n.text("appraisal.noMembers")));
        TableColumn<AppraisalBatchModel.Row, String> name = MemberPageView.column(i18n.text("column.name"), 120, r -> r.member.name());
        TableColumn<AppraisalBatchModel.Row, String> status = MemberPageView.column(i18n.text("column.status"), 90,
                r -> i18n.label(r.member.status()));
        TableColumn<AppraisalBatchModel.Row, AppraisalResult> result = new TableColumn<>(i18n.text("member.appraisalResult"));
        result.setPrefWidth(150);
        result.setCellValueFactory(cell -> cell.getValue().result);
        result.setCellFactory(column -> new ResultCell(i18n));
        table.getColumns().setAll(List.of(name, status, result));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.setPrefSize(420, 360);

        Button rest = new Button(i18n.text("appraisal.restQualified"));
        rest.setId("batchRestQualified");
        rest.setOnAction(e -> model.restQualified());
        HBox top = new HBox(8, new Label(i18n.text("member.appraisalYear")), year,
                new Label(i18n.text("appraisal.meeting")), meeting);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, new Label(i18n.format("appraisal.question", model.branch().name())), top, table, rest);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> false);
        Forms.savesInPlace(dialog, model.problem(), model.busy(), () -> model.save(shell, n -> {
            Forms.closeSaved(dialog, true);
            saved.accept(n);
        }));
        dialog.showAndWait();
    }

    /** A result to choose, bound to the row's result while the cell shows it. */
    private static final class ResultCell extends TableCell<AppraisalBatchModel.Row, AppraisalResult> {
        private final ComboBox<AppraisalResult> box;
        private AppraisalBatchModel.Row bound;

        ResultCell(I18n i18n) {
            box = MemberDialogs.choice(null, List.of(AppraisalResult.values()), i18n::label, null);
            box.getStyleClass().add("batch-result");
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(AppraisalResult item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.result);
                bound = null;
            }
            if (empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()) {
                setGraphic(null);
            } else {
                bound = getTableView().getItems().get(getIndex());
                box.setValue(bound.result.get());
                box.valueProperty().bindBidirectional(bound.result);
                setGraphic(box);
            }
            setText(null);
        }
    }
}
