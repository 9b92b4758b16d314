package org.partydesk.gui.dashboard;

import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.Workspace;
import org.partydesk.app.dashboard.GettingStarted;
import org.partydesk.app.dashboard.GettingStarted.Step;
import org.partydesk.gui.common.I18n;
import org.partydesk.gui.shell.Sections;

/**
 * The getting-started steps of the dashboard (开始使用): one line per step with its title, what is there
 * and the section that does it; shown while a step is left and the clerk has not hidden them. The view
 * only binds to these properties; {@link #read} may run on any thread, {@link #show} on the FX thread.
 */
public final class GettingStartedViewModel {
    /** One step as the view shows it; {@code sectionId} is where its button leads. */
    public record StepLine(GettingStarted.StepKind kind, boolean done, String title, String detail, String sectionId) {
    }

    private final GettingStarted steps;
    private final I18n i18n;
    private final ObservableList<StepLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StepLine> next = new ReadOnlyObjectWrapper<>();

    public GettingStartedViewModel(Workspace workspace, I18n i18n) {
        this.steps = new GettingStarted(workspace);
        this.i18n = i18n;
    }

    public ObservableList<StepLine> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The first step not done yet (what a blank unit does next), or null when all are done. */
    public ReadOnlyObjectProperty<StepLine> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** What the database says now (a few counts). */
    public List<Step> read() {
        return steps.steps();
    }

    /** Shows what {@link #read} returned. */
    public void show(List<Step> read) {
        lines.setAll(read.stream().map(this::line).toList());
        next.set(lines.stream().filter(l -> !l.done()).findFirst().orElse(null));
        long done = read.stream().filter(Step::done).count();
        progress.set(i18n.format("gettingStarted.progress", String.valueOf(done), String.valueOf(read.size())));
        visible.set(!GettingStarted.allDone(read) && !steps.hidden());
    }

    /**
     * The clerk takes a step: returns the section to show. Going to the 红黄旗 check counts as having
     * looked at it.
     */
    public String open(StepLine line) {
        if (line.kind() == GettingStarted.StepKind.COMPLIANCE) {
            steps.markComplianceViewed();
        }
        return line.sectionId();
    }

    /** Hides the steps for good (they can still be seen in README). */
    public void hide() {
        steps.hide();
        visible.set(false);
    }

    private StepLine line(Step s) {
        return switch (s.kind()) {
            case BUREAU -> new StepLine(s.kind(), s.done(), i18n.text("gettingStarted.bureau"),
                    s.done() ? i18n.format("gettingStarted.bureau.done", s.bureauName() == null ? "" : s.bureauName())
                            : i18n.text("gettingStarted.bureau.todo"), Sections.SETTINGS);
            case ROSTER -> new StepLine(s.kind(), s.done(), i18n.text("gettingStarted.roster"),
                    !s.done() ? i18n.text("gettingStarted.roster.todo")
                            : s.rosterDate() == null
                            ? i18n.format("gettingStarted.roster.done", String.valueOf(s.members()), String.valueOf(s.branches()))
                            : i18n.format("gettingStarted.roster.doneDated", String.valueOf(s.members()),
                                    String.valueOf(s.branches()), s.rosterDate().toString()), Sections.TRANSFER);
            case COMMITTEES -> new StepLine(s.kind(), s.done(), i18n.text("gettingStarted.committees"),
                    s.done() ? i18n.format("gettingStarted.committees.done", String.valueOf(s.branches()))
                            : i18n.format("gettingStarted.committees.todo", String.valueOf(s.withCommittee()),
                                    String.valueOf(s.branches())), Sections.ORGANISATION);
            case LEDGERS -> new StepLine(s.kind(), s.done(), i18n.text("gettingStarted.ledgers"),
                    s.done() ? i18n.format("gettingStarted.ledgers.done", String.valueOf(s.meetings()), years(s))
                            : i18n.text("gettingStarted.ledgers.todo"), Sections.TRANSFER);
            case COMPLIANCE -> new StepLine(s.kind(), s.done(), i18n.text("gettingStarted.compliance"),
                    s.meetings() == 0 ? i18n.text("gettingStarted.compliance.waiting")
                            : s.done() ? i18n.format("gettingStarted.compliance.done", years(s))
                            : i18n.text("gettingStarted.compliance.todo"), Sections.MEETINGS);
        };
    }

    private static String years(Step s) {
        if (s.firstYear() == null) {
            return "";
        }
        return s.firstYear().equals(s.lastYear()) ? String.valueOf(s.firstYear()) : s.firstYear() + "–" + s.lastYear();
    }
}
