package org.partydesk.gui.org;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.DayForm;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/** The dialogs of the organisation tree: a new unit, the day a unit is closed, and where to move it. */
final class UnitDialogs {
    private UnitDialogs() {
    }

    /** 新建组织: the parent, kind, name, the day it is set up, and for a 临时党支部 its end. */
    static void newUnit(Shell shell, OrgModel model, OrgModel.NewUnitForm form) {
        I18n i18n = shell.i18n();
        ComboBox<OrgUnit> parent = units(i18n, model.allUnits());
        parent.setId("unitParent");
        parent.valueProperty().bindBidirectional(form.parent);
        ComboBox<OrgKind> kind = new ComboBox<>();
        kind.setId("unitKind");
        kind.getItems().setAll(OrgKind.values());
        kind.setConverter(labels(i18n));
        kind.valueProperty().bindBidirectional(form.kind);
        TextField name = new TextField();
        name.setId("unitName");
        name.setPrefColumnCount(20);
        name.textProperty().bindBidirectional(form.name);
        CheckBox temporary = new CheckBox(i18n.text("org.temporary"));
        temporary.setId("unitTemporary");
        temporary.selectedProperty().bindBidirectional(form.temporary);
        DatePicker ends = MemberDialogs.date("unitEnds", form.endsOn);
        ends.disableProperty().bind(temporary.selectedProperty().not());
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.text("org.parent")), parent);
        grid.addRow(1, new Label(i18n.text("org.kind")), kind);
        grid.addRow(2, new Label(i18n.text("org.name")), name);
        grid.addRow(3, new Label(i18n.text("org.established")),
                Forms.dateField(MemberDialogs.date("unitEstablished", form.established)));
        grid.addRow(4, new Label(""), temporary);
        grid.addRow(5, new Label(i18n.text("org.endsOn")), Forms.dateField(ends));
        javafx.application.Platform.runLater(name::requestFocus);
        MemberDialogs.open(shell, "org.addUnit", grid, form, close -> model.save(form, close));
    }

    /** 撤销: the day the unit ends (today by default). */
    static void closeOn(Shell shell, OrgModel model, OrgUnit unit) {
        I18n i18n = shell.i18n();
        DayForm<Integer> form = model.closeForm(unit);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.format("org.closeQuestion", unit.name())));
        grid.addRow(1, new Label(i18n.text("org.closedOn")), Forms.dateField(MemberDialogs.date("closeDay", form.day)));
        MemberDialogs.open(shell, "org.closeUnit", grid, form, close -> model.save(form, close));
    }

    /** 移动: the new parent, from every other unit. */
    static void moveTo(Shell shell, OrgModel model, OrgUnit unit) {
        I18n i18n = shell.i18n();
        OrgModel.MoveUnitForm form = model.moveForm(unit);
        ComboBox<OrgUnit> parent = units(i18n, model.allUnits().stream().filter(u -> !u.id().equals(unit.id())).toList());
        parent.setId("moveParent");
        parent.valueProperty().bindBidirectional(form.parent);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.format("org.moveQuestion", unit.name())));
        grid.addRow(1, new Label(i18n.text("org.parent")), parent);
        MemberDialogs.open(shell, "org.moveUnit", grid, form, close -> model.save(form, close));
    }

    private static ComboBox<OrgUnit> units(I18n i18n, List<OrgUnit> units) {
        ComboBox<OrgUnit> box = new ComboBox<>();
        box.getItems().setAll(units);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrgUnit u) {
                return u == null ? "" : i18n.format("org.unitChoice", u.name(), i18n.label(u.kind()));
            }

            @Override
            public OrgUnit fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static StringConverter<OrgKind> labels(I18n i18n) {
        return new StringConverter<>() {
            @Override
            public String toString(OrgKind k) {
                return i18n.label(k);
            }

            @Override
            public OrgKind fromString(String s) {
                return null;
            }
        };
    }
}
