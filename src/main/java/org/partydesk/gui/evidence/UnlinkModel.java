package org.partydesk.gui.evidence;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;
import org.partydesk.gui.shell.FormSave;

/**
 * 取消关联 without controls: every link of the chosen files (file, kind of record, the record's name), the ones the clerk
 * chose, and their removal in one transaction through the shell's executor. The files and the records stay.
 */
final class UnlinkModel {
    /** One link of a chosen file, as the list shows it. */
    record Line(int evidenceId, String fileName, ProvenRecord record, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Every link of the chosen files, file by file. */
    final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** The links to remove. */
    final ObservableList<Line> chosen = FXCollections.observableArrayList();

    private final EvidenceService evidence;
    private final Background background;
    private final I18n i18n;
    private final Consumer<String> saved;
    private final FormSave form = new FormSave();
    private final String header;

    UnlinkModel(EvidenceService evidence, Background background, I18n i18n, List<EvidenceActions.Chosen> files,
                Consumer<String> saved) {
        this.evidence = evidence;
        this.background = background;
        this.i18n = i18n;
        this.saved = saved;
        for (EvidenceActions.Chosen f : files) {
            for (ProvenRecord r : f.proves()) {
                String record = i18n.format("evidence.provesRecord", i18n.label(r.type()), r.name());
                lines.add(new Line(f.id(), f.name(), r, files.size() == 1 ? record
                        : i18n.format("evidence.unlink.line", f.name(), record)));
            }
        }
        if (lines.size() == 1) {
            chosen.add(lines.get(0));
        }
        header = files.size() == 1 ? i18n.format("evidence.unlink.headerOne", files.get(0).name())
                : i18n.format("evidence.unlink.headerMany", String.valueOf(files.size()));
    }

    String header() {
        return header;
    }

    /** Why the last 确定 was refused ("" when it was not). */
    ReadOnlyStringProperty problem() {
        return form.problem();
    }

    /** Removes the chosen links in one transaction; refused in the form when none is chosen. */
    void save(Runnable close) {
        if (chosen.isEmpty()) {
            form.refuse(i18n.text("evidence.unlink.chooseFirst"));
            return;
        }
        List<EvidenceService.Link> links = chosen.stream()
                .map(l -> new EvidenceService.Link(l.evidenceId(), l.record().type(), l.record().recordId())).toList();
        form.save(background, "evidence.unlinking", p -> evidence.unlinkAll(links), removed -> {
            close.run();
            saved.accept(i18n.format("evidence.unlink.saved", String.valueOf(removed)));
        });
    }
}
