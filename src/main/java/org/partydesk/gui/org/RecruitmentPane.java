package org.partydesk.gui.org;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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

import org.partydesk.app.org.RecruitReminder;
import org.partydesk.app.org.RecruitStep;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
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
        apply.setOnAction(e -> applyDialog());
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
        switch (step) {
            case DOSSIER -> dossierDialog(r);
            case ADMIT -> admitDialog(r);
            case NONE -> { }
            default -> dayDialog(r, step);
        }
    }

    /** A dialog that stays open until its form is saved; a refusal is said inside it, every field kept (decision 0054). */
    private void open(String titleKey, GridPane grid, SavingForm<RecruitmentModel.Data> form) {
        MemberDialogs.open(shell, titleKey, grid, form, close -> model.save(form, shell, close));
    }

    private void dayDialog(Recruit r, RecruitStep step) {
        DayForm<RecruitmentModel.Data> form = model.stepForm(r);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stepQuestion", r.name(), i18n.text(RecruitmentModel.stepKey(step)))), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.day")), Forms.dateField(MemberDialogs.date("recruitDay", form.day)));
        open(RecruitmentModel.stepKey(step), grid, form);
    }

    private void dossierDialog(Recruit r) {
        List<Member> full = model.introducers();
        RecruitmentModel.DossierForm form = model.dossierForm(r, full);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.dossierQuestion", r.name())), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.introducer1")), choice("recruitIntroducer1", full, Member::name, form.introducer1));
        grid.addRow(2, new Label(i18n.text("recruit.introducer2")), choice("recruitIntroducer2", full, Member::name, form.introducer2));
        grid.addRow(3, new Label(i18n.text("recruit.trainingDays")), number("recruitTrainingDays", form.trainingDays));
        grid.addRow(4, new Label(i18n.text("recruit.trainingHours")), number("recruitTrainingHours", form.trainingHours));
        grid.addRow(5, new Label(i18n.text("recruit.reviewOn")), Forms.dateField(MemberDialogs.date("recruitReview", form.reviewOn)));
        open("recruit.step.DOSSIER", grid, form);
    }

    private void admitDialog(Recruit r) {
        RecruitmentModel.AdmitForm form = model.admitForm(r);
        ComboBox<MeetingSummary> meeting = choice("recruitMeeting", model.assemblies(r),
                m -> Tables.date(m.heldAt().toLocalDate()) + " " + (m.theme() == null ? "" : m.theme()), form.meeting);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stepQuestion", r.name(), i18n.text("recruit.step.ADMIT"))), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.meeting")), meeting);
        grid.addRow(2, new Label(i18n.text("recruit.day")), Forms.dateField(MemberDialogs.date("recruitDay", form.day)));
        open("recruit.step.ADMIT", grid, form);
    }

    private void applyDialog() {
        RecruitmentModel.ApplyForm form = model.applyForm();
        TextField name = text("recruitName", form.name);
        TextField idNumber = text("recruitIdNumber", form.idNumber);
        idNumber.setPrefColumnCount(20);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.text("column.name")), name);
        grid.addRow(1, new Label(i18n.text("column.idNumber")), idNumber);
        grid.addRow(2, new Label(i18n.text("column.gender")), choice("recruitGender", List.of(Gender.values()), i18n::label, form.gender));
        grid.addRow(3, new Label(i18n.text("recruit.birthDate")), Forms.dateField(MemberDialogs.date("recruitBirth", form.birth)));
        grid.addRow(4, new Label(i18n.text("column.branch")), choice("recruitBranch", model.branches(), OrgUnit::name, form.branch));
        grid.addRow(5, new Label(i18n.text("recruit.appliedOn")), Forms.dateField(MemberDialogs.date("recruitApplied", form.appliedOn)));
        grid.addRow(6, new Label(i18n.text("recruit.notes")), text("recruitNotes", form.notes));
        open("recruit.apply", grid, form);
    }

    private void stopDialog() {
        Recruit r = model.selected.get();
        RecruitmentModel.StopForm form = model.stopForm(r);
        TextField reason = text("recruitStopReason", form.reason);
        reason.setPrefColumnCount(24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("recruit.stopQuestion", r.name())), 0, 0, 2, 1);
        grid.addRow(1, new Label(i18n.text("recruit.day")), Forms.dateField(MemberDialogs.date("recruitStopDay", form.day)));
        grid.addRow(2, new Label(i18n.text("recruit.stopReason")), reason);
        open("recruit.stop", grid, form);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value) {
        TextField f = text(id, value);
        f.setPrefColumnCount(6);
        return f;
    }

    private static <T> ComboBox<T> choice(String id, List<T> items, java.util.function.Function<T, String> label,
                                          javafx.beans.property.ObjectProperty<T> value) {
        return MemberDialogs.choice(id, items, label, value);
    }
}
