package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.partydesk.app.org.MemberPage;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.SavingForm;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.CommitteeRole;
import org.partydesk.model.Department;
import org.partydesk.model.Gender;
import org.partydesk.model.Member;
import org.partydesk.model.MemberCategory;
import org.partydesk.model.MemberStatus;
import org.partydesk.model.OrgUnit;
import org.partydesk.model.StandingKind;

/**
 * The dialogs of the roster: the member form (bound to a {@link MemberFormModel}, also for 转入), 调动, 转正,
 * 转出 and its 回执, 党籍 (失联, 流动党员, 停止党籍, 出党, 去世, their end, 恢复党籍), and appointing or ending a committee
 * role, 换届选举. Their controls are bound to a view model's form ({@link SavingForm}), which writes: each stays open
 * until its write is done, a refusal said inside it with every field as typed ({@link #open}, decision 0054).
 */
final class MemberDialogs {
    private MemberDialogs() {
    }

    /**
     * The member form, open until it is saved ({@code saved} then gets the member's id) or cancelled; a refused save
     * says why inside the form, which keeps what was typed.
     */
    static void form(Shell shell, MemberFormModel model, java.util.function.Consumer<Integer> saved) {
        I18n i18n = shell.i18n();
        Dialog<Boolean> dialog = Forms.dialog(shell.window(), shell.i18n().text(model.isTransferIn() ? "member.transferIn"
                : model.isNew() ? "member.new" : "member.editTitle"));
        GridPane grid = Forms.grid();
        int row = 0;
        TextField name = text("memberFormName", model.name);
        grid.addRow(row++, label(i18n, "column.name"), name, label(i18n, "column.gender"),
                choice("memberFormGender", List.of(Gender.values()), i18n::label, model.gender));
        grid.addRow(row++, label(i18n, "member.ethnicity"), text("memberFormEthnicity", model.ethnicity),
                label(i18n, "member.birthDate"), Forms.dateField(date("memberFormBirth", model.birthDate)));
        grid.addRow(row++, label(i18n, "column.idNumber"), text("memberFormIdNumber", model.idNumber),
                label(i18n, "member.education"), text("memberFormEducation", model.education));
        grid.addRow(row++, label(i18n, "column.status"),
                choice("memberFormStatus", List.of(MemberStatus.values()), i18n::label, model.status),
                label(i18n, "column.category"),
                choice("memberFormCategory", List.of(MemberCategory.values()), i18n::label, model.category));
        grid.addRow(row++, label(i18n, "column.joinedOn"), Forms.dateField(date("memberFormJoined", model.joinedOn)),
                label(i18n, "member.fullMemberOn"), Forms.dateField(date("memberFormFull", model.fullMemberOn)));
        grid.addRow(row++, label(i18n, "column.department"),
                choice("memberFormDepartment", model.departments(), Department::name, model.department),
                label(i18n, "column.jobTitle"), text("memberFormJobTitle", model.jobTitle));
        grid.addRow(row++, label(i18n, "column.phone"), text("memberFormPhone", model.phone));
        if (model.isNew()) {
            grid.addRow(row++, label(i18n, "member.branchChoice"),
                    choice("memberFormBranch", model.branches(), OrgUnit::name, model.branch),
                    label(i18n, model.isTransferIn() ? "member.transferInOn" : "member.memberFrom"),
                    Forms.dateField(date("memberFormFrom", model.memberFrom)));
        }
        if (model.isTransferIn()) {
            TextField from = text("memberFormFromOrg", model.fromOrg);
            from.setPrefColumnCount(24);
            grid.add(label(i18n, "member.fromOrg"), 0, row);
            grid.add(from, 1, row++, 3, 1);
            grid.addRow(row, label(i18n, "member.letterNo"), text("memberFormLetter", model.letterNo),
                    label(i18n, "member.duesPaidTo"), text("memberFormDues", model.duesPaidTo));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> false);
        Forms.savesInPlace(dialog, model.problem(), model.busy(), () -> model.save(shell, id -> {
            Forms.closeSaved(dialog, true);
            saved.accept(id);
        }));
        javafx.application.Platform.runLater(name::requestFocus);
        dialog.showAndWait();
    }

    /** 调动: another branch and the day (today by default). */
    static void move(Shell shell, MemberPageModel model, MemberPageModel.MoveForm form) {
        I18n i18n = shell.i18n();
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.moveQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.moveTo"), choice("moveBranch", model.otherBranches(), OrgUnit::name, form.branch));
        grid.addRow(2, label(i18n, "member.moveOn"), Forms.dateField(date("moveDay", form.day)));
        open(shell, "member.move", grid, form, close -> model.save(form, shell, close));
    }

    /** 转正: the day (today by default). */
    static void makeFull(Shell shell, MemberPageModel model, DayForm<MemberPage> form) {
        askDay(shell, "member.makeFull", shell.i18n().format("member.makeFullQuestion",
                model.page.get().member().name()), "member.fullMemberOn", "fullDay", form,
                close -> model.save(form, shell, close));
    }

    /** 组织关系转出: the day (today by default), to which organisation, 介绍信编号, 党费缴至 (yyyy-mm) and notes. */
    static void transferOut(Shell shell, MemberPageModel model, MemberPageModel.TransferOutForm form) {
        I18n i18n = shell.i18n();
        TextField dues = text("transferOutDues", form.duesPaidTo, 10);
        dues.setPromptText(i18n.text("member.duesPrompt"));
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.transferOutQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.transferOutOn"), Forms.dateField(date("transferOutDay", form.day)));
        grid.addRow(2, label(i18n, "member.toOrg"), text("transferOutTo", form.toOrg, 24));
        grid.addRow(3, label(i18n, "member.letterNo"), text("transferOutLetter", form.letterNo, 14));
        grid.addRow(4, label(i18n, "member.duesPaidTo"), dues);
        grid.addRow(5, label(i18n, "member.notes"), text("transferOutNotes", form.notes, 24));
        open(shell, "member.transferOut", grid, form, close -> model.save(form, shell, close));
    }

    /** 回执: the day the receipt of a transfer out came back (today by default). */
    static void receipt(Shell shell, MemberPageModel model, org.partydesk.model.Transfer transfer, DayForm<MemberPage> form) {
        askDay(shell, "member.receipt", shell.i18n().format("member.receiptQuestion", transfer.memberName(),
                String.valueOf(transfer.onDate()), transfer.otherOrg()), "member.receiptOn", "receiptDay", form,
                close -> model.save(form, shell, close));
    }

    /** The changes of standing the 党籍 dialog offers (恢复党籍 has its own). */
    static final List<StandingKind> STANDING_CHANGES = List.of(StandingKind.LOST_CONTACT, StandingKind.MOBILE,
            StandingKind.STOPPED, StandingKind.EXPELLED, StandingKind.DECEASED);

    /** 党籍: 失联 or 流动党员 (with where he is), 停止党籍, 出党 or 去世, the day and the reason. */
    static void standing(Shell shell, MemberPageModel model, MemberPageModel.StandingForm form) {
        I18n i18n = shell.i18n();
        ComboBox<StandingKind> kind = choice("standingKind", STANDING_CHANGES, i18n::label, form.kind);
        TextField place = text("standingPlace", form.place, 24);
        place.disableProperty().bind(kind.valueProperty().isNotEqualTo(StandingKind.MOBILE));
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.standingQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.standingKind"), kind);
        grid.addRow(2, label(i18n, "member.standingOn"), Forms.dateField(date("standingDay", form.day)));
        grid.addRow(3, label(i18n, "member.standingPlace"), place);
        grid.addRow(4, label(i18n, "member.standingReason"), text("standingReason", form.reason, 24));
        open(shell, "member.standing", grid, form, close -> model.save(form, shell, close));
    }

    /** 失联 or 流动 is over: the day (today by default). */
    static void endAway(Shell shell, MemberPageModel model, org.partydesk.model.Standing away, DayForm<MemberPage> form) {
        I18n i18n = shell.i18n();
        askDay(shell, "member.endAway", i18n.format("member.endAwayQuestion", model.page.get().member().name(),
                i18n.label(away.kind()), String.valueOf(away.startOn())), "member.endAwayOn", "endAwayDay", form,
                close -> model.save(form, shell, close));
    }

    /** 恢复党籍: the branch, the day (today by default) and the basis (e.g. the committee's decision). */
    static void restore(Shell shell, MemberPageModel model, MemberPageModel.RestoreForm form) {
        I18n i18n = shell.i18n();
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.restoreQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.branchChoice"), choice("restoreBranch", model.branches(), OrgUnit::name, form.branch));
        grid.addRow(2, label(i18n, "member.restoreOn"), Forms.dateField(date("restoreDay", form.day)));
        grid.addRow(3, label(i18n, "member.restoreReason"), text("restoreReason", form.reason, 24));
        open(shell, "member.restore", grid, form, close -> model.save(form, shell, close));
    }

    /** 民主评议: the year (this year or one of the four before) and the result. */
    static void appraisal(Shell shell, MemberPageModel model, MemberPageModel.AppraisalForm form) {
        I18n i18n = shell.i18n();
        int thisYear = model.today().getYear();
        List<Integer> years = java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(i -> thisYear - i).toList();
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.appraiseQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.appraisalYear"), choice("appraisalYear", years, String::valueOf, form.year));
        grid.addRow(2, label(i18n, "member.appraisalResult"), choice("appraisalResult",
                List.of(org.partydesk.model.AppraisalResult.values()), i18n::label, form.result));
        open(shell, "member.appraise", grid, form, close -> model.save(form, shell, close));
    }

    /** 处分: kind, the day decided, 文号, 察看期 (12 or 24 months, 留党察看 only) and the reason. */
    static void discipline(Shell shell, MemberPageModel model, MemberPageModel.DisciplineForm form) {
        I18n i18n = shell.i18n();
        ComboBox<org.partydesk.model.DisciplineKind> kind = choice("disciplineKind",
                List.of(org.partydesk.model.DisciplineKind.values()), i18n::label, form.kind);
        ComboBox<Integer> months = choice("disciplineMonths", List.of(12, 24), m -> i18n.format("member.months", m), form.months);
        months.disableProperty().bind(kind.valueProperty().isNotEqualTo(org.partydesk.model.DisciplineKind.PROBATION_WITHIN_PARTY));
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.disciplineQuestion", model.page.get().member().name())), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.disciplineKind"), kind);
        grid.addRow(2, label(i18n, "member.disciplineDay"), Forms.dateField(date("disciplineDay", form.day)));
        grid.addRow(3, label(i18n, "member.disciplineDocument"), text("disciplineDocument", form.documentNo, 14));
        grid.addRow(4, label(i18n, "member.disciplineMonths"), months);
        grid.addRow(5, label(i18n, "member.disciplineReason"), text("disciplineReason", form.reason, 24));
        open(shell, "member.discipline", grid, form, close -> model.save(form, shell, close));
    }

    /** A question and one day: the dialog of 转正, 回执, 失联/流动结束, 结束任职 and 换届选举. */
    private static void askDay(Shell shell, String titleKey, String question, String dayKey, String dayId,
                               DayForm<?> form, Consumer<Runnable> save) {
        GridPane grid = Forms.grid();
        grid.add(new Label(question), 0, 0, 2, 1);
        grid.addRow(1, label(shell.i18n(), dayKey), Forms.dateField(date(dayId, form.day)));
        open(shell, titleKey, grid, form, save);
    }

    /**
     * Shows a one-shot form until it is saved or cancelled: 确定 runs {@code save}, which closes the dialog through the
     * runnable it gets once the write is done and what it changed is read again; a refusal is said inside the form,
     * which keeps every field.
     */
    static void open(Shell shell, String titleKey, GridPane grid, SavingForm<?> form, Consumer<Runnable> save) {
        Dialog<Boolean> dialog = Forms.dialog(shell.window(), shell.i18n().text(titleKey));
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> false);
        Forms.savesInPlace(dialog, form.problem(), form.saving(), () -> save.accept(() -> Forms.closeSaved(dialog, true)));
        dialog.showAndWait();
    }

    /** 任命: the first day (today by default), a member of the branch on that day and a role. */
    static void appoint(Shell shell, CommitteeModel model, CommitteeModel.AppointForm form) {
        I18n i18n = shell.i18n();
        ComboBox<Member> member = choice("roleMember", model.candidates(form.day.get()), Member::name, form.member);
        form.day.addListener((obs, old, d) -> member.getItems().setAll(model.candidates(d)));
        GridPane grid = Forms.grid();
        grid.add(new Label(model.branch.get().name()), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "org.committee.from"), Forms.dateField(date("roleFrom", form.day)));
        grid.addRow(2, label(i18n, "org.committee.member"), member);
        grid.addRow(3, label(i18n, "org.committee.role"), choice("roleKind", List.of(CommitteeRole.values()), i18n::label,
                form.role));
        open(shell, "org.committee.appoint", grid, form, close -> model.save(form, model::show, shell, close));
    }

    /** 结束任职: the last day (today by default). */
    static void endRole(Shell shell, CommitteeModel model, CommitteeAssignment role) {
        DayForm<List<CommitteeAssignment>> form = model.endForm(role);
        askDay(shell, "org.committee.end", shell.i18n().format("org.committee.endQuestion", role.memberName(),
                shell.i18n().label(role.role())), "org.committee.to", "roleTo", form,
                close -> model.save(form, model::show, shell, close));
    }

    /** 登记换届选举: the day the branch's committee was elected (today by default). */
    static void election(Shell shell, CommitteeModel model) {
        DayForm<String> form = model.electionForm();
        askDay(shell, "org.committee.election", shell.i18n().format("org.committee.electionQuestion",
                model.branch.get().name()), "org.committee.electedOn", "electedOn", form,
                close -> model.save(form, model.term::set, shell, close));
    }

    private static Label label(I18n i18n, String key) {
        Label label = new Label(i18n.text(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, never 身份证…
        return label;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        return text(id, value, 14);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A date picker showing dates as 2025-06-01, bound to {@code value} (when given); a date typed in full is
     * taken at once, so OK needs no Enter first.
     */
    static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = Forms.isoDates(new DatePicker());
        picker.setId(id);
        picker.setPrefWidth(150);
        if (value != null) {
            picker.valueProperty().bindBidirectional(value);
        }
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            LocalDate typed = picker.getConverter().fromString(text);
            if (typed != null && !typed.equals(picker.getValue())) {
                picker.setValue(typed);
            } else if (text == null || text.isBlank()) {
                picker.setValue(null);
            }
        });
        return picker;
    }

    static <T> ComboBox<T> choice(String id, List<T> items, Function<T, String> label, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        if (value != null) {
            box.valueProperty().bindBidirectional(value);
        }
        return box;
    }
}
