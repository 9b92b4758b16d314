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
        DuesModel.BaseForm form = model.baseForm(unit.id(), y, row);
        ComboBox<Choice<DuesBaseKind>> kind = new ComboBox<>();
        for (DuesBaseKind k : DuesBaseKind.values()) {
            kind.getItems().add(new Choice<>(k, i18n.label(k)));
        }
        kind.setId("duesBaseKind");
        Choice.bind(kind, form.kind);
        TextField amount = field("duesBaseAmount", form.amount);
        amount.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> form.kind.get() == null || !form.kind.get().hasAmount(), form.kind));
        TextField voluntary = field("duesBaseVoluntary", form.voluntary);
        voluntary.setPromptText(i18n.text("dues.base.voluntaryHint"));
        javafx.scene.layout.GridPane content = Forms.grid();
        content.addRow(0, new Label(i18n.text("dues.base.kind")), kind);
        content.addRow(1, new Label(i18n.text("dues.base.amount")), amount);
        content.addRow(2, new Label(i18n.text("dues.base.voluntary")), voluntary);
        content.addRow(3, new Label(i18n.text("dues.base.note")), field("duesBaseNote", form.note));
        open(i18n.format("dues.base.title", row.name(), y), content, form);
    }

    /** 减免…: one month of the selected member waived, with who approved it (required). */
    private void waiveDialog() {
        Dues.MemberYear row = grid.getSelectionModel().getSelectedItem();
        OrgUnit unit = selectedBranch();
        if (row == null || unit == null) {
            return;
        }
        int y = year.getValue();
        DuesModel.WaiveForm form = model.waiveForm(unit.id(), y, row.memberId());
        TextField approval = field("duesWaiveApproval", form.approval);
        approval.setPromptText(i18n.text("dues.waive.approvalHint"));
        approval.setPrefColumnCount(24);
        javafx.scene.layout.GridPane content = Forms.grid();
        content.addRow(0, new Label(i18n.text("dues.waive.month")), months("duesWaiveMonth", form.month));
        content.addRow(1, new Label(i18n.text("dues.waive.approval")), approval);
        open(i18n.format("dues.waive.title", row.name(), y), content, form);
    }

    /** 上缴…: the branch's dues of some months of the year handed to the committee above (amount prefilled with what was paid). */
    private void remitDialog() {
        OrgUnit unit = selectedBranch();
        if (unit == null) {
            return;
        }
        int y = year.getValue();
        DuesModel.RemitForm form = model.remitForm(unit.id(), y);
        javafx.scene.layout.GridPane content = Forms.grid();
        content.addRow(0, new Label(i18n.text("dues.remit.months")),
                Fit.row(months("duesRemitFrom", form.from), new Label("—"), months("duesRemitTo", form.to)));
        content.addRow(1, new Label(i18n.text("dues.remit.amount")), field("duesRemitAmount", form.amount));
        content.addRow(2, new Label(i18n.text("dues.remit.on")), field("duesRemitOn", form.on));
        content.addRow(3, new Label(i18n.text("dues.base.note")), field("duesRemitNote", form.note));
        open(i18n.format("dues.remit.title", unit.name(), y), content, form);
    }

    /**
     * Shows a form of the grid until it is saved or cancelled: 确定 saves what the fields hold (the dialog closes once
     * it is written and the grid is read again); a refusal is said inside the form, which keeps every field.
     */
    private void open(String title, javafx.scene.Node content, org.partydesk.gui.shell.SavingForm<DuesModel.Data> form) {
        javafx.scene.control.Dialog<Boolean> dialog = Forms.dialog(shell.window(), title);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> false);
        Forms.savesInPlace(dialog, form.problem(), form.saving(),
                () -> model.save(form, shell, () -> Forms.closeSaved(dialog, true)));
        dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The months 1–12 to choose from, bound to {@code value}. */
    private static ComboBox<Integer> months(String id, javafx.beans.property.ObjectProperty<Integer> value) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        for (int m = 1; m <= 12; m++) {
            box.getItems().add(m);
        }
        box.valueProperty().bindBidirectional(value);
        return box;
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
