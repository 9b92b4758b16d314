package org.partydesk.gui.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.partydesk.app.org.Organisation;
import org.partydesk.gui.common.Forms;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Shell;
import org.partydesk.model.OrgKind;
import org.partydesk.model.OrgUnit;

/** The dialogs of the organisation tree: a new unit, the day a unit is closed, and where to move it. */
final class UnitDialogs {
    private UnitDialogs() {
    }

    /** 新建组织 under the selected unit (or none: a new root). */
    static Optional<Organisation.NewUnit> newUnit(Shell shell, OrgUnit selected, List<OrgUnit> units) {
        I18n i18n = shell.i18n();
        Dialog<Organisation.NewUnit> dialog = Forms.dialog(shell.window(), shell.i18n().text("org.addUnit"));
        ComboBox<OrgUnit> parent = units(i18n, units);
        parent.setId("unitParent");
        if (selected != null) {
            parent.getSelectionModel().select(selected);
        }
        ComboBox<OrgKind> kind = new ComboBox<>();
        kind.setId("unitKind");
        kind.getItems().setAll(OrgKind.values());
        kind.setConverter(labels(i18n));
        kind.getSelectionModel().select(OrgKind.BRANCH);
        TextField name = new TextField();
        name.setId("unitName");
        name.setPrefColumnCount(20);
        DatePicker established = Forms.isoDates(new DatePicker(LocalDate.now()));
        established.setId("unitEstablished");
        CheckBox temporary = new CheckBox(i18n.text("org.temporary"));
        temporary.setId("unitTemporary");
        DatePicker ends = Forms.isoDates(new DatePicker());
        ends.setId("unitEnds");
        ends.disableProperty().bind(temporary.selectedProperty().not());
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.text("org.parent")), parent);
        grid.addRow(1, new Label(i18n.text("org.kind")), kind);
        grid.addRow(2, new Label(i18n.text("org.name")), name);
        grid.addRow(3, new Label(i18n.text("org.established")), Forms.dateField(established));
        grid.addRow(4, new Label(""), temporary);
        grid.addRow(5, new Label(i18n.text("org.endsOn")), Forms.dateField(ends));
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new Organisation.NewUnit(parent.getValue() == null ? null : parent.getValue().id(), kind.getValue(),
                name.getText(), temporary.isSelected(), established.getValue(), temporary.isSelected() ? ends.getValue() : null));
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    /** 撤销: the day the unit ends (today by default). */
    static Optional<LocalDate> closeOn(Shell shell, OrgUnit unit) {
        I18n i18n = shell.i18n();
        Dialog<LocalDate> dialog = Forms.dialog(shell.window(), shell.i18n().text("org.closeUnit"));
        DatePicker day = Forms.isoDates(new DatePicker(unit.temporary() && unit.endedOn() != null ? unit.endedOn() : LocalDate.now()));
        day.setId("closeDay");
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.format("org.closeQuestion", unit.name())));
        grid.addRow(1, new Label(i18n.text("org.closedOn")), Forms.dateField(day));
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == ButtonType.OK ? day.getValue() : null);
        return dialog.showAndWait();
    }

    /** 移动: the new parent, from every other unit. */
    static Optional<OrgUnit> moveTo(Shell shell, OrgUnit unit, List<OrgUnit> units) {
        I18n i18n = shell.i18n();
        Dialog<OrgUnit> dialog = Forms.dialog(shell.window(), shell.i18n().text("org.moveUnit"));
        ComboBox<OrgUnit> parent = units(i18n, units.stream().filter(u -> !u.id().equals(unit.id())).toList());
        parent.setId("moveParent");
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(i18n.format("org.moveQuestion", unit.name())));
        grid.addRow(1, new Label(i18n.text("org.parent")), parent);
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button == ButtonType.OK ? parent.getValue() : null);
        return dialog.showAndWait();
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
