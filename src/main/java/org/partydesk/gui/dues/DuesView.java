package org.partydesk.gui.dues;


import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.partydesk.app.dues.Dues;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.CjkFonts;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.DuesBaseKind;
import org.partydesk.model.OrgUnit;

/**
 * 党费 screen: a branch and a year, the grid of its members × months (paid green, due amber, behind red, 减免 grey),
 * and below it the batch entry of one month's collection (the members who still owe it, their amounts editable, the
 * day and the collector), recorded in one go. A thin view over {@link DuesModel}.
 */
public final class DuesView {
    private static final int YEARS_BACK = 5;

    private final Shell shell;
    private final I18n i18n;
    private final DuesModel model;
    private final ComboBox<Choice<OrgUnit>> branch = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Integer> month = new ComboBox<>();
    private final TextField paidOn = new TextField();
    private final TextField collector = new TextField();
    private final BorderPane root = new BorderPane();
    private TableView<Dues.MemberYear> grid;

    public DuesView(Shell shell) {
        this.shell = shell;
        this.i18n = shell.i18n();
        this.model = new DuesModel(new Dues(shell.workspace()));
        grid = grid();
        VBox center = new VBox(grid, totalsTable());
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);
        // the grid and the batch entry share the height; the clerk drags the divider to give either more
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(center, batchPane());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        root.setCenter(split);
        root.setTop(toolbar());
        root.getStyleClass().add("dues-view");
        root.getStylesheets().add(Forms.screensStylesheet());
        CjkFonts.apply(root);
        reload();
    }

    public Node root() {
        return root;
    }

    private javafx.scene.layout.FlowPane toolbar() {
        branch.setId("duesBranch");
        model.branches().forEach(u -> branch.getItems().add(new Choice<>(u, u.name())));
        branch.getSelectionModel().selectFirst();
        year.setId("duesYear");
        int thisYear = model.today().getYear();
        for (int y = thisYear - YEARS_BACK; y <= thisYear; y++) {
            year.getItems().add(y);
        }
        year.setValue(thisYear);
        branch.valueProperty().addListener((o, a, b) -> reload());
        year.valueProperty().addListener((o, a, b) -> reload());
        Button base = new Button(i18n.text("dues.base.button"));
        base.setId("duesBase");
        base.disableProperty().bind(grid.getSelectionModel().selectedItemProperty().isNull());
        base.setOnAction(e -> baseDialog());
        Button waive = new Button(i18n.text("dues.waive.button"));
        waive.setId("duesWaive");
        waive.disableProperty().bind(grid.getSelectionModel().selectedItemProperty().isNull());
        waive.setOnAction(e -> waiveDialog());
        Button remit = new Button(i18n.text("dues.remit.button"));
        remit.setId("duesRemit");
        remit.setOnAction(e -> remitDialog());
        return Fit.toolbar(new Label(i18n.text("dues.branch")), branch, new Label(i18n.text("dues.year")), year,
                new javafx.scene.control.Separator(), base, waive, remit);
    }

    private TableView<Dues.MemberYear> grid() {
        TableView<Dues.MemberYear> table = new TableView<>(model.rows);
        table.setId("duesGrid");
        table.setPlaceholder(new Label(i18n.text("dues.empty")));
        TableColumn<Dues.MemberYear, String> name = new TableColumn<>(i18n.text("dues.member"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        table.getColumns().add(name);
        for (int i = 0; i < 12; i++) {
            int index = i;
            TableColumn<Dues.MemberYear, Dues.MemberYear> col = new TableColumn<>(i18n.format("dues.monthColumn", i + 1));
            col.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
            col.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Dues.MemberYear row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().removeIf(s -> s.startsWith("dues-"));
                    if (empty || row == null) {
                        setText(null);
                        return;
                    }
                    setText(DuesModel.text(row.months().get(index)));
                    getStyleClass().add("dues-" + model.cell(row, index).name().toLowerCase());
                }
            });
            col.setSortable(false);
            table.getColumns().add(col);
        }
        TableColumn<Dues.MemberYear, String> behind = new TableColumn<>(i18n.text("dues.behind"));
        behind.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().behind() == 0 ? "" : String.valueOf(c.getValue().behind())));
        org.partydesk.gui.shell.Tables.byValue(behind);
        table.getColumns().add(behind);
        return Fit.headers(table);
    }

    /** The branch's totals of each month and of the year, under the grid's month columns. */
    private TableView<DuesModel.TotalsLine> totalsTable() {
        TableView<DuesModel.TotalsLine> table = new TableView<>(model.totals);
        table.setId("duesTotals");
        table.getStyleClass().add("dues-totals"); // row and table heights in em (screens.css): whole at any font size
        TableColumn<DuesModel.TotalsLine, String> label = new TableColumn<>(i18n.text("dues.totals.title"));
        label.setCellValueFactory(c -> new SimpleStringProperty(i18n.text(c.getValue().labelKey())));
        table.getColumns().add(label);
        for (int i = 0; i <= 12; i++) {
            int index = i;
            TableColumn<DuesModel.TotalsLine, String> col = new TableColumn<>(i < 12 ? i18n.format("dues.monthColumn", i + 1)
                    : i18n.text("dues.totals.year"));
            col.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().cells().size() > index
                    ? c.getValue().cells().get(index) : ""));
            col.setSortable(false);
            table.getColumns().add(Fit.sample(col, i < 12 ? "99999.00" : "999999.00")); // a branch's sums shown whole
        }
        return Fit.headers(table);
    }

    private Node batchPane() {
        month.setId("batchMonth");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setValue(model.today().getMonthValue());
        paidOn.setId("batchPaidOn");
        paidOn.setText(model.today().toString());
        collector.setId("batchCollector");
        collector.setPromptText(i18n.text("dues.batch.collector"));
        Button prepare = new Button(i18n.text("dues.batch.prepare"));
        prepare.setId("batchPrepare");
        prepare.setOnAction(e -> model.prepareBatch(month.getValue()));
        Button record = new Button(i18n.text("dues.batch.record"));
        record.setId("batchRecord");
        record.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.batch));
        record.setOnAction(e -> {
            OrgUnit unit = selectedBranch();
            if (unit != null) {
                shell.run("dues.batch.failed", model.recordBatch(unit.id(), year.getValue(), month.getValue(), paidOn.getText(),
                        collector.getText()), model::show);
            }
        });
        TableView<DuesModel.Line> lines = new TableView<>(model.batch);
        lines.setId("batchTable");
        lines.setEditable(true);
        lines.setPrefHeight(160);
        VBox.setVgrow(lines, javafx.scene.layout.Priority.ALWAYS);
        lines.setPlaceholder(new Label(i18n.text("dues.batch.empty")));
        TableColumn<DuesModel.Line, String> who = new TableColumn<>(i18n.text("dues.member"));
        who.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<DuesModel.Line, String> due = new TableColumn<>(i18n.text("dues.batch.due"));
        due.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().due().toPlainString()));
        TableColumn<DuesModel.Line, String> amount = new TableColumn<>(i18n.text("dues.batch.amount"));
        amount.setCellValueFactory(c -> c.getValue().amount());
        amount.setCellFactory(TextFieldTableCell.forTableColumn());
        amount.setEditable(true);
        lines.getColumns().add(who);
        org.partydesk.gui.shell.Tables.byValue(due);
        lines.getColumns().add(due);
        lines.getColumns().add(amount);
        javafx.scene.layout.FlowPane bar = Fit.row(new Label(i18n.text("dues.batch.month")), month, prepare,
                new Label(i18n.text("dues.batch.paidOn")), paidOn, collector, record);
        VBox box = new VBox(6, new Label(i18n.text("dues.batch.title")), bar, Fit.headers(lines));
        box.setPadding(new Insets(8));
        return box;
    }

    private OrgUnit selectedBranch() {
        Choice<OrgUnit> c = branch.getValue();
        return c == null ? null : c.value();
    }

    /** 党费基数… of the selected member for the year shown: kind, monthly amount, a voluntary higher sum, note. */
    private void baseDialog() {
        Dues.MemberYear row = grid.getSelectionModel().getSelectedItem();
        OrgUnit unit = selectedBranch();
        if (row == null || unit == null) {
            return;
        }
        int y = year.getValue();
        javafx.scene.control.Dialog<Boolean> dialog = Forms.dialog(shell.window(), i18n.format("dues.base.title", row.name(), y));
        ComboBox<Choice<DuesBaseKind>> kind = new ComboBox<>();
        for (DuesBaseKind k : DuesBaseKind.values()) {
            kind.getItems().add(new Choice<>(k, i18n.label(k)));
        }
        kind.getSelectionModel().select(row.base() == null ? 0 : row.base().kind().ordinal());
        TextField amount = new TextField(row.base() == null || row.base().amount() == null ? "" : row.base().amount().toPlainString());
        amount.setId("duesBaseAmount");
        amount.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> kind.getValue() == null || !kind.getValue().value().hasAmount(), kind.valueProperty()));
        TextField voluntary = new TextField();
        voluntary.setPromptText(i18n.text("dues.base.voluntaryHint"));
        TextField note = new TextField();
        javafx.scene.layout.GridPane form = Forms.grid();
        form.addRow(0, new Label(i18n.text("dues.base.kind")), kind);
        form.addRow(1, new Label(i18n.text("dues.base.amount")), amount);
        form.addRow(2, new Label(i18n.text("dues.base.voluntary")), voluntary);
        form.addRow(3, new Label(i18n.text("dues.base.note")), note);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK);
        if (dialog.showAndWait().orElse(false)) {
            shell.run("dues.base.failed", model.setBase(unit.id(), y, row.memberId(), kind.getValue().value(), amount.getText(),
                    voluntary.getText(), note.getText()), model::show);
        }
    }

    /** 减免…: one month of the selected member waived, with who approved it (required). */
    private void waiveDialog() {
        Dues.MemberYear row = grid.getSelectionModel().getSelectedItem();
        OrgUnit unit = selectedBranch();
        if (row == null || unit == null) {
            return;
        }
        int y = year.getValue();
        javafx.scene.control.Dialog<Boolean> dialog = Forms.dialog(shell.window(), i18n.format("dues.waive.title", row.name(), y));
        ComboBox<Integer> which = new ComboBox<>();
        for (int m = 1; m <= 12; m++) {
            which.getItems().add(m);
        }
        which.setValue(y == model.today().getYear() ? model.today().getMonthValue() : 12);
        TextField approval = new TextField();
        approval.setId("duesWaiveApproval");
        approval.setPromptText(i18n.text("dues.waive.approvalHint"));
        approval.setPrefColumnCount(24);
        javafx.scene.layout.GridPane form = Forms.grid();
        form.addRow(0, new Label(i18n.text("dues.waive.month")), which);
        form.addRow(1, new Label(i18n.text("dues.waive.approval")), approval);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK);
        if (dialog.showAndWait().orElse(false)) {
            shell.run("dues.waive.failed", model.waive(unit.id(), y, row.memberId(), which.getValue(), approval.getText()),
                    model::show);
        }
    }

    /** 上缴…: the branch's dues of some months of the year handed to the committee above (amount prefilled with what was paid). */
    private void remitDialog() {
        OrgUnit unit = selectedBranch();
        if (unit == null) {
            return;
        }
        int y = year.getValue();
        javafx.scene.control.Dialog<Boolean> dialog = Forms.dialog(shell.window(), i18n.format("dues.remit.title", unit.name(), y));
        ComboBox<Integer> from = new ComboBox<>();
        ComboBox<Integer> to = new ComboBox<>();
        for (int m = 1; m <= 12; m++) {
            from.getItems().add(m);
            to.getItems().add(m);
        }
        int last = y == model.today().getYear() ? model.today().getMonthValue() : 12;
        from.setValue(1);
        to.setValue(last);
        TextField amount = new TextField(model.collected(1, last).toPlainString());
        amount.setId("duesRemitAmount");
        Runnable refill = () -> {
            if (from.getValue() != null && to.getValue() != null && from.getValue() <= to.getValue()) {
                amount.setText(model.collected(from.getValue(), to.getValue()).toPlainString());
            }
        };
        from.valueProperty().addListener((o, a, b) -> refill.run());
        to.valueProperty().addListener((o, a, b) -> refill.run());
        TextField on = new TextField(model.today().toString());
        TextField note = new TextField();
        javafx.scene.layout.GridPane form = Forms.grid();
        form.addRow(0, new Label(i18n.text("dues.remit.months")), Fit.row(from, new Label("—"), to));
        form.addRow(1, new Label(i18n.text("dues.remit.amount")), amount);
        form.addRow(2, new Label(i18n.text("dues.remit.on")), on);
        form.addRow(3, new Label(i18n.text("dues.base.note")), note);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK);
        if (dialog.showAndWait().orElse(false)) {
            shell.run("dues.remit.failed", model.remit(unit.id(), y, from.getValue(), to.getValue(), amount.getText(), on.getText(),
                    note.getText()), model::show);
        }
    }

    private void reload() {
        OrgUnit unit = selectedBranch();
        if (unit == null || year.getValue() == null) {
            model.rows.clear();
            return;
        }
        shell.load("dues.load.failed", model.load(unit.id(), year.getValue()), model::show);
    }
}
