package org.partydesk.gui.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.evidence.EvidenceFile;
import org.partydesk.app.evidence.EvidenceItem;
import org.partydesk.app.evidence.EvidenceService;
import org.partydesk.app.evidence.ProvenRecord;
import org.partydesk.app.org.Roster;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Background;

/**
 * The 佐证材料 page's commands on the files the clerk chose, without controls: which are enabled (修改说明 for one file,
 * 关联到 for one or more, 取消关联 when a chosen file proves something), the line that says what the chosen file proves
 * or what the last change did, and the forms' view models ({@link DescriptionModel}, {@link LinkModel},
 * {@link UnlinkModel}). After a change the page reads its files again ({@code reload}).
 */
final class EvidenceActions {
    /** A chosen file: its id and name, what is said of it (its 备注 too), and the records it proves. */
    record Chosen(int id, String name, String title, String caption, String photographer, LocalDate takenOn,
                  String notes, List<ProvenRecord> proves) {
        Chosen {
            proves = List.copyOf(proves);
        }

        static Chosen of(EvidenceItem f, List<ProvenRecord> proves) {
            return new Chosen(f.id(), f.originalName(), f.title(), f.caption(), f.photographer(), f.takenOn(), f.notes(),
                    proves);
        }

        static Chosen of(EvidenceFile f, List<ProvenRecord> proves) {
            return new Chosen(f.id(), f.originalName(), f.title(), f.caption(), f.photographer(), f.takenOn(), f.notes(),
                    proves);
        }
    }

    /** The files chosen on the page, in the page's order. */
    final ObservableList<Chosen> chosen = FXCollections.observableArrayList();
    final BooleanBinding canDescribe = Bindings.size(chosen).isEqualTo(1);
    final BooleanBinding canLink = Bindings.isNotEmpty(chosen);
    final BooleanBinding canUnlink = Bindings.createBooleanBinding(
            () -> chosen.stream().anyMatch(c -> !c.proves().isEmpty()), chosen);

    private final EvidenceService evidence;
    private final Roster roster;
    private final Background background;
    private final I18n i18n;
    private final Runnable reload;
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");

    EvidenceActions(EvidenceService evidence, Roster roster, Background background, I18n i18n, Runnable reload) {
        this.evidence = evidence;
        this.roster = roster;
        this.background = background;
        this.i18n = i18n;
        this.reload = reload;
    }

    /** What the chosen file proves, how many files are chosen, or what the last change did. */
    ReadOnlyStringProperty line() {
        return line.getReadOnlyProperty();
    }

    /** The clerk chose these files: the line says what they prove. */
    void choose(List<Chosen> files) {
        chosen.setAll(files);
        line.set(files.isEmpty() ? "" : files.size() == 1
                ? i18n.format("evidence.chosen.one", files.get(0).name(),
                        EvidenceSection.provesText(i18n, files.get(0).proves()))
                : i18n.format("evidence.chosen.many", String.valueOf(files.size())));
    }

    /**
     * The page read its files again: the files chosen before are chosen again, as they are now (those no longer listed
     * are dropped); the line keeps what the last change did.
     */
    void chooseAgain(List<Chosen> listed) {
        Set<Integer> ids = chosenIds();
        chosen.setAll(listed.stream().filter(c -> ids.contains(c.id())).toList());
    }

    Set<Integer> chosenIds() {
        return chosen.stream().map(Chosen::id).collect(Collectors.toSet());
    }

    /** The form of 修改说明 for the one chosen file. */
    DescriptionModel describe() {
        return new DescriptionModel(evidence, background, i18n, chosen.get(0), this::done);
    }

    /** The picker of 关联到 for the chosen files. */
    LinkModel link() {
        return new LinkModel(evidence, roster, background, i18n, List.copyOf(chosen), this::done);
    }

    /** The form of 取消关联 for the links of the chosen files. */
    UnlinkModel unlink() {
        return new UnlinkModel(evidence, background, i18n, chosen.stream().filter(c -> !c.proves().isEmpty()).toList(),
                this::done);
    }

    private void done(String sentence) {
        line.set(sentence);
        reload.run();
    }
}
