package org.partydesk.gui.dashboard;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.partydesk.app.Workspace;
import org.partydesk.app.dashboard.Reminders;
import org.partydesk.app.search.Hit;
import org.partydesk.app.search.HitKind;
import org.partydesk.gui.common.I18n;

/**
 * The member-life reminders of the dashboard (提醒): 预备期 ending, applications without a talk, admissions
 * without approval, 应换届 and 逾期未换届, one line each with a tag (到期 / 逾期) and the app's sentence; a line
 * opens the member or the organisation it is about. {@link #read} may run on any thread, {@link #show} on the FX
 * thread; the view only binds.
 */
public final class RemindersModel {
    /** One line: the tag, the sentence, whether it is overdue, and the record a click opens. */
    public record Line(String tag, String text, boolean overdue, Hit target) {
    }

    private final Reminders reminders;
    private final I18n i18n;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);

    public RemindersModel(Workspace workspace, I18n i18n) {
        this.reminders = new Reminders(workspace);
        this.i18n = i18n;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** Shown while there is something to remind of. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The reminders on {@code day}. */
    public List<Reminders.Reminder> read(LocalDate day) {
        return reminders.on(day);
    }

    /** Shows what {@link #read} returned. */
    public void show(List<Reminders.Reminder> read) {
        lines.setAll(read.stream().map(this::line).toList());
        visible.set(!lines.isEmpty());
    }

    /** The record a line is about: the member, else the organisation. */
    public Hit open(Line line) {
        return line.target();
    }

    private Line line(Reminders.Reminder r) {
        Hit target = r.memberId() != null ? new Hit(HitKind.MEMBER, r.memberId(), "", "")
                : r.unitId() == null ? null : new Hit(HitKind.ORG_UNIT, r.unitId(), "", "");
        return new Line(i18n.label(r.kind()) + (r.overdue() ? i18n.text("reminders.overdue") : ""), r.text(), r.overdue(), target);
    }
}
