package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.app.org.RecruitForm;
import org.partydesk.app.org.RecruitReminder;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.Gender;
import org.partydesk.model.MeetingSummary;
import org.partydesk.model.Member;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.Recruit;

/**
 * The 发展党员 page of 组织与党员: what is due (reminders), every person on the way into the party with his
 * stage and next step, and the buttons 登记入党申请, 办理下一步 and 终止培养. A thin view of {@link RecruitmentModel}.
 */
final class RecruitmentPane {
    private final Shell shell;
    private final I18n i18n;
    private final RecruitmentModel model;
    private final VBox root = new VBox(8);

    RecruitmentPane(Shell shell, RecruitmentModel model, Runnable back) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = model;

        Button backButton = new Button(i18n.text("member.back"));
        backButton.setId("recruitBack");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(i18n.text("recruit.title"));
        title.getStyleClass().add("section-heading");
        Button apply = new Button(i18n.text("recruit.apply"));
        apply.setId("recruitApply");
        apply.setOnAction(e -> applyDialog().ifPresent(f -> shell.run("recruit.failed", model.apply(f), model::show)));
        Button next = new Button(i18n.text("recruit.next"));
        next.setId("recruitNext");
        next.setOnAction(e -> nextStep());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selected.get() == null
                || model.step(model.selected.get()) == RecruitStep.NONE, model.selected));
        Button stop = new Button(i18n.text("recruit.stop"));
        stop.setId("recruitStop");
        stop.setOnAction(e -> stopDialog());
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selected.get() == null
                || model.step(model.selected.get()) == RecruitStep.NONE || model.selected.get().memberId() != null, model.selected));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        FlowPane actions = Fit.row(backButton, title, gap, apply, next, stop);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("tool-row");

        ListView<RecruitReminder> reminders = new ListView<>(model.reminders);
        reminders.setId("recruitReminders");
        reminders.setPlaceholder(new Label(i18n.text("recruit.noReminders")));
        reminders.setPrefHeight(110);
        reminders.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RecruitReminder r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.text());
                getStyleClass().remove("warning");
                if (!empty && r != null && r.overdue()) {
                    getStyleClass().add("warning");
                }
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        @SuppressWarnings("unchecked")
        TableView<Recruit> table = Tables.table("recruitTable", i18n.text("recruit.empty"),
                Tables.column(i18n.text("column.name"), 90, Recruit::name),
                Tables.column(i18n.text("column.branch"), 170, Recruit::branchName),
                Tables.column(i18n.text("recruit.stage"), 100, r -> i18n.label(r.stage())),
                Tables.column(i18n.text("recruit.stageOn"), 100, r -> Tables.date(r.stageOn())),
                Tables.column(i18n.text("recruit.appliedOn"), 100, r -> Tables.date(r.appliedOn())),
                Tables.column(i18n.text("recruit.nextStep"), 220, model::stepText));
        table.setItems(model.recruits);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != model.selected.get()) {
                model.selected.set(r);
            }
        });
        model.selected.addListener((obs, old, r) -> {
            if (table.getSelectionModel().getSelectedItem() != r) {
                table.getSelectionModel().select(r);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label remindersHeading = new Label(i18n.text("recruit.reminders"));
        remindersHeading.getStyleClass().add("field-label");
        root.getChildren().setAll(actions, remindersHeading, reminders, table);
        root.getStyleClass().add("roster-pane");
        root.setId("recruitPage");
        shell.load("recruit.failed", model.load(), model::show);
    }

    Node root() {
        return root;
    }

    private void nextStep() {
        Recruit r = model.selected.get();
        if (r == null) {
            return;
        }
        RecruitStep step = model.step(r);
        Optional<RecruitmentModel.StepInput> input = switch (step) {
            case DOSSIER -> dossierDialog(r);
            case ADMIT -> admitDialog(r);
            case NONE -> Optional.empty();
            default -> dayDialog(r, step);
        };
        input.ifPresent(in -> shell.run("recruit.failed", model.takeStep(r, in), model::show));
    }

    private Optional<RecruitmentModel.StepInput> dayDialog(Recruit r, RecruitStep step) {
        Dialog<RecruitmentModel.StepInput> dialog = Forms.dialog(shell.window(), i18n.text(RecruitmentModel.stepKey(step)));
        DatePicker day = MemberDialogs.date("recruitDay", null);
        day.setValue(model.today());
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stepQuestion", r.name(), i18n.text(RecruitmentModel.stepKey(step)))), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.day")), day);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? RecruitmentModel.StepInput.day(day.getValue()) : null);
        return dialog.showAndWait();
    }

    private Optional<RecruitmentModel.StepInput> dossierDialog(Recruit r) {
        Dialog<RecruitmentModel.StepInput> dialog = Forms.dialog(shell.window(), i18n.text("recruit.step.DOSSIER"));
        List<Member> full = model.introducers();
        ComboBox<Member> first = choice("recruitIntroducer1", full, Member::name);
        ComboBox<Member> second = choice("recruitIntroducer2", full, Member::name);
        full.stream().filter(m -> m.id().equals(r.introducer1Id())).findFirst().ifPresent(first::setValue);
        full.stream().filter(m -> m.id().equals(r.introducer2Id())).findFirst().ifPresent(second::setValue);
        TextField days = number("recruitTrainingDays", r.trainingDays());
        TextField hours = number("recruitTrainingHours", r.trainingHours());
        DatePicker review = MemberDialogs.date("recruitReview", null);
        review.setValue(r.reviewOn() != null ? r.reviewOn() : model.today());
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.dossierQuestion", r.name())), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.introducer1")), first);
        grid.addRow(2, new Label(i18n.text("recruit.introducer2")), second);
        grid.addRow(3, new Label(i18n.text("recruit.trainingDays")), days);
        grid.addRow(4, new Label(i18n.text("recruit.trainingHours")), hours);
        grid.addRow(5, new Label(i18n.text("recruit.reviewOn")), review);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new RecruitmentModel.StepInput(null, null, first.getValue(),
                second.getValue(), days.getText(), hours.getText(), review.getValue()) : null);
        return dialog.showAndWait();
    }

    private Optional<RecruitmentModel.StepInput> admitDialog(Recruit r) {
        Dialog<RecruitmentModel.StepInput> dialog = Forms.dialog(shell.window(), i18n.text("recruit.step.ADMIT"));
        ComboBox<MeetingSummary> meeting = choice("recruitMeeting", model.assemblies(r),
                m -> Tables.date(m.heldAt().toLocalDate()) + " " + (m.theme() == null ? "" : m.theme()));
        DatePicker day = MemberDialogs.date("recruitDay", null);
        day.setValue(model.today());
        meeting.valueProperty().addListener((obs, old, m) -> {
            if (m != null) {
                day.setValue(m.heldAt().toLocalDate());
            }
        });
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stepQuestion", r.name(), i18n.text("recruit.step.ADMIT"))), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.meeting")), meeting);
        grid.addRow(2, new Label(i18n.text("recruit.day")), day);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new RecruitmentModel.StepInput(day.getValue(),
                meeting.getValue() == null ? null : meeting.getValue().id(), null, null, null, null, null) : null);
        return dialog.showAndWait();
    }

    private Optional<RecruitForm> applyDialog() {
        Dialog<RecruitForm> dialog = Forms.dialog(shell.window(), i18n.text("recruit.apply"));
        TextField name = new TextField();
        name.setId("recruitName");
        TextField idNumber = new TextField();
        idNumber.setId("recruitIdNumber");
        idNumber.setPrefColumnCount(20);
        ComboBox<Gender> gender = choice("recruitGender", List.of(Gender.values()), i18n::label);
        DatePicker birth = MemberDialogs.date("recruitBirth", null);
        ComboBox<OrgUnit> branch = choice("recruitBranch", model.branches(), OrgUnit::name);
        DatePicker applied = MemberDialogs.date("recruitApplied", null);
        applied.setValue(model.today());
        TextField notes = new TextField();
        notes.setId("recruitNotes");
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.text("column.name")), name);
        grid.addRow(1, new Label(i18n.text("column.idNumber")), idNumber);
        grid.addRow(2, new Label(i18n.text("column.gender")), gender);
        grid.addRow(3, new Label(i18n.text("recruit.birthDate")), birth);
        grid.addRow(4, new Label(i18n.text("column.branch")), branch);
        grid.addRow(5, new Label(i18n.text("recruit.appliedOn")), applied);
        grid.addRow(6, new Label(i18n.text("recruit.notes")), notes);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new RecruitForm(name.getText(), gender.getValue(), birth.getValue(),
                idNumber.getText(), branch.getValue() == null ? null : branch.getValue().id(), applied.getValue(), notes.getText())
                : null);
        return dialog.showAndWait();
    }

    private void stopDialog() {
        Recruit r = model.selected.get();
        Dialog<Object[]> dialog = Forms.dialog(shell.window(), i18n.text("recruit.stop"));
        DatePicker day = MemberDialogs.date("recruitStopDay", null);
        day.setValue(model.today());
        TextField reason = new TextField();
        reason.setId("recruitStopReason");
        reason.setPrefColumnCount(24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stopQuestion", r.name())), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.day")), day);
        grid.addRow(2, new Label(i18n.text("recruit.stopReason")), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Object[] {day.getValue(), reason.getText()} : null);
        dialog.showAndWait().ifPresent(v -> shell.run("recruit.failed", model.stop(r, (LocalDate) v[0], (String) v[1]), model::show));
    }

    private static TextField number(String id, Integer value) {
        TextField f = new TextField(value == null ? "" : value.toString());
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private static <T> ComboBox<T> choice(String id, List<T> items, java.util.function.Function<T, String> label) {
        return MemberDialogs.choice(id, items, label, null);
    }
}
