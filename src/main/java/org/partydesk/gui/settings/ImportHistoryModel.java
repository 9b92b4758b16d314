package org.partydesk.gui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.ledgers.Imports;
import org.partydesk.gui.common.I18n;

/**
 * The view model of 设置 › 台账导入记录: the imports, newest first, the one chosen, whether it can be undone,
 * the confirmation naming what an undo removes, and the undo itself (run off the FX thread by the view).
 */
final class ImportHistoryModel {
    private final Imports imports;
    private final I18n i18n;
    private final ObservableList<Imports.Entry> items = FXCollections.observableArrayList();
    private final ObjectProperty<Imports.Entry> selected = new SimpleObjectProperty<>();
    private final BooleanBinding undoDisabled = Bindings.createBooleanBinding(
            () -> selected.get() == null || selected.get().batch().undone(), selected);

    ImportHistoryModel(Imports imports, I18n i18n) {
        this.imports = imports;
        this.i18n = i18n;
    }

    ObservableList<Imports.Entry> items() {
        return items;
    }

    ObjectProperty<Imports.Entry> selected() {
        return selected;
    }

    BooleanBinding undoDisabled() {
        return undoDisabled;
    }

    /** Reads the imports again, keeping the chosen one chosen. */
    void refresh() {
        show(read());
    }

    /** The imports, newest first (read off the FX thread). */
    java.util.List<Imports.Entry> read() {
        return imports.list();
    }

    /** Shows the imports read, keeping the chosen one chosen. */
    void show(java.util.List<Imports.Entry> read) {
        Integer chosen = selected.get() == null ? null : selected.get().id();
        items.setAll(read);
        selected.set(items.stream().filter(e -> chosen != null && e.id() == chosen).findFirst().orElse(null));
    }

    String kind(Imports.Entry e) {
        return Imports.kind(e.batch()).map(i18n::label).orElse(e.kindLabel());
    }

    String state(Imports.Entry e) {
        return e.batch().undone() ? e.undoneText() : i18n.text("imports.standing");
    }

    /** What the confirmation says: which import, and what will be removed and restored. */
    String confirmText() {
        return selected.get().confirmText();
    }

    /** Undoes the chosen import (call off the FX thread); refused with the reason as InputRejectedException. */
    Imports.Undone undoSelected() {
        return imports.undo(selected.get().id());
    }

    String doneText(Imports.Entry e, Imports.Undone done) {
        return i18n.format("imports.undone", String.valueOf(e.id()), e.batch().fileName(), done.removed(), done.restored());
    }
}
