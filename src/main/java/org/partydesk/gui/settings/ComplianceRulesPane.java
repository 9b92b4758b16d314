package org.partydesk.gui.settings;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.partydesk.app.meetings.ComplianceSettings;
import org.partydesk.gui.common.Dialogs;
import org.partydesk.gui.common.Choice;
import org.partydesk.gui.common.Fit;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.Tables;
import org.partydesk.model.ComplianceRule;
import org.partydesk.model.MeetingType;
import org.partydesk.model.OrgKind;
import org.partydesk.model.PeriodKind;

/**
 * 合规规则（红黄旗）in the settings: the rules as a table; the selected rule in a form below (meeting type,
 * the units it applies to, the period and how many meetings per period, active); 新增, 保存修改, 删除 and
 * 恢复默认. Each change is one audited write; the next 红黄旗 check uses it. Reads and writes go through the shell's
 * executor ({@link SettingsModel}).
 */
final class ComplianceRulesPane {
    private final SettingsModel model;
    private final Background background;
    private final I18n i18n;
    private final TableView<ComplianceRule> table;
    private final ComboBox<Choice<MeetingType>> type = new ComboBox<>();
    private final ComboBox<Choice<OrgKind>> scope = new ComboBox<>();
    private final ComboBox<Choice<PeriodKind>> period = new ComboBox<>();
    private final Spinner<Integer> required = new Spinner<>(0, 99, 1);
    private final CheckBox active = new CheckBox();
    private final VBox root;

    ComplianceRulesPane(SettingsModel model, Background background, I18n i18n) {
        this.model = model;
        this.background = background;
        this.i18n = i18n;
        table = Tables.table("complianceRules", i18n.text("rules.empty"),
                Tables.column(i18n.text("rules.type"), 150, (ComplianceRule r) -> i18n.label(r.meetingType())),
                Tables.column(i18n.text("rules.scope"), 90, (ComplianceRule r) -> i18n.label(r.unitKind())),
                Tables.column(i18n.text("rules.requirement"), 150, (ComplianceRule r) -> i18n.format("rules.requirementValue",
                        i18n.label(r.period()), String.valueOf(r.required()))),
                Tables.column(i18n.text("rules.active"), 60, (ComplianceRule r) -> i18n.text(r.active() ? "rules.yes" : "rules.no")));
        table.setPrefHeight(8 * 28 + 34);
        table.setMaxWidth(640);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> fill(r));

        type.setId("ruleType");
        for (MeetingType t : MeetingType.values()) {
            type.getItems().add(new Choice<>(t, i18n.label(t)));
        }
        scope.setId("ruleScope");
        for (OrgKind k : ComplianceSettings.UNIT_KINDS) {
            scope.getItems().add(new Choice<>(k, i18n.label(k)));
        }
        period.setId("rulePeriod");
        for (PeriodKind p : ComplianceSettings.PERIODS) {
            period.getItems().add(new Choice<>(p, i18n.label(p)));
        }
        required.setId("ruleRequired");
        required.setEditable(true);
        required.setPrefWidth(80);
        active.setId("ruleActive");
        active.setText(i18n.text("rules.active"));

        Button add = button("ruleAdd", "rules.add", () -> write(true));
        Button save = button("ruleSave", "rules.save", () -> write(false));
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button delete = button("ruleDelete", "rules.delete", this::delete);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button defaults = button("ruleDefaults", "rules.defaults", this::restoreDefaults);

        FlowPane form = Fit.row(type, scope, new Label(i18n.text("rules.every")), period,
                new Label(i18n.text("rules.atLeast")), required,
                new Label(i18n.text("rules.times")), active);
        form.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = Fit.row(add, save, delete, defaults);
        Label hint = new Label(i18n.text("rules.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.setMaxWidth(640);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(8, table, form, buttons, hint);
        root.setId("complianceRulesPane");
    }

    Node root() {
        return root;
    }

    /** Reads the rules again through the shell's executor, selecting the rule with this id (or the first). */
    void reload(Integer selectId) {
        background.load("settings.loading", p -> model.rules(selectId), this::show);
    }

    private void show(SettingsModel.Rules read) {
        List<ComplianceRule> rules = read.rules();
        table.getItems().setAll(rules);
        rules.stream().filter(r -> read.selectId() != null && r.id().equals(read.selectId())).findFirst()
                .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> table.getSelectionModel().selectFirst());
        if (rules.isEmpty()) {
            fill(null);
        }
    }

    private void fill(ComplianceRule r) {
        select(type, r == null ? MeetingType.BRANCH_COMMITTEE : r.meetingType());
        select(scope, r == null ? OrgKind.BRANCH : r.unitKind());
        select(period, r == null ? PeriodKind.MONTH : r.period());
        required.getValueFactory().setValue(r == null ? 1 : r.required());
        active.setSelected(r == null || r.active());
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        box.getItems().stream().filter(c -> c.value() == value).findFirst().ifPresent(box::setValue);
    }

    private void write(boolean asNew) {
        ComplianceRule chosen = table.getSelectionModel().getSelectedItem();
        Integer id = asNew || chosen == null ? null : chosen.id();
        Integer times;
        try {
            // the spinner's text is committed only on Enter: take what is typed
            times = required.getValueFactory().getConverter().fromString(required.getEditor().getText());
        } catch (NumberFormatException e) {
            Dialogs.error(root, i18n.text("rules.error"), i18n.format("rules.badNumber", required.getEditor().getText()));
            return;
        }
        required.getValueFactory().setValue(times);
        ComplianceRule rule = new ComplianceRule(id, value(type), value(scope), value(period), required.getValue(),
                active.isSelected());
        background.run("rules.saving", p -> model.saveRule(rule), saved -> {
            if (saved.refusal() != null) {
                Dialogs.error(root, i18n.text("rules.error"), saved.refusal());
            } else {
                show(saved.rules());
            }
        });
    }

    private void delete() {
        ComplianceRule r = table.getSelectionModel().getSelectedItem();
        if (Dialogs.confirm(root, i18n.text("rules.delete"), i18n.format("rules.deleteConfirm", i18n.label(r.meetingType()),
                i18n.label(r.unitKind())))) {
            background.run("rules.saving", p -> model.deleteRule(r.id()), this::show);
        }
    }

    private void restoreDefaults() {
        if (Dialogs.confirm(root, i18n.text("rules.defaults"), i18n.text("rules.defaultsConfirm"))) {
            background.run("rules.saving", p -> model.restoreDefaultRules(), this::show);
        }
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
