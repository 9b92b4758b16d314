package org.partydesk.gui.evidence;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;

/**
 * 修改说明 of one stored file without controls: the 标题, 图片说明, 摄影, 拍摄日期 and 备注 as they are, to be changed; 确定 writes
 * them through the shell's executor. A refusal stays inside the form ({@link #problem()}) with what was typed; a save
 * that is done closes the form and tells the page what changed.
 */
final class DescriptionModel {
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty caption = new SimpleStringProperty("");
    final StringProperty photographer = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> takenOn = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");

    private final EvidenceService evidence;
    private final Background background;
    private final I18n i18n;
    private final EvidenceActions.Chosen file;
    private final Consumer<String> saved;
    private final FormSave form = new FormSave();

    /** The form of {@code file}, starting with what is said of it now; {@code saved} gets the sentence of a save. */
    DescriptionModel(EvidenceService evidence, Background background, I18n i18n, EvidenceActions.Chosen file,
                     Consumer<String> saved) {
        this.evidence = evidence;
        this.background = background;
        this.i18n = i18n;
        this.file = file;
        this.saved = saved;
        title.set(orEmpty(file.title()));
        caption.set(orEmpty(file.caption()));
        photographer.set(orEmpty(file.photographer()));
        takenOn.set(file.takenOn());
        notes.set(orEmpty(file.notes()));
    }

    /** The file the form is about, for its header. */
    String header() {
        return i18n.format("evidence.describe.header", file.name());
    }

    /** Why the last 确定 was refused ("" when it was not). */
    ReadOnlyStringProperty problem() {
        return form.problem();
    }

    /** Writes what was typed; {@code close} runs once it is written (or nothing needed writing). */
    void save(Runnable close) {
        EvidenceService.Description typed = new EvidenceService.Description(title.get(), caption.get(), photographer.get(),
                takenOn.get(), notes.get());
        form.save(background, "evidence.describing", p -> evidence.describe(file.id(), typed), changed -> {
            close.run();
            saved.accept(i18n.format(changed ? "evidence.describe.saved" : "evidence.describe.unchanged", file.name()));
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
