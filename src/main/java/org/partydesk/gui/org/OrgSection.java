package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.app.org.MemberRow;
import org.partydesk.app.org.Members;
import org.partydesk.app.org.OrgNode;
import org.partydesk.app.org.Organisation;
import org.partydesk.app.org.Roster;
import org.partydesk.app.search.Hit;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.BackgroundTask;
import org.partydesk.gui.shell.Section;
import org.partydesk.gui.shell.Sections;
import org.partydesk.gui.shell.Shell;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.CommitteeAssignment;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/**
 * 组织与党员: the organisation tree (name and member count) with 新建组织 / 撤销 / 移动 buttons, the
 * members of the selected unit and its subtree with a name filter, 含已转出 (members who left, with the day and why),
 * 新增党员 and 转入党员, the 支部委员会 of a selected branch (任命 / 结束任职 / 换届 / 民主评议), and a member's page on
 * double-click with 编辑, 调动, 转正, 转出 (回执), 党籍 (失联/流动结束, 恢复党籍), 民主评议 and 处分. Writes go through
 * the view models ({@link OrgModel} for the tree, the roster and the unit writes; {@link MemberFormModel},
 * {@link MemberPageModel}, {@link CommitteeModel}) as background work.
 */
public final class OrgSection implements Section {
    private final Shell shell;
    private final I18n i18n;
    private final Roster roster;
    private final Members members;
    private final OrgModel orgModel;
    private final CommitteeModel committee;
    private final VBox committeePane = new VBox(6);
    private final TreeView<OrgNode> tree = new TreeView<>();
    private final TableView<MemberRow> table;
    private final TextField filter = new TextField();
    private final javafx.scene.control.CheckBox includeLeft = new javafx.scene.control.CheckBox();
    private final Label count = new Label();
    /** True while the tree's items are replaced: the selection cleared meanwhile is not a choice of the clerk. */
    private boolean rebuilding;
    private final BorderPane rightPane = new BorderPane();
    private VBox rosterPane;
    private BorderPane root;

    public OrgSection(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.roster = new Roster(shell.workspace());
        this.members = new Members(shell.workspace());
        this.orgModel = new OrgModel(roster, new Organisation(shell.workspace()), shell, i18n);
        this.table = new TableView<>(orgModel.shown);
        this.committee = new CommitteeModel(members, new org.partydesk.app.org.CommitteeTerms(shell.workspace()));
    }

    @Override
    public String id() {
        return Sections.ORGANISATION;
    }

    @Override
    public String titleKey() {
        return "section.organisation";
    }

    @Override
    public Node view() {
        tree.setId("orgTree");
        tree.getStyleClass().add("org-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new OrgCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            OrgNode node = selected == null ? null : selected.getValue();
            if (!rebuilding && node != orgModel.chosen().get()) { // else the model chose it (a page shown stays)
                showRoster();
                orgModel.choose(node);
            }
        });
        orgModel.tree().addListener((obs, old, nodes) -> showTree(nodes));
        orgModel.chosen().addListener((obs, old, node) -> showChosen(node));
        buildTable();
        filter.setId("nameFilter");
        filter.setPromptText(i18n.text("filter.prompt"));
        filter.textProperty().bindBidirectional(orgModel.filter);
        count.setId("memberCount");
        count.textProperty().bind(orgModel.count());

        Button add = button("addUnit", "org.addUnit", e -> addUnit());
        Button close = button("closeUnit", "org.closeUnit", e -> closeUnit());
        Button move = button("moveUnit", "org.moveUnit", e -> moveUnit());
        close.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        move.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        FlowPane treeButtons = Fit.row(add, close, move);
        treeButtons.getStyleClass().add("tool-row");
        VBox left = new VBox(6, treeButtons, tree);
        left.getStyleClass().addAll("pane", "org-tree-pane");
        VBox.setVgrow(tree, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button addMember = button("addMember", "org.addMember", e -> addMember());
        Button transferIn = button("transferIn", "org.transferIn", e -> transferIn());
        Button recruitment = button("showRecruitment", "org.recruitment", e -> showRecruitment());
        includeLeft.setText(i18n.text("org.includeLeft"));
        includeLeft.setId("includeLeft");
        includeLeft.selectedProperty().bindBidirectional(orgModel.includeLeft);
        FlowPane filterRow = Fit.row(filter, includeLeft, addMember, transferIn, recruitment, gap, count);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        buildCommittee();
        rosterPane = new VBox(filterRow, table, committeePane);
        rosterPane.getStyleClass().add("roster-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        rightPane.setCenter(rosterPane);

        SplitPane split = new SplitPane(left, rightPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        root = new BorderPane(split);
        reloadTree(null);
        return root;
    }

    @Override
    public void reveal(Hit hit) {
        switch (hit.kind()) {
            case ORG_UNIT -> selectUnit(hit.id());
            case MEMBER -> showMember(hit.id());
            default -> { }
        }
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    /** Reads the tree again (through the model, off the FX thread) and selects {@code unitId} (or the first unit). */
    void reloadTree(Integer unitId) {
        orgModel.reload(unitId);
    }

    private void selectUnit(int unitId) {
        showRoster();
        orgModel.select(unitId);
    }

    /** The tree as read: its items are built anew (the model chooses a unit next). */
    private void showTree(List<OrgNode> nodes) {
        TreeItem<OrgNode> invisibleRoot = new TreeItem<>();
        nodes.forEach(node -> invisibleRoot.getChildren().add(item(node)));
        rebuilding = true;
        tree.setRoot(invisibleRoot);
        rebuilding = false;
    }

    /** The unit the model chose: selected in the tree (and scrolled to), its committee shown. */
    private void showChosen(OrgNode node) {
        TreeItem<OrgNode> selected = tree.getSelectionModel().getSelectedItem();
        if (node == null) {
            tree.getSelectionModel().clearSelection();
        } else if (selected == null || selected.getValue() != node) {
            find(tree.getRoot(), node.unit().id()).ifPresent(item -> {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            });
        }
        OrgUnit unit = node == null ? null : node.unit();
        shell.load("org.loading", committee.read(unit), chosen -> {
            TreeItem<OrgNode> now = tree.getSelectionModel().getSelectedItem();
            if (unit == null ? now == null : now != null && now.getValue().unit().id() == unit.id()) { // still chosen
                committee.show(chosen);
            }
        });
    }

    private static Optional<TreeItem<OrgNode>> find(TreeItem<OrgNode> item, int unitId) {
        if (item.getValue() != null && item.getValue().unit().id() == unitId) {
            return Optional.of(item);
        }
        for (TreeItem<OrgNode> child : item.getChildren()) {
            Optional<TreeItem<OrgNode>> f = find(child, unitId);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private static TreeItem<OrgNode> item(OrgNode node) {
        TreeItem<OrgNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(node.unit().kind() != OrgKind.BRANCH);
        return item;
    }

    /** One unit of the tree: "name（count）", styled by kind, with the kind as tooltip. */
    private final class OrgCell extends TreeCell<OrgNode> {
        @Override
        protected void updateItem(OrgNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(c -> c.startsWith("org-"));
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
            } else {
                OrgUnit u = node.unit();
                String text = i18n.format("tree.unit", u.name(), String.valueOf(node.memberCount()));
                setText(u.temporary() ? text + i18n.format("tree.temporary", String.valueOf(u.endedOn())) : text);
                setTooltip(new Tooltip(i18n.label(u.kind())));
                getStyleClass().add("org-" + u.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
    }

    private void buildTable() {
        table.setId("memberTable");
        table.setPlaceholder(new Label(i18n.text("table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Fit.headers(table);
        table.getColumns().addAll(List.of(
                Fit.sample(column("column.name", 80, MemberRow::name), "欧阳晓燕"),
                column("column.gender", 50, r -> i18n.label(r.gender())),
                column("column.status", 90, r -> i18n.label(r.status())),
                column("column.category", 70, r -> i18n.label(r.category())),
                Fit.sample(column("column.branch", 130, MemberRow::branchName), "机关第十六党支部"),
                Fit.sample(column("column.department", 110, MemberRow::departmentName), "综合规划处"),
                column("column.jobTitle", 120, MemberRow::jobTitle),
                Fit.sample(column("column.joinedOn", 95, r -> r.joinedOn() == null ? "" : r.joinedOn().toString()), Fit.DATE),
                Fit.sample(column("column.idNumber", 165, MemberRow::maskedIdNumber), "420111********0796"),
                Fit.sample(column("column.phone", 110, MemberRow::phone), "13858138504"),
                column("column.left", 160, r -> orgModel.left(r.memberId())
                        .map(l -> l.leftOn() + " " + (l.reason() == null ? "" : l.reason())).orElse(""))));
        table.setRowFactory(t -> {
            TableRow<MemberRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MemberRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(LEFT, !empty && item != null && orgModel.left(item.memberId()).isPresent());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    showMember(row.getItem().memberId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                showMember(table.getSelectionModel().getSelectedItem().memberId());
            }
        });
    }

    private TableColumn<MemberRow, String> column(String key, double width, Function<MemberRow, String> value) {
        TableColumn<MemberRow, String> c = new TableColumn<>(i18n.text(key));
        c.setId(key.substring("column.".length()));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.7);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return Tables.byValue(c);
    }

    /** Shows the 发展党员 page in place of the roster, with a way back. */
    void showRecruitment() {
        RecruitmentModel model = new RecruitmentModel(new org.partydesk.app.org.Recruitment(shell.workspace()), i18n);
        rightPane.setCenter(new RecruitmentPane(shell, model, this::backToRoster).root());
    }

    /** Shows a member's page in place of the roster, with a way back and the buttons that change the member. */
    public void showMember(int memberId) {
        MemberPageModel model = new MemberPageModel(roster, members, new org.partydesk.app.org.MemberLife(shell.workspace()), memberId);
        model.page.addListener((obs, old, page) -> rightPane.setCenter(new MemberPageView(page, i18n, this::backToRoster,
                memberActions(model)).root()));
        shell.load("member.loading", model.load(), model::show);
    }

    private List<Button> memberActions(MemberPageModel model) {
        Button edit = button("editMember", "member.edit", e -> editMember(model));
        Button move = button("moveMember", "member.move", e -> MemberDialogs.move(shell, model, model.moveForm()));
        Button full = button("makeFull", "member.makeFull", e -> MemberDialogs.makeFull(shell, model, model.makeFullForm()));
        Button transferOut = button("transferOut", "member.transferOut",
                e -> MemberDialogs.transferOut(shell, model, model.transferOutForm()));
        var pending = model.pendingReceipt();
        Button receipt = button("receiptMember", "member.receipt", e -> MemberDialogs.receipt(shell, model,
                pending.orElseThrow(), model.receiptForm(pending.orElseThrow().id())));
        Button standing = button("standingMember", "member.standing",
                e -> MemberDialogs.standing(shell, model, model.standingForm()));
        var away = model.openAway();
        Button endAway = button("endAway", "member.endAway", e -> MemberDialogs.endAway(shell, model, away.orElseThrow(),
                model.endAwayForm(away.orElseThrow().id())));
        Button restore = button("restoreMember", "member.restore", e -> MemberDialogs.restore(shell, model, model.restoreForm()));
        Button appraise = button("appraiseMember", "member.appraise",
                e -> MemberDialogs.appraisal(shell, model, model.appraisalForm()));
        Button discipline = button("disciplineMember", "member.discipline",
                e -> MemberDialogs.discipline(shell, model, model.disciplineForm()));
        move.setDisable(!model.onRoster());
        full.setDisable(!model.probationary());
        transferOut.setDisable(!model.onRoster());
        standing.setDisable(!model.onRoster());
        discipline.setDisable(!model.onRoster());
        List<Button> out = new java.util.ArrayList<>(List.of(edit, move, full, transferOut, standing, appraise, discipline));
        pending.ifPresent(t -> out.add(receipt));
        away.ifPresent(a -> out.add(endAway));
        if (model.stopped()) {
            out.add(restore);
        }
        return out;
    }

    private static final javafx.css.PseudoClass LEFT = javafx.css.PseudoClass.getPseudoClass("left");

    /** 转入: the member form with the organisation he comes from, the 介绍信 and 党费缴至. */
    private void transferIn() {
        OrgUnit unit = selectedUnit();
        MemberFormModel form = MemberFormModel.forTransferIn(members, new org.partydesk.app.org.MemberLife(shell.workspace()),
                unit == null ? null : unit.id());
        saveForm(form, id -> {
            reloadTree(form.branch.get() == null ? null : form.branch.get().id());
            showMember(id);
        });
    }

    private void editMember(MemberPageModel page) {
        MemberFormModel form = MemberFormModel.forEdit(members, page.memberId());
        saveForm(form, id -> shell.run("org.memberFailed", page.load(), page::show));
    }

    private void addMember() {
        OrgUnit unit = selectedUnit();
        MemberFormModel form = MemberFormModel.forNew(members, unit == null ? null : unit.id());
        saveForm(form, id -> {
            reloadTree(form.branch.get() == null ? null : form.branch.get().id());
            showMember(id);
        });
    }

    /** Shows the form until it is saved or cancelled: a refused save says why inside the form, which stays as filled. */
    private void saveForm(MemberFormModel form, Consumer<Integer> saved) {
        MemberDialogs.form(shell, form, saved);
    }

    private void backToRoster() {
        OrgUnit unit = selectedUnit();
        reloadTree(unit == null ? null : unit.id());
        showRoster();
    }

    // ---- 支部委员会 of the selected branch --------------------------------------------------------------

    private void buildCommittee() {
        TableView<CommitteeAssignment> committeeTable = Tables.table("committeeTable", i18n.text("org.committee.none"),
                Tables.column(i18n.text("org.committee.role"), 100, (CommitteeAssignment r) -> i18n.label(r.role())),
                Tables.column(i18n.text("org.committee.member"), 100, CommitteeAssignment::memberName),
                Tables.column(i18n.text("org.committee.from"), 100, (CommitteeAssignment r) -> Tables.date(r.startOn())),
                Tables.column(i18n.text("org.committee.to"), 100,
                        (CommitteeAssignment r) -> r.endOn() == null ? i18n.text("member.now") : Tables.date(r.endOn())));
        committeeTable.setItems(committee.rows);
        committeeTable.setPrefHeight(5 * 28 + 34);
        Button appoint = button("appointRole", "org.committee.appoint",
                e -> MemberDialogs.appoint(shell, committee, committee.appointForm()));
        Button end = button("endRole", "org.committee.end",
                e -> MemberDialogs.endRole(shell, committee, committeeTable.getSelectionModel().getSelectedItem()));
        end.disableProperty().bind(committeeTable.getSelectionModel().selectedItemProperty().isNull());
        Button election = button("recordTerm", "org.committee.election", e -> MemberDialogs.election(shell, committee));
        Button appraisal = button("batchAppraisal", "org.committee.appraisal", e -> appraiseBranch());
        Label term = new Label();
        term.setId("committeeTerm");
        term.textProperty().bind(committee.term);
        Label heading = new Label(i18n.text("org.committee"));
        heading.getStyleClass().add("section-heading");
        FlowPane line = Fit.row(heading, appoint, end, election, appraisal, term);
        line.setAlignment(Pos.CENTER_LEFT);
        committeePane.getChildren().setAll(line, committeeTable);
        committeePane.setId("committeePane");
        committeePane.visibleProperty().bind(committee.branch.isNotNull());
        committeePane.managedProperty().bind(committeePane.visibleProperty());
    }

    /** 民主评议 of the selected branch: the dialog for a year, then one transaction for every result chosen. */
    private void appraiseBranch() {
        AppraisalBatchModel model = new AppraisalBatchModel(new org.partydesk.app.org.MemberLife(shell.workspace()), members,
                new org.partydesk.app.meetings.Meetings(shell.workspace()), committee.branch.get());
        shell.load("appraisal.loading", model.read(model.year.get()), loaded -> {
            model.show(loaded);
            saveAppraisal(model);
        });
    }

    /** Shows the dialog until it is saved or cancelled: a refused save says why inside it, which stays as filled. */
    private void saveAppraisal(AppraisalBatchModel model) {
        AppraisalBatchDialog.show(shell, model, n -> org.partydesk.gui.common.Dialogs.notice(shell.window(), i18n,
                i18n.format("appraisal.saved", String.valueOf(n), String.valueOf(model.year.get()))));
    }

    private void showRoster() {
        rightPane.setCenter(rosterPane);
    }

    private OrgUnit selectedUnit() {
        TreeItem<OrgNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().unit();
    }

    private void addUnit() {
        UnitDialogs.newUnit(shell, orgModel, orgModel.newUnitForm(selectedUnit()));
    }

    private void closeUnit() {
        OrgUnit unit = selectedUnit();
        UnitDialogs.closeOn(shell, orgModel, unit);
    }

    private void moveUnit() {
        OrgUnit unit = selectedUnit();
        UnitDialogs.moveTo(shell, orgModel, unit);
    }

    LocalDate today() {
        return orgModel.today();
    }
}
