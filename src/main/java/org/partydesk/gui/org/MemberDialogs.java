package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
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
 * role. They only collect what the clerk chose; the view models write.
 */
final class MemberDialogs {
    /** 调动: to which branch, from when. */
    record Move(OrgUnit branch, LocalDate day) {
    }

    /** 任命: who, which role, from when. */
    record Appointment(Member member, CommitteeRole role, LocalDate startOn) {
    }

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
        Forms.savesInPlace(dialog, model.problem(), () -> model.save(shell, id -> {
            Forms.closeSaved(dialog, true);
            saved.accept(id);
        }));
        javafx.application.Platform.runLater(name::requestFocus);
        dialog.showAndWait();
    }

    /** 调动: another branch and the day (today by default). */
    static Optional<Move> move(Shell shell, String memberName, List<OrgUnit> branches, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<Move> dialog = Forms.dialog(shell.window(), shell.i18n().text("member.move"));
        ComboBox<OrgUnit> branch = choice("moveBranch", branches, OrgUnit::name, null);
        DatePicker day = date("moveDay", null);
        day.setValue(today);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.moveQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.moveTo"), branch);
        grid.addRow(2, label(i18n, "member.moveOn"), Forms.dateField(day));
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Move(branch.getValue(), day.getValue()) : null);
        return dialog.showAndWait();
    }

    /** 转正: the day (today by default). */
    static Optional<LocalDate> makeFull(Shell shell, String memberName, LocalDate today) {
        I18n i18n = shell.i18n();
        return askDay(shell, "member.makeFull", i18n.format("member.makeFullQuestion", memberName), "member.fullMemberOn",
                "fullDay", today);
    }

    /** 转出: the day, the organisation he goes to, the 介绍信 number, 党费缴至 and notes. */
    record TransferOut(LocalDate day, String toOrg, String letterNo, String duesPaidTo, String notes) {
    }

    /** 组织关系转出: the day (today by default), to which organisation, 介绍信编号, 党费缴至 (yyyy-mm) and notes. */
    static Optional<TransferOut> transferOut(Shell shell, String memberName, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<TransferOut> dialog = Forms.dialog(shell.window(), i18n.text("member.transferOut"));
        DatePicker day = date("transferOutDay", null);
        day.setValue(today);
        TextField to = field("transferOutTo", 24);
        TextField letter = field("transferOutLetter", 14);
        TextField dues = field("transferOutDues", 10);
        dues.setPromptText(i18n.text("member.duesPrompt"));
        TextField notes = field("transferOutNotes", 24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.transferOutQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.transferOutOn"), Forms.dateField(day));
        grid.addRow(2, label(i18n, "member.toOrg"), to);
        grid.addRow(3, label(i18n, "member.letterNo"), letter);
        grid.addRow(4, label(i18n, "member.duesPaidTo"), dues);
        grid.addRow(5, label(i18n, "member.notes"), notes);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new TransferOut(day.getValue(), to.getText(), letter.getText(),
                dues.getText(), notes.getText()) : null);
        return dialog.showAndWait();
    }

    /** 回执: the day the receipt of a transfer out came back (today by default). */
    static Optional<LocalDate> receipt(Shell shell, org.partydesk.model.Transfer transfer, LocalDate today) {
        I18n i18n = shell.i18n();
        return askDay(shell, "member.receipt", i18n.format("member.receiptQuestion", transfer.memberName(),
                String.valueOf(transfer.onDate()), transfer.otherOrg()), "member.receiptOn", "receiptDay", today);
    }

    /** A change of standing as entered: which, from when, where (流动党员) and why. */
    record StandingEntry(StandingKind kind, LocalDate day, String place, String reason) {
    }

    /** The changes of standing the 党籍 dialog offers (恢复党籍 has its own). */
    static final List<StandingKind> STANDING_CHANGES = List.of(StandingKind.LOST_CONTACT, StandingKind.MOBILE,
            StandingKind.STOPPED, StandingKind.EXPELLED, StandingKind.DECEASED);

    /** 党籍: 失联 or 流动党员 (with where he is), 停止党籍, 出党 or 去世, the day and the reason. */
    static Optional<StandingEntry> standing(Shell shell, String memberName, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<StandingEntry> dialog = Forms.dialog(shell.window(), i18n.text("member.standing"));
        ComboBox<StandingKind> kind = choice("standingKind", STANDING_CHANGES, i18n::label, null);
        DatePicker day = date("standingDay", null);
        day.setValue(today);
        TextField place = field("standingPlace", 24);
        place.disableProperty().bind(kind.valueProperty().isNotEqualTo(StandingKind.MOBILE));
        TextField reason = field("standingReason", 24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.standingQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.standingKind"), kind);
        grid.addRow(2, label(i18n, "member.standingOn"), Forms.dateField(day));
        grid.addRow(3, label(i18n, "member.standingPlace"), place);
        grid.addRow(4, label(i18n, "member.standingReason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new StandingEntry(kind.getValue(), day.getValue(),
                place.isDisabled() ? null : place.getText(), reason.getText()) : null);
        return dialog.showAndWait();
    }

    /** 失联 or 流动 is over: the day (today by default). */
    static Optional<LocalDate> endAway(Shell shell, String memberName, org.partydesk.model.Standing away, LocalDate today) {
        I18n i18n = shell.i18n();
        return askDay(shell, "member.endAway", i18n.format("member.endAwayQuestion", memberName, i18n.label(away.kind()),
                String.valueOf(away.startOn())), "member.endAwayOn", "endAwayDay", today);
    }

    /** 恢复党籍: the branch he returns to, the day and the decision it rests on. */
    record Restore(OrgUnit branch, LocalDate day, String reason) {
    }

    /** 恢复党籍: the branch, the day (today by default) and the basis (e.g. the committee's decision). */
    static Optional<Restore> restore(Shell shell, String memberName, List<OrgUnit> branches, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<Restore> dialog = Forms.dialog(shell.window(), i18n.text("member.restore"));
        ComboBox<OrgUnit> branch = choice("restoreBranch", branches, OrgUnit::name, null);
        DatePicker day = date("restoreDay", null);
        day.setValue(today);
        TextField reason = field("restoreReason", 24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.restoreQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.branchChoice"), branch);
        grid.addRow(2, label(i18n, "member.restoreOn"), Forms.dateField(day));
        grid.addRow(3, label(i18n, "member.restoreReason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Restore(branch.getValue(), day.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** 任命: a member of the branch, a role and the first day. */
    static Optional<Appointment> appoint(Shell shell, CommitteeModel model) {
        I18n i18n = shell.i18n();
        Dialog<Appointment> dialog = Forms.dialog(shell.window(), shell.i18n().text("org.committee.appoint"));
        DatePicker day = date("roleFrom", null);
        day.setValue(model.today());
        ComboBox<Member> member = choice("roleMember", model.candidates(model.today()), Member::name, null);
        day.valueProperty().addListener((obs, old, d) -> member.getItems().setAll(model.candidates(d)));
        ComboBox<CommitteeRole> role = choice("roleKind", List.of(CommitteeRole.values()), i18n::label, null);
        GridPane grid = Forms.grid();
        grid.add(new Label(model.branch.get().name()), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "org.committee.from"), Forms.dateField(day));
        grid.addRow(2, label(i18n, "org.committee.member"), member);
        grid.addRow(3, label(i18n, "org.committee.role"), role);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Appointment(member.getValue(), role.getValue(), day.getValue()) : null);
        return dialog.showAndWait();
    }

    /** 结束任职: the last day (today by default). */
    static Optional<LocalDate> endRole(Shell shell, CommitteeAssignment role, LocalDate today) {
        I18n i18n = shell.i18n();
        return askDay(shell, "org.committee.end", i18n.format("org.committee.endQuestion", role.memberName(),
                i18n.label(role.role())), "org.committee.to", "roleTo", today);
    }

    /** A member's 民主评议 result of a year. */
    record Appraisal(int year, org.partydesk.model.AppraisalResult result) {
    }

    /** 民主评议: the year (this year or one of the four before) and the result. */
    static Optional<Appraisal> appraisal(Shell shell, String memberName, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<Appraisal> dialog = Forms.dialog(shell.window(), i18n.text("member.appraise"));
        List<Integer> years = java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(i -> today.getYear() - i).toList();
        ComboBox<Integer> year = choice("appraisalYear", years, String::valueOf, null);
        year.setValue(today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear());
        ComboBox<org.partydesk.model.AppraisalResult> result = choice("appraisalResult",
                List.of(org.partydesk.model.AppraisalResult.values()), i18n::label, null);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.appraiseQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.appraisalYear"), year);
        grid.addRow(2, label(i18n, "member.appraisalResult"), result);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK && year.getValue() != null && result.getValue() != null
                ? new Appraisal(year.getValue(), result.getValue()) : null);
        return dialog.showAndWait();
    }

    /** A 处分 as entered: kind, day, 文号, 察看期 in months (留党察看) and the reason. */
    record DisciplineEntry(org.partydesk.model.DisciplineKind kind, LocalDate day, String documentNo, Integer months,
                           String reason) {
    }

    /** 处分: kind, the day decided, 文号, 察看期 (12 or 24 months, 留党察看 only) and the reason. */
    static Optional<DisciplineEntry> discipline(Shell shell, String memberName, LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<DisciplineEntry> dialog = Forms.dialog(shell.window(), i18n.text("member.discipline"));
        ComboBox<org.partydesk.model.DisciplineKind> kind = choice("disciplineKind",
                List.of(org.partydesk.model.DisciplineKind.values()), i18n::label, null);
        DatePicker day = date("disciplineDay", null);
        day.setValue(today);
        TextField document = new TextField();
        document.setId("disciplineDocument");
        ComboBox<Integer> months = choice("disciplineMonths", List.of(12, 24), m -> i18n.format("member.months", m), null);
        months.disableProperty().bind(kind.valueProperty().isNotEqualTo(org.partydesk.model.DisciplineKind.PROBATION_WITHIN_PARTY));
        TextField reason = new TextField();
        reason.setId("disciplineReason");
        reason.setPrefColumnCount(24);
        GridPane grid = Forms.grid();
        grid.add(new Label(i18n.format("member.disciplineQuestion", memberName)), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, "member.disciplineKind"), kind);
        grid.addRow(2, label(i18n, "member.disciplineDay"), day);
        grid.addRow(3, label(i18n, "member.disciplineDocument"), document);
        grid.addRow(4, label(i18n, "member.disciplineMonths"), months);
        grid.addRow(5, label(i18n, "member.disciplineReason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? new DisciplineEntry(kind.getValue(), day.getValue(), document.getText(),
                months.isDisabled() ? null : months.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }

    /** 登记换届选举: the day the branch's committee was elected (today by default). */
    static Optional<LocalDate> election(Shell shell, String branchName, LocalDate today) {
        I18n i18n = shell.i18n();
        return askDay(shell, "org.committee.election", i18n.format("org.committee.electionQuestion", branchName),
                "org.committee.electedOn", "electedOn", today);
    }

    /** A question and one day (today by default): the dialog of 转正, 结束任职, 换届选举, 回执 and 失联/流动结束. */
    private static Optional<LocalDate> askDay(Shell shell, String titleKey, String question, String dayKey, String dayId,
                                              LocalDate today) {
        I18n i18n = shell.i18n();
        Dialog<LocalDate> dialog = Forms.dialog(shell.window(), i18n.text(titleKey));
        DatePicker day = date(dayId, null);
        day.setValue(today);
        GridPane grid = Forms.grid();
        grid.add(new Label(question), 0, 0, 2, 1);
        grid.addRow(1, label(i18n, dayKey), Forms.dateField(day));
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? day.getValue() : null);
        return dialog.showAndWait();
    }



    private static Label label(I18n i18n, String key) {
        Label label = new Label(i18n.text(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole, never 身份证…
        return label;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
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
