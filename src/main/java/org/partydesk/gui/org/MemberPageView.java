package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.org.BranchHistory;
import org.partydesk.app.org.MemberChange;
import org.partydesk.app.org.MemberPage;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.model.AttendanceStatus;
import org.partydesk.model.Commendation;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.Member;
import org.partydesk.model.MemberAttendance;

/**
 * A member's page: details with the ID number masked until 显示 is clicked, the branch history, the
 * attendance history (each meeting, 出席 / 请假 / 缺席, the leave reason and the make-up date), committee roles,
 * honours, evidence files and the changes of the record (audit trail); when the member left, the day and why.
 * The buttons of the changes (编辑, 调动, 转正, 离开) come from the section.
 */
final class MemberPageView {
    private final VBox root = new VBox(10);

    MemberPageView(MemberPage page, I18n i18n, Runnable back, List<? extends Node> actions) {
        Member m = page.member();
        Button backButton = new Button(i18n.text("member.back"));
        backButton.setId("memberBack");
        backButton.setOnAction(e -> back.run());
        Label name = new Label(m.name());
        name.setId("memberName");
        name.getStyleClass().add("page-title");
        javafx.scene.layout.FlowPane head = Fit.row(backButton, name); // wraps at 16 pt rather than cutting the buttons
        head.getChildren().addAll(actions);

        Label id = new Label(page.maskedIdNumber() == null ? "" : page.maskedIdNumber());
        id.setId("memberIdNumber");
        Button reveal = new Button(i18n.text("member.reveal"));
        reveal.setId("revealId");
        reveal.setDisable(m.idNumber() == null);
        reveal.setOnAction(e -> {
            id.setText(m.idNumber());
            reveal.setDisable(true);
        });
        GridPane details = new GridPane();
        details.getStyleClass().add("details");
        details.setHgap(12);
        details.setVgap(6);
        int row = 0;
        row = pair(details, row, 0, i18n.text("column.gender"), i18n.label(m.gender()));
        row = pair(details, row - 1, 2, i18n.text("column.status"), i18n.label(m.status()));
        row = pair(details, row, 0, i18n.text("column.category"), i18n.label(m.category()));
        row = pair(details, row - 1, 2, i18n.text("member.birthDate"), date(m.birthDate()));
        row = pair(details, row, 0, i18n.text("column.joinedOn"), date(m.joinedOn()));
        row = pair(details, row - 1, 2, i18n.text("member.fullMemberOn"), date(m.fullMemberOn()));
        row = pair(details, row, 0, i18n.text("column.branch"), page.branchName());
        row = pair(details, row - 1, 2, i18n.text("column.department"), page.departmentName());
        row = pair(details, row, 0, i18n.text("column.jobTitle"), m.jobTitle());
        row = pair(details, row - 1, 2, i18n.text("column.phone"), m.phone());
        details.add(new Label(i18n.text("column.idNumber")), 0, row);
        details.add(new HBox(8, id, reveal), 1, row, 3, 1);

        TableView<BranchHistory> history = table("memberHistory", i18n.text("member.noHistory"), page.history(), List.of(
                column(i18n.text("member.unit"), 200, BranchHistory::unitName),
                column(i18n.text("org.kind"), 90, h -> i18n.label(h.kind())),
                Fit.sample(column(i18n.text("member.from"), 100, h -> date(h.startOn())), Fit.DATE),
                Fit.sample(column(i18n.text("member.to"), 100, h -> h.endOn() == null ? i18n.text("member.now") : date(h.endOn())), Fit.DATE)));
        TableView<MemberAttendance> attendance = table("memberAttendance", i18n.text("member.noAttendance"),
                page.attendance(), List.of(
                Fit.sample(column(i18n.text("member.attendance.heldAt"), 120, a -> Fit.MINUTES.format(a.heldAt())), Fit.DATE_MINUTE),
                column(i18n.text("member.unit"), 130, MemberAttendance::unitName),
                column(i18n.text("member.attendance.meeting"), 220, a -> a.types().stream().sorted().map(i18n::label)
                        .collect(java.util.stream.Collectors.joining("、")) + "：" + a.theme()),
                column(i18n.text("member.attendance.status"), 60, a -> i18n.label(a.status())),
                column(i18n.text("member.attendance.reason"), 110, a -> a.leaveReason() == null ? "" : a.leaveReason()),
                column(i18n.text("member.attendance.makeUp"), 100, a -> a.status() != AttendanceStatus.ON_LEAVE ? ""
                        : a.makeUpOn() == null ? i18n.text("member.attendance.noMakeUp") : date(a.makeUpOn()))));
        long present = page.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
        Label attendanceHeading = heading(i18n.format("member.attendance", String.valueOf(page.attendance().size()),
                String.valueOf(present)));
        TableView<CommitteeAssignment> roles = table("memberRoles", i18n.text("member.noRoles"), page.committeeRoles(), List.of(
                column(i18n.text("member.unit"), 200, CommitteeAssignment::unitName),
                column(i18n.text("org.committee.role"), 100, r -> i18n.label(r.role())),
                Fit.sample(column(i18n.text("member.from"), 100, r -> date(r.startOn())), Fit.DATE),
                Fit.sample(column(i18n.text("member.to"), 100, r -> r.endOn() == null ? i18n.text("member.now") : date(r.endOn())), Fit.DATE)));
        TableView<MemberChange> changes = table("memberChanges", i18n.text("member.noChanges"), page.changes(), List.of(
                Fit.sample(column(i18n.text("member.change.at"), 140, c -> c.at().toString().replace('T', ' ')), Fit.DATE_SECOND),
                column(i18n.text("member.change.operator"), 80, MemberChange::operator),
                column(i18n.text("member.change.text"), 420, MemberChange::text)));
        TableView<org.partydesk.app.org.LifeEvent> life = table("memberLife", i18n.text("member.noLife"), page.life(), List.of(
                Fit.sample(column(i18n.text("member.life.on"), 100, e -> date(e.on())), Fit.DATE),
                column(i18n.text("member.life.what"), 200, org.partydesk.app.org.LifeEvent::what),
                column(i18n.text("member.life.detail"), 340, org.partydesk.app.org.LifeEvent::detail)));
        TableView<Commendation> honours = table("memberHonours", i18n.text("member.noHonours"), page.honours(), List.of(
                column(i18n.text("honour.title"), 160, Commendation::title),
                column(i18n.text("honour.level"), 70, c -> i18n.label(c.level())),
                column(i18n.text("honour.awardedBy"), 160, Commendation::awardedBy),
                Fit.sample(column(i18n.text("honour.awardedOn"), 100, c -> date(c.awardedOn())), Fit.DATE)));
        TableView<EvidenceItem> evidence = table("memberEvidence", i18n.text("member.noEvidence"), page.evidence(), List.of(
                column(i18n.text("evidence.name"), 220, EvidenceItem::originalName),
                column(i18n.text("evidence.caption"), 260, EvidenceItem::caption),
                Fit.sample(column(i18n.text("evidence.takenOn"), 100, e -> date(e.takenOn())), Fit.DATE)));

        VBox body = new VBox(10, details);
        if (m.leftOn() != null) {
            Label left = new Label(i18n.format("member.left", date(m.leftOn()), page.leftReason() == null ? "" : page.leftReason()));
            left.setId("memberLeft");
            left.getStyleClass().add("warning");
            body.getChildren().add(0, left);
        }
        body.getChildren().addAll(
                heading(i18n.text("member.history")), history,
                heading(i18n.text("member.life")), life,
                heading(i18n.text("member.roles")), roles,
                attendanceHeading, attendance,
                heading(i18n.text("member.honours")), honours,
                heading(i18n.text("member.evidence")), evidence,
                heading(i18n.text("member.changes")), changes);
        body.getStyleClass().add("member-page");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(head, scroll);
        root.getStyleClass().add("roster-pane");
        root.setId("memberPage");
    }

    Node root() {
        return root;
    }

    private static int pair(GridPane grid, int row, int col, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        grid.add(l, col, row);
        grid.add(new Label(value == null ? "" : value), col + 1, row);
        return row + 1;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static <T> TableView<T> table(String id, String empty, List<T> items, List<TableColumn<T, String>> columns) {
        TableView<T> t = new TableView<>();
        t.setId(id);
        t.getItems().setAll(items);
        t.getColumns().setAll(columns);
        t.setPlaceholder(new Label(empty));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(t);
        t.setPrefHeight(Math.min(8, Math.max(2, items.size())) * 28 + 34);
        return t;
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return org.partydesk.gui.shell.Tables.byValue(c);
    }
}
